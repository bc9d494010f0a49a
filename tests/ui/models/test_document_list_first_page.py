"""The document list starts from its first page of ids and reads the rest later.

At start-up only the first ``PAGE_SIZE`` ids (and the count) are read; the list
pane reads the rest after its first paint, and any question about a row past the
first page reads it at once. Every answer must be the one a whole read gives.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from annotator.core.model import Document
from annotator.core.schema import Schema
from annotator.store.project import Project
from annotator.ui.models.document_list_model import PAGE_SIZE, DocumentListModel
from annotator.ui.operations import Operations
from annotator.ui.panes.document_list_pane import DocumentListPane
from tests.ui.helpers import shown_window

COUNT = PAGE_SIZE * 2 + 50  # three pages, the last one short


def add_documents(project: Project, count: int, prefix: str = "doc") -> None:
    """``count`` documents whose names sort in the order they are numbered in."""
    project.documents.add(
        (Document(None, f"{prefix}-{i:05d}.txt", f"Text number {i}."), []) for i in range(count)
    )


def whole_read(project: Project) -> list[int]:
    """The ids in list order as a model that reads them all at once has them."""
    model = DocumentListModel(project, "alice")
    model.reload()  # reload always reads every id
    return model.document_ids()


def test_only_the_first_page_is_read_and_every_answer_is_the_whole_reads(
    tmp_path: Path, news_schema: Schema
) -> None:
    with Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
        expected = whole_read(project)
        model = DocumentListModel(project, "alice")
        assert model.rowCount() == COUNT
        assert model._partial  # the first page only, so far
        assert [model.document_id(row) for row in range(PAGE_SIZE)] == expected[:PAGE_SIZE]
        assert model.row_of(expected[3]) == 3
        assert model._partial  # all of that was on the first page
        assert model.document_id(COUNT - 1) == expected[-1]  # past it: the rest is read
        assert not model._partial
        assert model.document_ids() == expected


def test_a_row_past_the_first_page_is_found_and_painted(
    tmp_path: Path, news_schema: Schema
) -> None:
    with Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
        expected = whole_read(project)
        model = DocumentListModel(project, "alice")
        assert model.row_of(expected[PAGE_SIZE + 7]) == PAGE_SIZE + 7
        model = DocumentListModel(project, "alice")
        last = model.index(COUNT - 1, DocumentListModel.NAME)
        assert model.data(last) == f"doc-{COUNT - 1:05d}.txt"
        model = DocumentListModel(project, "alice")
        assert model.row_of(-5) is None  # not listed: still None after reading the rest
        assert model.document_ids() == expected


def test_a_short_list_is_read_whole_at_once(tmp_path: Path, news_schema: Schema) -> None:
    with Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema) as project:
        add_documents(project, 12)
        model = DocumentListModel(project, "alice")
        assert not model._partial and model.rowCount() == 12


def test_documents_added_meanwhile_make_the_list_read_again(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema
) -> None:
    """Another program adds documents between the first page and the rest: the model
    answers from the new ids and asks (``outdated``) to be read again; the pane reads
    the list again and keeps its current document, without choosing it again."""
    with Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
        operations = Operations(project, "alice")
        pane = DocumentListPane(project, "alice", operations.changed)  # not painted yet
        qtbot.addWidget(pane)
        model = pane.model
        assert model._partial and model.rowCount() == COUNT
        pane.select_row(5)
        current = model.document_id(5)
        chosen: list[int] = []
        pane.documentChosen.connect(chosen.append)
        with Project.open(project.path) as other:
            add_documents(other, 3, prefix="aaa")  # sorts before every other name
        with qtbot.waitSignal(model.outdated, timeout=5000):
            model.read_rest()
        assert model.document_ids() == whole_read(project)
        assert model.rowCount() == COUNT + 3
        assert model.document_id(pane.current_row()) == current and chosen == []


def test_the_shown_list_reads_the_rest_after_its_first_paint_and_ctrl_end_reaches_the_last_row(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema
) -> None:
    path = tmp_path / "p.sqlite"
    with Project.open(path, create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
    window = shown_window(qtbot, path)
    model = window.documents
    qtbot.waitUntil(lambda: not model._partial, timeout=5000)
    assert model.rowCount() == COUNT
    window.document_list.setFocus()
    qtbot.keyClick(window.document_list, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.document is not None and window.document.name == f"doc-{COUNT - 1:05d}.txt"
    assert window.status.position.text() == f"Document {COUNT} of {COUNT}"


def test_ctrl_end_before_the_rest_is_read_still_reaches_the_last_document(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema
) -> None:
    """A window not painted yet has read the first page only; keys still see every row."""
    path = tmp_path / "p.sqlite"
    with Project.open(path, create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
    from annotator.ui import main_window

    window = main_window(path, "alice")
    qtbot.addWidget(window)
    assert window.documents._partial
    qtbot.keyClick(window.document_list, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.document is not None and window.document.name == f"doc-{COUNT - 1:05d}.txt"
    assert not window.documents._partial


def test_documents_removed_meanwhile_leave_no_row_past_the_end(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema
) -> None:
    """Another program removes documents (one on the first page, a hundred past it)
    before the rest is read: until the list is read again the rows past the new end
    paint empty instead of failing, and afterwards the count and the current document
    are right."""
    with Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
        operations = Operations(project, "alice")
        pane = DocumentListPane(project, "alice", operations.changed)  # not painted yet
        qtbot.addWidget(pane)
        model = pane.model
        pane.select_row(5)
        current = model.document_id(5)
        ids = whole_read(project)
        other = sqlite3.connect(project.path)
        with other:
            other.executemany(
                "DELETE FROM documents WHERE id = ?", [(i,) for i in ids[:1] + ids[-100:]]
            )
        other.close()
        with qtbot.waitSignal(model.outdated, timeout=5000):
            last = model.index(COUNT - 1, DocumentListModel.NAME)  # the rest is read here
            assert model.data(last) is None and model.document_id(COUNT - 1) is None
        assert model.rowCount() == COUNT - 101
        assert model.document_ids() == whole_read(project)
        assert model.document_id(pane.current_row()) == current


def test_a_model_deleted_before_its_outdated_signal_fires_raises_nothing(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema
) -> None:
    """``outdated`` is emitted from the event loop after ``read_rest``; a model destroyed
    meanwhile (its window closed) made that emission raise 'Signal source has been
    deleted' from the event loop."""
    with Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
        model = DocumentListModel(project, "alice")
        with Project.open(project.path) as other:
            add_documents(other, 3, prefix="aaa")
        model.read_rest()  # the ids changed: outdated is queued
        model.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(20)  # the queued emission, if any, runs (and would raise) here


def test_a_row_chosen_past_the_first_page_as_the_ids_change_stays_chosen(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema
) -> None:
    """Choosing a row past the first page reads the rest there and then; when another
    program has added documents meanwhile, that row already stands for the new ids, so
    its document stays the current one when the list is read again (it was lost: only
    the first page's ids were consulted)."""
    with Project.open(tmp_path / "p.sqlite", create=True, schema=news_schema) as project:
        add_documents(project, COUNT)
        operations = Operations(project, "alice")
        pane = DocumentListPane(project, "alice", operations.changed)  # not painted yet
        qtbot.addWidget(pane)
        model = pane.model
        with Project.open(project.path) as other:
            add_documents(other, 3, prefix="aaa")
        chosen: list[int] = []
        pane.documentChosen.connect(chosen.append)
        with qtbot.waitSignal(model.outdated, timeout=5000):
            pane.select_row(PAGE_SIZE + 10)  # the rest is read here, with the new ids
        assert chosen == [whole_read(project)[PAGE_SIZE + 10]]
        assert model.document_id(pane.current_row()) == chosen[0]
