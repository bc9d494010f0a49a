"""The window's clock for active time per document (README "Time on task").

Counts while a document is open and the window is active; any key, click or
wheel turn is activity, and a stretch without activity longer than two
minutes is left out (``team/time_on_task.ActiveTimer``). The seconds are
stored, through the operations layer, when the document changes, the window
loses focus or closes.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from annotator.team.time_on_task import ActiveTimer, Clock

if TYPE_CHECKING:
    from annotator.ui.window import MainWindow

_INPUT = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.ShortcutOverride,
})  # fmt: skip


class TimeOnTask(QObject):
    """One per main window; ``show_document`` is called when it opens a document."""

    def __init__(self, window: MainWindow, clock: Clock = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self.timer = ActiveTimer(clock)
        self._document_id: int | None = None
        self._pending: dict[int, float] = {}
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Every event of the application passes through an application-wide Python
            # filter, and the first of each kind makes PySide build its Python types: about
            # 50 ms of the window's start (bench row 7). No key or click can reach a window
            # not yet on screen, so the window's own filter waits for its first paint.
            window.installEventFilter(self)
            app.focusWindowChanged.connect(self._focus_changed)
        self._watching_app = False

    def use_clock(self, clock: Clock) -> None:
        """Count with ``clock`` from now on (tests drive time by hand)."""
        self.flush()
        self.timer = ActiveTimer(clock)
        self._resume()

    def show_document(self, document_id: int) -> None:
        self.flush()
        self._document_id = document_id
        self._resume()

    def flush(self) -> None:
        """Store what was counted for the open document, and stop counting."""
        seconds = self.timer.stop()
        if self._document_id is not None and seconds > 0:
            self._pending[self._document_id] = self._pending.get(self._document_id, 0.0) + seconds
        for document_id, pending in list(self._pending.items()):
            # Not written (a read-only or full disk)? Kept, and tried again at the next flush.
            if self._window.operations.add_active_seconds(document_id, pending):
                del self._pending[document_id]

    def close(self) -> None:
        self.flush()
        self._document_id = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            self._window.removeEventFilter(self)
            app.focusWindowChanged.disconnect(self._focus_changed)

    def _resume(self) -> None:
        if self._document_id is not None and self._window.isActiveWindow():
            self.timer.start()

    def _focus_changed(self, *_: object) -> None:
        """Another window (a dialog, another program) took the focus, or it came back."""
        if self._window.isActiveWindow():
            if not self.timer.running:
                self._resume()
        elif self.timer.running:
            self.flush()

    def _watch_application(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._watching_app:
            self._watching_app = True
            self._window.removeEventFilter(self)
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and not self._watching_app and watched is self._window:
            # Once this first paint is done; itself as context: not for a window gone by then.
            QTimer.singleShot(0, self, self._watch_application)
        if kind in _INPUT:
            self.timer.activity()
        elif kind == QEvent.Type.ActivationChange and watched is self._window:
            self._focus_changed()
        return False
