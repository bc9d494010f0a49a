"""A project whose annotation indexes are missing gets them back when it is opened.

Since layout 0006 the annotations' ids are kept unique by the index
``annotations_by_id``, not by the primary key, and a large import drops it (with
the two other annotation indexes) inside its transaction. A crash cannot lose
them (the transaction is rolled back), but a file whose index went missing some
other way (a tool, a hand-made repair) would otherwise store every re-imported
label a second time, silently, and ``annotator check`` would end in a traceback
("foreign key mismatch": ``decisions`` refers to the ids).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.store.project import Project, ProjectError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INDEXES = {"annotations_by_id", "annotations_by_document", "annotations_by_annotator"}


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        query = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotations'"
        return {row[0] for row in conn.execute(query)}


def _without_indexes(tmp_path: Path) -> Path:
    """The 0005 fixture migrated to the current layout, then its annotation indexes dropped."""
    path = tmp_path / "p.sqlite"
    shutil.copy(FIXTURES / "project-0005.sqlite", path)
    Project.open(path).close()
    assert _indexes(path) == INDEXES
    conn = sqlite3.connect(path)
    for name in INDEXES:
        conn.execute(f"DROP INDEX {name}")
    conn.commit()
    conn.close()
    return path


def _count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM annotations").fetchone()[0])


def test_opening_builds_missing_annotation_indexes_again(tmp_path: Path) -> None:
    path = _without_indexes(tmp_path)
    exported = tmp_path / "export.jsonl"
    runner = CliRunner()
    result = runner.invoke(main, ["--project", str(path), "check"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert _indexes(path) == INDEXES
    labels = _count(path)
    result = runner.invoke(main, ["--project", str(path), "export", "-o", str(exported)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["--project", str(path), "import", str(exported)])
    assert result.exit_code == 0, result.output
    assert _count(path) == labels  # re-importing an export is a no-op


def test_ids_used_twice_meanwhile_are_refused_with_a_message(tmp_path: Path) -> None:
    path = _without_indexes(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO annotations SELECT * FROM annotations LIMIT 1")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ProjectError, match=r"UNIQUE constraint failed: annotations\.id"):
        Project.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    result = CliRunner().invoke(main, ["--project", str(path), "stats"])
    assert result.exit_code == 1
    assert "UNIQUE constraint failed" in result.output and "Traceback" not in result.output
