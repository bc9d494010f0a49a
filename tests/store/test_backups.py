"""Rolling backups: one a day, the newest seven kept, and a restore that can be undone."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from annotator.core.model import Annotation, Document, Origin, new_annotation_id
from annotator.store import backups
from annotator.store.backups import (
    BackupError,
    list_backups,
    restore_backup,
    take_backup,
    take_daily_backup,
)
from annotator.store.integrity import check_project
from annotator.store.layout import LAYOUT_VERSIONS
from annotator.store.project import Project
from tests.store.test_migrations import written_by_a_newer_version
from tests.stored import document_id

MONDAY = datetime(2026, 11, 23, 9, 30)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _add_document(project: Project, name: str, annotations: int = 1) -> int:
    project.documents.add([(Document(None, name, f"Text of {name}: Казахстан 🇺🇦."), [])])
    document = project.documents.by_name(name)
    assert document is not None and document.id is not None
    for index in range(annotations):
        project.annotations.add(
            Annotation(
                id=new_annotation_id(),
                document_id=document.id,
                annotator="alice",
                layer="stance",
                start=index,
                end=index + 4,
                attributes={},
                origin=Origin.MANUAL,
            )
        )
    return document.id


def test_daily_backup_is_taken_once_per_day(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    _add_document(project, "a.txt")
    first = take_daily_backup(project, folder, now=MONDAY)
    assert first is not None and first.exists()
    assert take_daily_backup(project, folder, now=MONDAY + timedelta(hours=8)) is None
    second = take_daily_backup(project, folder, now=MONDAY + timedelta(days=1))
    assert second is not None
    assert [backup.path for backup in list_backups(folder)] == [second, first]


def test_backup_is_a_complete_self_contained_copy(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    _add_document(project, "a.txt", annotations=3)
    path = take_backup(project, folder, now=MONDAY)
    # No -wal beside it: the copy alone holds everything, even what was only in the WAL.
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    [backup] = list_backups(folder)
    assert (backup.documents, backup.annotations, backup.reason) == (1, 3, "manual")
    with Project.open(path) as copy:
        assert check_project(copy) == []
        assert len(copy.annotations(document_id(copy, "a.txt"))) == 3


def test_only_the_newest_seven_are_kept(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for day in range(10):
        take_daily_backup(project, folder, now=MONDAY + timedelta(days=day))
    kept = list_backups(folder)
    assert len(kept) == backups.KEEP == 7
    assert kept[-1].taken.date() == (MONDAY + timedelta(days=3)).date()
    assert not list(folder.glob(".*partial"))


def test_restore_brings_back_the_old_content_and_saves_the_current(
    project: Project, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    _add_document(project, "kept.txt")
    old = take_backup(project, folder, now=MONDAY)
    _add_document(project, "later.txt", annotations=2)

    saved = restore_backup(project, old, folder)

    with Project.open(project.path) as reopened:
        assert [d.name for d in reopened.documents()] == ["kept.txt"]
        assert check_project(reopened) == []
    with Project.open(saved) as before:
        assert sorted(d.name for d in before.documents()) == ["kept.txt", "later.txt"]
    # ...so the restore itself can be undone.
    restore_backup(project, saved, folder)
    with Project.open(project.path) as reopened:
        assert sorted(d.name for d in reopened.documents()) == ["kept.txt", "later.txt"]


def test_restore_refuses_a_file_that_is_not_a_project(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    _add_document(project, "a.txt")
    bogus = tmp_path / "2026-11-20T101010.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    with pytest.raises(BackupError, match="not a usable backup"):
        restore_backup(project, bogus, folder)
    assert [d.name for d in project.documents()] == ["a.txt"]
    assert not folder.exists()  # nothing was even saved: the refusal came first


def test_unreadable_files_are_listed_without_counts(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "2026-11-20T101010.sqlite").write_bytes(b"\0" * 100)
    (folder / "notes.txt").write_text("ignored", encoding="utf-8")
    [backup] = list_backups(folder)
    assert (backup.documents, backup.annotations) == (None, None)


def test_folder_names_differ_for_same_named_projects_elsewhere(tmp_path: Path) -> None:
    one = backups.folder_name(tmp_path / "a" / "news.annotator.sqlite")
    two = backups.folder_name(tmp_path / "b" / "news.annotator.sqlite")
    assert one != two and one.startswith("news-") and two.startswith("news-")


def test_unwritable_folder_gives_a_clear_error(project: Project, tmp_path: Path) -> None:
    blocker = tmp_path / "file-in-the-way"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BackupError, match="could not write a backup"):
        take_backup(project, blocker / "backups")


def test_restoring_the_oldest_of_seven_keeps_it_and_the_dailies(
    project: Project, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    _add_document(project, "first.txt")
    for day in range(7):
        take_daily_backup(project, folder, now=MONDAY + timedelta(days=day))
        _add_document(project, f"day{day}.txt")
    oldest = list_backups(folder)[-1]
    assert len(list_backups(folder)) == 7
    raw = oldest.path.read_bytes()
    for _attempt in range(8):  # trying restores never pushes the dailies out
        restore_backup(project, oldest.path, folder)
    assert [d.name for d in project.documents()] == ["first.txt"]
    kinds = [b.reason for b in list_backups(folder)]
    assert kinds.count("daily") == 7 and kinds.count("before-restore") == 7
    # The backup read by the restore is left exactly as it was, and alone.
    assert oldest.path.read_bytes() == raw
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))


def test_a_backup_taken_before_an_upgrade_is_restored_and_upgraded(
    project: Project, tmp_path: Path
) -> None:
    """Every backup taken before annotator was updated has the older layout: restoring
    one puts its content back at the current layout, "done ✎" records included, with
    the copy an upgrade always leaves beside the project."""
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "2026-11-29T120000.sqlite"
    shutil.copy(FIXTURES / "project-0006.sqlite", old)
    _add_document(project, "later.txt")
    before = old.read_bytes()

    saved = restore_backup(project, old, folder)

    assert old.read_bytes() == before  # the backup itself is only read
    assert not list(folder.glob("*.bak"))
    with Project.open(saved) as current:
        assert [d.name for d in current.documents()] == ["later.txt"]
    with sqlite3.connect(project.path) as conn:
        applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == list(LAYOUT_VERSIONS)
    with Project.open(project.path) as reopened:
        assert sorted(d.name for d in reopened.documents()) == ["old.txt", "second.txt"]
        [row] = reopened.documents.rows([1], "bogdan")
        assert row.changed_since_done  # a label deleted after done, recorded in 0006's way
        assert check_project(reopened) == []
    assert project.path.with_name(f"{project.path.name}.before-0007_done_changes.bak").exists()


def test_a_backup_of_a_newer_layout_is_refused(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    newer = written_by_a_newer_version("project-0006.sqlite", folder / "2026-11-29T120000.sqlite")
    _add_document(project, "kept.txt")
    with pytest.raises(BackupError, match="newer version"):
        restore_backup(project, newer, folder)
    assert [d.name for d in project.documents()] == ["kept.txt"]
