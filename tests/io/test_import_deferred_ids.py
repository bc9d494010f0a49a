"""A large streamed import builds the annotations' indexes at the end (issue 16).

``store.importing.ImportWriter`` drops the annotations' indexes (the unique
``annotations_by_id`` among them) once an import has stored more labels than
``DEFER_INDEXES_AFTER`` and than the project held, and builds them again before
the commit. Here the threshold is set to a few labels,
so that small files take that path, and every outcome is compared with the
same import keeping the index (threshold out of reach): the same rows, rowids,
progress and output; the same refusals with the same file and line; the
project unchanged, its indexes included, after any refusal.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from annotator.cli import main
from annotator.store import importing

TEXT = "Kazakhstan will not recognize the referendums, said Smadiyarov. 99.23% in favor."
STAMP = "2026-11-30T09:00:00.000000Z"


def label(identifier: str, annotator: str = "alice", start: int = 0) -> dict[str, Any]:
    return {"id": identifier, "layer": "quote", "start": start, "end": start + 10,
            "annotator": annotator}  # fmt: skip


def record(name: str, *labels: dict[str, Any], text: str = TEXT) -> dict[str, Any]:
    return {"name": name, "text": text, "annotations": list(labels)}


def write(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """Every table's rows (with the annotations' rowids) and every index's definition.

    The index definitions sorted: an index built again at the end of an import comes
    after the ones made later in the layout (``documents_by_name``), in SQLite's list.
    """
    with sqlite3.connect(path) as conn:
        lines = list(conn.iterdump())
        lines += [repr(r) for r in conn.execute("SELECT rowid, * FROM annotations")]
    indexes = sorted(line for line in lines if line.startswith(("CREATE INDEX", "CREATE UNIQUE")))
    return [line for line in lines if line not in indexes] + indexes


FIVE_NEW = record("b.txt", *(label(f"b{n}", start=n) for n in range(5)))


@pytest.fixture(autouse=True)
def fixed_stamp(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import's timestamp, so that two imports can be compared row by row."""
    monkeypatch.setattr("annotator.io.importer.now_timestamp", lambda: STAMP)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project holding a.txt with two labels (a1 by alice, a2 by bogdan)."""
    path = tmp_path / "p.sqlite"
    source = write(tmp_path / "a.jsonl", record("a.txt", label("a1"), label("a2", "bogdan")))
    assert run("--project", path, "import", source).exit_code == 0
    return path


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Drop the indexes after two labels; the labels stored when they were dropped."""
    monkeypatch.setattr(importing, "DEFER_INDEXES_AFTER", 2)
    dropped: list[int] = []
    defer = importing.ImportWriter._drop_indexes

    def counted(writer: importing.ImportWriter) -> None:
        dropped.append(writer.summary.annotations_added)
        defer(writer)

    monkeypatch.setattr(importing.ImportWriter, "_drop_indexes", counted)
    return dropped


def import_both_ways(
    project: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Result, Path, Result, Path]:
    """``source`` imported into two copies of ``project``: indexes kept, indexes dropped."""
    kept, dropped = project.with_name("kept.sqlite"), project.with_name("dropped.sqlite")
    shutil.copy(project, kept)
    shutil.copy(project, dropped)
    with monkeypatch.context() as patch:
        patch.setattr(importing, "DEFER_INDEXES_AFTER", 10**9)
        kept_result = run("--project", kept, "import", source)
    return kept_result, kept, run("--project", dropped, "import", source), dropped


