"""A write the project refuses is shown as "Not saved", never as a saved annotation.

The real window, the real keys.  The store is made to fail the way a disk
does: ``PRAGMA max_page_count`` on the window's own connection (a full disk:
works as root too) and ``PRAGMA query_only`` (a project that became
read-only).  The message is read from the real (window-modal) message box,
which is then dismissed with Enter.
"""

from __future__ import annotations

import re
from functools import partial

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation
from annotator.store.integrity import check_project
from annotator.store.project import Project
from annotator.ui.window import MainWindow
from tests.ui.helpers import open_document_named, press, select_with_keyboard

ENGLISH = "001_8e04abad5bad1dcd.txt"
UNLIMITED = 1073741823


def _closed(box: QMessageBox) -> bool:
    return not box.isVisible()


def message_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


@pytest.fixture
def warnings(window: MainWindow, qtbot: QtBot) -> list[str]:
    """Texts of the message boxes shown so far, each dismissed with Enter when it came."""
    seen: list[str] = []

    def collect() -> None:
        for box in message_boxes(window):
            seen.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Return)
            qtbot.waitUntil(partial(_closed, box))
        window.activateWindow()  # what the window manager does when the box closes
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    window.operations.failed.connect(lambda _text: QTimer.singleShot(0, collect))
    return seen


def stored(window: MainWindow) -> list[Annotation]:
    """What a fresh connection finds in the file: what survives closing the app."""
    assert window.document is not None and window.document.id is not None
    with Project.open(window.project.path) as project:
        return project.annotations(window.document.id, "alice")


def shown(window: MainWindow) -> int:
    return window.panel.model.rowCount()


def undo_steps(window: MainWindow) -> int:
    assert window.document is not None and window.document.id is not None
    return window.operations.stack_for(window.document.id).count()


def tag(window: MainWindow, qtbot: QtBot, number: int) -> None:
    """Select the ``number``-th word with Shift+arrows and press S, as a person does;
    then let a message box, if one was opened, be read and dismissed."""
    assert window.document is not None
    text = window.document.text
    word = list(re.finditer(r"\w{4,}", text))[number]
    occurrence, found = 0, text.find(word.group())
    while found < word.start():
        occurrence, found = occurrence + 1, text.find(word.group(), found + 1)
    select_with_keyboard(window, qtbot, word.group(), occurrence)
    press(window.source_view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not message_boxes(window))


def test_full_disk_shows_not_saved_and_the_next_edit_saves_once_freed(
    window: MainWindow, qtbot: QtBot, warnings: list[str]
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    connection = window.project.connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    saved = 0
    for number in range(300):  # tag until the disk is full
        tag(window, qtbot, number)
        if warnings:
            break
        saved += 1
    else:
        pytest.fail("300 annotations fitted: the size limit did not bite")
    [message] = warnings
    assert message.startswith("Not saved: ") and "the disk is full" in message
    # Only what was stored is shown, listed and undoable; the refused one nowhere.
    assert saved >= 1
    assert shown(window) == saved == len(stored(window)) == undo_steps(window)

    connection.execute(f"PRAGMA max_page_count = {UNLIMITED}")  # space freed
    tag(window, qtbot, saved)
    assert warnings == [message]
    assert shown(window) == saved + 1 == len(stored(window)) == undo_steps(window)
    assert check_project(window.project) == []


def test_read_only_project_shows_not_saved_and_keeps_nothing(
    window: MainWindow, qtbot: QtBot, warnings: list[str]
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    tag(window, qtbot, 0)
    assert shown(window) == 1 and not warnings
    window.project.connection.execute("PRAGMA query_only = ON")

    tag(window, qtbot, 1)
    [message] = warnings
    assert message.startswith("Not saved: ") and "read-only" in message
    assert shown(window) == 1 == len(stored(window)) == undo_steps(window)
    press(window.source_view, Qt.Key.Key_Delete)  # deleting it is refused the same way
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert "read-only" in warnings[1] and shown(window) == 1

    window.project.connection.execute("PRAGMA query_only = OFF")
    tag(window, qtbot, 2)
    assert len(warnings) == 2
    assert shown(window) == 2 == len(stored(window)) == undo_steps(window)
