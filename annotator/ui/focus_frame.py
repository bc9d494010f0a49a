"""Lists and tables as one Tab stop each, and buttons, with a frame that shows the keyboard focus.

A table's own Tab moves from cell to cell, which holds a keyboard user in it (only
Ctrl+Tab gets out): Tab leaves the table instead; rows are chosen with the arrows.
Qt's styles mark a focused table only by a thin frame around its current cell:
an empty table (the review queue with nothing left, a version list before a unit
is chosen), or one whose current cell is scrolled away, shows no focus at all.
The frame of a focused table is drawn in the selection colour instead, the way
Fusion marks a focused text field, and in the palette's "mid" colour otherwise.

The frame is painted over the view's own (``_FocusFrame``), not set by a style sheet:
a style sheet on a view sends every cell it paints through Qt's style-sheet style,
which made each repaint of a long list several milliseconds slower (the review
queue's Down key, bench row 9). Colours are read from the palette as each frame is
painted, so they follow the theme.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QFrame


class _FocusFrame(QObject):
    """Draws a 1-pixel frame around a view: the selection colour while it has the focus,
    the palette's "mid" otherwise. The view's own frame is a 1-pixel plain box, so the
    viewport sits where it did under the style sheet this replaces."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QFrame):
            watched.update()  # the frame lies outside the viewport the view repaints itself
        elif kind == QEvent.Type.Paint and isinstance(watched, QAbstractItemView):
            QAbstractItemView.event(watched, event)  # the view's own painting first
            painter = QPainter(watched)
            role = QPalette.ColorRole.Highlight if watched.hasFocus() else QPalette.ColorRole.Mid
            painter.setPen(QPen(watched.palette().color(role), 1))
            painter.drawRect(watched.rect().adjusted(0, 0, -1, -1))
            painter.end()
            return True
        return False


def as_tab_stop(view: QAbstractItemView) -> None:
    view.setTabKeyNavigation(False)
    view.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
    view.setLineWidth(1)
    view.installEventFilter(_FocusFrame(view))


class _FocusRing(QObject):
    """Paints a ring inside a button after the button painted itself, while it has
    the keyboard focus (see ``with_focus_ring``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QAbstractButton):
            return False
        watched.paintEvent(cast(QPaintEvent, event))
        if watched.hasFocus() and watched.window().testAttribute(
            Qt.WidgetAttribute.WA_KeyboardFocusChange
        ):
            painter = QPainter(watched)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(watched.palette().color(QPalette.ColorRole.Highlight), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(watched.rect()).adjusted(3.5, 3.5, -3.5, -3.5), 2, 2)
            painter.end()
        return True


def with_focus_ring(button: QAbstractButton) -> None:
    """A dashed ring inside ``button`` while the keyboard focus is on it.

    Fusion marks a focused push button with the same blue outline as the default
    button, so on a dialog's default button (Enter presses it whatever has the focus)
    the focus shows nothing; a command link button (the welcome dialog's choices)
    shows no focus at all. The ring is drawn in the selection colour of the theme.
    """
    ring = _FocusRing(button)
    button.installEventFilter(ring)
