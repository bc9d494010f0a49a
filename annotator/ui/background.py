"""Run slow work (imports, exports, checks) off the UI thread, with or without a progress dialog.

The work function gets no Qt objects and opens its own project connection:
SQLite connections must not be shared between threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.core.errors import AnnotatorError
from annotator.ui.language import error_text, translate


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except AnnotatorError as error:
            # Translated here, on the worker: Qt's catalogue lookup is thread-safe.
            self.signals.failed.emit(error_text(error))
        except Exception as error:
            self.signals.failed.emit(
                translate("Background", "Unexpected error: {error}").format(error=repr(error))
            )
        else:
            self.signals.finished.emit(result)


class _Receiver(QObject):
    """Parented to the widget that asked: a result arriving after it was closed
    and deleted goes nowhere instead of into a dead window."""

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        job: _Job,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error
        self.job = job  # keeps the job's signals alive until they are delivered

    @Slot(object)
    def deliver(self, result: object) -> None:
        self._on_done(result)

    @Slot(str)
    def fail(self, message: str) -> None:
        self._on_error(message)


def run_quietly(
    parent: QWidget,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
) -> None:
    """``work`` on a worker thread; ``on_done(result)`` or ``on_error(message)`` back on
    the UI thread. No dialog: the user goes on working meanwhile."""
    job = _Job(work)
    receiver = _Receiver(parent, on_done, on_error, job)
    job.signals.finished.connect(receiver.deliver, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(receiver.fail, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
) -> QProgressDialog:
    """As :func:`run_quietly`, behind a window-modal progress dialog."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def finished(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(message: str) -> None:
        dialog.close()
        on_error(message)

    run_quietly(parent, work, finished, failed)
    return dialog
