"""The store's own refusals when documents and labels are added (``ImportWriter``).

The store knows no file or line: it refuses with the reason only, and stores
nothing. (Which layer refuses during ``annotator import``, and what the user
reads, is in ``tests/cli/test_import_id_conflicts.py``.)
"""

from __future__ import annotations

import pytest

from annotator.core.model import Annotation, Document
from annotator.store.project import Project, ProjectError

TEXT = "Kazakhstan will not recognize the referendums, said Smadiyarov."


def label(identifier: str) -> Annotation:
    return Annotation(id=identifier, document_id=0, annotator="ala", layer="quote", start=0, end=9)


def counts(project: Project) -> tuple[int, int, int]:
    conn = project.connection
    tables = ("documents", "annotations", "document_status")
    documents, annotations, statuses = (
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables
    )
    return documents, annotations, statuses


def test_an_id_held_by_another_document_is_refused_and_nothing_stored(project: Project) -> None:
    project.documents.add([(Document(id=None, name="a.txt", text=TEXT), [label("x")])])
    before = counts(project)
    items = [
        (Document(id=None, name="b.txt", text="Other."), []),
        (Document(id=None, name="c.txt", text=TEXT), [label("x")]),
    ]
    with pytest.raises(ProjectError, match="annotation id 'x' is already used by another document"):
        project.documents.add(items)
    assert counts(project) == before


def test_an_id_given_twice_is_refused_and_nothing_stored(project: Project) -> None:
    items = [
        (Document(id=None, name="a.txt", text=TEXT), [label("y")]),
        (Document(id=None, name="b.txt", text=TEXT + " Again."), [label("y")]),
    ]
    with pytest.raises(ProjectError, match="annotation id 'y' is used twice"):
        project.documents.add(items)
    assert counts(project) == (0, 0, 0)


def test_the_same_labels_again_are_unchanged(project: Project) -> None:
    item = (Document(id=None, name="a.txt", text=TEXT), [label("x"), label("z")])
    first = project.documents.add([item])
    again = project.documents.add([item])
    assert (first.added, first.annotations_added) == (["a.txt"], 2)
    assert (again.unchanged, again.annotations_added, again.annotations_unchanged) == (
        ["a.txt"],
        0,
        2,
    )
    assert counts(project) == (1, 2, 1)
