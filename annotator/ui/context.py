"""What a menu command needs from the window it was chosen in, and nothing more.

Commands (``dialogs``, ``backups``) get this small context instead of the
main window, so they cannot reach into its panes and need not import it:
the window builds the context and passes in how to open a window in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from annotator.core.errors import AnnotatorError
from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.ui import plain_text
from annotator.ui.language import error_text
from annotator.ui.operations import Operations


@dataclass(frozen=True)
class AppContext:
    window: QMainWindow
    """The parent of the command's dialogs; its status bar shows the command's messages."""
    operations: Operations
    open_project: Callable[[Project], object]
    """Show a window on this (already open) project in place of ``window``."""

    @property
    def project(self) -> Project:
        return self.operations.project

    @property
    def annotator(self) -> str:
        return self.operations.annotator

    def open_path(self, path: Path, *, create: bool = False) -> None:
        """A window on ``path`` in place of this one (also after a restore replaced
        the content under it); a project that cannot be opened is reported."""
        try:
            project = Project.open(path, create=create, schema=load_schema(default_schema_path()))
        except AnnotatorError as error:
            self.show_error(error_text(error))
            return
        self.open_project(project)

    def show_error(self, message: str) -> None:
        plain_text.message(self.window, "annotator", message)

    def show_status(self, message: str, milliseconds: int) -> None:
        self.window.statusBar().showMessage(message, milliseconds)
