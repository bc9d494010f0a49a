"""Help → Keyboard shortcuts lists every key (menus, review window, form, find), uncut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from annotator.store.project import Project
from annotator.ui import main_window, shortcut_table
from annotator.ui.window import MainWindow
from tests.ui.conftest import save_screenshot, shown_and_active
from tests.ui.helpers import (
    child,
    focused,
    open_document_named,
    press,
    select_with_keyboard,
    selected_text,
    shown_document,
    shown_document_id,
)
from tests.ui.test_text_fits import LANGUAGES


def _open_help(window: MainWindow, qtbot: QtBot, key: bool = True) -> tuple[QDialog, QTableView]:
    window.resize(1024, 700)
    window.source_view.setFocus()
    if key:
        press(window.source_view, Qt.Key.Key_F1)
    else:
        window.named_actions["actionShortcuts"].trigger()
    # The shown dialog that holds the table: an earlier test's dialog may still be open.
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w.findChild(QTableView, "shortcutTable")
    )
    table = child(dialog, QTableView, "shortcutTable")
    qtbot.waitExposed(dialog)
    return dialog, table


def test_f1_lists_review_form_and_menu_keys(window: MainWindow, qtbot: QtBot) -> None:
    dialog, table = _open_help(window, qtbot)
    rows = _rows(table)
    by_what = {what: keys for _where, what, keys in rows}
    assert by_what["Accept version 1–9"] == "1–9"
    assert by_what["Edit, then accept"] == "E"
    assert by_what["Reject all versions"] == "R"
    assert by_what["Accept all agreements"] == "Ctrl+Shift+A"
    assert by_what["Close the review window"] == "Esc, Ctrl+W"
    assert by_what["Pick choice 1–9"] == "1–9"
    assert by_what["Tag selection as Stance"] == "S"  # a menu action, read from the action
    assert by_what["Grow span end by a word"] == "Alt+Shift+Right"
    wheres = {where for where, _what, _keys in rows}
    assert wheres >= {"Review window", "Attribute form", "Find bar", "Edit"}
    dialog.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_shortcut_text_is_cut(
    qtbot: QtBot, project_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """At 1024×700, in every language, the where and keys columns fit every text."""
    monkeypatch.setenv("ANNOTATOR_LANG", language)
    window = main_window(project_path, "alice")
    shown_and_active(qtbot, window)
    dialog, table = _open_help(window, qtbot, key=False)
    rows = _rows(table)
    metrics = table.fontMetrics()
    for column in (0, 2):
        width = table.columnWidth(column)
        for row in rows:
            assert metrics.horizontalAdvance(row[column]) < width, (row, width)
    save_screenshot(dialog, f"shortcuts-{language}.png")
    dialog.close()
    window.close()


def _rows(table: QTableView) -> list[tuple[str, str, str]]:
    model = table.model()
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    ]


def test_the_review_window_takes_its_keys_from_the_table(project_path: Path, qtbot: QtBot) -> None:
    """Every key a review-window action has is a review key in the table, and back."""
    from annotator.store.project import Project
    from annotator.ui.review.review_window import ReviewWindow

    project = Project.open(project_path)
    review = ReviewWindow(project, "rita")
    qtbot.addWidget(review)
    handled = {
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in review.findChildren(QAction)
        for key in action.shortcuts()
    }
    listed = {
        key
        for name, keys in shortcut_table.KEYS.items()
        if name.startswith("review.") and name != "review.rationale_enter"
        for key in keys
    }
    assert handled == listed
    review.close()
    project.close()


# -- the handlers read the table: change a key there and the window follows --------

ENGLISH = "001_8e04abad5bad1dcd.txt"
F6, F7, F8, F9 = Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F9


def _window_with_keys(
    project_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, **keys: tuple[str, ...]
) -> MainWindow:
    """A main window built after ``KEYS`` was changed (``text_form=("F6",)`` → "text.form")."""
    for name, value in keys.items():
        monkeypatch.setitem(shortcut_table.KEYS, name.replace("_", ".", 1), value)
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    open_document_named(window, qtbot, ENGLISH)
    return window


def test_the_text_takes_its_keys_from_the_table(
    project_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window_with_keys(
        project_path,
        qtbot,
        monkeypatch,
        text_form=("F6",),
        text_escape=("F7",),
        text_cycle=("F8", "Shift+F8"),
    )
    view = window.source_view
    text = shown_document(window).text
    for needle, layer_key in (("Kazakhstan", Qt.Key.Key_S), ("Russia", Qt.Key.Key_Q)):
        select_with_keyboard(window, qtbot, needle)
        press(view, layer_key)
        view.setFocus()
    assert selected_text(window, text) == "Russia"

    press(view, Qt.Key.Key_Return)  # no longer the form's key
    assert QApplication.focusWidget() is view
    press(view, F6)
    assert focused().objectName() == "field_speaker"  # the quote's form

    view.setFocus()
    press(view, F8)  # next annotation
    assert selected_text(window, text) == "Kazakhstan"
    press(view, F8, Qt.KeyboardModifier.ShiftModifier)  # previous
    assert selected_text(window, text) == "Russia"
    press(view, Qt.Key.Key_Tab)  # no longer cycles
    assert selected_text(window, text) == "Russia"

    view.setFocus()
    select_with_keyboard(window, qtbot, "revealed")
    press(view, Qt.Key.Key_Escape)  # no longer clears the selection
    assert view.textCursor().selectedText() == "revealed"
    press(view, F7)
    assert not view.textCursor().hasSelection()
    window.close()


def test_the_attribute_form_takes_its_keys_from_the_table(
    project_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window_with_keys(
        project_path,
        qtbot,
        monkeypatch,
        form_choice=("3", "2", "1"),
        form_enter=("F6",),
        form_next=("F7", "Shift+F7"),
        form_escape=("F9",),
    )
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    holder = QApplication.focusWidget()
    assert isinstance(holder, QLineEdit) and holder.objectName() == "field_holder"
    QTest.keyClicks(holder, "Kaz")
    press(holder, Qt.Key.Key_Escape)  # no longer puts back the stored value
    assert holder.text() == "Kaz"
    press(holder, F9)
    assert holder.text() == ""
    QTest.keyClicks(holder, "Kazakhstan")
    press(holder, Qt.Key.Key_Return)  # no longer leaves the form
    assert QApplication.focusWidget() is holder
    press(holder, F7)
    assert focused().objectName() == "field_target"
    press(QApplication.focusWidget(), F7, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is holder
    press(holder, F7)
    press(QApplication.focusWidget(), F7)  # to the polarity buttons
    favor = child(window, QPushButton, "choice_polarity_favor")
    buttons = favor.parentWidget()
    assert buttons is not None
    assert favor.text().startswith("3 ")
    press(QApplication.focusWidget(), Qt.Key.Key_1)  # the table's third choice key: "neutral"
    assert buttons.isAncestorOf(focused())
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is not window.source_view
    press(QApplication.focusWidget(), F6)
    assert QApplication.focusWidget() is window.source_view

    with Project.open(window.project.path) as project:
        [stance] = project.annotations(shown_document_id(window), "alice")
    assert stance.attributes == {"holder": "Kazakhstan", "polarity": "neutral"}
    window.close()


def test_the_find_bar_takes_its_keys_from_the_table(
    project_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window_with_keys(
        project_path, qtbot, monkeypatch, find_next=("F6",), find_close=("F7",)
    )
    press(window.source_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.find_bar
    QTest.keyClicks(find, "Kazakhstan")
    first = window.find_count.text()
    assert first.startswith("1 of ")
    press(find, Qt.Key.Key_Return)  # no longer the next match
    assert window.find_count.text() == first
    press(find, F6)
    assert window.find_count.text().startswith("2 of ")
    press(find, Qt.Key.Key_Escape)  # no longer closes
    assert find.isVisible()
    press(find, F7)
    assert not find.isVisible()
    assert QApplication.focusWidget() is window.source_view
    window.close()
