"""Starting the GUI: the QApplication, the annotator's name, the main window.

Also the two ways a start can go wrong before any window exists (no display,
or an X display whose client libraries are missing), which Qt itself answers
with an abort and a core dump, and an offscreen self-check that packaged
builds run to prove they can open a project.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.errors import AnnotatorError
from annotator.locations import default_project_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from annotator.ui.welcome import WelcomeResult
    from annotator.ui.window import MainWindow

# The shared libraries Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa and
# libQt6Gui) links beyond libxcb itself, with the Debian/Ubuntu package of each.
# Qt wheels do not ship them; a desktop has them all, but minimal installs and
# containers lack some (libxcb-cursor0 is the usual one since Qt 6.5). Taken from
# `readelf -d` of the Qt we pin; tests/ui/test_app_start.py re-checks it, so a Qt
# upgrade that adds a library fails a test rather than a user's first start.
# (libxcb-xinerama is no longer linked by Qt 6.11's plugin, so it is not listed.)
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def _can_load(library: str) -> bool:
    """Whether the dynamic loader finds ``library``, as Qt's plugin loader would."""
    try:
        ctypes.CDLL(library)
    except OSError:
        bundled = getattr(sys, "_MEIPASS", None)  # a PyInstaller build may carry its own copy
        return bool(bundled and (Path(bundled) / library).exists())
    return True


def missing_xcb_libraries(can_load: Callable[[str], bool] | None = None) -> list[str]:
    """The xcb plugin's libraries that cannot be loaded here (empty when all are present)."""
    loadable = can_load or _can_load
    return [library for library in XCB_LIBRARIES if not loadable(library)]


def _uses_xcb() -> bool:
    """Whether Qt would pick the xcb plugin: asked for, or an X display without Wayland."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def _display_problem(can_load: Callable[[str], bool] | None = None) -> str | None:
    """Why no window can be shown here, before Qt aborts the process with a core dump."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not platform and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no display: DISPLAY and WAYLAND_DISPLAY are not set. Run annotator in a desktop "
            "session (or set QT_QPA_PLATFORM=offscreen for a headless check)."
        )
    if _uses_xcb():
        missing = missing_xcb_libraries(can_load)
        if missing:
            packages = " ".join(XCB_LIBRARIES[library] for library in missing)
            return (
                "Qt cannot open a window on this X display because these system libraries "
                f"are missing: {', '.join(missing)}.\n"
                f"On Debian/Ubuntu install them with:\n    sudo apt-get install {packages}\n"
                "(other distributions have packages of the same names without the "
                "Debian version suffix)."
            )
    return None


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from annotator.ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    # Wayland compositors find the icon and menu entry through the .desktop file's name.
    app.setDesktopFileName("annotator")
    app.setWindowIcon(app_icon())
    return app


def _project_argument(project_path: str | Path | None) -> str | Path | None:
    """None for the default project, so that ``open_project`` seeds it on first use.

    ``annotator gui`` resolves the default path before calling us; passed on
    as an explicit path it would open an empty project instead of the samples.
    """
    if project_path is None:
        return None
    if Path(project_path).expanduser().resolve() == default_project_path().resolve():
        return None
    return project_path


