"""The operations layer without a window: each write is stored, announced once as
``Changes``, undone and redone the same way, and a refused write says why."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QUndoStack

from annotator.core.changes import Changes
from annotator.core.model import GOLD, Action, Annotation, Decision, Document, Origin, Status
from annotator.store import adjudication
from annotator.store.project import Project
from annotator.ui.operations import Operations
from tests.stored import document_id as document_id_of


@pytest.fixture
def document_id(project: Project) -> int:
    project.documents.add([(Document(None, "one.txt", "Ninety-three percent agreed."), [])])
    return document_id_of(project, "one.txt")


@pytest.fixture
def operations(
    make_operations: Callable[[Project, str], Operations], project: Project
) -> Operations:
    return make_operations(project, "alice")


@pytest.fixture
def announced(operations: Operations) -> list[Changes]:
    seen: list[Changes] = []
    operations.changed.connect(seen.append)
    return seen


@pytest.fixture
def failures(operations: Operations) -> list[str]:
    seen: list[str] = []
    operations.failed.connect(seen.append)
    return seen


def stored(project: Project, document_id: int) -> list[Annotation]:
    return project.annotations(document_id, "alice")


def test_create_is_stored_announced_and_undone(
    operations: Operations, project: Project, document_id: int, announced: list[Changes]
) -> None:
    created = operations.create(document_id, "figure", 0, 12, {"value": 93.0})
    assert created is not None and stored(project, document_id) == [created]
    assert announced == [Changes(added=(created,))]
    assert announced[0].documents == {document_id}

    stack = operations.stack_for(document_id)
    stack.undo()
    assert stored(project, document_id) == []
    assert announced[-1] == Changes(removed=(created,))
    stack.redo()
    assert [a.id for a in stored(project, document_id)] == [created.id]
    assert announced[-1].added[0].id == created.id


def test_update_and_its_undo_announce_before_and_after(
    operations: Operations, project: Project, document_id: int, announced: list[Changes]
) -> None:
    created = operations.create(document_id, "figure", 0, 12, {})
    assert created is not None
    moved = operations.update(created, Annotation(**{**created.__dict__, "end": 5}), "Resize")
    assert moved is not None and moved.end == 5
    before, after = announced[-1].updated[0]
    assert (before.end, after.end) == (12, 5)
    operations.stack_for(document_id).undo()
    assert stored(project, document_id)[0].end == 12
    assert announced[-1].updated[0][1].end == 12


def test_unchanged_update_writes_and_announces_nothing(
    operations: Operations, document_id: int, announced: list[Changes]
) -> None:
    created = operations.create(document_id, "figure", 0, 12, {})
    assert created is not None
    assert operations.update(created, created, "Nothing") == created
    assert len(announced) == 1
    assert operations.stack_for(document_id).count() == 1


def test_none_present_and_done_are_progress_changes(
    operations: Operations, project: Project, document_id: int, announced: list[Changes]
) -> None:
    operations.set_none_present(document_id, "quote", True)
    progress = project.progress(document_id, "alice")
    assert progress.none_present == {"quote"} and progress.status == Status.IN_PROGRESS
    assert announced[-1].progress == (progress,)
    done = operations.mark_done(document_id)
    assert done is not None and done.status == Status.DONE
    stack = operations.stack_for(document_id)
    stack.undo()
    assert project.progress(document_id, "alice").status == Status.IN_PROGRESS
    stack.undo()
    assert project.progress(document_id, "alice").none_present == frozenset()


def test_a_refused_write_is_reported_and_not_announced(
    operations: Operations,
    project: Project,
    document_id: int,
    announced: list[Changes],
    failures: list[str],
) -> None:
    project.connection.execute("PRAGMA query_only = ON")  # the file became read-only
    assert operations.create(document_id, "figure", 0, 12, {}) is None
    assert announced == [] and len(failures) == 1
    assert failures[0].startswith("Not saved: ")
    assert operations.stack_for(document_id).count() == 0


def test_undo_and_redo_failures_are_reported_as_the_first_write_is(
    operations: Operations,
    project: Project,
    document_id: int,
    announced: list[Changes],
    failures: list[str],
) -> None:
    created = operations.create(document_id, "figure", 0, 12, {})
    assert created is not None
    project.connection.execute("PRAGMA query_only = ON")
    stack = operations.stack_for(document_id)
    stack.undo()
    assert len(failures) == 1 and failures[0].startswith("Not saved: ")
    assert len(announced) == 1  # only the create: the failed undo changed nothing
    project.connection.execute("PRAGMA query_only = OFF")
    assert stored(project, document_id) == [created]
    stack.redo()  # the store refuses a second insert of the same id: reported, not raised
    assert len(failures) == 2


def test_decisions_are_recorded_announced_and_undone(
    operations: Operations, project: Project, document_id: int, announced: list[Changes]
) -> None:
    gold = Annotation("g1", document_id, GOLD, "figure", 0, 12, origin=Origin.ADJUDICATED)
    decision = Decision("d1", document_id, "figure", Action.ACCEPT, ("a1",), "alice")
    stack = QUndoStack(operations)
    decided = operations.decide([(decision, gold)], stack, "Accept")
    assert decided is not None and [d.id for d in decided] == ["d1"]
    assert [d.id for d in adjudication.decisions(project)] == ["d1"]
    assert announced[-1].decided == tuple(decided) and announced[-1].added == (gold,)
    stack.undo()
    assert adjudication.decisions(project) == []
    assert project.annotations(document_id, GOLD) == []
    assert [d.id for d in announced[-1].undecided] == ["d1"]
    stack.redo()
    assert [d.id for d in adjudication.decisions(project)] == ["d1"]


def test_schema_update_is_announced(
    operations: Operations, project: Project, announced: list[Changes], failures: list[str]
) -> None:
    assert operations.replace_schema(project.schema)
    assert announced == [Changes(schema=True)] and failures == []


def test_switching_annotator_clears_undo_and_says_so(
    operations: Operations, document_id: int
) -> None:
    names: list[str] = []
    operations.annotatorChanged.connect(names.append)
    operations.create(document_id, "figure", 0, 12, {})
    operations.switch_annotator("bob")
    assert names == ["bob"] and operations.annotator == "bob"
    assert operations.stack_for(document_id).count() == 0
