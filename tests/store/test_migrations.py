"""Projects written in every earlier layout open, migrate after a backup, and lose nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import Status
from annotator.store.integrity import check_project
from annotator.store.layout import LAYOUT_VERSIONS
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
        assert project.documents.get(1).text[annotation.start : annotation.end].startswith("Kazakh")
        progress = project.progress(1, "alice")
        assert progress.status == Status.DONE and progress.none_present == {"quote"}
        assert check_project(project) == []
    backup = tmp_path / "old.sqlite.before-0002_adjudication.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["0001_initial"]


def written_by_a_newer_version(fixture: str, path: Path) -> Path:
    """A copy of ``fixture`` at ``path`` that records a layout this code does not know."""
    shutil.copy(FIXTURES / fixture, path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('annotator', '9999_future', 'x')"
        )
    return path


def test_a_project_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = written_by_a_newer_version("project-0001.sqlite", tmp_path / "new.sqlite")
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)


def test_the_light_layout_list_matches_the_registered_migrations() -> None:
    assert list(LAYOUT_VERSIONS) == KNOWN_MIGRATIONS


def test_opening_an_up_to_date_project_does_not_load_sqlite_utils(tmp_path: Path) -> None:
    """sqlite-utils (and the numpy it pulls in) costs ~150 ms of every start."""
    import subprocess
    import sys

    from annotator.core.schema import load_schema
    from annotator.resources import default_schema_path
    from annotator.store.project import Project

    path = tmp_path / "current.sqlite"
    Project.open(path, create=True, schema=load_schema(default_schema_path())).close()
    script = (
        "import sys\n"
        "from annotator.store.project import Project\n"
        f"Project.open({str(path)!r}).close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def _annotation_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT rowid, * FROM annotations ORDER BY rowid").fetchall()


def _table_sql(path: Path, name: str) -> str:
    with sqlite3.connect(path) as conn:
        return str(
            conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        )


def test_layout_0004_gets_the_rebuilt_annotations_table_with_every_row_and_reference(
    tmp_path: Path,
) -> None:
    """0005 rebuilds annotations (origin CHECK without an IN list): rows, rowids, the
    decision's gold label and the constraints all survive; a backup is kept."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "project-0004.sqlite", path)
    rows = _annotation_rows(path)
    assert "IN ('manual'" in _table_sql(path, "annotations")
    with Project.open(path) as project:
        conn = project.connection
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == (
            KNOWN_MIGRATIONS
        )
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        [decision] = project.decisions(1)
        assert decision.gold_annotation_id is not None
        gold = project.annotations.get(decision.gold_annotation_id)
        assert gold is not None
        assert (gold.annotator, gold.origin.value) == ("gold", "adjudicated")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("DELETE FROM annotations WHERE id = ?", (decision.gold_annotation_id,))
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO annotations VALUES ('x', 1, 'alice', 'stance', 0, 1, '{}', '', "
                "'invented', 't', 't')"
            )
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(annotations)")}
        assert {"annotations_by_document", "annotations_by_annotator"} <= indexes
        assert check_project(project) == []
    assert _annotation_rows(path) == rows
    sql = _table_sql(path, "annotations")
    assert " IN " not in sql and "origin = 'adjudicated'" in sql
    backup = tmp_path / "old.sqlite.before-0005_annotations_origin_check.bak"
    assert _annotation_rows(backup) == rows


def test_a_failed_rebuild_leaves_the_project_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migrations are all or nothing: a check failing after the table was rebuilt rolls
    the rebuild back, and opening says why instead of running on a half-made layout."""
    from annotator.store import migrations

    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "project-0004.sqlite", path)
    counts = iter([0, 1])
    monkeypatch.setattr(migrations, "_dangling_decisions", lambda db: next(counts))
    with pytest.raises(ProjectError, match="lost rows or references"):
        Project.open(path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == (
            KNOWN_MIGRATIONS[:4]
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "IN ('manual'" in _table_sql(path, "annotations")
    assert _annotation_rows(path) == _annotation_rows(FIXTURES / "project-0004.sqlite")


def test_layout_0005_gets_its_ids_kept_unique_by_a_named_index(tmp_path: Path) -> None:
    """0006 rebuilds annotations with ``id`` no longer the primary key but kept unique by
    ``annotations_by_id`` (which an import may drop and build again): rows, rowids, the
    decision's gold label, uniqueness and the other constraints all survive."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "project-0005.sqlite", path)
    rows = _annotation_rows(path)
    assert "id TEXT PRIMARY KEY" in _table_sql(path, "annotations")
    with Project.open(path) as project:
        conn = project.connection
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == (
            KNOWN_MIGRATIONS
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        [decision] = project.decisions(1)
        assert decision.gold_annotation_id is not None
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("DELETE FROM annotations WHERE id = ?", (decision.gold_annotation_id,))
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
            conn.execute(
                "INSERT INTO annotations VALUES (?, 1, 'alice', 'stance', 0, 1, '{}', '', "
                "'manual', 't', 't')",
                (decision.gold_annotation_id,),
            )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO annotations VALUES ('x', 1, 'alice', 'stance', 0, 1, '{}', '', "
                "'invented', 't', 't')"
            )
        indexes = {r[1]: r[2] for r in conn.execute("PRAGMA index_list(annotations)")}
        assert indexes == {
            "annotations_by_id": 1,
            "annotations_by_document": 0,
            "annotations_by_annotator": 0,
        }
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM annotations WHERE id = ?", ("x",)
        ).fetchall()
        assert "USING INDEX annotations_by_id (id=?)" in plan[0][3]
        assert check_project(project) == []
    assert _annotation_rows(path) == rows
    assert "id TEXT," in _table_sql(path, "annotations")
    backup = tmp_path / "old.sqlite.before-0006_annotations_id_index.bak"
    assert _annotation_rows(backup) == rows


