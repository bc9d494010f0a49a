"""Who finished what travels with the JSONL: status and "none present" per annotator."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.model import DocumentProgress, Status
from annotator.io.exporter import ExportSelection, export_jsonl
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.project import Project
from tests.io.test_import_jsonl import GOOD, TEXT, record, write_jsonl


def _progress(project: Project) -> set[tuple[str, str, str, tuple[str, ...]]]:
    names = {d.id: d.name for d in project.documents()}
    return {
        (names[p.document_id], p.annotator, p.status.value, tuple(sorted(p.none_present)))
        for p in project.progress.all()
    }


def test_export_then_import_keeps_status_and_none_present(
    make_project: Callable[..., Project], tmp_path: Path
) -> None:
    source = make_project("source.sqlite")
    path = write_jsonl(tmp_path / "in.jsonl", record("a.txt"), record("b.txt", "Другой текст 🎉."))
    import_files(source, [path], ImportOptions())
    a = source.documents.by_name("a.txt")
    assert a is not None and a.id is not None
    source.progress.set(DocumentProgress(a.id, "alice", Status.DONE, frozenset({"figure"})))
    source.progress.set(DocumentProgress(a.id, "bob", Status.IN_PROGRESS, frozenset()))
    exported = tmp_path / "out.jsonl"
    export_jsonl(source, exported, ExportSelection())
    line = json.loads(exported.read_text(encoding="utf-8").splitlines()[0])
    assert [p["annotator"] for p in line["progress"]] == ["alice", "bob"]

    target = make_project("target.sqlite")
    import_files(target, [exported], ImportOptions())
    assert (
        _progress(target)
        == _progress(source)
        == {
            ("a.txt", "alice", "done", ("figure",)),
            ("a.txt", "bob", "in_progress", ()),
        }
    )


def test_the_newer_status_wins_on_reimport(project: Project, tmp_path: Path) -> None:
    def state(status: str, when: str) -> dict[str, str]:
        return {"annotator": "alice", "status": status, "updated_at": when}

    older = write_jsonl(
        tmp_path / "old.jsonl", record(progress=[state("in_progress", "2026-01-01")])
    )
    newer = write_jsonl(tmp_path / "new.jsonl", record(progress=[state("done", "2026-02-01")]))
    import_files(project, [newer], ImportOptions())
    import_files(project, [older], ImportOptions())
    assert _progress(project) == {("doc.txt", "alice", "done", ())}


@pytest.mark.parametrize(
    ("progress", "reason"),
    [
        ("x", '"progress" must be a list'),
        ([{"annotator": "alice", "status": "finished"}], '"status" must be one of'),
        ([{"annotator": "alice", "status": ["done"]}], '"status" must be one of'),
        ([{"annotator": ""}], '"annotator" must be a non-empty string'),
        ([{"annotator": "alice", "none_present": "figure"}], '"none_present" must be a list'),
        ([{"annotator": "alice", "colour": 1}], "unknown key 'colour'"),
        ([{"annotator": "alice"}, {"annotator": "alice"}], "given twice"),
        ([{"annotator": "alice", "none_present": ["tables"]}], "no layer 'tables'"),
    ],
    ids=["not-list", "status", "status-type", "annotator", "none-present", "key", "twice", "layer"],
)
def test_bad_progress_is_refused_with_its_line(
    rejects: Callable[..., InputError], tmp_path: Path, progress: object, reason: str
) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", GOOD, record("p.txt", TEXT, progress=progress))
    error = rejects([path])
    assert str(error).startswith(f"{path}:2: ")
    assert reason in str(error)
