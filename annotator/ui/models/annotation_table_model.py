"""The current document's annotations, in reading order, as a table.

Rows change one at a time (insert at the sorted position, remove, update in
place), so selecting or editing in a document with 10,000 annotations never
resets the view.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import lt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.core.model import Annotation
from annotator.core.schema import Attribute, Layer, Schema, missing_required
from annotator.ui import plain_text
from annotator.ui.colors import warning_text_color
from annotator.ui.language import attribute_label, display_value, layer_title, translate
from annotator.ui.models.flat_table import FlatTableModel

Index = QModelIndex | QPersistentModelIndex
EXCERPT_LENGTH = 60


@dataclass(frozen=True)
class _Cells:
    texts: tuple[str, str, str]  # layer, text, attributes
    color: QColor | None
    incomplete: bool  # a required attribute is still empty


def _order(annotation: Annotation) -> tuple[int, int, str, str]:
    return (annotation.start, -annotation.end, annotation.created_at, annotation.id)


class AnnotationTableModel(FlatTableModel):
    LAYER, TEXT, DETAILS = range(3)
    COLUMNS = 3
    AnnotationRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, schema: Schema) -> None:
        super().__init__()
        self._schema = schema
        self._text = ""
        self._rows: list[Annotation] = []
        self._keys: list[tuple[int, int, str, str]] = []
        self._layer_counts: Counter[str] = Counter()
        self._by_id: dict[str, Annotation] = {}
        # What a row shows, worked out once per annotation (a new object after
        # every edit), not for each of the ~10 questions per cell per repaint.
        self._cells: dict[str, tuple[Annotation, _Cells]] = {}

    def layer_counts(self) -> dict[str, int]:
        """Annotations per layer, kept up to date row by row (no query per edit)."""
        return dict(self._layer_counts)

    def set_document(self, text: str, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self._text = text
        # Each key worked out once; the store gives them in this order already.
        keys = list(map(_order, annotations))
        if all(map(lt, keys, keys[1:])):
            self._rows, self._keys = list(annotations), keys
        else:
            order = sorted(range(len(keys)), key=keys.__getitem__)
            self._rows = [annotations[i] for i in order]
            self._keys = [keys[i] for i in order]
        self._layer_counts = Counter(a.layer for a in self._rows)
        self._by_id = {a.id: a for a in self._rows}
        self._cells.clear()
        self.endResetModel()

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    def in_order(self) -> Sequence[Annotation]:
        """The rows themselves, not a copy (10,000 of them on a long document): for
        reading at once, before the next edit changes them."""
        return self._rows

    def annotation(self, row: int) -> Annotation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, annotation_id: str) -> int | None:
        annotation = self._by_id.get(annotation_id)
        if annotation is None:
            return None
        return bisect_left(self._keys, _order(annotation))  # keys are unique: they hold the id

    def add(self, annotation: Annotation) -> int:
        key = _order(annotation)
        row = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, annotation)
        self._keys.insert(row, key)
        self._by_id[annotation.id] = annotation
        self._layer_counts[annotation.layer] += 1
        self.endInsertRows()
        return row

    def remove(self, annotation_id: str) -> None:
        row = self.row_of(annotation_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._layer_counts[self._rows[row].layer] -= 1
        del self._rows[row]
        del self._keys[row]
        del self._by_id[annotation_id]
        self._cells.pop(annotation_id, None)
        self.endRemoveRows()

    def replace(self, annotation: Annotation) -> int | None:
        """Update a row; a changed span moves it to its new place."""
        row = self.row_of(annotation.id)
        if row is None:
            return None
        if _order(annotation) != self._keys[row]:
            self.remove(annotation.id)
            return self.add(annotation)
        self._layer_counts[self._rows[row].layer] -= 1
        self._layer_counts[annotation.layer] += 1
        self._rows[row] = annotation
        self._by_id[annotation.id] = annotation
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        return row

    # -- Qt model interface ----------------------------------------------------

    def column_count(self) -> int:
        return self.COLUMNS

    def row_count(self) -> int:
        return len(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("AnnotationTable", "Layer"),
            translate("AnnotationTable", "Text"),
            translate("AnnotationTable", "Attributes"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Roles as module constants: the view asks ~7 roles per cell on every repaint,
        # and looking up ``Qt.ItemDataRole.DisplayRole`` costs more than the answer.
        if role not in _ROLES:
            return None
        annotation = self.annotation(index.row()) if index.isValid() else None
        if annotation is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._cells_of(annotation).texts[column]
        if role == _DECORATION:
            return self._cells_of(annotation).color if column == self.LAYER else None
        if role == _FOREGROUND:
            if column == self.DETAILS and self._cells_of(annotation).incomplete:
                return warning_text_color()
            return None
        if role == _ANNOTATION:
            return annotation
        layer = self._schema.layer(annotation.layer)
        if role == _TOOLTIP:
            missing = missing_required(layer, annotation.attributes) if layer else []
            tip = self._text[annotation.start : annotation.end][:500]
            if missing:
                tip += "\n\n" + translate("AnnotationTable", "Missing: {attributes}").format(
                    attributes=", ".join(self._labels(layer, missing))
                )
            return plain_text.tooltip(tip)
        return None

    def _cells_of(self, annotation: Annotation) -> _Cells:
        cached = self._cells.get(annotation.id)
        if cached is not None and cached[0] is annotation:
            return cached[1]
        layer = self._schema.layer(annotation.layer)
        cells = _Cells(
            texts=(
                layer_title(layer) if layer else annotation.layer,
                self.excerpt(annotation),
                self.details(annotation),
            ),
            color=QColor(layer.color) if layer else None,
            incomplete=bool(layer and missing_required(layer, annotation.attributes)),
        )
        self._cells[annotation.id] = (annotation, cells)
        return cells

    def excerpt(self, annotation: Annotation) -> str:
        text = " ".join(self._text[annotation.start : annotation.end].split())
        return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"

    def details(self, annotation: Annotation) -> str:
        layer = self._schema.layer(annotation.layer)
        if layer is None:
            return ""
        parts = []
        for attribute in layer.attributes:
            value = annotation.attributes.get(attribute.name)
            if value not in (None, ""):
                parts.append(_short(attribute, value))
        missing = missing_required(layer, annotation.attributes)
        if missing:
            parts.append(
                translate("AnnotationTable", "⚠ missing {attributes}").format(
                    attributes=", ".join(self._labels(layer, missing))
                )
            )
        return " · ".join(parts)

    @staticmethod
    def _labels(layer: Layer | None, names: list[str]) -> list[str]:
        """Attribute names as the window's language calls them."""
        found = [layer.attribute(name) if layer else None for name in names]
        return [attribute_label(a) if a else n for a, n in zip(found, names, strict=True)]


_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ANNOTATION = AnnotationTableModel.AnnotationRole
_ROLES = frozenset({_DISPLAY, _DECORATION, _FOREGROUND, _TOOLTIP, _ANNOTATION})


def _short(attribute: Attribute, value: object) -> str:
    text = display_value(attribute, value)
    return text if len(text) <= 30 else text[:29] + "…"
