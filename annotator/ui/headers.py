"""Table columns at least as wide as their translated header.

Column widths are fixed numbers (sizing to the contents would read every row of
a 10,000-row table), chosen for the English headers; "Etykiety" or "Метки" need
more than "Labels". Called after the widths are set, it widens only what is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView


def fit_header_texts(header: QHeaderView) -> None:
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        needed = header.sectionSizeHint(section)
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


class NarrowPaneColumns(QObject):
    """Lets an interactive column give way to the stretched one in a narrow pane.

    A fixed 170 px "Attributes" column beside a stretched "Text" column left the
    text 30 px (one letter and "…") in a 1024 px window, and "Текст" clipped in
    its header. While the user has not dragged it, the giving column takes at most
    half of what the fixed columns leave, never less than its header needs; a width
    the user drags stays.
    """

    def __init__(self, header: QHeaderView, giving: int, preferred: int) -> None:
        super().__init__(header)
        self._header = header
        self._giving = giving
        self._preferred = preferred
        self._setting = False
        self.dragged = False
        header.sectionResized.connect(self._resized)
        header.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._header and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        if self.dragged:
            return
        header = self._header
        room = header.width()
        for section in range(header.count()):
            stretched = header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch
            if section != self._giving and not stretched and not header.isSectionHidden(section):
                room -= header.sectionSize(section)
        width = max(header.sectionSizeHint(self._giving), min(self._preferred, room // 2))
        if width != header.sectionSize(self._giving):
            self._setting = True
            try:
                header.resizeSection(self._giving, width)
            finally:
                self._setting = False

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section == self._giving and not self._setting and self._header.isVisible():
            self.dragged = True
