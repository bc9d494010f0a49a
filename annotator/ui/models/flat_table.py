"""The part every read-only table model here shares: a flat list of rows under headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class FlatTableModel(QAbstractTableModel):
    """Subclasses say how many rows there are and what the headers read; Qt asks the rest."""

    def row_count(self) -> int:
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def column_count(self) -> int:
        """As many as there are headers; a model with a fixed number says so instead.

        Qt asks for it for every cell it paints (``index`` checks the bounds),
        and the headers are looked up in the translation catalogue each time.
        """
        return len(self.headers())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
