"""Edit one annotator's version (span and attributes) before accepting it as gold."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Annotation
from annotator.core.schema import Schema
from annotator.ui.language import translate
from annotator.ui.views.attribute_form import LayerForm, RefField


class EditVersionDialog(QDialog):
    def __init__(
        self, schema: Schema, version: Annotation, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("EditVersion", "Edit the version of {annotator}").format(
                annotator=version.annotator
            )
        )
        self.setObjectName("editVersionDialog")
        self._text = text
        self._annotation = version
        layer = schema.layer(version.layer)
        assert layer is not None
        self.start = QSpinBox()
        self.end = QSpinBox()
        for box in (self.start, self.end):
            box.setRange(0, len(text))
        self.start.setValue(version.start)
        self.end.setValue(version.end)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # document text, never HTML
        self.preview.setWordWrap(True)
        self.preview.setObjectName("editPreview")
        span = QFormLayout()
        span.addRow(translate("EditVersion", "Start"), self.start)
        span.addRow(translate("EditVersion", "End"), self.end)
        span.addRow(translate("EditVersion", "Text"), self.preview)
        self.start.setAccessibleName(translate("EditVersion", "Start of the span"))
        self.end.setAccessibleName(translate("EditVersion", "End of the span"))
        # Enter in any field accepts, as the OK button does.
        self.form = LayerForm(layer, self._commit, lambda _n, _p: [], lambda: self._accept())
        self.form.show_values(version, [])
        for field in self.form.fields.values():
            if isinstance(field, RefField):
                field.setEnabled(False)  # refs point into an annotator's own set
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("EditVersion", "Accept as gold"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(span)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.start.valueChanged.connect(self._preview)
        self.end.valueChanged.connect(self._preview)
        self._preview()

    def _commit(self, name: str, value: Any) -> None:
        if name == "note":
            self._annotation = replace(self._annotation, note=value or "")
            return
        attributes = dict(self._annotation.attributes)
        if value in (None, ""):
            attributes.pop(name, None)
        else:
            attributes[name] = value
        self._annotation = replace(self._annotation, attributes=attributes)

    def _preview(self) -> None:
        start, end = self.start.value(), self.end.value()
        self.preview.setText(
            self._text[start:end] if start < end else translate("EditVersion", "(empty span)")
        )

    def _accept(self) -> None:
        # Line edits commit on focus loss; make sure the last typed value counts.
        for field in self.form.fields.values():
            edit = getattr(field, "edit", None)
            if edit is not None:
                edit.editingFinished.emit()
        if self.start.value() >= self.end.value():
            self.preview.setText(
                translate("EditVersion", "The span is empty: the end must come after the start.")
            )
            return
        self._annotation = replace(self._annotation, start=self.start.value(), end=self.end.value())
        self.accept()

    def result_annotation(self) -> Annotation:
        return self._annotation
