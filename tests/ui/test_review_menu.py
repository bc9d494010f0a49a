"""Review → Disagreements… (Ctrl+Shift+R) and Agreement report… open the review window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from annotator.ui.review.review_window import ReviewWindow
from annotator.ui.window import MainWindow
from tests.ui.helpers import press


def _review(window: MainWindow) -> ReviewWindow:
    found = window.findChild(ReviewWindow, "reviewWindow")
    assert found is not None
    return found


def test_shortcut_opens_one_review_window_on_the_project(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(window.source_view, Qt.Key.Key_R, modifiers)
    qtbot.waitUntil(lambda: _review(window).isVisible())
    review = _review(window)
    assert review.tabs.currentIndex() == 0
    assert review.project.path == window.project.path
    assert review.project is not window.project  # its own connection
    assert review.reviewer == "alice"

    window.findChild(QAction, "actionAgreement").trigger()
    assert _review(window) is review  # raised again, not a second window
    assert review.tabs.currentIndex() == 1

    connection = review.project.connection
    review.close()
    qtbot.waitUntil(lambda: window.findChild(ReviewWindow, "reviewWindow") is None)
    try:
        connection.execute("SELECT 1")
    except Exception as error:  # closed with its window
        assert "closed" in str(error)
    else:
        raise AssertionError("the review window's connection was left open")
