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
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.store.integrity import check_project
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


KILLED_AFTER_THE_DROP = """
import sys, time
from annotator.store import importing
importing.DEFER_INDEXES_AFTER = 2  # drop the indexes after the first labels
importing._IMPORT_CACHE_KIB = 1  # and spill every changed page to the WAL
drop = importing.ImportWriter._drop_indexes
def dropped(writer):
    drop(writer)
    writer._conn.execute("CREATE TABLE spilled (x)")  # one more write after the drop
    print("dropped", flush=True)
    time.sleep(600)  # killed here, inside the transaction, the indexes dropped
importing.ImportWriter._drop_indexes = dropped
from annotator.cli import main
main()
"""


def test_an_import_killed_with_its_indexes_dropped_leaves_them(tmp_path: Path) -> None:
    """A real ``annotator import`` killed (SIGKILL) while the indexes are dropped and
    uncommitted pages are in the WAL: reopened, the project has them and nothing else."""
    path = tmp_path / "p.sqlite"
    shutil.copy(FIXTURES / "project-0005.sqlite", path)
    Project.open(path).close()
    labels = _count(path)
    source = tmp_path / "big.jsonl"
    text = "Kazakhstan will not recognize the referendums, said Smadiyarov. " * 40
    with source.open("w", encoding="utf-8") as out:
        for number in range(50):
            items = [{"id": f"k{number}-{k}", "layer": "quote", "start": k, "end": k + 9,
                      "annotator": "alice"} for k in range(20)]  # fmt: skip
            out.write(json.dumps({"name": f"k{number}.txt", "text": text, "annotations": items}))
            out.write("\n")
    probe = tmp_path / "probe.py"
    probe.write_text(KILLED_AFTER_THE_DROP, encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": str(tmp_path)}
    command = [sys.executable, str(probe), "--project", str(path), "import", str(source)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "dropped"
        assert Path(f"{path}-wal").stat().st_size > 0  # uncommitted pages on disk
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert _indexes(path) == INDEXES
    with Project.open(path) as project:
        assert project.connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert check_project(project) == []
    assert _count(path) == labels
