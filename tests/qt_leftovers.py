"""The windows a test leaves behind: destroyed after every test, and named (``tests/conftest.py``).

pytest-qt closes the widgets handed to ``qtbot.addWidget`` and calls ``deleteLater()`` on
them, then ``processEvents()``; but ``processEvents()`` outside a running event loop does
not deliver the deletion (pytest-dev/pytest-qt#498). Every main window of the suite
stayed alive, hidden, until some later test happened to run an event loop: up to 9,500
live widgets, and every later test paid for each of them (a theme switch restyles every
widget, and each of the events passes the open window's application-wide event filter).
``tests/ui/window`` took 267 s in the full run against 50 s on its own.

This module is imported only once a test has loaded Qt: the core's tests stay Qt-free.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

# Qt's own windows that come and go by themselves (a tooltip hides and deletes itself).
_QT_TRANSIENT = frozenset({"QTipLabel"})


def open_windows() -> set[QWidget]:
    """The parentless top-level widgets alive now (a window's menus and pop-ups have a
    parent and go with it)."""
    if QApplication.instance() is None:
        return set()
    return {
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.parent() is None and widget.metaObject().className() not in _QT_TRANSIENT
    }


def _deliver_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def destroy_left_behind(before: set[QWidget]) -> list[str]:
    """Deliver the deletions the test asked for, then close and destroy every window
    opened since ``before`` that is still alive; returns their descriptions (empty when
    the test cleaned up after itself)."""
    if QApplication.instance() is None:
        return []
    _deliver_deletions()
    left = open_windows() - before
    described = sorted(f"{type(widget).__name__} {widget.windowTitle()!r}" for widget in left)
    for widget in left:
        widget.close()
        widget.deleteLater()
    _deliver_deletions()
    return described


def forget_destroyed(item: pytest.Item) -> None:
    """Drop from pytest-qt's list the widgets the app has destroyed already (a window a
    project opened in its place replaces): pytest-qt would close them again at teardown
    and fail on the deleted object. ``qt_widgets`` is pytest-qt's list of weak
    references and ``before_close_func``s (pytestqt/qtbot.py, ``_add_widget``)."""
    widgets = getattr(item, "qt_widgets", None)
    if widgets:
        widgets[:] = [
            (ref, before_close)
            for ref, before_close in widgets
            if ref() is not None and shiboken6.isValid(ref())
        ]
