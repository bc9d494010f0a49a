"""The review window's Agreement tab: one titled section per layer, a match-mode and
layer choice, and an Export button writing what ``annotator agreement`` writes.

Every figure comes from :func:`annotator.review.agreement.agreement_report`; this
module only lays the report out (attributes × measures, full translated names).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.schema import Schema
from annotator.io.atomic import atomic_text_writer
from annotator.review.agreement import report_text
from annotator.ui import plain_text
from annotator.ui.focus_frame import as_tab_stop
from annotator.ui.language import attribute_label, layer_title, translate

ReportFor = Callable[[str, list[str] | None], dict[str, Any]]
"""(match mode, layers or None for all) → the agreement report."""


def measure_titles() -> list[tuple[str, str]]:
    """Report key → column title, in the order shown (Cohen's kappa per pair follows)."""
    return [
        ("krippendorff_alpha", translate("AgreementTab", "Krippendorff's alpha")),
        ("fleiss_kappa", translate("AgreementTab", "Fleiss' kappa")),
        ("percent_agreement", translate("AgreementTab", "Percent agreement")),
        ("units", translate("AgreementTab", "Units")),
    ]


def _number(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return QLocale().toString(value, "f", 3)
    return QLocale().toString(int(value))


class AgreementTab(QWidget):
    """Choices and export at the top, the layers' sections (then ``footnote``) in a scroll
    area, and ``below`` under it."""

    def __init__(
        self, schema: Schema, report_for: ReportFor, below: QWidget, footnote: QWidget
    ) -> None:
        super().__init__()
        self.schema = schema
        self.report_for = report_for
        self.report: dict[str, Any] = {}
        self.match = QComboBox()
        self.match.setObjectName("agreementMatch")
        self.match.addItem(translate("AgreementTab", "Overlapping spans"), "overlap")
        self.match.addItem(translate("AgreementTab", "Identical spans"), "exact")
        self.layers = QComboBox()
        self.layers.setObjectName("agreementLayers")
        self.layers.addItem(translate("AgreementTab", "All layers"), None)
        for layer in schema.layers:
            self.layers.addItem(layer_title(layer), layer.name)
        export = QPushButton(translate("AgreementTab", "Export…"))
        export.setObjectName("agreementExport")
        export.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        match_label = QLabel(translate("AgreementTab", "Attribute units &matched by:"))
        match_label.setBuddy(self.match)
        layers_label = QLabel(translate("AgreementTab", "&Layers:"))
        layers_label.setBuddy(self.layers)
        for widget in (match_label, self.match, layers_label, self.layers):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(export)
        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.sections)
        content_layout.addWidget(footnote)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("agreementSections")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 3)
        layout.addWidget(below, 1)
        self.match.currentIndexChanged.connect(lambda _i: self.refresh())
        self.layers.currentIndexChanged.connect(lambda _i: self.refresh())

    def chosen_layers(self) -> list[str] | None:
        name = self.layers.currentData()
        return [name] if name else None

    def refresh(self) -> None:
        """Recompute the report for the chosen mode and layers, and lay it out again."""
        self.report = self.report_for(str(self.match.currentData()), self.chosen_layers())
        while (item := self.sections_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for name, section in self.report["layers"].items():
            self.sections_layout.addWidget(self._section(name, section))

    def _section(self, name: str, section: Mapping[str, Any]) -> QWidget:
        layer = self.schema.layer(name)
        box = QWidget()
        box.setObjectName(f"agreementSection_{name}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        title = QLabel(layer_title(layer) if layer else name)
        title.setStyleSheet("QLabel { font-weight: bold; font-size: 110%; }")
        layout.addWidget(title)
        spans = section["spans"][self.report["match"]]
        lines = [
            translate("AgreementTab", "Documents: {documents} · units: {units}").format(
                documents=_number(section["documents"]), units=_number(section["units"])
            )
        ]
        for pair, scores in spans["pairs"].items():
            lines.append(
                translate(
                    "AgreementTab",
                    "Spans, {pair}: F1 {f1} · precision {precision} · recall {recall}",
                ).format(
                    pair=pair,
                    f1=_number(scores["f1"]),
                    precision=_number(scores["precision"]),
                    recall=_number(scores["recall"]),
                )
            )
        spans_label = QLabel("\n".join(lines))
        spans_label.setTextFormat(Qt.TextFormat.PlainText)
        spans_label.setObjectName(f"agreementSpans_{name}")
        layout.addWidget(spans_label)
        layout.addWidget(self._attribute_table(name, section))
        return box

    def _attribute_table(self, name: str, section: Mapping[str, Any]) -> QTableWidget:
        attributes: Mapping[str, Any] = section["attributes"]
        pairs = list(section["spans"]["overlap"]["pairs"])
        measures = measure_titles()
        titles = [title for _key, title in measures] + [
            translate("AgreementTab", "Cohen's kappa, {pair}").format(pair=pair) for pair in pairs
        ]
        table = QTableWidget(len(attributes), len(titles))
        table.setObjectName(f"agreementTable_{name}")
        table.setAccessibleName(translate("AgreementTab", "Agreement per attribute"))
        table.setHorizontalHeaderLabels(titles)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        as_tab_stop(table)
        layer = self.schema.layer(name)
        labels = []
        for row, (attribute, figures) in enumerate(attributes.items()):
            schema_attribute = layer.attribute(attribute) if layer else None
            labels.append(attribute_label(schema_attribute) if schema_attribute else attribute)
            values = [figures[key] for key, _title in measures]
            values += [figures["cohen_kappa"].get(pair) for pair in pairs]
            for column, value in enumerate(values):
                item = QTableWidgetItem(_number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.setVerticalHeaderLabels(labels)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
        return table

    def export(self, path: Path | None = None) -> Path | None:
        """Write the shown report as JSON or CSV (the extension chooses), as the CLI does."""
        if path is None:
            chosen, selected = QFileDialog.getSaveFileName(
                self,
                translate("AgreementTab", "Export the agreement report"),
                "agreement.json",
                translate("AgreementTab", "JSON (*.json);;CSV (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".csv" if "csv" in selected.lower() else ".json")
        fmt = "csv" if path.suffix.lower() == ".csv" else "json"
        try:
            with atomic_text_writer(path) as handle:
                handle.write(report_text(self.report, fmt))
        except OSError as error:
            plain_text.message(
                self,
                "annotator",
                translate("AgreementTab", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return None
        return path
