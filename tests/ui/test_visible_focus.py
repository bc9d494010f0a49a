"""The keyboard focus is visible on every control of the main window's Tab chain.

For each control Tab reaches, in the light and the dark theme, the window is
grabbed around the control with the focus on it and with the focus taken away:
the two pictures must differ (a focus frame, a highlighted border, a caret).
Being on the Tab chain is not enough: a control can take the focus and show
nothing, and the annotator then no longer knows where the keys go.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from annotator.ui.theme import apply_theme
from annotator.ui.window import MainWindow
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import answer_reviewer_name
from tests.ui.test_focus_and_names import _describe, walk_focus_chain

MIN_CHANGED_PIXELS = 12
"""A caret of one line of text in a field is about 15 pixels; a focus frame hundreds."""


@pytest.fixture
def steady_caret(qapp: QApplication) -> Iterator[None]:
    """A caret that does not blink, so a grab never catches it in its off phase."""
    before = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)
    yield
    QApplication.setCursorFlashTime(before)
    apply_theme("system")


def _changed_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def _shown(widget: QWidget) -> None:
    """Scroll a control inside a scroll area (the attribute form) into view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def _around(window: QWidget, widget: QWidget) -> QRect:
    corner = widget.mapTo(window, QPoint(0, 0))
    return QRect(corner, widget.size()).adjusted(-3, -3, 3, 3) & window.rect()


OWN_KEYS = {"sourceView": (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)}
"""Controls the keyboard reaches by a key of their own: the text view keeps Tab and
Shift+Tab for the next and previous annotation, and Ctrl+T (Back to the text) returns."""


def _tab_to(chain: list[QWidget], index: int, qtbot: QtBot) -> bool:
    """Bring the focus to ``chain[index]`` with a real Tab from the control before it, or
    Shift+Tab from the one after it (tables keep Tab for their cells), or its own key:
    Qt's styles draw a focus frame only for focus the keyboard moved."""
    target = chain[index]
    none = Qt.KeyboardModifier.NoModifier
    before, after = chain[index - 1], chain[(index + 1) % len(chain)]
    tries = [(before, Qt.Key.Key_Tab, none), (after, Qt.Key.Key_Backtab, none)]
    if target.objectName() in OWN_KEYS:
        tries.append((after, *OWN_KEYS[target.objectName()]))
    for neighbour, key, modifier in tries:
        _shown(neighbour)
        neighbour.setFocus()
        qtbot.waitUntil(neighbour.hasFocus)
        qtbot.keyClick(neighbour, key, modifier)
        if target.hasFocus():
            return True
    return False


def _unseen_focus(root: QWidget, chain: list[QWidget], qtbot: QtBot) -> list[str]:
    """The controls of ``chain`` whose look does not change with the keyboard focus."""
    unseen = []
    for index, widget in enumerate(chain):
        if not _tab_to(chain, index, qtbot):
            unseen.append(f"{_describe(widget)}: not reached by Tab or Shift+Tab")
            continue
        _shown(widget)
        QApplication.processEvents()
        region = _around(root, widget)
        focused = root.grab(region).toImage()
        widget.clearFocus()
        QApplication.processEvents()
        unfocused = root.grab(region).toImage()
        changed = _changed_pixels(focused, unfocused)
        if changed < MIN_CHANGED_PIXELS:
            unseen.append(f"{_describe(widget)}: {changed} pixels change")
    return unseen


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focused_control_looks_different(
    window: MainWindow, qtbot: QtBot, steady_caret: None, theme: str
) -> None:
    apply_theme(theme)
    window.resize(1024, 700)
    window.source_view.setFocus()
    # With a label selected, the attribute form's fields join the chain as well.
    window.source_view.set_selection(0, 10)
    window.edits.tag_selection("stance")
    window.source_view.setFocus()
    chain = walk_focus_chain(window, qtbot)
    assert len(chain) >= 8, [_describe(w) for w in chain]
    unseen = _unseen_focus(window, chain, qtbot)
    window.source_view.setFocus()
    save_screenshot(window, f"focus-{theme}.png")
    assert not unseen, f"{theme}: no visible focus on\n" + "\n".join(unseen)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focus_is_visible_in_the_review_window(
    window: MainWindow, qtbot: QtBot, steady_caret: None, theme: str
) -> None:
    from annotator.ui import dialogs
    from annotator.ui.review.review_window import ReviewWindow

    apply_theme(theme)
    answer_reviewer_name("rita")
    dialogs.open_review(window.context, "disagreements")
    review = window.findChild(ReviewWindow, "reviewWindow")
    assert review is not None
    review.resize(1024, 700)
    review.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    review.queue.setFocus()
    chain = walk_focus_chain(review, qtbot)
    assert len(chain) >= 8, [_describe(w) for w in chain]
    unseen = _unseen_focus(review, chain, qtbot)
    review.close()
    assert not unseen, f"{theme}: no visible focus on\n" + "\n".join(unseen)


def test_tab_moves_on_from_every_control(window: MainWindow, qtbot: QtBot) -> None:
    """No control keeps Tab for itself except the text view (next annotation, and
    Ctrl+T brings the keyboard back to it): a table's own Tab moved from cell to cell and
    held a keyboard user in the document list."""
    window.source_view.setFocus()
    window.source_view.set_selection(0, 10)
    window.edits.tag_selection("stance")
    window.source_view.setFocus()
    chain = walk_focus_chain(window, qtbot)
    held = []
    for widget in chain:
        if widget is window.source_view:
            continue
        _shown(widget)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if widget.hasFocus():
            held.append(_describe(widget))
    assert not held, "Tab does not leave:\n" + "\n".join(held)
