"""The document list keeps a bounded number of pages of rows, the ones shown last.

Scrolling 100,000 documents end to end reads every page once; what stays in memory
is the last :data:`MAX_PAGES` pages shown (bench row 8), not a number that depends
on where a periodic clear-out happened to fall.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from annotator.core.schema import Schema
from annotator.store.project import DocumentRow, Project
from annotator.ui.models.document_list_model import MAX_PAGES, PAGE_SIZE, DocumentListModel
from tests.ui.models.test_document_list_first_page import add_documents

PAGES = MAX_PAGES + 3


@pytest.fixture
def listed(
    tmp_path: Path, news_schema: Schema, monkeypatch: pytest.MonkeyPatch
) -> tuple[Project, list[int]]:
    """A project of ``PAGES`` pages and a spy on its reads of rows (pages read, in order)."""
    project = Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema)
    add_documents(project, PAGES * PAGE_SIZE)
    reads: list[int] = []
    rows = project.documents.rows

    def counted(ids: Sequence[int], annotator: str) -> list[DocumentRow]:
        reads.append(len(ids))
        return rows(ids, annotator)

    monkeypatch.setattr(project.documents, "rows", counted)
    return project, reads


def _show(model: DocumentListModel, page: int) -> None:
    """What painting the page's rows asks of the model."""
    for row in range(page * PAGE_SIZE, (page + 1) * PAGE_SIZE):
        assert model.data(model.index(row, DocumentListModel.NAME)) is not None


def test_scrolling_end_to_end_keeps_the_last_pages_shown(
    listed: tuple[Project, list[int]],
) -> None:
    project, reads = listed
    model = DocumentListModel(project, "alice")
    for page in range(PAGES):
        _show(model, page)
    assert len(reads) == PAGES  # each page read once, 200 rows at a time
    for page in range(PAGES - MAX_PAGES, PAGES):  # the last ones shown: still there
        _show(model, page)
    assert len(reads) == PAGES
    _show(model, 0)  # shown long ago: let go, and read again
    assert len(reads) == PAGES + 1
    project.close()


def test_a_page_shown_again_is_kept_before_older_ones(listed: tuple[Project, list[int]]) -> None:
    """Least recently shown goes first: going back to the top between pages keeps it."""
    project, reads = listed
    model = DocumentListModel(project, "alice")
    for page in range(PAGES):
        _show(model, 0)
        _show(model, page)
    assert len(reads) == PAGES  # the top page was never let go
    project.close()
