"""The main window's place, size and splits, the snap-to-words choice and the
document each annotator had open, kept between runs in the application's settings.

A first run (nothing saved) splits the window by shares rather than Qt's even
thirds, because the text needs the room; that can only be measured once the
window is shown at its real size, hence ``first_shown``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from annotator.core.model import Document
from annotator.store.project import Project
from annotator.ui.editing.label_edits import LabelEdits
from annotator.ui.settings import app_settings, last_document, remember_last_document

DEFAULT_SHARES = (0.23, 0.48, 0.29)
"""List, text, panel: the text gets about half, the list a fifth, the panel the rest."""


class WindowState:
    def __init__(
        self, window: QMainWindow, splitters: Sequence[QSplitter], edits: LabelEdits
    ) -> None:
        self.window = window
        self.splitters = list(splitters)  # the first is the window's own three-way split
        self.edits = edits
        self._split_restored = False

    def restore(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        for splitter in self.splitters:
            state = settings.value(f"window/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
                self._split_restored = self._split_restored or splitter is self.splitters[0]
        self.edits.snap_words = settings.value("view/snapWords", True) not in (False, "false")

    def save(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.window.saveGeometry())
        for splitter in self.splitters:
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        settings.setValue("view/snapWords", self.edits.snap_words)

    def first_shown(self) -> None:
        """Split by :data:`DEFAULT_SHARES`, once, unless a saved split was restored."""
        if self._split_restored:
            return
        self._split_restored = True
        main = self.splitters[0]
        total = sum(main.sizes()) or main.width()
        main.setSizes([int(total * share) for share in DEFAULT_SHARES])


def document_to_reopen(project: Project, annotator: str) -> int | None:
    """The document open when ``annotator`` last closed ``project`` on this computer, if
    it is still there: re-opening goes on where the work stopped, not at document 1."""
    name = last_document(project.path, annotator)
    document = project.documents.by_name(name) if name else None
    return document.id if document is not None else None


def remember_open_document(project: Project, annotator: str, document: Document | None) -> None:
    if document is not None:
        remember_last_document(project.path, annotator, document.name)
