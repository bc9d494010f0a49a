"""Every control is reachable by keyboard and named for a screen reader.

The walk follows the focus chain as Tab does (``focusNextChild``; the text view
keeps Tab for "next annotation", so the chain is stepped the way Qt's Tab
handling steps it) until it comes back to where it started, and every widget
that takes the focus must have an accessible name: what a screen reader
announces (its own, or the one Qt derives from a buddy label or its text).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator.ui.window import MainWindow
from tests.ui.helpers import answer_reviewer_name


def _announced(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _describe(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__} {widget.objectName()!r} (parent {type(widget.parent()).__name__})"
    )


def walk_focus_chain(window: QWidget, qtbot: QtBot, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the current focus."""
    start = QApplication.focusWidget()
    assert start is not None
    visited = [start]
    for _ in range(limit):
        window.focusNextChild()
        qtbot.wait(1)
        current = QApplication.focusWidget()
        if current is None or current is start:
            break
        if current not in visited:
            visited.append(current)
    return visited


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_control_on_the_tab_chain_is_named(
    window: MainWindow, qtbot: QtBot, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if language != "en":
        from annotator.ui import main_window

        monkeypatch.setenv("ANNOTATOR_LANG", language)
        window = main_window(window.project.path, "bob")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitActive(window)
    window.source_view.setFocus()
    # With a label selected, the attribute form's fields join the chain as well.
    window.source_view.set_selection(0, 10)
    window.edits.tag_selection("stance")
    window.source_view.setFocus()
    visited = walk_focus_chain(window, qtbot)
    names = {type(w).__name__ for w in visited}
    assert {"SourceView", "QTableView", "QLineEdit", "QCheckBox", "QPushButton"} <= names, names
    unnamed = [_describe(w) for w in visited if not _announced(w)]
    assert not unnamed, "\n".join(unnamed)


def test_the_focus_is_visible_on_each_control(window: MainWindow, qtbot: QtBot) -> None:
    """Qt draws a focus frame only for widgets that accept focus by Tab; a control
    that can be focused only by mouse would not show where the keyboard is."""
    window.source_view.setFocus()
    for widget in walk_focus_chain(window, qtbot):
        assert widget.focusPolicy() & widget.focusPolicy().TabFocus, _describe(widget)


def test_every_control_of_the_review_window_is_named(window: MainWindow, qtbot: QtBot) -> None:
    from annotator.ui import dialogs
    from annotator.ui.review.review_window import ReviewWindow

    answer_reviewer_name("rita")

    dialogs.open_review(window.context, "disagreements")
    review = window.findChild(ReviewWindow, "reviewWindow")
    assert review is not None
    review.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)  # the window manager's part
    review.queue.setFocus()
    visited = walk_focus_chain(review, qtbot)
    assert len(visited) >= 8, [_describe(w) for w in visited]
    unnamed = [_describe(w) for w in visited if not _announced(w)]
    assert not unnamed, "\n".join(unnamed)
    review.close()
