"""The Qt user interface: a thin layer over core, store and io.

``main_window(project_path, annotator_name)`` builds the main window without
showing it, so tests can drive the real window in-process.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.ui.window import MainWindow


def main_window(project_path: str | Path | None, annotator_name: str) -> MainWindow:
    """The main window in the chosen interface language (``annotator.ui.language``)."""
    from annotator.ui.language import install_language
    from annotator.ui.theme import apply_theme, saved_theme
    from annotator.ui.window import MainWindow

    install_language()
    if saved_theme() != "system":
        apply_theme(saved_theme())
    return MainWindow.for_project(project_path, annotator_name)
