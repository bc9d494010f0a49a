"""Projects written in every earlier layout open, migrate after a backup, and lose nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import Status
from annotator.store.integrity import check_project
from annotator.store.migrations import KNOWN_MIGRATIONS
from annotator.store.project import Project, ProjectError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_layout_0001_is_migrated_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "project-0001.sqlite", path)
    with Project.open(path) as project:
        applied = [r[0] for r in project.connection.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == KNOWN_MIGRATIONS
        [annotation] = project.annotations(1)
        assert annotation.attributes == {"holder": "Kazakhstan", "polarity": "against"}
        assert annotation.note == "old note"
        assert project.document(1).text[annotation.start : annotation.end].startswith("Kazakh")
        progress = project.progress(1, "alice")
        assert progress.status == Status.DONE and progress.none_present == {"quote"}
        assert check_project(project) == []
    backup = tmp_path / "old.sqlite.before-0002_adjudication.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["0001_initial"]


def test_a_project_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    shutil.copy(FIXTURES / "project-0001.sqlite", path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('annotator', '9999_future', 'x')"
        )
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)
