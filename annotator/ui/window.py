"""The main window: composes the three panes and wires user intent to the operations layer.

Layout is in ``views``; menus and shortcuts in ``actions``; every edit goes
through ``Operations`` (one transaction, one undo step, one ``changed`` signal).
"""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Changes
from annotator.core.figures import prefilled_attributes
from annotator.core.model import Annotation, Document, DocumentProgress, Status
from annotator.core.progress import next_unfinished, unfinished
from annotator.core.refs import ref_targets
from annotator.core.schema import Schema, missing_required
from annotator.core.words import moved_edge, snap_to_words, trim_space
from annotator.locations import open_project
from annotator.store.assignments import package_origin
from annotator.store.project import Project
from annotator.ui import actions, plain_text
from annotator.ui.backups import start_open_checks
from annotator.ui.context import AppContext
from annotator.ui.language import attribute_label, layer_title, translate
from annotator.ui.operations import Operations
from annotator.ui.panes.document_header import DocumentHeader
from annotator.ui.panes.document_list_pane import DocumentListPane
from annotator.ui.panes.find_bar import FindBar
from annotator.ui.panes.status_bar import StatusBar
from annotator.ui.settings import add_recent_project, app_settings
from annotator.ui.suggestions import SuggestionMarks
from annotator.ui.time_on_task import TimeOnTask
from annotator.ui.undo_keys import pass_undo_keys_to_window
from annotator.ui.views.annotation_panel import AnnotationPanel
from annotator.ui.views.attribute_form import AttributeEditor
from annotator.ui.views.layer_bar import LayerBar
from annotator.ui.views.source_view import SourceView
from annotator.ui.watcher import OtherWritersWatcher


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
        self.document: Document | None = None
        self.selected: Annotation | None = None
        self.snap_words = True
        self.context = AppContext(self, self.operations, self._open_in_place)
        self._build()
        self.named_actions = actions.install(self)
        self.suggestion_marks = SuggestionMarks(self)
        self.named_actions.update(self.suggestion_marks.actions)
        self._connect()
        self._restore_state()
        self._update_title()
        add_recent_project(str(project.path))
        if self.documents.rowCount() > 0:
            self.open_row(0)
        self.source_view.setFocus()
        # What exists now (Qt wrappers, modules, the first document) lives as long
        # as the window: keep Python's collector from re-walking it in every full
        # collection, which the 10,000 labels of a long document set off (~8 ms).
        gc.freeze()

    @property
    def session(self) -> Operations:
        """The operations layer under its former name, for code written before it."""
        return self.operations

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

        self.document_header = DocumentHeader()
        self.title_label = self.document_header.title
        self.source_view = SourceView(schema)
        self.source_view.setAccessibleName(translate("MainWindow", "Document text"))
        self.source_view.setAccessibleDescription(
            translate(
                "MainWindow",
                "Select text with Shift and the arrow keys, then press a layer key to tag it: "
                "{keys}",
            ).format(
                keys=", ".join(
                    f"{layer.key.upper()} {layer_title(layer)}"
                    for layer in schema.layers
                    if layer.key
                )
            )
        )
        self.find_bar = FindBar(
            self.source_view, lambda text, ms: self.statusBar().showMessage(text, ms)
        )
        pass_undo_keys_to_window(self.document_filter)
        self.find_count = self.find_bar.count
        self.find_row = QWidget()
        find_layout = QHBoxLayout(self.find_row)
        find_layout.setContentsMargins(0, 0, 6, 0)
        find_layout.addWidget(self.find_bar, 1)
        find_layout.addWidget(self.find_count)
        self.layer_bar = LayerBar(schema)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 4, 0, 4)
        centre_layout.addWidget(self.document_header)
        centre_layout.addWidget(self.layer_bar)
        centre_layout.addWidget(self.find_row)
        centre_layout.addWidget(self.source_view, 1)

        self.editor = AttributeEditor(schema, self._suggest)
        self.panel = AnnotationPanel(schema, self.editor)
        self.annotation_list = self.panel.table

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self._split_restored = False  # until _restore_state finds a saved split
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(self.operations, self.list_pane)
        self.setStatusBar(self.status)
        self.status_unsaved = self.status.unsaved
        self.status_annotator = self.status.annotator
        self.status_position = self.status.position
        self.status_progress = self.status.progress
        self._watch = OtherWritersWatcher(
            self.project, self.operations.changed, self.refresh, self._may_refresh, self
        )
        self.resize(1320, 820)

    def _connect(self) -> None:
        self.list_pane.documentChosen.connect(self._document_chosen)
        self.source_view.tagRequested.connect(self.tag_selection)
        self.layer_bar.tagRequested.connect(self.tag_selection)
        self.source_view.annotationClicked.connect(self.select_annotation_id)
        self.source_view.cycleRequested.connect(self.cycle_annotation)
        self.annotation_list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._annotation_row_chosen(current.row())
        )
        self.editor.attributeCommitted.connect(self.commit_attribute)
        self.editor.returnToText.connect(self.source_view.setFocus)
        self.panel.checklist.noneToggled.connect(self.set_none_present)
        self.panel.checklist.done_button.clicked.connect(self.mark_done)
        self.operations.changed.connect(self._on_changed)
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
        self.document = document
        self.selected = None
        self.operations.activate(document)
        self.time_on_task.show_document(document_id)
        annotations = self.project.annotations(document_id, self.operations.annotator)
        self.document_header.show_document(document)
        self.source_view.show_text(document.text, annotations)
        self.suggestion_marks.show(document)
        self.panel.model.set_document(document.text, annotations)
        self.editor.show_annotation(None)
        self._refresh_checklist()
        self.list_pane.show_document(document_id)
        self.status.update_counts()

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

    # -- tagging -----------------------------------------------------------------

    def tag_selection(self, layer_name: str) -> None:
        layer = self.project.schema.layer(layer_name)
        if self.document is None or self.document.id is None or layer is None:
            return
        if layer.scope == "document":
            start, end = 0, 0
        else:
            start, end = self.source_view.selection()
            if self.snap_words:
                start, end = snap_to_words(self.document.text, start, end)
            else:  # white space at an edge is never stored, snapping or not
                start, end = trim_space(self.document.text, start, end)
            if start >= end:
                self.statusBar().showMessage(
                    translate("MainWindow", "Select some text first, then press the layer key."),
                    4000,
                )
                return
        attributes = self._prefill(layer_name, self.document.text[start:end])
        created = self.operations.create(self.document.id, layer_name, start, end, attributes)
        if created is None:
            return
        # The text selection would hide the new layer colour: let it go, caret at the end.
        self.source_view.place_caret(created.end)
        self.select_annotation_id(created.id, scroll=False)
        self.editor.focus_first()

    def _prefill(self, layer_name: str, covered: str) -> dict[str, Any]:
        """A figure's value and unit guessed from the selected text, in the document's language."""
        layer = self.project.schema.layer(layer_name)
        language = self.document.language if self.document else ""
        return prefilled_attributes(layer, covered, language) if layer else {}

    def delete_selected(self) -> None:
        if self.selected is not None:
            self.operations.delete(self.selected)

    def resize_selected(self, edge: str, direction: int) -> None:
        """Move the start or end of the selected span one word out (+1) or in (-1)."""
        annotation = self.selected
        if annotation is None or self.document is None:
            return
        start, end = moved_edge(
            self.document.text, annotation.start, annotation.end, edge, direction
        )
        if (start, end) == (annotation.start, annotation.end):
            return
        self.operations.update(
            annotation,
            replace(annotation, start=start, end=end),
            translate("MainWindow", "Resize span"),
        )

    def commit_attribute(self, name: str, value: Any) -> None:
        annotation = self.selected
        if annotation is None:
            return
        if name == "note":
            after = replace(annotation, note=value or "")
        else:
            attributes = dict(annotation.attributes)
            if value is None or value == "":
                attributes.pop(name, None)
            else:
                attributes[name] = value
            after = replace(annotation, attributes=attributes)
        layer = self.project.schema.layer(annotation.layer)
        attribute = layer.attribute(name) if layer else None
        shown = attribute_label(attribute) if attribute else translate("MainWindow", "Note")
        self.operations.update(
            annotation, after, translate("MainWindow", "Set {attribute}").format(attribute=shown)
        )

    # -- selection of annotations ---------------------------------------------

    def select_annotation_id(self, annotation_id: str, *, scroll: bool = True) -> None:
        row = self.panel.model.row_of(annotation_id)
        if row is None:
            return
        annotation = self.panel.model.annotation(row)
        self._show_selected(annotation, scroll=scroll)
        # The table follows; its row-changed signal sees the annotation is already shown.
        self.annotation_list.selectRow(row)
        self.annotation_list.scrollTo(self.panel.model.index(row, 0))

    def _annotation_row_chosen(self, row: int) -> None:
        annotation = self.panel.model.annotation(row)
        if annotation is not None and (self.selected is None or self.selected.id != annotation.id):
            self._show_selected(annotation, scroll=True)

    def _show_selected(self, annotation: Annotation | None, *, scroll: bool) -> None:
        self.selected = annotation
        self.source_view.select_annotation(annotation, scroll=scroll)
        if annotation is None or self.document is None:
            self.editor.show_annotation(None)
            return
        self.editor.show_annotation(
            annotation, self.panel.model.excerpt(annotation), self._ref_options(annotation)
        )

    def _ref_options(self, annotation: Annotation) -> list[tuple[str, str]]:
        targets = ref_targets(self.project.schema, annotation, self.panel.model.annotations())
        schema = self.project.schema
        return [
            (a.id, f"{_layer_name(schema, a.layer)}: {self.panel.model.excerpt(a)}")
            for a in targets
        ]

    def cycle_annotation(self, delta: int) -> None:
        count = self.panel.model.rowCount()
        if count == 0:
            return
        current = self.panel.model.row_of(self.selected.id) if self.selected else None
        row = (current + delta) % count if current is not None else (0 if delta > 0 else count - 1)
        annotation = self.panel.model.annotation(row)
        if annotation is not None:
            self.select_annotation_id(annotation.id)
            self.source_view.setFocus()

    def escape(self) -> None:
        """Esc lets go: the find bar closes and the selected label is deselected."""
        self.hide_find()
        if self.selected is not None:
            self._show_selected(None, scroll=False)
            self._forget_table_row()

    def _forget_table_row(self) -> None:
        # The current row too, not just the selection: when that row is then removed
        # Qt would make the next row current, which would select (and scroll the
        # text to) an unrelated label.
        self.annotation_list.selectionModel().clearCurrentIndex()
        self.annotation_list.clearSelection()

    def clear_selection(self) -> None:
        cursor = self.source_view.textCursor()
        cursor.clearSelection()
        self.source_view.setTextCursor(cursor)

    # -- what changed ----------------------------------------------------------

    def _mine(self, annotation: Annotation) -> bool:
        return (
            self.document is not None
            and annotation.document_id == self.document.id
            and annotation.annotator == self.operations.annotator
        )

    def _on_changed(self, changes: Changes) -> None:
        """Show what a write (this window's, or another program's) changed."""
        if changes.everything:
            self._show_external_changes()
            return
        for annotation in changes.removed:
            self._on_removed(annotation)
        for annotation in changes.added:
            self._on_added(annotation)
        for before, after in changes.updated:
            self._on_updated(before, after)
        if changes.progress:
            self._on_progress(changes.progress)

    def _on_added(self, annotation: Annotation) -> None:
        if not self._mine(annotation):
            return
        self.panel.model.add(annotation)
        self.source_view.annotation_added(annotation)
        self._refresh_checklist()

    def _on_removed(self, annotation: Annotation) -> None:
        if not self._mine(annotation):
            return
        if self.selected is not None and self.selected.id == annotation.id:
            self._show_selected(None, scroll=False)
            self._forget_table_row()
        self.panel.model.remove(annotation.id)
        self.source_view.annotation_removed(annotation)
        self._refresh_checklist()

    def _on_updated(self, before: Annotation, after: Annotation) -> None:
        if not self._mine(after):
            return
        # A changed span moves its row (removed, then inserted at its new place);
        # meanwhile Qt makes a neighbouring row current, which must not become the
        # selection: the next key would act on that neighbour.
        rows = self.annotation_list.selectionModel()
        blocked = rows.blockSignals(True)
        try:
            self.panel.model.replace(after)
        finally:
            rows.blockSignals(blocked)
        self.source_view.annotation_removed(before)
        self.source_view.annotation_added(after)
        if self.selected is not None and self.selected.id == after.id:
            row = self.panel.model.row_of(after.id)
            if row is not None:
                self.annotation_list.selectRow(row)
            self._show_selected(after, scroll=False)

    def _on_progress(self, progresses: tuple[DocumentProgress, ...]) -> None:
        if self.document is not None and any(
            progress.document_id == self.document.id for progress in progresses
        ):
            self._refresh_checklist()

    # -- progress --------------------------------------------------------------

    def _refresh_checklist(self) -> None:
        if self.document is None or self.document.id is None:
            return
        counts = self.panel.model.layer_counts()
        self.layer_bar.show_counts(counts)
        progress = self.project.progress(self.document.id, self.operations.annotator)
        self.panel.checklist.show_state(
            counts, progress.none_present, progress.status == Status.DONE
        )

    def set_none_present(self, layer: str, checked: bool) -> None:
        if self.document is not None and self.document.id is not None:
            self.operations.set_none_present(self.document.id, layer, checked)

    def done_problems(self) -> list[str]:
        """Why the current document cannot be marked done yet (empty: it can)."""
        if self.document is None or self.document.id is None:
            return [translate("MainWindow", "No document is open.")]
        progress = self.project.progress(self.document.id, self.operations.annotator)
        schema = self.project.schema
        problems = []
        for item in unfinished(schema, self.panel.model.annotations(), progress):
            title = _layer_name(schema, item.layer)
            if item.annotation is None:
                problems.append(
                    translate(
                        "MainWindow", "{layer}: no annotation, and “none present” is not ticked"
                    ).format(layer=title)
                )
                continue
            layer = schema.layer(item.layer)
            names = [
                attribute_label(a) if (a := layer.attribute(n) if layer else None) else n
                for n in item.missing
            ]
            problems.append(
                translate("MainWindow", "{layer} “{excerpt}”: missing {attributes}").format(
                    layer=title,
                    excerpt=self.panel.model.excerpt(item.annotation),
                    attributes=", ".join(names),
                )
            )
        return problems

    def mark_done(self) -> None:
        problems = self.done_problems()
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

    def edit_selected_form(self) -> None:
        """From the text into the selected annotation's form (its first empty required field)."""
        if self.selected is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Select an annotation first (Tab, or click it)."), 4000
            )
            return
        form = self.editor.current_form()
        missing = set(missing_required(form.layer, self.selected.attributes)) if form else set()
        self.editor.focus_first(required_first=bool(missing))

    def toggle_none_present(self, layer_name: str) -> None:
        """The "none present" box of ``layer_name``, by key (only while the layer has no labels)."""
        box = self.panel.checklist.boxes.get(layer_name)
        if box is None or not box.isEnabled():
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "“None present” needs a layer without annotations in this document.",
                ),
                4000,
            )
            return
        self.set_none_present(layer_name, not box.isChecked())

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
        self.operations.notify(Changes.all())

    def _show_external_changes(self) -> None:
        """The list pane has read itself again; the open document's labels follow."""
        current = self.document
        if current is not None and current.id is not None:
            fresh = self.project.documents.by_name(current.name)
            if fresh is None or fresh.id != current.id or fresh.sha256 != current.sha256:
                self.document = None
                if self.documents.rowCount():
                    self.open_row(0)
                else:
                    self.source_view.clear_text()
                self.statusBar().showMessage(
                    translate(
                        "MainWindow", "“{name}” was removed or replaced by another program."
                    ).format(name=current.name),
                    10000,
                )
            else:
                self._reload_labels(current.id)

    def _reload_labels(self, document_id: int) -> None:
        assert self.document is not None
        selected = self.selected.id if self.selected is not None else None
        annotations = self.project.annotations(document_id, self.operations.annotator)
        self.source_view.reset_annotations(annotations)
        self.panel.model.set_document(self.document.text, annotations)
        self._refresh_checklist()
        if selected is not None and self.panel.model.row_of(selected) is not None:
            self.select_annotation_id(selected, scroll=False)
        else:
            self._show_selected(None, scroll=False)

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

    def _open_in_place(self, project: Project) -> None:
        origin = package_origin(project)  # a work package opens as its annotator
        replacement = MainWindow(project, origin.annotator if origin else self.operations.annotator)
        replacement.show()
        self.close()
        start_open_checks(replacement.context)

    def show_error(self, message: str) -> None:
        plain_text.message(self, "annotator", message)

    def switch_annotator(self, name: str) -> None:
        self.operations.switch_annotator(name)

    def _annotator_switched(self, name: str) -> None:
        self.documents.set_annotator(name)
        current = self.document.id if self.document else None
        self.document = None
        if current is not None:
            self.open_document(current)
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(
            f"{self.project.path.name} — {self.operations.annotator} — annotator"  # names only
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_restored:
            self._split_restored = True
            self._default_split()

    def _default_split(self) -> None:
        """The text gets the largest share (half); the list a fifth, the panel the rest."""
        total = sum(self.splitter.sizes()) or self.splitter.width()
        shares = (0.23, 0.48, 0.29)
        self.splitter.setSizes([int(total * share) for share in shares])

    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for splitter in (self.splitter, self.panel.splitter):
            state = settings.value(f"window/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
                self._split_restored = self._split_restored or splitter is self.splitter
        self.snap_words = settings.value("view/snapWords", True) not in (False, "false")

    def save_state(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        for splitter in (self.splitter, self.panel.splitter):
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        settings.setValue("view/snapWords", self.snap_words)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._commit_field_being_edited()  # closing never drops a typed value
        self.save_state()
        self.time_on_task.close()
        self._watch.stop()
        gc.unfreeze()  # this window's objects may be collected again
        QTimer.singleShot(0, self.project.close)
        super().closeEvent(event)


def _layer_name(schema: Schema, name: str) -> str:
    """A layer's title in the window's language (its stored name if the schema lacks it)."""
    layer = schema.layer(name)
    return layer_title(layer) if layer else name
