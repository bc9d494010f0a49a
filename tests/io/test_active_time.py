"""Active time travels with progress: JSONL ``active_seconds`` both ways, the documents CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.model import DocumentProgress, Status
from annotator.io.exporter import ExportSelection, export_documents_csv, export_jsonl
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.project import Project
from annotator.store.time_on_task import add_active_seconds
from tests.io.test_import_jsonl import record, write_jsonl


def test_active_seconds_round_trip_through_jsonl(
    make_project: Callable[..., Project], tmp_path: Path
) -> None:
    source = make_project("source.sqlite")
    import_files(source, [write_jsonl(tmp_path / "in.jsonl", record("a.txt"))], ImportOptions())
    a = source.documents.by_name("a.txt")
    assert a is not None and a.id is not None
    source.progress.set(DocumentProgress(a.id, "alice", Status.DONE))
    add_active_seconds(source, a.id, "alice", 83.25)
    add_active_seconds(source, a.id, "bob", 12)  # time without a status of its own
    exported = tmp_path / "out.jsonl"
    export_jsonl(source, exported, ExportSelection())
    line = json.loads(exported.read_text(encoding="utf-8"))
    assert [(p["annotator"], p["active_seconds"]) for p in line["progress"]] == [
        ("alice", 83.25),
        ("bob", 12.0),
    ]
    target = make_project("target.sqlite")
    import_files(target, [exported], ImportOptions())
    b = target.documents.by_name("a.txt")
    assert b is not None and b.id is not None
    assert target.progress(b.id, "alice").active_seconds == 83.25
    assert target.progress(b.id, "alice").status == Status.DONE
    # Importing a file with less time keeps the larger figure (time only grows).
    lower = write_jsonl(
        tmp_path / "lower.jsonl",
        record("a.txt", progress=[{"annotator": "alice", "status": "done", "active_seconds": 5}]),
    )
    import_files(target, [lower], ImportOptions())
    assert target.progress(b.id, "alice").active_seconds == 83.25


@pytest.mark.parametrize("bad", [-1, "10", True, None])
def test_bad_active_seconds_are_refused_with_the_line(
    project: Project, tmp_path: Path, bad: object
) -> None:
    path = write_jsonl(
        tmp_path / "bad.jsonl",
        record("a.txt", progress=[{"annotator": "alice", "active_seconds": bad}]),
    )
    with pytest.raises(InputError, match=r"bad\.jsonl:1: .*\"active_seconds\" must be a number"):
        import_files(project, [path], ImportOptions())
    assert project.documents.count() == 0


def test_documents_csv_has_an_active_seconds_column(project: Project, tmp_path: Path) -> None:
    import_files(project, [write_jsonl(tmp_path / "in.jsonl", record("a.txt"))], ImportOptions())
    a = project.documents.by_name("a.txt")
    assert a is not None and a.id is not None
    project.progress.set(DocumentProgress(a.id, "alice", Status.IN_PROGRESS))
    add_active_seconds(project, a.id, "alice", 61.5)
    target = tmp_path / "documents.csv"
    export_documents_csv(project, target, ExportSelection(("alice",)))
    with target.open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["status"], row["active_seconds"]) == ("in_progress", "61.5")
