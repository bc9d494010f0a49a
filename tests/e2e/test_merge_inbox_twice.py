"""``annotator merge inbox/*`` twice, with real processes and a real shell glob.

Opening a returned WAL-mode package, even read-only to merge it, leaves SQLite's
``-wal``/``-shm`` files beside it; the second ``merge inbox/*`` then names them
too. They are part of their package, not packages, and must be skipped with one
line saying so, not refused as "not an annotator project".
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

TEAM = ("alice", "bob")
SENTENCE = "Kazakhstan will not recognize the referendums, the minister said."


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """One shell command line, so that ``inbox/*`` is expanded by the shell as a lead's is."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        command, shell=True, capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def ok(command: str, cwd: Path) -> str:
    result = run(command, cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def _label_in_own_copy(tmp_path: Path, name: str) -> None:
    """The annotator writes to their copy (which puts it in WAL mode) and sends it back."""
    received = tmp_path / "inbox" / f"{name}.annotator.sqlite"
    received.write_bytes((tmp_path / "outbox" / received.name).read_bytes())
    exported = tmp_path / f"{name}.jsonl"
    python = sys.executable
    ok(f"{python} -m annotator --project {received} export --format jsonl -o {exported}", tmp_path)
    records = [json.loads(line) for line in exported.read_text("utf-8").splitlines()]
    for record in records:
        record["annotations"] = [
            {"layer": "stance", "start": 0, "end": 10, "attributes": {"polarity": "against"}}
        ]
    exported.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    ok(f"{python} -m annotator --project {received} import {exported} --annotator {name}", tmp_path)


@pytest.mark.timeout(300)
def test_a_second_merge_of_the_inbox_skips_the_files_the_first_left(tmp_path: Path) -> None:
    python = sys.executable
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(4):
        (corpus / f"article{number}.txt").write_text(f"{number}. {SENTENCE}\n", "utf-8")
    ok(f"{python} -m annotator --project lead.sqlite import corpus", tmp_path)
    ok(
        f"{python} -m annotator --project lead.sqlite packages create --annotators "
        f"{','.join(TEAM)} --overlap 0.5 --seed 3 -o outbox",
        tmp_path,
    )
    outbox = sorted(path.name for path in (tmp_path / "outbox").iterdir())
    assert outbox == ["alice.annotator.sqlite", "bob.annotator.sqlite"]  # self-contained
    (tmp_path / "inbox").mkdir()
    for name in TEAM:
        _label_in_own_copy(tmp_path, name)

    first = ok(f"{python} -m annotator --project lead.sqlite merge inbox/*", tmp_path)
    assert "Work packages returned: alice" in first
    left = sorted(p.name for p in (tmp_path / "inbox").iterdir() if "sqlite-" in p.name)
    assert left, "the scenario needs the companions a read-only open of WAL files leaves"

    second = run(f"{python} -m annotator --project lead.sqlite merge inbox/*", tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Merged 2 files." in second.stdout
    assert "Nothing new" in second.stdout
    skipped = [line for line in second.stdout.splitlines() if "companion" in line]
    assert len(skipped) == 1
    assert all(f"inbox/{name}" in skipped[0] for name in left)
    with sqlite3.connect(tmp_path / "lead.sqlite") as conn:
        counts = conn.execute("SELECT annotator, count(*) FROM annotations GROUP BY 1")
        assert dict(counts.fetchall()) == {"alice": 3, "bob": 3}


def test_a_companion_without_its_project_is_still_refused_by_name(tmp_path: Path) -> None:
    python = sys.executable
    (tmp_path / "a.txt").write_text(SENTENCE, "utf-8")
    ok(f"{python} -m annotator --project lead.sqlite import a.txt", tmp_path)
    (tmp_path / "lost.annotator.sqlite-wal").write_bytes(b"\0" * 64)
    result = run(f"{python} -m annotator --project lead.sqlite merge lost.annotator.sqlite-wal",
                 tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert "lost.annotator.sqlite-wal" in result.stderr
    assert "Traceback" not in result.stderr
