"""Qt fixtures: a main window over a temporary project, with isolated settings."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot

from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.operations import Operations
from annotator.ui.review.review_window import ReviewWindow
from annotator.ui.window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Every test gets its own settings file, never the developer's."""
    settings_dir = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    yield


def shown_and_active(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and wait until it has the keyboard (real key presses go there)."""
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


@pytest.fixture
def window(qtbot: QtBot, project_path: Path) -> Iterator[MainWindow]:
    win = main_window(project_path, "alice")
    shown_and_active(qtbot, win)
    yield win
    if shiboken6.isValid(win):  # not when a project opened in its place destroyed it
        win.close()


@pytest.fixture
def empty_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window over a new project without documents, as "alice"."""
    path = tmp_path / "new.annotator"
    Project.open(path, create=True, schema=load_schema(default_schema_path())).close()
    window = main_window(path, "alice")
    shown_and_active(qtbot, window)
    yield window
    if shiboken6.isValid(window):
        window.close()


@pytest.fixture
def review(qtbot: QtBot, annotated_project_path: Path) -> Iterator[ReviewWindow]:
    """The review window as "rita" over Alice's and Bob's stances on the English seed:
    one agreement, one polarity clash, one miss (``tests.seeded``)."""
    project = Project.open(annotated_project_path)
    window = ReviewWindow(project, "rita")
    shown_and_active(qtbot, window)
    yield window
    window.close()
    project.close()


def save_screenshot(widget: QWidget, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / name
    widget.grab().save(str(target))
    return target


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
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
