"""Review → Disagreements… (Ctrl+Shift+R) and Agreement report… open the review window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.ui.review.review_window import ReviewWindow
from annotator.ui.window import MainWindow
from tests.stored import document_id, document_named, stored_id
from tests.ui.helpers import answer_reviewer_name, child, press

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _review(window: MainWindow) -> ReviewWindow:
    found = window.findChild(ReviewWindow, "reviewWindow")
    assert found is not None
    return found


def test_shortcut_opens_one_review_window_on_the_project(window: MainWindow, qtbot: QtBot) -> None:
    suggested = answer_reviewer_name(None)
    press(window.source_view, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _review(window).isVisible())
    review = _review(window)
    assert review.tabs.currentIndex() == 0
    assert review.project.path == window.project.path
    assert review.project is not window.project  # its own connection
    assert suggested == ["alice"]  # the annotator's name, confirmed with Enter
    assert review.reviewer == "alice"

    child(window, QAction, "actionAgreement").trigger()
    assert _review(window) is review  # raised again, not a second window
    assert review.tabs.currentIndex() == 1

    connection = review.project.connection
    review.close()
    qtbot.waitUntil(lambda: window.findChild(ReviewWindow, "reviewWindow") is None)
    try:
        connection.execute("SELECT 1")
    except Exception as error:  # closed with its window
        assert "closed" in str(error)
    else:
        raise AssertionError("the review window's connection was left open")


def test_merge_from_the_menu_adds_the_other_files_documents(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from annotator.core.model import Annotation, Document, Origin
    from annotator.store.project import Project

    other = tmp_path / "bob.sqlite"
    with Project.open(other, create=True, schema=window.project.schema) as project:
        label = Annotation("b1", 0, "bob", "quote", 0, 5, {}, origin=Origin.MANUAL)
        project.documents.add([(Document(None, "bob-only.txt", "Słowa Boba 🎉."), [label])])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(other)], ""))
    )
    rows_before = window.documents.rowCount()
    child(window, QAction, "actionMerge").trigger()

    def report() -> QMessageBox:
        box = window.findChild(QMessageBox, "messageBox")
        assert box is not None and box.isVisible()
        return box

    qtbot.waitUntil(lambda: report().isVisible(), timeout=20000)
    assert "1" in report().text() and report().windowTitle() == "Merge"
    assert window.documents.rowCount() == rows_before + 1
    assert [
        a.id for a in window.project.annotations(document_id(window.project, "bob-only.txt"))
    ] == ["b1"]
    report().close()


def test_decisions_are_logged_under_the_reviewer_named_on_opening(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The reviewer's name is asked for, remembered and used, not the annotator's (item 6)."""
    from annotator.store import adjudication
    from tests.seeded import ENGLISH, stance

    document = document_named(window.project, ENGLISH)
    for annotator, polarity in (("alice", "against"), ("bob", "favor")):
        window.project.annotations.add(
            stance(stored_id(document), annotator, document.text, "will not recognize the results",
                   holder="Kazakhstan", polarity=polarity)
        )  # fmt: skip
    answer_reviewer_name("rita")
    press(window.source_view, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _review(window).isVisible())
    review = _review(window)
    assert review.reviewer == "rita"
    assert review.queue_model.rowCount() == 1
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)  # the window manager's part
    review.queue.setFocus()
    press(review.queue, Qt.Key.Key_1)
    [decision] = adjudication.decisions(review.project)
    assert decision.reviewer == "rita"
    review.close()
    qtbot.waitUntil(lambda: window.findChild(ReviewWindow, "reviewWindow") is None)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    suggested = answer_reviewer_name(None)
    press(window.source_view, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _review(window).isVisible())
    assert suggested == ["rita"]  # remembered for the next time
    _review(window).close()
