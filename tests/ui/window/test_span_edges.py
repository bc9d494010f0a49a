"""Span edges set with real keys follow words, never white space (issue 11, item 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.store.project import Project
from annotator.ui.window import MainWindow
from tests.ui.helpers import (
    child,
    open_document_named,
    press,
    select_with_keyboard,
    shown_document,
    shown_document_id,
)

POLISH = "000_64d1d46f96a25995.txt"
RUSSIAN = "003_088bd3cb7a5e20e4.txt"
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def stored_text(window: MainWindow) -> list[str]:
    text = shown_document(window).text
    with Project.open(window.project.path) as project:
        return [
            text[a.start : a.end] for a in project.annotations(shown_document_id(window), "alice")
        ]


def tag(window: MainWindow, qtbot: QtBot, needle: str, key: Qt.Key) -> None:
    select_with_keyboard(window, qtbot, needle)
    press(window.source_view, key)
    press(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.source_view.setFocus()


def test_moving_the_start_takes_the_word_and_never_the_separator(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, POLISH)
    tag(window, qtbot, "zdecydowanie zapowiedział", Qt.Key.Key_Q)
    press(window.source_view, Qt.Key.Key_Up, ALT_SHIFT)
    assert stored_text(window) == ["Zachód zdecydowanie zapowiedział"]
    press(window.source_view, Qt.Key.Key_Down, ALT_SHIFT)
    press(window.source_view, Qt.Key.Key_Down, ALT_SHIFT)
    assert stored_text(window) == ["zapowiedział"]


def test_figure_keeps_the_period_of_proc(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, POLISH)
    tag(window, qtbot, "93 pro", Qt.Key.Key_F)
    assert stored_text(window) == ["93 proc."]
    press(window.source_view, Qt.Key.Key_Right, ALT_SHIFT)
    press(window.source_view, Qt.Key.Key_Left, ALT_SHIFT)
    assert stored_text(window) == ["93 proc."]


def test_growing_the_end_takes_the_closing_guillemet(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, RUSSIAN)
    tag(window, qtbot, "что не признают", Qt.Key.Key_Q)
    press(window.source_view, Qt.Key.Key_Right, ALT_SHIFT)
    assert stored_text(window) == ["что не признают «референдумы»"]


def test_white_space_is_not_stored_even_without_snapping(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, POLISH)
    child(window, QAction, "actionSnapWords").trigger()
    assert not window.edits.snap_words
    tag(window, qtbot, " Zachód zdecydowanie ", Qt.Key.Key_Q)
    assert stored_text(window) == ["Zachód zdecydowanie"]
