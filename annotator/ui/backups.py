"""The window's side of data safety: checks and a daily backup on open, File → Restore backup….

Both the backup and SQLite's quick check read the whole file, so they run on a
worker thread with their own connection after the window is shown; the user can
annotate meanwhile (SQLite's WAL lets the copy and the edits proceed together).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.locations import backup_folder
from annotator.store.backups import Backup, list_backups, take_daily_backup
from annotator.store.integrity import check_project
from annotator.store.project import Project
from annotator.ui.background import run_quietly
from annotator.ui.context import AppContext
from annotator.ui.focus_frame import as_tab_stop, with_focus_ring
from annotator.ui.language import error_text, translate
from annotator.ui.models.flat_table import FlatTableModel, Index
from annotator.ui.operations import jobs


@dataclass(frozen=True)
class OpenCheck:
    backup: Path | None  # None: today's backup existed already
    problems: list[str]
    backup_error: str = ""


def check_and_back_up(path: Path) -> OpenCheck:
    """The worker's job: today's backup first (so it exists even if checking finds damage)."""
    with Project.open(path) as project:
        try:
            backup = take_daily_backup(project, backup_folder(path))
            error = ""
        except AnnotatorError as failure:
            backup, error = None, error_text(failure)
        problems = check_project(project, thorough=False)
    return OpenCheck(backup, problems, error)


def start_open_checks(context: AppContext) -> None:
    """Back up and quick-check the context's project in the background; report problems."""
    path = context.project.path
    run_quietly(
        context.window,
        lambda: check_and_back_up(path),
        lambda result: _report(context, result),
        lambda message: context.show_status(
            translate("Backups", "Could not check the project: {reason}").format(reason=message),
            15000,
        ),
    )


def _report(context: AppContext, result: OpenCheck) -> None:
    window = context.window
    if result.problems:
        shown = "\n".join(result.problems[:12])
        more = len(result.problems) - 12
        if more > 0:
            shown += "\n" + translate("Backups", "… and %n more", "", more)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Backups", "Project check"),
            translate("Backups", "SQLite found damage in {name}.").format(
                name=context.project.path.name
            ),
            QMessageBox.StandardButton.Close,
            window,
        )
        box.setObjectName("projectCheckBox")
        box.setInformativeText(
            translate(
                "Backups",
                "Keep working only if you must; then use File → Restore backup… or run "
                "`annotator check` for details.",
            )
        )
        box.setDetailedText(shown)
        box.open()
    elif result.backup_error:
        context.show_status(
            translate("Backups", "Backup failed: {reason}").format(reason=result.backup_error),
            15000,
        )
    elif result.backup is not None:
        context.show_status(
            translate("Backups", "Today's backup: {name}").format(name=result.backup.name), 5000
        )


class BackupTableModel(FlatTableModel):
    def __init__(self, backups: Sequence[Backup], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups = list(backups)

    def row_count(self) -> int:
        return len(self.backups)

    def headers(self) -> Sequence[str]:
        return (
            translate("Backups", "Taken"),
            translate("Backups", "Why"),
            translate("Backups", "Documents"),
            translate("Backups", "Annotations"),
            translate("Backups", "Size"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        unreadable = translate("Backups", "unreadable")
        return (
            locale.toString(_as_qt(backup.taken), QLocale.FormatType.ShortFormat),
            _reason_text(backup.reason),
            unreadable if backup.documents is None else locale.toString(backup.documents),
            unreadable if backup.annotations is None else locale.toString(backup.annotations),
            locale.formattedDataSize(backup.size, 1),
        )[column]


def _reason_text(reason: str) -> str:
    """Why a backup was taken, in the window's language (the file names stay English)."""
    texts = {
        "daily": translate("Backups", "daily"),
        "manual": translate("Backups", "on demand"),
        "before-restore": translate("Backups", "before a restore"),
    }
    return texts.get(reason, reason.replace("-", " "))


def _as_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


class RestoreDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("Backups", "Restore backup"))
        self.model = BackupTableModel(list_backups(folder), self)
        note = QLabel(
            translate(
                "Backups",
                "Backups are taken once a day when the project opens; the newest 7 of "
                "each kind are kept in\n{folder}\n\nRestoring saves the current content as a "
                "backup first, so a restore can be undone the same way.",
            ).format(folder=folder)
        )
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(translate("Backups", "Backups"))
        as_tab_stop(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(translate("Backups", "Restore"))
        with_focus_ring(self.restore_button)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.chosen() is not None)
        )
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        if self.model.backups:
            self.table.selectRow(0)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None


def restore_from_backup(context: AppContext) -> None:
    """File → Restore backup…: choose, confirm, restore, reopen the window on the result."""
    folder = backup_folder(context.project.path)
    dialog = RestoreDialog(folder, context.window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.accepted.connect(lambda: _restore_chosen(context, dialog, folder))
    dialog.open()


def _restore_chosen(context: AppContext, dialog: RestoreDialog, folder: Path) -> None:
    chosen = dialog.chosen()
    if chosen is None:
        return
    path = context.project.path
    jobs.restore_backup(
        context.operations,
        context.window,
        chosen.path,
        folder,
        lambda _saved: context.open_path(path),
        context.show_error,
    )