def open_main_window(
    project_path: str | Path | None, annotator_name: str | None
) -> MainWindow | None:
    """Show the main window, asking first-time users who they are and what to open.

    Returns None when the user closes the welcome dialog or the project cannot
    be opened (after saying why).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from annotator.team.packages import package_annotator
    from annotator.ui import main_window
    from annotator.ui.language import install_language
    from annotator.ui.settings import remember_annotator, remembered_annotator

    install_language()  # before the welcome dialog, which is the first thing shown
    # A work package opens as the annotator it was made for, without asking.
    owner = package_annotator(project_path)
    name = owner or annotator_name or remembered_annotator()
    welcome: WelcomeResult | None = None
    if not name:
        from annotator.ui.welcome import ask_welcome

        welcome = ask_welcome(project_path)
        if welcome is None:
            return None
        name, project_path = welcome.name, welcome.project_path
        # Remembered only when typed in the welcome: a name given on the command line
        # (``gui --annotator bob``) or a package's owner is for that run, not every later one.
        remember_annotator(name)
    try:
        window = main_window(_project_argument(project_path), name)
    except AnnotatorError as error:
        from annotator.ui.language import error_text
        from annotator.ui.plain_text import message

        message(None, "annotator", error_text(error), QMessageBox.Icon.Critical, wait=True)
        print(f"error: {error}", file=sys.stderr)
        return None
    window.show()
    from annotator.ui.backups import start_open_checks

    start_open_checks(window.context)
    if welcome is not None and welcome.import_files:
        from annotator.ui.dialogs import import_files

        # After the window is on screen, so the file dialog has a parent to sit on; with
        # the window as context, so a window destroyed by then gets no dialog.
        QTimer.singleShot(0, window, lambda: import_files(window.context))
    return window


def run_gui(project_path: str | Path | None, annotator_name: str | None) -> int:
    problem = _display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    app = _application()
    from annotator.ui.termination import CloseOnTermination

    closer = CloseOnTermination(app)  # Ctrl-C, a logout, a closed terminal: as Quit does
    window = open_main_window(project_path, annotator_name)
    if window is None:
        return closer.exit_status or 1  # stopped in the welcome: as any stopped command
    if os.environ.get(EXIT_WHEN_SHOWN):
        exit_after_first_paint(window, app)
    status = app.exec()
    from PySide6.QtCore import QThreadPool

    # A worker still running (the checks and backup on open, an import) must finish
    # before the interpreter tears down the objects it reports to: quitting under it
    # left a half-taken backup and could crash the process at exit.
    QThreadPool.globalInstance().waitForDone()
    return status


EXIT_WHEN_SHOWN = "ANNOTATOR_EXIT_WHEN_SHOWN"
"""Set (to anything) for the start-up benchmark: once the main window's first frame is
painted, print ``SHOWN_LINE`` on stdout and quit (``benchmarks/bench_startup.py``)."""

SHOWN_LINE = "annotator: window shown"


def exit_after_first_paint(window: QWidget, app: QApplication) -> None:
    """Print ``SHOWN_LINE`` and quit once ``window`` has painted its first frame.

    The window's first paint event comes before its children are painted in the
    same pass, so the report is queued from there and runs right after that pass.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    def report() -> None:
        print(SHOWN_LINE, flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app, report)  # the app, not the window: it must quit
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)


def _language_check(problems: list[str]) -> tuple[str, list[str]]:
    """The window's language and the catalogue files it loaded; a missing one is a problem
    (a packaged app without its ``.qm`` files would silently show English)."""
    from annotator.ui.language import DEFAULT, current_language, installed_catalogues

    language = current_language()
    loaded = [Path(path).name for path in installed_catalogues()]
    wanted = [f"annotator_{language}.qm"] + (
        [f"qtbase_{language}.qm"] if language != DEFAULT else []
    )
    missing = [name for name in wanted if name not in loaded]
    if missing:
        problems.append(f"translations not found for {language}: {', '.join(missing)}")
    return language, loaded


def self_check(project_path: str | Path | None = None) -> int:
    """Open the main window offscreen on a project, check it lists documents, close it.

    For packaged builds (``annotator --self-check`` of the PyInstaller app): it
    proves that Qt's plugins, the bundled schema and seed articles, the
    translations of the chosen language (``ANNOTATOR_LANG``) and the store all
    load, without a display. The user's settings are not touched:
    they are redirected to a temporary folder for the rest of the process (the
    folder is removed when the check ends), so run it in a process of its own.
    Returns the exit status.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory(prefix="annotator-self-check-") as settings_dir:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        return _check_main_window(project_path)


def _check_main_window(project_path: str | Path | None) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = _application()
    from annotator.ui import main_window

    try:
        window = main_window(_project_argument(project_path), "self-check")
    except AnnotatorError as error:
        print(f"self-check failed: {error}", file=sys.stderr)
        return 1
    try:
        window.show()
        QApplication.processEvents()
        documents = window.documents.rowCount()
        problems = []
        if documents == 0:
            problems.append(f"no documents listed in {window.project.path}")
        elif window.document is None:
            problems.append("the first document did not open")
        if app.windowIcon().isNull():
            problems.append("the application icon was not found")
        language, catalogues = _language_check(problems)
        summary = (
            f"{documents} document(s) in {window.project.path}, "
            f"Qt platform {QApplication.platformName()}, "
            f"language {language} ({', '.join(catalogues) or 'no catalogues'})"
        )
    finally:
        window.close()
        QApplication.processEvents()  # the project closes once the window has
        # Destroyed, not only hidden: a caller that goes on (the tests) keeps no dead window.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if problems:
        print(f"self-check failed: {'; '.join(problems)} ({summary})", file=sys.stderr)
        return 1
    print(f"self-check ok: {summary}")
    return 0
