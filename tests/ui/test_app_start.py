"""Starting the app: no display, missing X libraries, the first run and the About box."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import annotator.ui.app as app_module
from annotator import __version__
from annotator.cli import main as cli_main
from annotator.locations import data_dir, default_project_path
from annotator.ui.app import XCB_LIBRARIES, missing_xcb_libraries, open_main_window
from annotator.ui.icons import app_icon
from annotator.ui.settings import remember_annotator, remembered_annotator
from annotator.ui.welcome import WelcomeChoice, WelcomeDialog, WelcomeResult
from annotator.ui.window import MainWindow
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import child


@pytest.fixture
def x11_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """An X11 desktop session as Qt would see it (no Wayland, no forced platform)."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ANNOTATOR_PROJECT", raising=False)
    return tmp_path / "data"


def _without(*libraries: str) -> Callable[[str], bool]:
    return lambda library: library not in libraries


# -- no display, or a display Qt cannot use ------------------------------------


def test_no_display_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    problem = app_module._display_problem()
    assert problem is not None and "DISPLAY and WAYLAND_DISPLAY are not set" in problem


def test_missing_xcb_libraries_are_named_with_the_apt_get_command(x11_session: None) -> None:
    problem = app_module._display_problem(_without("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert problem is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in problem
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in problem


def test_a_complete_x11_system_starts(x11_session: None) -> None:
    assert app_module._display_problem(_without()) is None


def test_wayland_and_offscreen_do_not_need_the_xcb_libraries(
    x11_session: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_library: str) -> bool:
        raise AssertionError("the xcb libraries were probed")

    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert app_module._display_problem(refuse) is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app_module._display_problem(refuse) is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # asked for explicitly: checked even on Wayland
    assert "libEGL.so.1" in (app_module._display_problem(_without("libEGL.so.1")) or "")


def test_the_real_loader_is_asked() -> None:
    assert app_module._can_load("libc.so.6")
    assert not app_module._can_load("libannotator-no-such-library.so.9")
    assert missing_xcb_libraries(lambda _library: True) == []


def test_annotator_gui_prints_the_problem_instead_of_aborting(
    x11_session: None, monkeypatch: pytest.MonkeyPatch, data_home: Path
) -> None:
    monkeypatch.setattr(app_module, "_can_load", _without("libxcb-cursor.so.0"))
    result = CliRunner().invoke(cli_main, ["gui", "--annotator", "alice"])
    assert result.exit_code == 1
    assert "error: Qt cannot open a window" in result.output
    assert "sudo apt-get install libxcb-cursor0" in result.output


@pytest.mark.skipif(not shutil.which("readelf"), reason="needs readelf (binutils)")
def test_the_library_list_matches_what_qts_xcb_plugin_links() -> None:
    """A Qt upgrade that links a new library fails here, not at a user's first start."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [qt / "plugins/platforms/libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")]
    needed: set[str] = set()
    for path in files:
        output = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
        needed |= {
            line.split("[", 1)[1].rstrip("]")
            for line in output.stdout.splitlines()
            if "(NEEDED)" in line
        }
    system = {name for name in needed if not name.startswith(("libQt6", "libc.", "libm."))}
    ignored = {"libstdc++.so.6", "libgcc_s.so.1", "libX11.so.6", "libxcb.so.1", "libglib-2.0.so.0"}
    ignored |= {"libgthread-2.0.so.0", "libfreetype.so.6", "libz.so.1", "libxcb-render.so.0"}
    ignored |= {"libxcb-shm.so.0"}
    assert system - ignored <= set(XCB_LIBRARIES), system - ignored - set(XCB_LIBRARIES)


# -- the first run and later runs ----------------------------------------------


def test_a_remembered_annotator_goes_straight_to_the_window(
    qtbot: QtBot, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember_annotator("bob")
    monkeypatch.setattr(
        "annotator.ui.welcome.ask_welcome", lambda *_: pytest.fail("welcome shown again")
    )
    window = open_main_window(project_path, None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.operations.annotator == "bob"
    assert window.project.path == project_path
    window.close()


def test_first_run_types_the_name_and_clicks_the_sample_project(
    qtbot: QtBot, data_home: Path
) -> None:
    """Two steps from a fresh start to the sample articles: the name, one click."""
    app_module._application()  # the icon, as run_gui sets it

    def answer_welcome() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WelcomeDialog):
            QTimer.singleShot(20, answer_welcome)
            return
        qtbot.keyClicks(dialog.name_edit, "alice")
        qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer_welcome)
    window = open_main_window(default_project_path(), None)  # as `annotator gui` passes it
    assert window is not None
    qtbot.addWidget(window)
    assert window.documents.rowCount() == 5  # the default project was seeded
    assert window.operations.annotator == "alice"
    assert remembered_annotator() == "alice"
    assert window.project.path == default_project_path()
    assert not window.windowIcon().isNull()
    window.close()


def test_quitting_the_welcome_opens_nothing(
    qtbot: QtBot, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("annotator.ui.welcome.ask_welcome", lambda *_: None)
    assert open_main_window(None, None) is None
    assert remembered_annotator() == ""


@pytest.fixture
def imported_into(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The welcome answers "import into articles.sqlite"; the list collects the projects
    the import dialog is opened for (the dialog itself is not shown)."""
    choice = WelcomeResult("alice", WelcomeChoice.IMPORT, tmp_path / "articles.sqlite")
    monkeypatch.setattr("annotator.ui.welcome.ask_welcome", lambda *_: choice)
    imported: list[Path] = []
    monkeypatch.setattr(
        "annotator.ui.dialogs.import_files", lambda context: imported.append(context.project.path)
    )
    return imported


def test_import_choice_opens_the_import_flow_in_the_new_project(
    qtbot: QtBot, tmp_path: Path, imported_into: list[Path]
) -> None:
    target = tmp_path / "articles.sqlite"
    window = open_main_window(None, None)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: imported_into == [target])
    assert target.exists()
    window.close()


def test_a_window_destroyed_before_the_import_flow_starts_opens_no_import_dialog(
    qtbot: QtBot, imported_into: list[Path]
) -> None:
    """The welcome's "import" opens the dialog one event-loop turn later; a window gone by
    then (closed at once, replaced) must not have a dialog opened for it (reviewer4 F7)."""
    window = open_main_window(None, None)
    assert window is not None
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _turn in range(3):  # the zero-delay timer's turn, and the next ones
        QApplication.processEvents()
    assert imported_into == []


# -- Help → About ----------------------------------------------------------------


def test_about_names_version_paths_and_licences(window: MainWindow, qtbot: QtBot) -> None:
    window.setWindowIcon(app_icon())
    child(window, QAction, "actionAbout").trigger()
    box = child(window, QMessageBox, "aboutBox")
    qtbot.waitExposed(box)
    text = box.text() + box.informativeText()
    assert f"annotator {__version__}" in text
    assert str(window.project.path) in text
    assert str(data_dir()) in text
    assert "LGPLv3" in text and "MIT" in text and "PySide6" in text
    save_screenshot(box, "about.png")
    box.close()
