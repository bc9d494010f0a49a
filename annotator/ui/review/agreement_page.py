"""The review window's Agreement tab as a page: the report by layer (``AgreementTab``),
then the per-document table, worst first, from which Enter or a double-click goes to
that document's disagreements (``documentChosen``).

The report reads every annotation, so it is computed the first time the page is
shown (``fill_once``), not when the window opens. ``AgreementTab`` lays the report
out; this class gathers what it needs from the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QVBoxLayout, QWidget

from annotator.core.model import Annotation
from annotator.review.agreement import agreement_report, per_document_agreement, schema_choices
from annotator.store.assignments import overlapped_documents
from annotator.store.project import Project
from annotator.team.overlap import describe_scope, on_overlapped_documents
from annotator.ui.language import core_text, layer_title, translate
from annotator.ui.models.flat_table import FlatTableModel
from annotator.ui.review.agreement_tab import AgreementTab
from annotator.ui.review.tables import table_defaults

Index = QModelIndex | QPersistentModelIndex


class RowsModel(FlatTableModel):
    """Read-only rows of dicts (the agreement report's per-document table)."""

    def __init__(self, columns: Sequence[str], titles: Sequence[str]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.titles = list(titles)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> list[str]:
        return self.titles

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()].get(self.columns[index.column()])
        if value is None:
            return "—"
        if isinstance(value, float):
            return QLocale().toString(value, "f", 3)
        if isinstance(value, list):
            return ", ".join(map(str, value))
        return str(value)


class AgreementPage(QObject):
    """Builds the tab (``tab``, what the window shows) and fills it from the project."""

    documentChosen = Signal(str)
    """The name of the document whose row was activated in the per-document table."""

    def __init__(self, project: Project, names: dict[int, str], parent: QObject) -> None:
        super().__init__(parent)
        self.project = project
        self._names = names  # document id → name, shared with the review queue
        self._annotations: list[Annotation] = []
        self.filled = False
        self.document_model = RowsModel(
            ["document", "layer_title", "annotators", "units", "span_f1",
             "attribute_agreement", "score"],
            [
                translate("Review", "Document"),
                translate("Review", "Layer"),
                translate("Review", "Annotators"),
                translate("Review", "Units"),
                translate("Review", "Span F1"),
                translate("Review", "Attribute agreement"),
                translate("Review", "Score"),
            ],
        )  # fmt: skip
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setTextFormat(Qt.TextFormat.PlainText)
        per_document = QTableView()
        per_document.setObjectName("documentAgreementTable")
        per_document.setModel(self.document_model)
        per_document.setAccessibleName(translate("Review", "Agreement per document"))
        per_document.setToolTip(
            translate("Review", "Enter or double-click: review this document's disagreements")
        )
        per_document.setAccessibleDescription(per_document.toolTip())
        per_document.activated.connect(self._document_activated)
        table_defaults(per_document)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(QLabel(translate("Review", "Per document, worst first")))
        below_layout.addWidget(per_document, 1)
        self.tab = AgreementTab(project.schema, self._report, below, self.method)

    def fill_once(self) -> None:
        """Compute the report, unless it was since the last ``filled = False``."""
        if self.filled:
            return
        self.filled = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.fill(self._all_annotations())
        finally:
            QApplication.restoreOverrideCursor()

    def fill(self, annotations: list[Annotation]) -> None:
        self._annotations = annotations
        self.tab.refresh()
        rows = per_document_agreement(annotations, self._schema_layers())
        for row in rows:
            row["document"] = self._names.get(row["document_id"], row["document_id"])
            layer = self.project.schema.layer(row["layer"])
            row["layer_title"] = layer_title(layer) if layer else row["layer"]
        self.document_model.set_rows(rows)
        self.method.setText(core_text(str(self.tab.report.get("method", ""))))

    def _all_annotations(self) -> list[Annotation]:
        rows = self.project.annotations.iterate()
        overlap = overlapped_documents(self.project)
        return list(on_overlapped_documents((a for a, _name, _text in rows), overlap))

    def _schema_layers(self) -> dict[str, dict[str, str]]:
        return {
            layer.name: {a.name: a.type for a in layer.attributes}
            for layer in self.project.schema.layers
        }

    def _report(self, match: str, layers: list[str] | None) -> dict[str, Any]:
        """What ``annotator agreement --match M [--layer L]`` reports."""
        report = agreement_report(
            self._annotations,
            self._schema_layers(),
            layers,
            None,
            match,
            schema_choices(self.project.schema),
        )
        report["scope"] = str(describe_scope(overlapped_documents(self.project)))
        return report

    def _document_activated(self, index: QModelIndex) -> None:
        self.documentChosen.emit(str(self.document_model.rows[index.row()]["document"]))
