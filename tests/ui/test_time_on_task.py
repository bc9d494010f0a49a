"""Active time per document, recorded by the real window with real key presses.

The clock is a hand-driven counter, so two idle minutes pass in no time.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator.store.project import Project
from annotator.ui.window import MainWindow
from tests.ui.helpers import press, shown_document_id


class HandClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _seconds(window: MainWindow, document_id: int) -> float:
    with Project.open(window.project.path) as other:
        return other.progress(document_id, "alice").active_seconds


def test_attended_time_is_stored_and_idle_stretches_are_left_out(
    window: MainWindow, qtbot: QtBot
) -> None:
    clock = HandClock()
    window.time_on_task.use_clock(clock)  # stores the real seconds counted until now
    first = shown_document_id(window)
    before = _seconds(window, first)
    clock.advance(30)
    press(window.source_view, Qt.Key.Key_Right)  # 30 s of reading, then a key
    clock.advance(300)  # five minutes away from the keyboard: not counted
    press(window.source_view, Qt.Key.Key_Right)
    clock.advance(10)
    press(window.source_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next document
    assert shown_document_id(window) != first
    assert _seconds(window, first) == before + 40
    second = shown_document_id(window)
    clock.advance(20)
    window.close()  # closing stores the open document's time
    assert _seconds(window, second) == 20


def test_time_counts_only_while_the_window_is_active(window: MainWindow, qtbot: QtBot) -> None:
    clock = HandClock()
    window.time_on_task.use_clock(clock)
    document_id = shown_document_id(window)
    before = _seconds(window, document_id)
    clock.advance(15)

    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    clock.advance(500)  # in another window meanwhile
    other.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clock.advance(5)
    window.close()
    assert _seconds(window, document_id) == before + 20


def test_time_not_written_is_kept_for_the_next_try_without_a_warning_of_its_own(
    window: MainWindow, qtbot: QtBot
) -> None:
    clock = HandClock()
    window.time_on_task.use_clock(clock)
    first = shown_document_id(window)
    before = _seconds(window, first)
    window.project.connection.execute("PRAGMA query_only = ON")  # the project turned read-only
    clock.advance(25)
    press(window.source_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _seconds(window, first) == before
    assert not window.status.unsaved.isVisible()
    window.project.connection.execute("PRAGMA query_only = OFF")
    press(window.source_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _seconds(window, first) == before + 25


def test_a_window_destroyed_right_after_its_first_paint_leaves_no_timer_behind(
    qtbot: QtBot, project_path: Path
) -> None:
    """The first paint asks, one event-loop turn later, to watch the whole application's
    input; a window gone by then must not have its deleted watcher installed (F7)."""
    window = MainWindow.for_project(project_path, "alice")
    window.grab()  # the first paint, as on screen
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _turn in range(3):  # the zero-delay timer's turn, and the next ones
        QApplication.processEvents()
    assert not shiboken6.isValid(window)