def test_the_deferred_index_stores_what_the_kept_one_does(
    project: Path, tmp_path: Path, deferred: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """New labels, a document seen before with its labels (a re-import, skipped) and
    one more label, new annotators' progress: row for row the same project."""
    source = write(
        tmp_path / "more.jsonl",
        FIVE_NEW,
        record("a.txt", label("a1"), label("a2", "bogdan"), label("a3", "chen")),
        record("c.txt", label("c1", "dana")),
    )
    kept_result, kept, result, dropped = import_both_ways(project, source, monkeypatch)
    assert deferred == [5]  # a.txt and c.txt were stored with the index dropped
    assert kept_result.exit_code == result.exit_code == 0, result.output
    assert result.output == kept_result.output
    assert "7 annotation(s)" in result.output or "7 annotations" in result.output
    assert dump(dropped) == dump(kept)
    with sqlite3.connect(dropped) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        progress = conn.execute("SELECT annotator FROM document_status ORDER BY 1").fetchall()
    assert progress == [("alice",), ("alice",), ("bogdan",), ("chen",), ("dana",)]


def test_reimporting_an_export_after_a_deferred_import_is_a_no_op(
    project: Path, tmp_path: Path, deferred: list[int]
) -> None:
    source = write(tmp_path / "more.jsonl", FIVE_NEW, record("c.txt", label("c1")))
    assert run("--project", project, "import", source).exit_code == 0
    assert deferred == [5]
    exported = tmp_path / "export.jsonl"
    assert run("--project", project, "export", "-o", exported).exit_code == 0
    before = digest(project)
    again = run("--project", project, "import", exported)
    assert again.exit_code == 0, again.output
    assert deferred == [5]  # nothing new: the index was kept this time
    assert digest(project) == before


def refused(project: Path, source: Path) -> str:
    """The import's error output; the project, its indexes included, as it was."""
    before, rows = digest(project), dump(project)
    result = run("--project", project, "import", source)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert digest(project) == before
    assert dump(project) == rows
    with sqlite3.connect(project) as conn:
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(annotations)")}
    assert indexes == {"annotations_by_id", "annotations_by_document", "annotations_by_annotator"}
    return result.stderr


def test_an_id_used_twice_is_named_at_its_second_line(
    project: Path, tmp_path: Path, deferred: list[int]
) -> None:
    source = write(
        tmp_path / "twice.jsonl",
        FIVE_NEW,
        record("c.txt", label("c1")),
        record("d.txt", label("d1"), label("c1", start=20)),
        record("e.txt", label("e1")),
    )
    assert refused(project, source) == f"error: {source}:3: annotation id 'c1' is used twice\n"
    assert deferred == [5]


def test_an_id_of_the_indexed_part_used_again_is_named_at_its_second_line(
    project: Path, tmp_path: Path, deferred: list[int]
) -> None:
    """The first use was stored with the indexes kept, the second after they were dropped."""
    source = write(tmp_path / "twice.jsonl", FIVE_NEW, record("c.txt", label("b3")))
    assert refused(project, source) == f"error: {source}:2: annotation id 'b3' is used twice\n"


def test_the_same_document_twice_is_named_at_its_second_line(
    project: Path, tmp_path: Path, deferred: list[int]
) -> None:
    source = write(tmp_path / "twice.jsonl", FIVE_NEW, record("c.txt", label("c1")),
                   record("c.txt", label("c1")))  # fmt: skip
    assert refused(project, source) == f"error: {source}:3: annotation id 'c1' is used twice\n"


def test_an_id_of_another_document_is_refused_at_its_line(
    project: Path, tmp_path: Path, deferred: list[int]
) -> None:
    source = write(tmp_path / "taken.jsonl", FIVE_NEW, record("c.txt", label("c1"), label("a2")))
    expected = f"error: {source}:2: annotation id 'a2' is already used by another document\n"
    assert refused(project, source) == expected
    assert deferred == [5]


def test_a_bad_last_line_leaves_the_project_and_its_indexes_as_they_were(
    project: Path, tmp_path: Path, deferred: list[int]
) -> None:
    source = write(tmp_path / "bad.jsonl", FIVE_NEW, record("c.txt", label("c1")))
    with source.open("a", encoding="utf-8") as handle:
        handle.write('{"name": "d.txt", "text": \n')
    error = refused(project, source)
    assert error.startswith(f"error: {source}:3: ")
    assert deferred == [5]


def test_an_earlier_repeated_id_is_reported_before_a_later_bad_line(
    project: Path, tmp_path: Path, deferred: list[int]
) -> None:
    """With the index kept the import stops at the repeated id (line 3); the deferred
    index finds it only when built, which happens before the bad line is reported."""
    source = write(
        tmp_path / "both.jsonl",
        FIVE_NEW,
        record("c.txt", label("c1")),
        record("d.txt", label("c1")),
        record("e.txt", {**label("e1"), "end": 10_000}),
    )
    assert refused(project, source) == f"error: {source}:3: annotation id 'c1' is used twice\n"


def test_skip_bad_keeps_the_index(project: Path, tmp_path: Path, deferred: list[int]) -> None:
    """With --skip-bad each document is stored alone; one refused at the end could not be."""
    source = write(tmp_path / "twice.jsonl", FIVE_NEW, record("c.txt", label("c1")),
                   record("d.txt", label("c1")))  # fmt: skip
    result = run("--project", project, "import", "--skip-bad", source)
    assert result.exit_code == 1  # something was skipped
    assert f"{source}:3: annotation id 'c1' is used twice" in result.output
    assert deferred == []
    with sqlite3.connect(project) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM documents ORDER BY id")]
    assert names == ["a.txt", "b.txt", "c.txt"]


def test_a_project_larger_than_the_import_keeps_the_index(
    project: Path, tmp_path: Path, deferred: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dropped only once the import has stored more labels than the project held."""
    source = write(tmp_path / "one.jsonl", record("b.txt", label("b1")))
    assert run("--project", project, "import", source).exit_code == 0
    assert deferred == []
    monkeypatch.setattr(importing, "OLD_IDS_IN_MEMORY", 2)  # now 3 labels held
    source = write(tmp_path / "more.jsonl", record("c.txt", *(label(f"c{n}") for n in range(5))))
    assert run("--project", project, "import", source).exit_code == 0
    assert deferred == []
