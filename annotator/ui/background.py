"""Run slow work (imports, exports) off the UI thread, with a progress dialog.

The work function gets no Qt objects and opens its own project connection:
SQLite connections must not be shared between threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.core.errors import AnnotatorError


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
            self.signals.failed.emit(str(error))
        except Exception as error:
            self.signals.failed.emit(f"Unexpected error: {error!r}")
        else:
            self.signals.finished.emit(result)


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
) -> QProgressDialog:
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job = _Job(work)

    def finished(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(message: str) -> None:
        dialog.close()
        on_error(message)

    job.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    dialog._job = job  # type: ignore[attr-defined]  # keep signals alive until done
    QThreadPool.globalInstance().start(job)
    return dialog
