"""Driving the window the way a person does: keys and mouse, no private shortcuts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from annotator.core.model import Document
from annotator.ui.views.attribute_form import LayerForm
from annotator.ui.window import MainWindow
from tests.stored import stored_id

T = TypeVar("T", bound=QObject)
W = TypeVar("W", bound=QWidget)


def shown_window(
    qtbot: QtBot, project_path: Path, size: tuple[int, int] = (1024, 700), annotator: str = "alice"
) -> MainWindow:
    """A main window over ``project_path`` built as the app builds it (language, theme),
    at ``size``, shown and exposed; closed with the test."""
    from annotator.ui import main_window

    window = main_window(project_path, annotator)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def utf16_length(text: str) -> int:
    """Computed independently of the application's own offset code."""
    return len(text.encode("utf-16-le")) // 2


def open_document_named(window: MainWindow, qtbot: QtBot, name: str) -> None:
    """Click the document's row in the list (its title: a narrow list hides the name)."""
    model = window.documents
    for row in range(model.rowCount()):
        if model.data(model.index(row, model.NAME)) == name:
            view = window.document_list
            rect = view.visualRect(model.index(row, model.TITLE))  # always shown
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert window.document is not None and window.document.name == name
            return
    raise AssertionError(f"no document named {name}")


def select_with_keyboard(window: MainWindow, qtbot: QtBot, needle: str, occurrence: int = 0) -> int:
    """Put the caret before ``needle`` (Ctrl+Home, then Right), then Shift+Right over it.

    Returns the code-point index of ``needle`` in the document text, found
    with Python's own ``str.index``.
    """
    assert window.document is not None
    text = window.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    view = window.source_view
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(utf16_length(text[:start]))  # a click would do the same
    view.setTextCursor(cursor)
    for _ in needle:
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    selected = view.textCursor().selectedText()
    assert selected == needle, (selected, needle)
    return start


def press(
    widget: QWidget | None,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    assert widget is not None, "no widget has the keyboard focus"
    QTest.keyClick(widget, key, modifiers)


def shown_document(window: MainWindow) -> Document:
    """The document open in ``window`` (the test expects one to be open)."""
    assert window.document is not None, "no document is open"
    return window.document


def shown_document_id(window: MainWindow) -> int:
    """The id of the document open in ``window``."""
    return stored_id(shown_document(window))


def current_form(window: MainWindow) -> LayerForm:
    """The attribute form shown for the selected annotation's layer."""
    form = window.editor.current_form()
    assert form is not None, "no attribute form is shown"
    return form


def form_field(window: MainWindow, name: str, kind: type[W]) -> W:
    """The current form's field for attribute ``name``, of the widget class ``kind``."""
    field = current_form(window).fields[name]
    assert isinstance(field, kind), f"{name!r} is a {type(field).__name__}, not a {kind.__name__}"
    return field


def focused() -> QWidget:
    """The widget with the keyboard focus (real keys go there)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def child(parent: QObject, kind: type[T], name: str) -> T:
    """``parent``'s child of ``kind`` with the object name ``name``."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def selected_text(window: MainWindow, text: str) -> str:
    """The part of ``text`` (the open document's) under the selected annotation."""
    assert window.selected is not None, "no annotation is selected"
    return text[window.selected.start : window.selected.end]


def move_caret_to_start(window: MainWindow) -> None:
    window.source_view.moveCursor(QTextCursor.MoveOperation.Start)


def answer_reviewer_name(typed: str | None) -> list[str]:
    """When the reviewer-name prompt shows, note its suggestion, type ``typed`` (None: keep it)
    and press Enter, as a person would."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.textValue())
        edit = dialog.findChild(QLineEdit)
        assert edit is not None, "the name prompt has no line edit"
        if typed is not None:
            edit.selectAll()
            QTest.keyClicks(edit, typed)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    return seen


def restore_backup_elsewhere(project: Path, number: int = 1) -> None:
    """``annotator backup restore NUMBER`` in a process of its own (another program)."""
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--project", str(project),
         "backup", "restore", str(number)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def shown_main_windows() -> list[MainWindow]:
    """The main windows on screen (after one was replaced by a window in its place)."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