@pytest.mark.parametrize("fixture", ["project-0001.sqlite", "project-0006.sqlite"])
def test_a_new_project_has_the_layout_an_old_one_is_migrated_to(
    tmp_path: Path, fixture: str
) -> None:
    """Every table and index, as SQLite stores its definition: the oldest fixture and the
    previous layout, migrated, against a project made new."""
    from annotator.core.schema import load_schema
    from annotator.resources import default_schema_path

    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / fixture, old)
    Project.open(old).close()
    new = tmp_path / "new.sqlite"
    Project.open(new, create=True, schema=load_schema(default_schema_path())).close()

    def layout(path: Path) -> list[tuple[str, str, str]]:
        with sqlite3.connect(path) as conn:
            query = "SELECT type, name, sql FROM sqlite_master"
            return sorted(
                (kind, name, " ".join((sql or "").split()))
                for kind, name, sql in conn.execute(query)
            )

    tables = {name for kind, name, _ in layout(new) if kind == "table"}
    assert {"annotations", "done_markings", "deletions_after_done"} <= tables
    assert layout(old) == layout(new)


DONE = "2026-11-29T11:00:00.000000Z"
LATER = "2026-11-29T13:00:00.000000Z"


def _done_keys(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        query = "SELECT key FROM project_meta WHERE key LIKE 'done%' OR key LIKE 'deleted%'"
        return sorted(row[0] for row in conn.execute(query))


def test_layout_0006_moves_the_done_records_into_tables_of_their_own(tmp_path: Path) -> None:
    """0007: the "done ✎" keys of project_meta become rows; what they meant stays (which
    documents show changed), keys naming nothing are not carried over, a backup is kept."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "project-0006.sqlite", path)
    keys = _done_keys(path)
    assert len(keys) == 8
    with Project.open(path) as project:
        conn = project.connection
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == (
            KNOWN_MIGRATIONS
        )
        assert sorted(conn.execute("SELECT * FROM done_markings")) == [
            (1, "alice", "2026-11-29T10:00:00.000000Z"),
            (1, "bogdan", DONE),
            (2, "alice", DONE),
            (2, "team/carol", DONE),
        ]
        gone = "00000000-0000-4000-8000-0000000000f1"
        assert sorted(conn.execute("SELECT * FROM deletions_after_done")) == [
            (1, "bogdan", gone, "2026-11-29T12:00:00.000000Z"),
            (2, "team/carol", gone, LATER),
        ]
        changed = {
            (doc, annotator): project.documents.rows([doc], annotator)[0].changed_since_done
            for doc, annotator in [(1, "alice"), (1, "bogdan"), (2, "alice"), (2, "team/carol")]
        }
        assert changed == {
            (1, "alice"): True,  # a box ticked after marking it done
            (1, "bogdan"): True,  # a label deleted since
            (2, "alice"): False,
            (2, "team/carol"): True,  # the same, under a name with a slash
        }
        assert check_project(project) == []
    assert _done_keys(path) == []
    assert _done_keys(tmp_path / "old.sqlite.before-0007_done_changes.bak") == keys


def test_a_failed_move_of_the_done_records_leaves_them_where_they_were(tmp_path: Path) -> None:
    """All or nothing: the second table cannot be made (something of that name is in the
    way) after the markings were moved; the move is rolled back and opening says why."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "project-0006.sqlite", path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE VIEW deletions_after_done AS SELECT 1")
    with pytest.raises(ProjectError, match="deletions_after_done already exists"):
        Project.open(path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == (
            KNOWN_MIGRATIONS[:6]
        )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "done_markings" not in tables
    assert _done_keys(path) == _done_keys(FIXTURES / "project-0006.sqlite")


def test_code_that_knows_only_layout_0006_refuses_a_migrated_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older annotator (its layouts end at 0006) would write "done ✎" records where this
    one no longer reads them; it refuses the file, naming the layout, and leaves it alone."""
    from annotator.store import project as project_module

    path = tmp_path / "project.sqlite"
    shutil.copy(FIXTURES / "project-0006.sqlite", path)
    Project.open(path).close()
    before = path.read_bytes()
    monkeypatch.setattr(project_module, "LAYOUT_VERSIONS", LAYOUT_VERSIONS[:6])
    with pytest.raises(ProjectError) as refused:
        Project.open(path)
    assert str(refused.value).endswith(
        f"written by a newer version of annotator (layout '{LAYOUT_VERSIONS[-1]}'); "
        "update annotator to open it"
    )
    assert path.read_bytes() == before
