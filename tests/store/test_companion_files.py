"""Which named files are SQLite's companions of a project rather than inputs of their own."""

from __future__ import annotations

from pathlib import Path

from annotator.store.open_projects import (
    companion_base,
    describe_skipped_companions,
    without_companions,
)


def test_companion_base_names_the_project_file() -> None:
    assert companion_base("inbox/a.sqlite-wal") == Path("inbox/a.sqlite")
    assert companion_base("a.sqlite-shm") == Path("a.sqlite")
    assert companion_base("a.sqlite-journal") == Path("a.sqlite")
    assert companion_base("a.sqlite") is None
    assert companion_base("-wal") is None


def test_companions_of_given_or_present_projects_are_skipped(tmp_path: Path) -> None:
    beside = tmp_path / "beside.sqlite"
    beside.write_bytes(b"")
    given = tmp_path / "given.sqlite"  # not on disk yet, but named: still its companion
    orphan = tmp_path / "orphan.sqlite-wal"
    paths = [given, tmp_path / "given.sqlite-shm", tmp_path / "beside.sqlite-wal", orphan]
    kept, skipped = without_companions(paths)
    assert kept == [given, orphan]  # an orphan is kept, so merge refuses it by name
    assert skipped == [tmp_path / "given.sqlite-shm", tmp_path / "beside.sqlite-wal"]
    line = str(describe_skipped_companions(skipped))
    assert "\n" not in line and "skipped 2 SQLite companion files" in line
    assert str(tmp_path / "beside.sqlite-wal") in line
