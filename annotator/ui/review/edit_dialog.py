"""Edit one annotator's version (span and attributes) before accepting it as gold.

The span is chosen in the text, as in the main window: select words with the
mouse or Shift+arrows (the selection snaps to whole words), or move an edge a
word at a time with Alt+Shift+arrows. Enter in the text goes to the form.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Annotation
from annotator.core.schema import Schema
from annotator.core.words import moved_edge, snap_to_words
from annotator.ui.focus_frame import with_focus_ring
from annotator.ui.language import translate
from annotator.ui.views.attribute_form import LayerForm, RefField
from annotator.ui.views.source_view import SourceView

EDGE_KEYS = (
    ("Alt+Shift+Right", "end", 1),
    ("Alt+Shift+Left", "end", -1),
    ("Alt+Shift+Up", "start", 1),
    ("Alt+Shift+Down", "start", -1),
)
"""The main window's keys for moving a span edge by a word (see ``actions``)."""


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
        self._shown = version  # the span as highlighted in the text
        layer = schema.layer(version.layer)
        assert layer is not None
        hint = QLabel(
            translate(
                "EditVersion",
                "Select the span in the text (it snaps to whole words), or move its edges "
                "with Alt+Shift+arrows; Enter goes to the form.",
            )
        )
        hint.setWordWrap(True)
        self.text_view = SourceView(schema)
        self.text_view.setObjectName("editSpanText")
        self.text_view.setAccessibleName(translate("EditVersion", "Text: select the span"))
        self.text_view.show_text(text, [version])
        self.text_view.select_annotation(version)
        self.text_view.setMinimumHeight(180)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # document text, never HTML
        self.preview.setWordWrap(True)
        self.preview.setObjectName("editPreview")
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
        with_focus_ring(self.ok_button)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        for keys, edge, direction in EDGE_KEYS:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(
                lambda _checked=False, e=edge, d=direction: self._move_edge(e, d)
            )
            self.addAction(action)
        self.text_view.selectionChanged.connect(self._selection_changed)
        self.text_view.formRequested.connect(self._to_form)
        self.text_view.cycleRequested.connect(lambda _step: self._to_form())
        self.resize(720, 560)
        self._preview()

    @property
    def span(self) -> tuple[int, int]:
        return self._annotation.start, self._annotation.end

    def _set_span(self, start: int, end: int) -> None:
        if start >= end or (start, end) == self.span:
            return
        self._annotation = replace(self._annotation, start=start, end=end)
        self.text_view.replace_annotations([self._shown], [self._annotation])
        self._shown = self._annotation
        self.text_view.select_annotation(self._annotation, scroll=False)
        self._preview()

    def _selection_changed(self) -> None:
        start, end = self.text_view.selection()
        if start < end:
            self._set_span(*snap_to_words(self._text, start, end))

    def _move_edge(self, edge: str, direction: int) -> None:
        self._set_span(*moved_edge(self._text, *self.span, edge, direction))

    def _to_form(self) -> None:
        first = self.form.first_field(required_first=False)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

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
        start, end = self.span
        self.preview.setText(
            translate("EditVersion", "Span: “{text}”").format(text=self._text[start:end])
        )

    def _accept(self) -> None:
        # Line edits commit on focus loss; make sure the last typed value counts.
        for field in self.form.fields.values():
            edit = getattr(field, "edit", None)
            if edit is not None:
                edit.editingFinished.emit()
        self.accept()

    def result_annotation(self) -> Annotation:
        return self._annotation
