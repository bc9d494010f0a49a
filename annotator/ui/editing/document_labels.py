"""The open document's labels as the text view, label table, form and checklist show
them: which label is selected, and following every write that touches them.

The selection lives here, not in a view, because three views show it and each can
change it (a click in the text, a row in the table, Tab); keeping one owner stops
them from chasing each other's signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from annotator.core.changes import Changes
from annotator.core.model import Annotation, Document, DocumentProgress, Status
from annotator.core.refs import ref_targets
from annotator.core.schema import Schema
from annotator.store.project import Project
from annotator.ui.language import layer_title
from annotator.ui.operations import Operations
from annotator.ui.views.annotation_panel import AnnotationPanel
from annotator.ui.views.attribute_form import AttributeEditor
from annotator.ui.views.layer_bar import LayerBar
from annotator.ui.views.source_view import SourceView


class DocumentLabels(QObject):
    """Shows one document's labels and keeps ``selected`` in step across the views.

    ``on_everything`` is called when a change may have replaced what is shown
    (another program's write, a restore): the window decides what to open then.
    """

    def __init__(
        self,
        project: Project,
        operations: Operations,
        source_view: SourceView,
        panel: AnnotationPanel,
        editor: AttributeEditor,
        layer_bar: LayerBar,
        on_everything: Callable[[], None],
    ) -> None:
        super().__init__(source_view)
        self.project = project
        self.operations = operations
        self.source_view = source_view
        self.panel = panel
        self.model = panel.model
        self.table = panel.table
        self.editor = editor
        self.layer_bar = layer_bar
        self._on_everything = on_everything
        self.document: Document | None = None
        self.selected: Annotation | None = None
        source_view.annotationClicked.connect(self.select_annotation_id)
        source_view.cycleRequested.connect(self.cycle)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(current.row())
        )

    def show_document(self, document: Document) -> None:
        """Put ``document``'s labels (the current annotator's) in every view; none selected."""
        assert document.id is not None
        self.document = document
        self.selected = None
        annotations = self.project.annotations(document.id, self.operations.annotator)
        self.source_view.show_text(document.text, annotations)
        self.model.set_document(document.text, annotations)
        self.editor.show_annotation(None)
        self.refresh_checklist()

    def reload(self) -> None:
        """Read the open document's labels again, keeping the selection if it still exists."""
        if self.document is None or self.document.id is None:
            return
        selected = self.selected.id if self.selected is not None else None
        annotations = self.project.annotations(self.document.id, self.operations.annotator)
        self.source_view.reset_annotations(annotations)
        self.model.set_document(self.document.text, annotations)
        self.refresh_checklist()
        if selected is not None and self.model.row_of(selected) is not None:
            self.select_annotation_id(selected, scroll=False)
        else:
            self.show_selected(None, scroll=False)

    # -- selection ---------------------------------------------------------------

    def select_annotation_id(self, annotation_id: str, *, scroll: bool = True) -> None:
        row = self.model.row_of(annotation_id)
        if row is None:
            return
        self.show_selected(self.model.annotation(row), scroll=scroll)
        # The table follows; its row-changed signal sees the annotation is already shown.
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _row_chosen(self, row: int) -> None:
        annotation = self.model.annotation(row)
        if annotation is not None and (self.selected is None or self.selected.id != annotation.id):
            self.show_selected(annotation, scroll=True)

    def show_selected(self, annotation: Annotation | None, *, scroll: bool) -> None:
        self.selected = annotation
        self.source_view.select_annotation(annotation, scroll=scroll)
        if annotation is None or self.document is None:
            self.editor.show_annotation(None)
            return
        self.editor.show_annotation(
            annotation, self.model.excerpt(annotation), self._ref_options(annotation)
        )

    def _ref_options(self, annotation: Annotation) -> list[tuple[str, str]]:
        schema = self.project.schema
        targets = ref_targets(schema, annotation, self.model.in_order())
        return [(a.id, f"{layer_name(schema, a.layer)}: {self.model.excerpt(a)}") for a in targets]

    def cycle(self, delta: int) -> None:
        """Select the next (+1) or previous (-1) label in table order, wrapping around."""
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.model.row_of(self.selected.id) if self.selected else None
        row = (current + delta) % count if current is not None else (0 if delta > 0 else count - 1)
        annotation = self.model.annotation(row)
        if annotation is not None:
            self.select_annotation_id(annotation.id)
            self.source_view.setFocus()

    def deselect(self) -> None:
        if self.selected is not None:
            self.show_selected(None, scroll=False)
            self._forget_table_row()

    def _forget_table_row(self) -> None:
        # The current row too, not just the selection: when that row is then removed
        # Qt would make the next row current, which would select (and scroll the
        # text to) an unrelated label.
        self.table.selectionModel().clearCurrentIndex()
        self.table.clearSelection()

    # -- what changed ------------------------------------------------------------

    def _mine(self, annotation: Annotation) -> bool:
        return (
            self.document is not None
            and annotation.document_id == self.document.id
            and annotation.annotator == self.operations.annotator
        )

    def on_changed(self, changes: Changes) -> None:
        """Show what a write (this window's, or another program's) changed.

        The window connects this to ``Operations.changed`` after the panes that
        must see a change first (the document list, the suggestion marks).
        """
        if changes.everything:
            self._on_everything()
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
        self.model.add(annotation)
        self.source_view.annotation_added(annotation)
        self.refresh_checklist()

    def _on_removed(self, annotation: Annotation) -> None:
        if not self._mine(annotation):
            return
        if self.selected is not None and self.selected.id == annotation.id:
            self.deselect()
        self.model.remove(annotation.id)
        self.source_view.annotation_removed(annotation)
        self.refresh_checklist()

    def _on_updated(self, before: Annotation, after: Annotation) -> None:
        if not self._mine(after):
            return
        # A changed span moves its row (removed, then inserted at its new place);
        # meanwhile Qt makes a neighbouring row current, which must not become the
        # selection: the next key would act on that neighbour.
        rows = self.table.selectionModel()
        blocked = rows.blockSignals(True)
        try:
            self.model.replace(after)
        finally:
            rows.blockSignals(blocked)
        self.source_view.annotation_removed(before)
        self.source_view.annotation_added(after)
        if self.selected is not None and self.selected.id == after.id:
            row = self.model.row_of(after.id)
            if row is not None:
                self.table.selectRow(row)
            self.show_selected(after, scroll=False)

    def _on_progress(self, progresses: tuple[DocumentProgress, ...]) -> None:
        if self.document is not None and any(
            progress.document_id == self.document.id for progress in progresses
        ):
            self.refresh_checklist()

    def refresh_checklist(self) -> None:
        if self.document is None or self.document.id is None:
            return
        counts = self.model.layer_counts()
        self.layer_bar.show_counts(counts)
        progress = self.project.progress(self.document.id, self.operations.annotator)
        self.panel.checklist.show_state(
            counts, progress.none_present, progress.status == Status.DONE
        )


def layer_name(schema: Schema, name: str) -> str:
    """A layer's title in the window's language (its stored name if the schema lacks it)."""
    layer = schema.layer(name)
    return layer_title(layer) if layer else name
