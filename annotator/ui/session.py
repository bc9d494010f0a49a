"""The operations layer between the widgets and the project (after Anki's ``aqt.operations``).

Every change a user makes goes through here: it is written to the project in
its own transaction, pushed on the document's undo stack, and announced by a
signal, so the panels refresh from one place instead of calling each other.
A write that fails (full disk, read-only file) is reported through
``failed`` and not shown as saved.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from annotator.core.errors import AnnotatorError
from annotator.core.model import Annotation, Document, DocumentProgress, Origin, new_annotation_id
from annotator.store.project import Project

T = TypeVar("T")


class Session(QObject):
    annotationAdded = Signal(object)
    annotationRemoved = Signal(object)
    annotationUpdated = Signal(object, object)
    progressChanged = Signal(object)
    failed = Signal(str)

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}

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

    # -- edits ---------------------------------------------------------------

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
        stored = self._write(lambda: self.project.add_annotation(annotation))
        if stored is None:
            return None
        self.annotationAdded.emit(stored)
        title = self.project.schema.layer(layer)
        self._push(document_id, _Create(self, stored, f"Tag {title.title if title else layer}"))
        return stored

    def delete(self, annotation: Annotation) -> bool:
        if self._write(lambda: self.project.delete_annotation(annotation.id)) is None:
            return False
        self.annotationRemoved.emit(annotation)
        self._push(annotation.document_id, _Delete(self, annotation))
        return True

    def update(self, before: Annotation, after: Annotation, label: str) -> Annotation | None:
        if before == after:
            return before
        stored = self._write(lambda: self.project.update_annotation(after))
        if stored is None:
            return None
        self.annotationUpdated.emit(before, stored)
        self._push(before.document_id, _Update(self, before, stored, label))
        return stored

    def set_progress(self, progress: DocumentProgress, label: str) -> DocumentProgress | None:
        before = self.project.progress(progress.document_id, progress.annotator)
        stored = self._write(lambda: self.project.set_progress(progress))
        if stored is None:
            return None
        self.progressChanged.emit(stored)
        self._push(progress.document_id, _Progress(self, before, stored, label))
        return stored

    # -- plumbing used by the undo commands ------------------------------------

    def _write(self, operation: Callable[[], T]) -> T | None:
        """Run one store write; on failure say why and report nothing as saved."""
        try:
            result = operation()
        except (AnnotatorError, sqlite3.Error) as error:
            self.failed.emit(f"Not saved: {error}")
            return None
        return result if result is not None else True  # type: ignore[return-value]

    def _push(self, document_id: int, command: _Command) -> None:
        self.stack_for(document_id).push(command)

    def _store_add(self, annotation: Annotation) -> None:
        if self._write(lambda: self.project.add_annotation(annotation)) is not None:
            self.annotationAdded.emit(annotation)

    def _store_delete(self, annotation: Annotation) -> None:
        if self._write(lambda: self.project.delete_annotation(annotation.id)) is not None:
            self.annotationRemoved.emit(annotation)

    def _store_update(self, current: Annotation, target: Annotation) -> Annotation:
        stored = self._write(lambda: self.project.update_annotation(target))
        if stored is None:
            return current
        self.annotationUpdated.emit(current, stored)
        return stored

    def _store_progress(self, progress: DocumentProgress) -> None:
        stored = self._write(lambda: self.project.set_progress(progress))
        if stored is not None:
            self.progressChanged.emit(stored)


class _Command(QUndoCommand):
    """Commands are pushed after the first write succeeded, so the first redo is skipped."""

    def __init__(self, session: Session, label: str) -> None:
        super().__init__(label)
        self.session = session
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class _Create(_Command):
    def __init__(self, session: Session, annotation: Annotation, label: str) -> None:
        super().__init__(session, label)
        self.annotation = annotation

    def do(self) -> None:
        self.session._store_add(self.annotation)

    def undo(self) -> None:
        self.session._store_delete(self.annotation)


class _Delete(_Command):
    def __init__(self, session: Session, annotation: Annotation) -> None:
        super().__init__(session, "Delete annotation")
        self.annotation = annotation

    def do(self) -> None:
        self.session._store_delete(self.annotation)

    def undo(self) -> None:
        self.session._store_add(self.annotation)


class _Update(_Command):
    def __init__(self, session: Session, before: Annotation, after: Annotation, label: str) -> None:
        super().__init__(session, label)
        self.before, self.after = before, after

    def do(self) -> None:
        self.after = self.session._store_update(self.before, replace(self.after))

    def undo(self) -> None:
        self.before = self.session._store_update(self.after, replace(self.before))


class _Progress(_Command):
    def __init__(
        self, session: Session, before: DocumentProgress, after: DocumentProgress, label: str
    ) -> None:
        super().__init__(session, label)
        self.before, self.after = before, after

    def do(self) -> None:
        self.session._store_progress(self.after)

    def undo(self) -> None:
        self.session._store_progress(self.before)
