"""The daily backup and quick check on open, and File → Restore backup…, with real keys."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.core.model import Document
from annotator.locations import backup_folder
from annotator.store.backups import list_backups, take_backup
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.backups import RestoreDialog, start_open_checks
from annotator.ui.window import MainWindow
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import child, shown_main_windows


def _open_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = main_window(path, "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_opening_takes_todays_backup_once(qtbot: QtBot, project_path: Path) -> None:
    window = _open_window(qtbot, project_path)
    start_open_checks(window.context)
    folder = backup_folder(project_path)
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage(), timeout=20000)
    [backup] = list_backups(folder)
    assert backup.documents == window.project.documents.count() > 0
    # A second open the same day adds nothing.
    window.statusBar().clearMessage()
    start_open_checks(window.context)
    assert QThreadPool.globalInstance().waitForDone(20000)
    QApplication.processEvents()
    assert len(list_backups(folder)) == 1
    assert window.statusBar().currentMessage() == ""
    window.close()


def _zero_page_of(path: Path, index_name: str) -> None:
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index_name,)
        ).fetchone()[0]
    connection.close()
    raw = bytearray(path.read_bytes())
    raw[(root - 1) * page_size : root * page_size] = bytes(page_size)
    path.write_bytes(bytes(raw))


def test_damage_found_on_open_is_shown(qtbot: QtBot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _zero_page_of(project_path, "annotations_by_id")
    window = _open_window(qtbot, project_path)
    start_open_checks(window.context)

    def box() -> QMessageBox:
        found = window.findChild(QMessageBox, "projectCheckBox")
        assert found is not None and found.isVisible()
        return found

    qtbot.waitUntil(lambda: box().isVisible(), timeout=20000)
    assert "damage" in box().text() and "Restore backup" in box().informativeText()
    assert "btreeInitPage" in box().detailedText()
    # The backup was still taken first, so there is something to go back to.
    assert list_backups(backup_folder(project_path))
    box().close()
    window.close()


def test_restore_backup_from_the_file_menu(qtbot: QtBot, project_path: Path) -> None:
    folder = backup_folder(project_path)
    with Project.open(project_path) as project:
        names_then = sorted(d.name for d in project.documents())
        take_backup(project, folder, reason="daily", now=datetime(2026, 11, 20, 8, 0))
        project.documents.add([(Document(None, "later.txt", "Dodany później 🎉."), [])])
    window = _open_window(qtbot, project_path)
    assert window.documents.rowCount() == len(names_then) + 1

    child(window, QAction, "actionRestoreBackup").trigger()
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    rows = dialog.model.rowCount()
    assert rows == 1 and dialog.restore_button.isEnabled()  # the newest is preselected
    save_screenshot(dialog, "restore-backup.png")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    def reopened() -> MainWindow:
        windows = shown_main_windows()
        assert len(windows) == 1 and windows[0] is not window
        return windows[0]

    qtbot.waitUntil(lambda: reopened().isVisible(), timeout=10000)
    fresh = reopened()
    qtbot.addWidget(fresh)
    assert fresh.documents.rowCount() == len(names_then)
    kinds = sorted(backup.reason for backup in list_backups(folder))
    assert kinds == ["before-restore", "daily"]  # the undo path exists
    fresh.close()
