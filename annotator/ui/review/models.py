"""Table models of the review mode: the queue of units and the versions of one unit."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from annotator.core.schema import Layer, Schema
from annotator.review.disagreements import PRESENCE, SPAN, ReviewItem, queue_order
from annotator.ui import plain_text
from annotator.ui.colors import warning_text_color
from annotator.ui.language import attribute_label, display_value, layer_title, translate
from annotator.ui.models.flat_table import FlatTableModel

Index = QModelIndex | QPersistentModelIndex


class QueueModel(FlatTableModel):
    """The units left to review, in document order; rows are removed as they are decided."""

    DOCUMENT, LAYER, POSITION, DIFFERENCES = range(4)
    COLUMNS = 4

    def __init__(self, schema: Schema, names: dict[int, str]) -> None:
        super().__init__()
        self._schema = schema
        self._names = names
        self.items: list[ReviewItem] = []
        # Qt asks for the column count and the cells many times per paint (each Down key
        # repaints the rows): the words are looked up once, as the language applies
        # from the next start anyway.
        self._headers = (
            translate("ReviewModels", "Document"),
            translate("ReviewModels", "Layer"),
            translate("ReviewModels", "Position"),
            translate("ReviewModels", "Differs in"),
        )
        self._differs_in: dict[tuple[str, tuple[str, ...]], str] = {}

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def append_items(self, items: list[ReviewItem]) -> None:
        """Add rows at the end (the queue is filled a batch of documents at a time)."""
        if items:
            count = len(self.items)
            self.beginInsertRows(QModelIndex(), count, count + len(items) - 1)
            self.items.extend(items)
            self.endInsertRows()

    def remove_item(self, item: ReviewItem) -> None:
        """Take one decided unit out; rows are in :func:`queue_order`, so found by bisection."""
        row = bisect_left(self.items, queue_order(item), key=queue_order)
        while row < len(self.items) and self.items[row] is not item:
            if queue_order(self.items[row]) != queue_order(item):
                return  # not shown (filtered out)
            row += 1
        if row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def row_count(self) -> int:
        return len(self.items)

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        column = index.column()
        if column == self.DOCUMENT:
            return self._names.get(item.document_id, str(item.document_id))
        if column == self.LAYER:
            layer = self._schema.layer(item.layer)
            return layer_title(layer) if layer else item.layer
        if column == self.POSITION:
            return f"{item.unit.start}–{item.unit.end}"
        key = (item.layer, item.differences)
        if key not in self._differs_in:
            layer = self._schema.layer(item.layer)
            self._differs_in[key] = (
                ", ".join(_difference_name(layer, name) for name in item.differences)
                if item.differences
                else translate("ReviewModels", "agree")
            )
        return self._differs_in[key]


class VersionsModel(FlatTableModel):
    """One row per annotator: key, span text, attributes; differing cells in red bold."""

    def __init__(self, schema: Schema) -> None:
        super().__init__()
        self._schema = schema
        self.item: ReviewItem | None = None
        self.text = ""
        self.columns: list[str] = []
        self._headers: list[str] = []  # the columns' words, looked up once per unit

    def set_item(self, item: ReviewItem | None, text: str) -> None:
        self.beginResetModel()
        self.item, self.text = item, text
        layer = self._schema.layer(item.layer) if item else None
        self.columns = ["key", "annotator", "text"] + (
            [a.name for a in layer.attributes] if layer else []
        )
        fixed = {
            "key": translate("ReviewModels", "Key"),
            "annotator": translate("ReviewModels", "Annotator"),
            "text": translate("ReviewModels", "Text"),
        }
        self._headers = [
            fixed.get(column) or _difference_name(layer, column) for column in self.columns
        ]
        self.endResetModel()

    def annotator_at(self, row: int) -> str | None:
        if self.item is None or not 0 <= row < len(self.item.annotators):
            return None
        return self.item.annotators[row]

    def row_count(self) -> int:
        return 0 if self.item is None else len(self.item.annotators)

    def headers(self) -> list[str]:
        return self._headers

    def _differs(self, column: str) -> bool:
        if self.item is None:
            return False
        if column == "text":
            return SPAN in self.item.differences
        if column == "annotator":
            return PRESENCE in self.item.differences
        return column in self.item.differences

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.item is None:
            return None
        annotator = self.item.annotators[index.row()]
        version = self.item.version(annotator)
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "key":
                return str(index.row() + 1) if index.row() < 9 else ""
            if column == "annotator":
                return annotator
            if version is None:
                return translate("ReviewModels", "— (no annotation)") if column == "text" else ""
            if column == "text":
                return " ".join(self.text[version.start : version.end].split())
            value = version.attributes.get(column)
            layer = self._schema.layer(version.layer)
            return display_value(layer.attribute(column) if layer else None, value)
        if role == Qt.ItemDataRole.ForegroundRole and self._differs(column):
            return warning_text_color()
        if role == Qt.ItemDataRole.FontRole and self._differs(column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and version is not None and column == "text":
            span = self.text[version.start : version.end]
            return plain_text.tooltip(f"{version.start}–{version.end}: {span}")
        return None


def _difference_name(layer: Layer | None, name: str) -> str:
    """What differs, in the window's language: the span, presence, or an attribute."""
    if name == SPAN:
        return translate("ReviewModels", "span")
    if name == PRESENCE:
        return translate("ReviewModels", "presence")
    attribute = layer.attribute(name) if layer else None
    return attribute_label(attribute) if attribute else name
