"""``annotator backup list|now|restore``: the recovery path the README describes."""

from __future__ import annotations

from pathlib import Path

from annotator.locations import backup_folder
from annotator.store.project import Project
from tests.cli.test_cli import fails, ok


def _project_with(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(f"{name}: Казахстан не признает референдумы.", encoding="utf-8")
    project = tmp_path / "news.sqlite"
    ok("--project", project, "import", *(folder / name for name in names))
    return project


def _names(project: Path) -> list[str]:
    with Project.open(project) as opened:
        return sorted(document.name for document in opened.documents())


def test_list_take_and_restore_by_number(tmp_path: Path) -> None:
    project = _project_with(tmp_path, "a.txt")
    assert "(none yet" in ok("--project", project, "backup", "list").output

    written = ok("--project", project, "backup", "now").output
    assert str(backup_folder(project)) in written
    _project_with(tmp_path, "a.txt", "b.txt")
    assert _names(project) == ["a.txt", "b.txt"]

    listing = ok("--project", project, "backup", "list").output
    assert "1. " in listing and "1 documents" in listing

    restored = ok("--project", project, "backup", "restore", "1").output
    assert "previous content is in" in restored
    assert _names(project) == ["a.txt"]
    # The content before the restore is now backup 1 (newest first): undo the restore.
    ok("--project", project, "backup", "restore", "1")
    assert _names(project) == ["a.txt", "b.txt"]


def test_restore_of_a_missing_number_or_bad_file_changes_nothing(tmp_path: Path) -> None:
    project = _project_with(tmp_path, "a.txt")
    assert "no backup number 3" in fails("--project", project, "backup", "restore", "3").stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello", encoding="utf-8")
    assert "not a usable backup" in fails("--project", project, "backup", "restore", junk).stderr
    assert "the project itself" in fails("--project", project, "backup", "restore", project).stderr
    assert _names(project) == ["a.txt"]
