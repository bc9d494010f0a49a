"""Review → Disagreements… (Ctrl+Shift+R) and Agreement report… open the review window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from annotator.ui.review.review_window import ReviewWindow
from annotator.ui.window import MainWindow
from tests.ui.helpers import press


def _review(window: MainWindow) -> ReviewWindow:
    found = window.findChild(ReviewWindow, "reviewWindow")
    assert found is not None
    return found


def test_shortcut_opens_one_review_window_on_the_project(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(window.source_view, Qt.Key.Key_R, modifiers)
    qtbot.waitUntil(lambda: _review(window).isVisible())
    review = _review(window)
    assert review.tabs.currentIndex() == 0
    assert review.project.path == window.project.path
    assert review.project is not window.project  # its own connection
    assert review.reviewer == "alice"

    window.findChild(QAction, "actionAgreement").trigger()
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


def test_merge_from_the_menu_adds_the_other_files_documents(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from annotator.core.model import Annotation, Document, Origin
    from annotator.store.project import Project

    other = tmp_path / "bob.sqlite"
    with Project.open(other, create=True, schema=window.project.schema) as project:
        label = Annotation("b1", 0, "bob", "quote", 0, 5, {}, origin=Origin.MANUAL)
        project.import_documents([(Document(None, "bob-only.txt", "Słowa Boba 🎉."), [label])])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(other)], ""))
    )
    rows_before = window.documents.rowCount()
    window.findChild(QAction, "actionMerge").trigger()

    def report() -> QMessageBox:
        box = window.findChild(QMessageBox, "messageBox")
        assert box is not None and box.isVisible()
        return box

    qtbot.waitUntil(lambda: report() and None, timeout=20000)
    assert "1" in report().text() and report().windowTitle() == "Merge"
    assert window.documents.rowCount() == rows_before + 1
    assert [
        a.id for a in window.project.annotations(window.project.document_by_name("bob-only.txt").id)
    ] == ["b1"]  # type: ignore[union-attr]
    report().close()
