"""File → Export…: one dialog for format, what, annotators, gold labels, layers and target.

The options are those of ``annotator export``, and the writing is the same
code (the formats table's writers, ``export_csv``/``export_documents_csv``),
run in the background on its own connection: an export never writes the project.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import GOLD
from annotator.io.exporter import ExportSelection, export_csv, export_documents_csv
from annotator.io.formats import export_formats, format_named
from annotator.store.project import Project
from annotator.ui.background import run_in_background
from annotator.ui.context import AppContext
from annotator.ui.focus_frame import with_focus_ring
from annotator.ui.language import layer_title, translate
from annotator.ui.settings import last_folder, remember_folder

ANNOTATIONS, DOCUMENTS = "annotations", "documents"


def write_export(
    project: Project, path: Path, format_name: str, what: str, selection: ExportSelection,
    excel: bool,
) -> str:  # fmt: skip
    """Write the export as ``annotator export`` does; the message says how much was written."""
    fmt = format_named(format_name)
    if what == DOCUMENTS:
        count = export_documents_csv(project, path, selection, excel=excel)
        message = translate("ExportDialog", "Wrote %n document row(s) to {path}", "", count)
    elif fmt.name == "csv":
        count = export_csv(project, path, selection, excel=excel)
        message = translate("Dialogs", "Wrote %n annotation(s) to {path}", "", count)
    else:
        assert fmt.writer is not None
        result = fmt.writer(project, path, selection)
        count = result.count  # a plain name: lupdate misses a plural whose count is an attribute
        if result.unit == "annotation(s)":
            message = translate("Dialogs", "Wrote %n annotation(s) to {path}", "", count)
        else:
            message = translate("Dialogs", "Wrote %n document(s) to {path}", "", count)
    return message.format(path=path)


class ExportDialog(QDialog):
    """The choices of ``annotator export``, with a file chooser that starts in the last folder."""

    def __init__(self, context: AppContext, format_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.context = context
        project = context.project
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for fmt in export_formats():
            self.format_box.addItem(fmt.title, fmt.name)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_name)))
        self.what_box = QComboBox()
        self.what_box.setObjectName("exportWhat")
        self.what_box.addItem(translate("ExportDialog", "Annotations"), ANNOTATIONS)
        self.what_box.addItem(
            translate("ExportDialog", "Documents (status and counts per annotator)"), DOCUMENTS
        )
        self.excel_box = QCheckBox(translate("ExportDialog", "Excel-safe CSV (BOM, safe formulas)"))
        self.excel_box.setObjectName("exportExcel")
        self.gold_box = QCheckBox(translate("ExportDialog", "Gold labels (adjudicated)"))
        self.gold_box.setObjectName("exportGold")
        self.annotator_boxes: dict[str, QCheckBox] = {}
        annotators = QGroupBox(translate("ExportDialog", "Annotators"))
        column = QVBoxLayout(annotators)
        for name in project.annotations.annotators():
            if name != GOLD:
                box = QCheckBox(name)
                box.setChecked(True)
                self.annotator_boxes[name] = box
                column.addWidget(box)
        column.addWidget(self.gold_box)
        column.addStretch(1)
        self.layer_boxes: dict[str, QCheckBox] = {}
        layers = QGroupBox(translate("ExportDialog", "Layers"))
        column = QVBoxLayout(layers)
        for layer in project.schema.layers:
            box = QCheckBox(layer_title(layer))
            box.setChecked(True)
            self.layer_boxes[layer.name] = box
            column.addWidget(box)
        column.addStretch(1)
        choices = QHBoxLayout()
        choices.addWidget(annotators)
        choices.addWidget(layers)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(translate("ExportDialog", "Export to"))
        browse = QPushButton(translate("ExportDialog", "Choose…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self.choose_path)
        target = QHBoxLayout()
        target.addWidget(self.path_edit, 1)
        target.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), self.format_box)
        form.addRow(translate("ExportDialog", "What:"), self.what_box)
        form.addRow("", self.excel_box)
        form.addRow(translate("ExportDialog", "Export to:"), target)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ExportDialog", "Export")
        )
        with_focus_ring(self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(choices, 1)
        layout.addWidget(self.buttons)
        for widget in (self.format_box, self.what_box):
            widget.currentIndexChanged.connect(self._update)
        for box in [*self.annotator_boxes.values(), *self.layer_boxes.values(), self.gold_box]:
            box.toggled.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        self._update()

    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def what(self) -> str:
        return str(self.what_box.currentData())

    def selection(self) -> ExportSelection:
        """Checked annotators and layers; every layer checked means all (as the CLI's default)."""
        annotators = tuple(name for name, box in self.annotator_boxes.items() if box.isChecked())
        layers = tuple(name for name, box in self.layer_boxes.items() if box.isChecked())
        if len(layers) == len(self.layer_boxes):
            layers = ()
        return ExportSelection(annotators, self.gold_box.isChecked(), layers)

    def _update(self) -> None:
        """Documents and Excel-safe exist only for CSV; nothing to export disables Export."""
        csv = self.format_name() == "csv"
        if not csv:
            self.what_box.setCurrentIndex(0)
        self.what_box.setEnabled(csv)
        self.excel_box.setEnabled(csv)
        someone = self.gold_box.isChecked() or any(
            box.isChecked() for box in self.annotator_boxes.values()
        )
        some_layer = any(box.isChecked() for box in self.layer_boxes.values())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(someone and some_layer and bool(self.path_edit.text().strip()))

    def choose_path(self) -> None:
        fmt = format_named(self.format_name())
        suffix = "" if fmt.folder or not fmt.suffixes else fmt.suffixes[0]
        start = Path(last_folder(str(Path.home()))) / f"{self.context.project.path.stem}{suffix}"
        title = translate("Dialogs", "Export {format}").format(format=fmt.title)
        path, _ = QFileDialog.getSaveFileName(self, title, str(start), fmt.file_filter())
        if path:
            remember_folder(path)
            self.path_edit.setText(path)


def export(context: AppContext, format_name: str) -> None:
    """File → Export…: the dialog, then the export in the background; count shown when done."""
    window = context.window
    dialog = ExportDialog(context, format_name, window)

    def run() -> None:
        project_path = context.project.path
        path = Path(dialog.path_edit.text().strip())
        name, what, selection = dialog.format_name(), dialog.what(), dialog.selection()
        excel = dialog.excel_box.isChecked() and dialog.excel_box.isEnabled()

        def work() -> str:
            with Project.open(project_path) as project:
                return write_export(project, path, name, what, selection, excel)

        run_in_background(
            window,
            translate("Dialogs", "Exporting…"),
            work,
            lambda message: context.show_status(message, 8000),
            context.show_error,
        )

    dialog.accepted.connect(run)
    dialog.resize(560, 420)
    dialog.open()
