"""Undo and redo keys reach the window from every pane.

A line edit takes Ctrl+Z for itself (it asks for the key before the window's
shortcuts see it), so right after tagging, with the focus in the form's first
field, Ctrl+Z did nothing. The filter below lets a field keep the key only
while it holds typing of its own that is not saved yet; otherwise the key
goes to the window's Undo/Redo, which undo the last saved edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _UndoKeysToWindow(QObject):
    def __init__(self, edit: QLineEdit, has_own_typing: Callable[[], bool]) -> None:
        super().__init__(edit)
        self._has_own_typing = has_own_typing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _KEYS)
            and not self._has_own_typing()
        ):
            event.ignore()  # not taken: the window's shortcut fires
            return True
        return False


def pass_undo_keys_to_window(
    edit: QLineEdit, has_own_typing: Callable[[], bool] | None = None
) -> None:
    """Let ``edit`` keep Ctrl+Z only while ``has_own_typing()`` (default: never)."""
    edit.installEventFilter(_UndoKeysToWindow(edit, has_own_typing or (lambda: False)))
