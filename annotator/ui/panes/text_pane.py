"""The middle column of the main window: the document's header, the layer bar, the
find bar (hidden until Ctrl+F) and the text itself, which takes the rest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from annotator.core.schema import Schema
from annotator.ui.language import layer_title, translate
from annotator.ui.panes.document_header import DocumentHeader
from annotator.ui.panes.find_bar import FindBar
from annotator.ui.views.layer_bar import LayerBar
from annotator.ui.views.source_view import SourceView


class TextPane(QWidget):
    def __init__(self, schema: Schema, say: Callable[[str, int], None]) -> None:
        """``say(message, milliseconds)`` shows a passing message (the find bar's)."""
        super().__init__()
        self.header = DocumentHeader()
        self.source_view = SourceView(schema)
        self.source_view.setAccessibleName(translate("MainWindow", "Document text"))
        keys = ", ".join(
            f"{layer.key.upper()} {layer_title(layer)}" for layer in schema.layers if layer.key
        )
        self.source_view.setAccessibleDescription(
            translate(
                "MainWindow",
                "Select text with Shift and the arrow keys, then press a layer key to tag it: "
                "{keys}",
            ).format(keys=keys)
        )
        self.find_bar = FindBar(self.source_view, say)
        find_row = QWidget()
        find_layout = QHBoxLayout(find_row)
        find_layout.setContentsMargins(0, 0, 6, 0)
        find_layout.addWidget(self.find_bar, 1)
        find_layout.addWidget(self.find_bar.count)
        self.layer_bar = LayerBar(schema)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.layer_bar)
        layout.addWidget(find_row)
        layout.addWidget(self.source_view, 1)
