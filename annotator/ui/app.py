"""Starting the GUI: the QApplication, the annotator's name, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from annotator.core.errors import AnnotatorError


def _display_problem() -> str | None:
    """Why no window can be shown here, before Qt aborts the process with a core dump."""
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        if not platform and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            return (
                "no display: DISPLAY and WAYLAND_DISPLAY are not set. Run annotator in a desktop "
                "session (or set QT_QPA_PLATFORM=offscreen for a headless check)."
            )
    return None


def run_gui(project_path: str | Path | None, annotator_name: str | None) -> int:
    problem = _display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from annotator.ui.dialogs import ask_annotator_name
    from annotator.ui.settings import remember_annotator, remembered_annotator
    from annotator.ui.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    name = annotator_name or remembered_annotator()
    if not name:
        name = ask_annotator_name(None)
        if not name:
            return 1
    remember_annotator(name)
    try:
        window = MainWindow.for_project(project_path, name)
    except AnnotatorError as error:
        QMessageBox.critical(None, "annotator", str(error))
        print(f"error: {error}", file=sys.stderr)
        return 1
    window.show()
    return app.exec()
