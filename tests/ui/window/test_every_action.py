"""Every menu action runs without an error on a real window.

A menu entry whose slot was never written (Review → Disagreements… once called
a missing function) only fails when someone clicks it; this clicks them all.
Dialogs that would wait for a person answer "cancel" here.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from annotator.ui.window import MainWindow
from tests.ui.helpers import child

SKIPPED = {"actionQuit"}  # closes the window under test; covered by test_app_start


@pytest.fixture
def cancelling_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def cancel_file(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append("file")
        return "", ""

    def cancel_files(*args: object, **kwargs: object) -> tuple[list[str], str]:
        asked.append("files")
        return [], ""

    def cancel_text(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append("text")
        return "", False

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(cancel_file))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel_file))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(cancel_files))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(cancel_text))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(cancel_text))
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
        )
    return asked


def _menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            if action.isSeparator() or action.menu() is not None:
                continue
            found.append(action)
    return found


@pytest.mark.parametrize(("project", "at_least"), [("window", 25), ("empty_window", 15)])
def test_every_menu_action_runs(
    project: str,
    at_least: int,
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    cancelling_dialogs: list[str],
) -> None:
    """Over the seed articles, and over an empty project (where what stays enabled,
    import, merge, restore, the dashboard..., must run too)."""
    window = request.getfixturevalue(project)
    triggered = _trigger_every_enabled_action(window)
    # The menus are really there, and the cancel answers were really used.
    assert len(triggered) >= at_least, triggered
    assert {"file", "files"} <= set(cancelling_dialogs)


def _trigger_every_enabled_action(window: MainWindow) -> list[str]:
    before = set(QApplication.topLevelWidgets())
    triggered = []
    for action in _menu_actions(window):
        if action.objectName() in SKIPPED or not action.isEnabled():
            continue
        action.trigger()
        QApplication.processEvents()
        triggered.append(action.text())
        # Close what the action opened (dialogs, docks stay), so the next one starts clean.
        for widget in set(QApplication.topLevelWidgets()) - before:
            if isinstance(widget, QWidget) and widget.isVisible() and widget is not window:
                widget.close()
        QApplication.processEvents()
    assert window.isVisible()
    return triggered


def test_every_review_window_action_runs(
    window: MainWindow, qtbot: QtBot, cancelling_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.ui.review.edit_dialog import EditVersionDialog
    from annotator.ui.review.review_window import ReviewWindow
    from tests.seeded import ENGLISH, stance

    monkeypatch.setattr(EditVersionDialog, "exec", lambda self: 0)  # the reviewer cancels
    # Two annotators who agree once and disagree twice, so the actions have work to do.
    document = window.project.documents.by_name(ENGLISH)
    assert document is not None and document.id is not None
    text, doc = document.text, document.id
    for annotator, needle, polarity in (
        ("alice", "will not recognize the results", "against"),
        ("bob", "will not recognize the results", "against"),
        ("alice", "the principle of countries' territorial integrity", "favor"),
        ("bob", "principle of countries' territorial integrity", "neutral"),
        ("alice", "specifically expressed his position", "against"),
    ):
        window.project.annotations.add(
            stance(doc, annotator, text, needle, holder="Kazakhstan", polarity=polarity)
        )
    # The reviewer confirms the name asked for as review opens.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("rita", True)))
    child(window, QAction, "actionReview").trigger()
    review = window.findChild(ReviewWindow, "reviewWindow")
    assert review is not None
    qtbot.waitExposed(review)
    assert review.queue_model.rowCount() == 2
    actions = [a for a in review.actions() if not a.isSeparator()]
    assert len(actions) >= 6
    for action in actions:
        if action.objectName() == "actionCloseReview":
            continue  # last, below
        if action.isEnabled():
            review.queue.setFocus()
            if review.queue_model.rowCount():
                review.queue.selectRow(0)
            action.trigger()
            QApplication.processEvents()
    assert review.isVisible()
    decided = window.project.connection.execute("SELECT count(*) FROM review_log").fetchone()[0]
    assert decided > 0  # the actions really decided something (and undid some)
    child(review, QAction, "actionCloseReview").trigger()
    qtbot.waitUntil(lambda: window.findChild(ReviewWindow, "reviewWindow") is None)
