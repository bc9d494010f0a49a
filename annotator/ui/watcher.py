"""Noticing other writers: another window or an ``annotator`` command on the same file.

SQLite's WAL lets them commit while this window has the project open; each
commit changes ``PRAGMA data_version`` on our connection, one cheap query.
When it moved, the watcher asks for a refresh, which the operations layer
announces as ``Changes.all()`` on the same ``changed`` signal as our own writes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance

from annotator.core.changes import Changes
from annotator.store.project import Project

WATCH_INTERVAL_MS = 2000
"""How often to look for other writers' commits."""


class OtherWritersWatcher(QObject):
    def __init__(
        self,
        project: Project,
        changed: SignalInstance,
        refresh: Callable[[], None],
        may_refresh: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """``refresh`` is called when another writer committed and ``may_refresh()``
        says now is a good moment (not mid-way through typing a value)."""
        super().__init__(parent)
        self._project = project
        self._refresh, self._may_refresh = refresh, may_refresh
        self._seen_version = project.data_version()
        changed.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if self._project.data_version() != self._seen_version and self._may_refresh():
            self._refresh()

    def stop(self) -> None:
        self._timer.stop()

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything:  # everything is being read again: all commits so far are seen
            self._seen_version = self._project.data_version()
