"""Ctrl-C, SIGTERM and SIGHUP close the windows as File → Quit does, then the app ends.

A logout, a shutdown or ``kill`` sends SIGTERM, closing the terminal the window was
started from sends SIGHUP, and Ctrl-C in that terminal SIGINT. By default the first
two end the process on the spot (every committed edit is safe, but a value typed into
an attribute field and not yet confirmed, saved when a window closes, and the time
spent on the open document were lost), and Ctrl-C did nothing at all. Here the signal
only wakes the event loop (a byte on a socket that Python's ``signal.set_wakeup_fd``
writes, read by a ``QSocketNotifier``), and the windows are closed from there, so
their ``closeEvent`` saves what they hold.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

# SIGHUP does not exist on Windows.
TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _noted(_signum: int, _frame: FrameType | None) -> None:
    """A Python-level handler, so the signal is written to the wakeup socket, not fatal."""


class CloseOnTermination(QObject):
    """Installed once, for the application's life (or until :meth:`restore`)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _noted) for number in TERMINATING}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self.exit_status: int | None = None
        """128 + the signal's number once one came (also when no window was open yet)."""

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        stopping = [number for number in received if number in TERMINATING]
        if not stopping:
            return  # another signal with a Python handler wakes us too
        self.exit_status = 128 + stopping[0]
        self._app.closeAllWindows()  # each window saves the value being typed
        self._app.exit(self.exit_status)

    def restore(self) -> None:
        """Put back the handlers and wakeup descriptor found (for tests and embedders)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
