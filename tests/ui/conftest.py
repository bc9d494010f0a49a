"""Qt fixtures: a main window over a temporary project, with isolated settings."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot

from annotator.core.schema import load_schema
from annotator.io.importer import ImportOptions, import_files
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.operations import Operations
from annotator.ui.window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Every test gets its own settings file, never the developer's."""
    settings_dir = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    yield


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A project with the default schema and the five seed articles."""
    path = tmp_path / "project.sqlite"
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        import_files(project, [seeds_dir()], ImportOptions())
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = main_window(project_path, "alice")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()


def save_screenshot(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / name
    widget.grab().save(str(target))
    return target


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English (with its plural forms) for windows a test builds without ``main_window()``,
    and again afterwards if the test switched the (shared) application's language."""
    from annotator.ui.language import install_language

    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def make_operations(qtbot: QtBot) -> Iterator[Callable[[Project, str], Operations]]:
    """``make_operations(project, annotator)``: an operations layer without a window,
    freed in Qt's order afterwards (its undo commands refer back to it)."""
    made: list[Operations] = []

    def make(project: Project, annotator: str) -> Operations:
        made.append(Operations(project, annotator))
        return made[-1]

    yield make
    for operations in made:
        for stack in operations.undo_group.stacks():
            stack.clear()
        operations.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
