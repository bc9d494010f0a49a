"""The editable panel: the document's annotations, the per-layer checklist, the form."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.schema import Schema
from annotator.ui.focus_frame import as_tab_stop
from annotator.ui.headers import NarrowPaneColumns, fit_header_texts
from annotator.ui.language import layer_title, translate
from annotator.ui.models.annotation_table_model import AnnotationTableModel
from annotator.ui.views.attribute_form import AttributeEditor


class LayerChecklist(QGroupBox):
    """Per layer: how many annotations, or "none present" ticked by the annotator.

    This is what tells "done, and there are no quotes" apart from "never
    looked for quotes" (doccano #280, #402, #630).
    """

    noneToggled = Signal(str, bool)

    def __init__(self, schema: Schema) -> None:
        super().__init__(translate("Checklist", "Checklist"))
        self.setObjectName("layerChecklist")
        grid = QGridLayout(self)
        self.counts: dict[str, QLabel] = {}
        self.boxes: dict[str, QCheckBox] = {}
        for row, layer in enumerate(schema.layers):
            title = layer_title(layer)
            name = QLabel(title)
            count = QLabel("0")
            box = QCheckBox(translate("Checklist", "none present"))
            box.setObjectName(f"nonePresent_{layer.name}")
            box.setAccessibleName(
                translate("Checklist", "{layer}: none present").format(layer=title)
            )
            box.setToolTip(
                translate(
                    "Checklist",
                    "Tick when you checked the text and it has no annotation of this layer "
                    "({layer})",
                ).format(layer=title)
            )
            box.clicked.connect(lambda checked, n=layer.name: self.noneToggled.emit(n, checked))
            grid.addWidget(name, row, 0)
            grid.addWidget(count, row, 1)
            grid.addWidget(box, row, 2)
            self.counts[layer.name] = count
            self.boxes[layer.name] = box
        self.done_button = QPushButton(translate("Checklist", "Mark done"))
        self.done_button.setObjectName("markDoneButton")
        grid.addWidget(self.done_button, len(schema.layers), 0, 1, 3)

    def show_state(self, counts: dict[str, int], none_present: frozenset[str], done: bool) -> None:
        for layer, label in self.counts.items():
            count = counts.get(layer, 0)
            label.setText(QLocale().toString(count))
            box = self.boxes[layer]
            box.setChecked(layer in none_present and count == 0)
            box.setEnabled(count == 0)
        self.done_button.setText(
            translate("Checklist", "Done ✓ (Ctrl+Enter marks again)")
            if done
            else translate("Checklist", "Mark done")
        )


class AnnotationPanel(QWidget):
    def __init__(self, schema: Schema, editor: AttributeEditor) -> None:
        super().__init__()
        self.model = AnnotationTableModel(schema)
        self.table = QTableView()
        self.table.setObjectName("annotationList")
        self.table.setAccessibleName(translate("AnnotationPanel", "Annotations in this document"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        as_tab_stop(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(22)
        # Fixed row heights: with the default (interactive) mode Qt keeps one entry
        # per row and re-walks all of them when a row is inserted into 10,000.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Stripes already separate the rows; the grid cost a third of every repaint,
        # and the table repaints on every tag.
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        # Fixed widths: "resize to contents" would read all 10,000 rows of a long document.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 90)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)
        fit_header_texts(header)
        self.narrow_columns = NarrowPaneColumns(header, giving=2, preferred=170)
        self.checklist = LayerChecklist(schema)
        self.editor = editor
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.checklist)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("panelSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
