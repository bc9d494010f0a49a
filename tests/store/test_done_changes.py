"""A done document shows "changed" (done ✎) after a label is added, edited or deleted."""

from __future__ import annotations

from dataclasses import replace

from annotator.core.model import (
    Annotation,
    DocumentProgress,
    Origin,
    Status,
    new_annotation_id,
)
from annotator.core.suggestion import Suggestion
from annotator.store.project import Project
from annotator.store.suggestions import (
    accept_suggestion,
    document_suggestions,
    reopen_suggestion,
    replace_open_suggestions,
)
from tests.store.test_suggestions import _document  # the same one-document project


def _label(
    project: Project, doc: int, start: int, end: int, annotator: str = "alice"
) -> Annotation:
    return project.annotations.add(
        Annotation(
            new_annotation_id(), doc, annotator, "quote", start, end, {}, origin=Origin.MANUAL
        )
    )


def _done(project: Project, doc: int, annotator: str = "alice") -> None:
    """Mark done as the window does (operations.mark_done): the ticked boxes stay."""
    project.progress.set(replace(project.progress(doc, annotator), status=Status.DONE))


def _changed(project: Project, doc: int, annotator: str = "alice") -> bool:
    [row] = project.documents.rows([doc], annotator)
    # What the document list re-reads after an edit says the same.
    state = project.documents.states([doc], annotator)[doc]
    assert state == (row.status, row.annotations, row.changed_since_done)
    return row.changed_since_done


def test_deleting_a_label_of_a_done_document_shows_and_undo_clears_it(project: Project) -> None:
    doc = _document(project)
    first = _label(project, doc, 0, 10)
    _label(project, doc, 38, 44)
    _done(project, doc)
    assert not _changed(project, doc)

    project.annotations.delete(first.id)
    assert _changed(project, doc)
    assert not _changed(project, doc, "bob")  # bob's view of the document is his own

    project.annotations.add(first)  # what undo does: the same label, its own timestamps
    assert not _changed(project, doc)


def test_a_label_added_and_deleted_after_done_changed_nothing(project: Project) -> None:
    doc = _document(project)
    _label(project, doc, 0, 10)
    _done(project, doc)
    later = _label(project, doc, 38, 44)
    assert _changed(project, doc)
    project.annotations.delete(later.id)
    assert not _changed(project, doc)


def test_marking_done_again_clears_it_and_old_deletions_are_dropped(project: Project) -> None:
    doc = _document(project)
    first = _label(project, doc, 0, 10)
    second = _label(project, doc, 38, 44)
    _done(project, doc)
    project.annotations.delete(first.id)
    assert _changed(project, doc)
    _done(project, doc)
    assert not _changed(project, doc)

    project.annotations.delete(second.id)
    assert _changed(project, doc)
    remembered = project.connection.execute(
        "SELECT annotation_id FROM deletions_after_done WHERE document_id = ? AND annotator = ?",
        (doc, "alice"),
    ).fetchall()
    assert remembered == [(second.id,)]  # one entry: the current one


def test_deleting_from_a_document_not_done_records_nothing(project: Project) -> None:
    doc = _document(project)
    first = _label(project, doc, 0, 10)
    project.progress.set(DocumentProgress(doc, "alice", Status.IN_PROGRESS))
    project.annotations.delete(first.id)
    assert not _changed(project, doc)
    rows = project.connection.execute("SELECT * FROM deletions_after_done").fetchall()
    assert rows == []


def test_undoing_an_accepted_suggestion_after_done_shows(project: Project) -> None:
    doc = _document(project)
    replace_open_suggestions(
        project,
        [(doc, [Suggestion(doc, "figure", 16, 24, "figures", {"value": 93}, 0.9)])],
        suggesters=["figures"],
        layers=["figure"],
    )
    [suggestion] = document_suggestions(project, doc)
    accept_suggestion(project, suggestion.id or 0, "alice")
    _done(project, doc)
    assert not _changed(project, doc)
    reopen_suggestion(project, suggestion.id or 0)
    assert _changed(project, doc)


def _tick_none_present(project: Project, doc: int, layer: str, annotator: str = "alice") -> None:
    """What the window's "none present" box does: the status stays as it is."""
    before = project.progress(doc, annotator)
    project.progress.set(
        DocumentProgress(doc, annotator, before.status, before.none_present | {layer})
    )


def test_ticking_none_present_on_a_done_document_hides_no_change(project: Project) -> None:
    """The status row's time moves with every write to it; it was the "done" time, so
    ticking a box after a deletion or an edit made the earlier change vanish."""
    doc = _document(project)
    first = _label(project, doc, 0, 10)
    second = _label(project, doc, 38, 44)
    _done(project, doc)
    project.annotations.delete(first.id)
    _tick_none_present(project, doc, "figure")
    assert _changed(project, doc)  # the deletion still shows

    _done(project, doc)  # marked done again: nothing changed since
    assert not _changed(project, doc)
    project.annotations.update(replace(second, note="checked"))
    _tick_none_present(project, doc, "stance")
    assert _changed(project, doc)  # the edit still shows

    _done(project, doc)
    _tick_none_present(project, doc, "quote")  # a box ticked after done is a change too
    assert _changed(project, doc)


def test_a_newer_status_imported_from_a_file_is_not_shown_changed(project: Project) -> None:
    """A status row replaced by a newer one from a JSONL file (an export of another copy)
    takes the file's time as its marking: the replaced row's marking no longer applies,
    and kept, it made the document look changed since done."""
    doc = _document(project)
    _label(project, doc, 0, 10)
    _done(project, doc)
    document = project.documents.get(doc)
    newer = DocumentProgress(doc, "alice", Status.DONE, frozenset({"figure"}), "2999-01-01T00:00Z")
    project.documents.add([(document, [])], progress={document.name: [newer]})
    assert project.progress(doc, "alice").none_present == {"figure"}
    assert not _changed(project, doc)
