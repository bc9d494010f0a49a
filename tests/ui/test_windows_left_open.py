"""The check after every test (``tests/qt_leftovers.py``, used by ``tests/conftest.py``):
the deletions a test asked for are delivered, and a window left open is destroyed and named."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from tests.qt_leftovers import destroy_left_behind, open_windows


def test_a_window_given_to_delete_later_is_destroyed_and_not_named(qapp: QApplication) -> None:
    before = open_windows()
    window = QWidget()
    QLabel("a child", window)
    window.show()
    window.close()
    window.deleteLater()
    QApplication.processEvents()  # what pytest-qt does: the deletion is still pending
    assert shiboken6.isValid(window)
    assert destroy_left_behind(before) == []
    assert not shiboken6.isValid(window)


def test_a_window_left_open_is_destroyed_and_named(qapp: QApplication) -> None:
    before = open_windows()
    kept = QWidget()  # there before: not this test's
    left = QDialog()
    left.setWindowTitle("Left open")
    left.show()
    assert destroy_left_behind(before | {kept}) == ["QDialog 'Left open'"]
    assert not shiboken6.isValid(left)
    assert shiboken6.isValid(kept)
