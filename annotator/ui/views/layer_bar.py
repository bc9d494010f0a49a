"""The bar above the text: which key tags which layer, and how many each has here.

A newcomer sees at once that S tags a stance, in which colour, and can click
instead of pressing the key; the counts say what this document already has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from annotator.core.schema import Schema
from annotator.ui.language import layer_title, translate


class LayerBar(QWidget):
    """One button per layer: colour, title, key and count; a click tags the selection."""

    tagRequested = Signal(str)

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerBar")
        # May be narrower than its buttons (they are cut at the right) rather than
        # widen the text pane's minimum.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        self._titles: dict[str, str] = {}
        for layer in schema.layers:
            button = QToolButton()
            button.setObjectName(f"layerButton_{layer.name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the text
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # The layer's colour as a thick left edge, the rest in the palette's colours,
            # so the bar reads the same in a light and a dark theme.
            button.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-left: 8px solid "
                f"{layer.color}; border-radius: 3px; padding: 2px 8px; }}"
                "QToolButton:hover { background: palette(midlight); }"
            )
            title = layer_title(layer)
            key = (layer.key or "").upper()
            self._titles[layer.name] = f"{title} ({key})" if key else title
            tip = (
                translate("LayerBar", "Tag the selected text as {layer} (key {key})")
                if key
                else translate("LayerBar", "Tag the selected text as {layer}")
            )
            button.setToolTip(tip.format(layer=title, key=key))
            button.clicked.connect(lambda _checked=False, n=layer.name: self.tagRequested.emit(n))
            layout.addWidget(button)
            self.buttons[layer.name] = button
        layout.addStretch(1)
        self.show_counts({})

    def show_counts(self, counts: dict[str, int]) -> None:
        for name, button in self.buttons.items():
            button.setText(f"{self._titles[name]} · {counts.get(name, 0)}")
