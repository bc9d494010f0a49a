"""The main window: composes the three panes and wires user intent to the operations layer.

Layout is in ``views``; menus and shortcuts in ``actions``; every edit goes
through ``Operations`` (one transaction, one undo step, one ``changed`` signal).
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
)

from annotator.core.changes import Changes
from annotator.core.errors import AnnotatorError
from annotator.core.model import Annotation, Document
from annotator.core.progress import next_unfinished
from annotator.locations import open_project
from annotator.store.assignments import package_origin
from annotator.store.project import Project
from annotator.ui import actions, plain_text
from annotator.ui.backups import start_open_checks
from annotator.ui.context import AppContext
from annotator.ui.document_actions import show_whether_a_document_is_open
from annotator.ui.editing.document_labels import DocumentLabels
from annotator.ui.editing.label_edits import LabelEdits
from annotator.ui.language import error_text, translate
from annotator.ui.operations import Operations
from annotator.ui.panes.document_list_pane import DocumentListPane
from annotator.ui.panes.status_bar import StatusBar
from annotator.ui.panes.text_pane import TextPane
from annotator.ui.settings import add_recent_project
from annotator.ui.suggestions import SuggestionMarks
from annotator.ui.time_on_task import TimeOnTask
from annotator.ui.undo_keys import pass_undo_keys_to_window
from annotator.ui.views.annotation_panel import AnnotationPanel
from annotator.ui.views.attribute_form import AttributeEditor
from annotator.ui.watcher import OtherWritersWatcher
from annotator.ui.window_state import WindowState, document_to_reopen, remember_open_document


class MainWindow(QMainWindow):
    @classmethod
    def for_project(cls, path: str | Path | None, annotator: str) -> MainWindow:
        return cls(open_project(path), annotator)

    def __init__(self, project: Project, annotator: str) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.project = project
        self.operations = Operations(project, annotator, self)
        self.time_on_task = TimeOnTask(self)
        self.context = AppContext(self, self.operations, self._open_in_place)
        self._build()
        self.named_actions = actions.install(self)
        self.suggestion_marks = SuggestionMarks(self)
        self.named_actions.update(self.suggestion_marks.actions)
        self._connect()
        self.state = WindowState(self, (self.splitter, self.panel.splitter), self.edits)
        self.state.restore()
        self._update_title()
        add_recent_project(str(project.path))
        last = document_to_reopen(self.project, self.operations.annotator)
        if last is not None:
            self.open_document(last)  # where this annotator left off
        elif self.documents.rowCount() > 0:
            self.open_row(0)
        else:
            self._show_no_document()
        self.source_view.setFocus()
        # What exists now (Qt wrappers, modules, the first document) lives as long
        # as the window: keep Python's collector from re-walking it in every full
        # collection, which the 10,000 labels of a long document set off (~8 ms).
        gc.freeze()

    @property
    def document(self) -> Document | None:
        """The open document (``labels`` owns it; panes and tests read it here)."""
        return self.labels.document

    @property
    def selected(self) -> Annotation | None:
        return self.labels.selected

    def select_annotation_id(self, annotation_id: str, *, scroll: bool = True) -> None:
        self.labels.select_annotation_id(annotation_id, scroll=scroll)

    # -- composition -----------------------------------------------------------

    def _build(self) -> None:
        schema = self.project.schema
        self.list_pane = DocumentListPane(
            self.project, self.operations.annotator, self.operations.changed
        )
        # The pane's parts under the names the rest of the window (and its tests) use.
        self.documents = self.list_pane.model
        self.document_list = self.list_pane.view
        self.document_filter = self.list_pane.filter
        pass_undo_keys_to_window(self.document_filter)

        self.text_pane = TextPane(schema, self._show_message)
        self.document_header = self.text_pane.header
        self.title_label = self.document_header.title
        self.source_view = self.text_pane.source_view
        self.find_bar = self.text_pane.find_bar
        self.find_count = self.find_bar.count
        self.layer_bar = self.text_pane.layer_bar

        self.editor = AttributeEditor(schema, self._suggest)
        self.panel = AnnotationPanel(schema, self.editor)
        self.annotation_list = self.panel.table
        self.labels = DocumentLabels(
            self.project, self.operations, self.source_view, self.panel, self.editor,
            self.layer_bar, self._show_external_changes,
        )  # fmt: skip
        self.edits = LabelEdits(self.project, self.operations, self.labels, self._show_message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.text_pane)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(self.operations, self.list_pane)
        self.setStatusBar(self.status)
        self._watch = OtherWritersWatcher(
            self.project, self.operations.changed, self.refresh, self._may_refresh, self
        )
        self.resize(1320, 820)

    def _connect(self) -> None:
        self.list_pane.documentChosen.connect(self._document_chosen)
        self.source_view.tagRequested.connect(self.edits.tag_selection)
        self.layer_bar.tagRequested.connect(self.edits.tag_selection)
        self.editor.attributeCommitted.connect(self.edits.commit_attribute)
        self.editor.returnToText.connect(self.source_view.setFocus)
        self.panel.checklist.noneToggled.connect(self.edits.set_none_present)
        self.panel.checklist.done_button.clicked.connect(self.mark_done)
        self.operations.changed.connect(self.labels.on_changed)
        self.operations.failed.connect(self._save_failed)
        self.operations.annotatorChanged.connect(self._annotator_switched)

    # -- documents -------------------------------------------------------------

    def open_row(self, row: int) -> None:
        document_id = self.documents.document_id(row)
        if document_id is not None:
            self._document_chosen(document_id)

    def _document_chosen(self, document_id: int) -> None:
        if self.document is None or self.document.id != document_id:
            self.open_document(document_id)

    def open_document(self, document_id: int) -> None:
        document = self.project.documents.get(document_id)
        self.operations.activate(document)
        self.time_on_task.show_document(document_id)
        self.document_header.show_document(document)
        self.labels.show_document(document)
        self.suggestion_marks.show(document)
        self.list_pane.show_document(document_id)
        self.status.update_counts()
        show_whether_a_document_is_open(self)

    def _show_no_document(self) -> None:
        """Nothing to show (no documents, or the last one removed): say how to begin."""
        self.labels.document = None
        self.labels.model.set_document("", [])
        self.document_header.show_nothing()
        self.status.update_counts()  # who annotates; no "Document 1 of 1" left behind
        show_whether_a_document_is_open(self)

    def step_document(self, delta: int) -> None:
        self.list_pane.step(delta)

    def next_unfinished(self) -> bool:
        """Open the next document (after the current one, wrapping) that is not done."""
        done = self.project.progress.done_ids(self.operations.annotator)
        current = max(self.list_pane.current_row(), 0)
        row = next_unfinished(self.documents.document_ids(), current, done)
        if row is None:
            return False
        self.list_pane.select_row(row)
        return True

    def mark_done(self) -> None:
        problems = self.edits.done_problems()
        if problems:
            QMessageBox.information(
                self,
                translate("MainWindow", "Not done yet"),
                translate("MainWindow", "This document cannot be marked done yet:")
                + "\n\n• "
                + "\n• ".join(problems),
            )
            return
        assert self.document is not None and self.document.id is not None
        if self.operations.mark_done(self.document.id) is None:
            return
        if not self.next_unfinished():
            self.statusBar().showMessage(translate("MainWindow", "Every document is done."), 6000)

    # -- find ------------------------------------------------------------------

    def show_find(self) -> None:
        self.find_bar.open()

    def hide_find(self) -> None:
        self.find_bar.close_bar()

    def escape(self) -> None:
        """Esc lets go: the find bar closes and the selected label is deselected."""
        self.hide_find()
        self.labels.deselect()

    def find_next(self, restart: bool = False) -> None:
        self.find_bar.find_next(restart)

    # -- misc ------------------------------------------------------------------

    def _suggest(self, attribute: str, prefix: str) -> list[str]:
        return self.project.annotations.used_text_values(
            attribute, prefix, annotator=self.operations.annotator
        )

    def _save_failed(self, message: str) -> None:
        self.show_error(message)  # the status bar keeps a mark until an edit is saved

    # -- other writers ---------------------------------------------------------

    def refresh(self) -> None:
        """Show what other windows or programs saved meanwhile (F5; also automatic).

        Document texts never change once imported, so the text stays in the view
        as it is (caret, selection and scroll untouched) and only the list and the
        labels are read again. A document that is gone or holds other text (a
        restore made elsewhere) is replaced by the first one in the list.
        """
        self._commit_field_being_edited()
        if self.project.schema_changed_elsewhere():
            # The panes, forms and keys are built from the schema: a window on the new
            # one, or a choice no longer allowed could still be stored from this one.
            self._reopen(
                translate(
                    "MainWindow", "Another program changed the schema; this window now uses it."
                )
            )
            return
        self.operations.notify(Changes.all())

    def _show_external_changes(self) -> None:
        """The list pane has read itself again; the open document's labels follow."""
        current = self.document
        if current is not None and current.id is not None:
            fresh = self.project.documents.by_name(current.name)
            if fresh is None or fresh.id != current.id or fresh.sha256 != current.sha256:
                self.labels.document = None
                if self.documents.rowCount():
                    self.open_row(0)
                else:
                    self._show_no_document()
                self.statusBar().showMessage(
                    translate(
                        "MainWindow", "“{name}” was removed or replaced by another program."
                    ).format(name=current.name),
                    10000,
                )
            else:
                self.labels.reload()
        elif self.documents.rowCount():
            self.open_row(0)  # the first documents of an empty project (an import)

    def _commit_field_being_edited(self) -> None:
        """A value typed but not yet confirmed is saved rather than dropped."""
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit):
            focused.editingFinished.emit()

    def _may_refresh(self) -> bool:
        focused = QApplication.focusWidget()
        if focused is not None and self.editor.isAncestorOf(focused):
            return False  # mid-way through typing a value: next tick
        # Not while a dialog, menu or drop-down is open over the form.
        return not (QApplication.activeModalWidget() or QApplication.activePopupWidget())

    def _reopen(self, message: str) -> None:
        try:
            project = Project.open(self.project.path)
        except AnnotatorError as error:
            self.show_error(error_text(error))
            return
        self._open_in_place(project).statusBar().showMessage(message, 15000)

    def _open_in_place(self, project: Project) -> MainWindow:
        # The same project (reopened, restored) goes on at the same document.
        remember_open_document(self.project, self.operations.annotator, self.document)
        origin = package_origin(project)  # a work package opens as its annotator
        replacement = MainWindow(project, origin.annotator if origin else self.operations.annotator)
        replacement.show()
        # Destroyed, not only hidden: it would keep its widgets and document to the end.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        start_open_checks(replacement.context)
        return replacement

    def _show_message(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)  # the status bar of the moment

    def show_error(self, message: str) -> None:
        plain_text.message(self, "annotator", message)

    def switch_annotator(self, name: str) -> None:
        self.operations.switch_annotator(name)

    def _annotator_switched(self, name: str) -> None:
        self.documents.set_annotator(name)
        current = self.document.id if self.document else None
        self.labels.document = None
        if current is not None:
            self.open_document(current)
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(
            f"{self.project.path.name} — {self.operations.annotator} — annotator"  # names only
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.state.first_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._commit_field_being_edited()  # closing never drops a typed value
        self.state.save()
        remember_open_document(self.project, self.operations.annotator, self.document)
        self.time_on_task.close()
        self._watch.stop()
        gc.unfreeze()  # this window's objects may be collected again
        # Not with the window as context: the file must be closed even when the window is
        # destroyed first (replaced in place, WA_DeleteOnClose); close() touches no widget.
        QTimer.singleShot(0, self.project.close)
        super().closeEvent(event)
