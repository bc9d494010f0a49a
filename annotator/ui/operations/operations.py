"""``Operations``: run a write, report failure the same way everywhere, announce what changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from annotator.core.changes import Changes
from annotator.core.edits import label_with_edit, progress_with_edit
from annotator.core.errors import AnnotatorError
from annotator.core.model import (
    Annotation,
    Decision,
    Document,
    DocumentProgress,
    Origin,
    Status,
    new_annotation_id,
)
from annotator.core.progress import with_none_present
from annotator.core.schema import Schema
from annotator.store import suggestions
from annotator.store.project import Project
from annotator.store.time_on_task import add_active_seconds
from annotator.ui.language import error_text, layer_title, translate


class Operations(QObject):
    """The project's writes for one window, with undo, and the one ``changed`` signal.

    ``changed`` carries a :class:`~annotator.core.changes.Changes`; it is also
    emitted (with ``Changes.all()``) when another program's commit is seen, so
    readers have one signal to follow. ``failed`` says why a write was not saved;
    it is emitted the same way whether the write came from doing, undoing or
    redoing a command.
    """

    changed = Signal(object)
    failed = Signal(str)
    annotatorChanged = Signal(str)

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}

    # -- the write path ----------------------------------------------------------

    def run(self, write: Callable[[], Changes]) -> Changes | None:
        """Run one store write; announce what it changed, or say why it was not saved.

        Returns None when the write failed (nothing is then shown as saved).
        """
        try:
            changes = write()
        except (AnnotatorError, sqlite3.Error) as error:
            self.failed.emit(
                translate("Operations", "Not saved: {reason}").format(reason=error_text(error))
            )
            return None
        if changes:
            self.changed.emit(changes)
        return changes

    def notify(self, changes: Changes) -> None:
        """Announce a change made elsewhere (another program, a background job)."""
        self.changed.emit(changes)

    # -- undo stacks -------------------------------------------------------------

    def stack_for(self, document_id: int) -> QUndoStack:
        """One undo stack per document, kept across document switches."""
        stack = self._stacks.get(document_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._stacks[document_id] = stack
        return stack

    def activate(self, document: Document) -> None:
        assert document.id is not None
        self.undo_group.setActiveStack(self.stack_for(document.id))

    def switch_annotator(self, annotator: str) -> None:
        # Undo history belongs to the previous annotator's edits.
        for stack in self._stacks.values():
            stack.clear()
        self.annotator = annotator
        self.annotatorChanged.emit(annotator)

    # -- annotations -------------------------------------------------------------

    def create(
        self, document_id: int, layer: str, start: int, end: int, attributes: dict[str, object]
    ) -> Annotation | None:
        annotation = Annotation(
            id=new_annotation_id(),
            document_id=document_id,
            annotator=self.annotator,
            layer=layer,
            start=start,
            end=end,
            attributes=attributes,
            origin=Origin.MANUAL,
        )
        changes = self.run(self._add(annotation))
        if changes is None:
            return None
        stored = changes.added[0]
        found = self.project.schema.layer(layer)
        label = translate("Operations", "Tag {layer}").format(
            layer=layer_title(found) if found else layer
        )
        self._push(document_id, _Edit(self, label, self._add(stored), self._delete(stored)))
        return stored

    def delete(self, annotation: Annotation) -> bool:
        if self.run(self._delete(annotation)) is None:
            return False
        self._push(
            annotation.document_id,
            _Edit(
                self,
                translate("Operations", "Delete annotation"),
                self._delete(annotation),
                self._add(annotation),
            ),
        )
        return True

    def update(self, before: Annotation, after: Annotation, label: str) -> Annotation | None:
        if before == after:
            return before
        changes = self.run(self._edit(before, after))
        if changes is None:
            return None
        self._push(before.document_id, _Update(self, before, after, label))
        return changes.updated[0][1]

    def _add(self, annotation: Annotation) -> Callable[[], Changes]:
        return lambda: Changes(added=(self.project.annotations.add(annotation),))

    def _delete(self, annotation: Annotation) -> Callable[[], Changes]:
        def write() -> Changes:
            self.project.annotations.delete(annotation.id)
            return Changes(removed=(annotation,))

        return write

    def _edit(self, before: Annotation, after: Annotation) -> Callable[[], Changes]:
        """The change from ``before`` to ``after``, made to the label as stored now: another
        window's newer values of what this edit did not touch stay (``label_with_edit``)."""

        def write() -> Changes:
            with self.project.transaction():  # read and write with no other writer between
                stored = self.project.annotations.get(after.id)
                if stored is None:
                    raise AnnotatorError(
                        translate(
                            "Operations", "this annotation was deleted in another window meanwhile"
                        )
                    )
                edited = self.project.annotations.update(label_with_edit(stored, before, after))
            return Changes(updated=((stored, edited),))

        return write

    # -- progress ----------------------------------------------------------------

    def set_progress(self, progress: DocumentProgress, label: str) -> DocumentProgress | None:
        before = self.project.progress(progress.document_id, progress.annotator)
        changes = self.run(self._progress(progress))
        if changes is None:
            return None
        stored = changes.progress[0]
        self._push(
            progress.document_id,
            _Edit(
                self,
                label,
                self._progress_edit(before, stored),
                self._progress_edit(stored, before),
            ),
        )
        return stored

    def set_none_present(self, document_id: int, layer: str, checked: bool) -> None:
        """Tick or untick "none present" for ``layer`` (one undo step)."""
        progress = self.project.progress(document_id, self.annotator)
        found = self.project.schema.layer(layer)
        title = layer_title(found) if found else layer
        label = (
            translate("Operations", "Tick “none present”: {layer}")
            if checked
            else translate("Operations", "Untick “none present”: {layer}")
        ).format(layer=title)
        self.set_progress(with_none_present(progress, layer, checked), label)

    def mark_done(self, document_id: int) -> DocumentProgress | None:
        progress = self.project.progress(document_id, self.annotator)
        return self.set_progress(
            replace(progress, status=Status.DONE), translate("Operations", "Mark done")
        )

    def _progress(self, progress: DocumentProgress) -> Callable[[], Changes]:
        return lambda: Changes(progress=(self.project.progress.set(progress),))

    def _progress_edit(
        self, before: DocumentProgress, after: DocumentProgress
    ) -> Callable[[], Changes]:
        """An undo or redo of a progress edit, made to the progress as stored now: another
        window's tick on another layer stays (``progress_with_edit``)."""

        def write() -> Changes:
            with self.project.transaction():
                stored = self.project.progress(after.document_id, after.annotator)
                edited = progress_with_edit(stored, before, after)
                return Changes(progress=(self.project.progress.set(edited),))

        return write

    # -- time on task ------------------------------------------------------------

    def add_active_seconds(self, document_id: int, seconds: float) -> bool:
        """Store attended time on a document (``ui/time_on_task.py``); False if it could
        not be written. No undo step (time spent is not an edit to take back), nothing to
        announce (no view shows it live) and no warning of its own: the caller keeps the
        seconds for the next try, and a project that cannot be written is already
        reported by the edits that failed."""
        try:
            add_active_seconds(self.project, document_id, self.annotator, seconds)
        except (AnnotatorError, sqlite3.Error):
            return False
        return True

    # -- review decisions --------------------------------------------------------

    def decide(
        self,
        rulings: Sequence[tuple[Decision, Annotation | None]],
        stack: QUndoStack,
        label: str,
    ) -> list[Decision] | None:
        """Store reviewers' decisions (with their gold labels) as one undo step on ``stack``."""
        changes = self.run(self._record(rulings))
        if changes is None:
            return None
        decided = list(changes.decided)
        stack.push(_Edit(self, label, self._record(rulings), self._unrecord(decided)))
        return decided

    def _record(
        self, rulings: Sequence[tuple[Decision, Annotation | None]]
    ) -> Callable[[], Changes]:
        def write() -> Changes:
            decided = self.project.decisions.record(rulings)
            golds = tuple(gold for _decision, gold in rulings if gold is not None)
            return Changes(decided=tuple(decided), added=golds)

        return write

    def _unrecord(self, decisions: Sequence[Decision]) -> Callable[[], Changes]:
        def write() -> Changes:
            self.project.decisions.undo(decisions, self.annotator)
            return Changes(undecided=tuple(decisions))

        return write

    # -- suggestions -------------------------------------------------------------

    def accept_suggestions(
        self, document_id: int, suggestion_ids: Sequence[int], label: str
    ) -> list[Annotation] | None:
        """Accept open suggestions as this annotator's annotations (one undo step)."""
        changes = self.run(self._accept(document_id, suggestion_ids))
        if changes is None:
            return None
        undo = self._reopen(document_id, suggestion_ids)
        self._push(document_id, _Edit(self, label, self._accept(document_id, suggestion_ids), undo))
        return list(changes.added)

    def reject_suggestion(self, document_id: int, suggestion_id: int) -> bool:
        """Reject an open suggestion (remembered: it is not proposed again); undoable."""
        if self.run(self._reject(document_id, suggestion_id)) is None:
            return False
        undo = self._reopen(document_id, [suggestion_id])
        self._push(
            document_id,
            _Edit(
                self,
                translate("Operations", "Reject suggestion"),
                self._reject(document_id, suggestion_id),
                undo,
            ),
        )
        return True

    def suggest_document(self, document_id: int) -> bool:
        """Run every suggester over one document (open suggestions replaced; not undone:
        it changes no label and no decision)."""
        from annotator.suggest.run import run_suggesters

        def write() -> Changes:
            name = self.project.documents.get(document_id).name
            run_suggesters(self.project, documents=[name])
            return Changes(suggestions=(document_id,))

        return self.run(write) is not None

    def _accept(self, document_id: int, ids: Sequence[int]) -> Callable[[], Changes]:
        def write() -> Changes:
            added = suggestions.accept_suggestions(self.project, ids, self.annotator)
            return Changes(added=tuple(added), suggestions=(document_id,))

        return write

    def _reject(self, document_id: int, suggestion_id: int) -> Callable[[], Changes]:
        def write() -> Changes:
            suggestions.reject_suggestion(self.project, suggestion_id, self.annotator)
            return Changes(suggestions=(document_id,))

        return write

    def _reopen(self, document_id: int, ids: Sequence[int]) -> Callable[[], Changes]:
        def write() -> Changes:
            # Read first which annotations accepting made (after a redo they are new ones).
            made = [suggestions.suggestion(self.project, i).annotation_id for i in ids]
            found = [self.project.annotations.get(a) for a in made if a is not None]
            suggestions.reopen_suggestions(self.project, ids)
            removed = tuple(a for a in found if a is not None)
            return Changes(removed=removed, suggestions=(document_id,))

        return write

    # -- schema ------------------------------------------------------------------

    def replace_schema(self, schema: Schema) -> bool:
        """Store a new schema (the store refuses one that would orphan labels)."""

        def write() -> Changes:
            self.project.replace_schema(schema)
            return Changes(schema=True)

        return self.run(write) is not None

    # -- plumbing ----------------------------------------------------------------

    def _push(self, document_id: int, command: QUndoCommand) -> None:
        self.stack_for(document_id).push(command)


class _Edit(QUndoCommand):
    """An undo step whose write already succeeded when it is pushed, so its first redo
    is skipped. Later redos and undos go through ``Operations.run`` like any write."""

    def __init__(
        self,
        operations: Operations,
        label: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
    ) -> None:
        super().__init__(label)
        self.operations = operations
        self._do, self._undo = do, undo
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self.operations.run(self._do)

    def undo(self) -> None:
        self.operations.run(self._undo)


class _Update(QUndoCommand):
    """An edit of one label: undo and redo each change only what the edit changed, in
    the label as stored then (another window may have changed the rest)."""

    def __init__(
        self, operations: Operations, before: Annotation, after: Annotation, label: str
    ) -> None:
        super().__init__(label)
        self.operations = operations
        self.before, self.after = before, after
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self.operations.run(self.operations._edit(self.before, self.after))

    def undo(self) -> None:
        self.operations.run(self.operations._edit(self.after, self.before))
