"""Rolling backups of a project: one a day on open, the newest few kept, restorable.

Copies are made with SQLite's backup API from the open connection, so they are
consistent even while another process writes, and they include what is still in
the WAL. A restore copies the backup *into* the open project the same way, which
is one transaction for SQLite: a crash during it leaves the old content. The
current state is saved as a backup first, so a restore can itself be undone.

The folder is chosen by the caller (``annotator.locations.backup_folder``); this
module only names, lists, prunes and copies files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.messages import Message
from annotator.store.project import Project

KEEP = 7
"""How many backups of each kind (daily, manual, before-restore) of one project are kept."""

_NAME = re.compile(r"^(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})(?:-(?P<reason>[a-z-]+))?\.sqlite$")


class BackupError(AnnotatorError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str  # "daily", "before-restore", "manual"
    size: int
    documents: int | None  # None when the file cannot be read
    annotations: int | None


def folder_name(project_path: Path) -> str:
    """A folder per project file: its stem plus a short hash of where it lives."""
    resolved = str(project_path.expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    stem = project_path.name.split(".")[0] or "project"
    return f"{stem}-{digest}"


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match["stamp"], "%Y-%m-%dT%H%M%S")
        documents, annotations = _counts(path)
        found.append(
            Backup(
                path=path,
                taken=taken,
                reason=match["reason"] or "daily",
                size=path.stat().st_size,
                documents=documents,
                annotations=annotations,
            )
        )
    found.sort(key=lambda backup: (backup.taken, backup.path.name), reverse=True)
    return found


def take_backup(
    project: Project,
    folder: Path,
    *,
    reason: str = "manual",
    now: datetime | None = None,
    keep: Path | None = None,
) -> Path:
    """Copy the project into ``folder`` now, then keep the newest :data:`KEEP` of its kind
    (and ``keep`` whatever its age: the backup a restore is about to read)."""
    moment = now or datetime.now()
    suffix = "" if reason == "daily" else f"-{reason}"
    taken = {backup.taken for backup in list_backups(folder)}
    moment = moment.replace(microsecond=0)
    while moment in taken:
        moment += timedelta(seconds=1)  # one backup per second keeps "newest" well defined
    name = f"{moment:%Y-%m-%dT%H%M%S}{suffix}"
    target = folder / f"{name}.sqlite"
    partial = folder / f".{name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            project.connection.backup(copy)
            # One self-contained file: no -wal/-shm beside it to lose when copying.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupError(
            Message(
                "{folder}: could not write a backup: {error}", folder=str(folder), error=str(error)
            )
        ) from error
    _prune(folder, reason, keep)
    return target


def take_daily_backup(
    project: Project, folder: Path, *, now: datetime | None = None
) -> Path | None:
    """A backup unless one was already taken today; the path, or None if skipped."""
    moment = now or datetime.now()
    if any(backup.taken.date() == moment.date() for backup in list_backups(folder)):
        return None
    return take_backup(project, folder, reason="daily", now=moment)


def restore_backup(project: Project, backup: Path, folder: Path) -> Path:
    """Replace the project's content with ``backup``; returns the saved current state.

    The backup is checked before anything changes: it must open as an annotator
    project, of this version's layout or an older one (every backup taken before an
    upgrade is); a restored older one is upgraded in place at once, as opening it
    would (a ``.before-<migration>.bak`` copy beside it first). Afterwards the caller
    reopens the project (its schema may differ).
    """
    if backup.resolve() == project.path.resolve():
        raise BackupError(
            Message("{backup}: this is the project itself, not a backup of it", backup=str(backup))
        )
    try:
        with Project.open(backup, read_only=True, older_layout=True):
            pass
    except AnnotatorError as error:
        raise BackupError(
            Message(
                "{backup}: not a usable backup: {error}", backup=str(backup), error=error.message
            )
        ) from error
    saved = take_backup(project, folder, reason="before-restore", keep=backup)
    try:
        source = _read_only(backup)
        try:
            source.backup(project.connection)
        finally:
            source.close()
        Project.open(project.path).close()  # migrates a backup of an older layout
    except sqlite3.Error as error:
        raise BackupError(
            Message(
                "{project}: could not restore {backup}: {error}",
                project=str(project.path),
                backup=backup.name,
                error=str(error),
            )
        ) from error
    return saved


def _prune(folder: Path, reason: str, keep: Path | None) -> None:
    # Per kind, so that trying a few restores never pushes the daily backups out.
    same_kind = [backup for backup in list_backups(folder) if backup.reason == reason]
    for old in same_kind[KEEP:]:
        if keep is None or old.path.resolve() != keep.resolve():
            old.path.unlink(missing_ok=True)


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        connection = _read_only(path)
        try:
            documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
            annotations = connection.execute("SELECT count(*) FROM annotations").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None, None
    return int(documents), int(annotations)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
