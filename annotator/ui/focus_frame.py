"""Lists and tables as one Tab stop each, with a frame that shows the keyboard focus.

A table's own Tab moves from cell to cell, which holds a keyboard user in it (only
Ctrl+Tab gets out): Tab leaves the table instead; rows are chosen with the arrows.
Qt's styles mark a focused table only by a thin frame around its current cell:
an empty table (the review queue with nothing left, a version list before a unit
is chosen), or one whose current cell is scrolled away, shows no focus at all.
The frame of a focused table is drawn in the selection colour instead, the way
Fusion marks a focused text field. ``palette(...)`` follows the theme
(``theme.apply_theme`` polishes style sheets again after a switch).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

FOCUS_FRAME = (
    "QAbstractItemView { border: 1px solid palette(mid); }"
    "QAbstractItemView:focus { border: 1px solid palette(highlight); }"
)


def as_tab_stop(view: QAbstractItemView) -> None:
    view.setTabKeyNavigation(False)
    view.setStyleSheet(FOCUS_FRAME)
