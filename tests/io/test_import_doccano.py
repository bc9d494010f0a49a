"""doccano JSONL import: labels become annotations on the layer of that name or title."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Origin
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import ImportPlan, detect_format, import_files
from annotator.store.project import ImportSummary, Project
from tests.io.conftest import ProjectState
from tests.stored import document_named, stored_id

TEXT = "🇰🇿👩‍👩‍👧 Cafe\u0301 — «Казахстан не признает», said Tileuberdi; قال 93%."


def span(part: str, label: str, text: str = TEXT) -> list[int | str]:
    start = text.index(part)
    return [start, start + len(part), label]


def write_jsonl(path: Path, *records: Any) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_import(project: Project, *paths: Path, **options: Any) -> tuple[ImportPlan, ImportSummary]:
    return import_files(project, list(paths), ImportOptions(**options))


def covered(project: Project, name: str) -> list[tuple[str, str]]:
    document = document_named(project, name)
    assert document is not None
    return [
        (a.layer, a.covered_text(document.text)) for a in project.annotations(stored_id(document))
    ]


def test_labels_map_to_layers_by_name_or_title(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "export.jsonl",
        {
            "id": 17,
            "text": TEXT,
            "label": [
                span("«Казахстан не признает»", "QUOTE"),
                span("93%", "Figure"),
                span("Казахстан не признает", "stance"),
            ],
            "title": "Kazachstan",
            "Comments": ["ok"],
        },
    )
    assert detect_format(path) == "doccano"
    _, summary = run_import(project, path, annotator="ala")
    assert summary.added == ["export-17"]
    assert sorted(covered(project, "export-17")) == [
        ("figure", "93%"),
        ("quote", "«Казахстан не признает»"),
        ("stance", "Казахстан не признает"),
    ]
    document = document_named(project, "export-17")
    assert document.text == TEXT
    assert document.title == "Kazachstan"
    assert document.meta == {"id": 17, "Comments": ["ok"]}
    annotations = project.annotations(stored_id(document))
    assert {a.annotator for a in annotations} == {"ala"}
    assert {a.origin for a in annotations} == {Origin.IMPORTED}
    assert {json.dumps(a.attributes) for a in annotations} == {"{}"}


def test_span_dicts_labels_key_and_names(project: Project, tmp_path: Path) -> None:
    start, end, _ = span("Tileuberdi", "x")
    path = write_jsonl(
        tmp_path / "spans.jsonl",
        {
            "text": TEXT,
            "labels": [{"start_offset": start, "end_offset": end, "label": "quote"}],
        },
        {"name": "named.txt", "text": "Named document 99%", "label": [[15, 18, "figure"]]},
        {"text": "No labels at all"},
    )
    _, summary = run_import(project, path, format="doccano")
    assert summary.added == ["spans-1", "named.txt", "spans-3"]
    assert covered(project, "spans-1") == [("quote", "Tileuberdi")]
    assert covered(project, "named.txt") == [("figure", "99%")]
    assert covered(project, "spans-3") == []


def test_reimport_is_a_no_op(
    project: Project, tmp_path: Path, state: Callable[[Path], ProjectState]
) -> None:
    path = write_jsonl(
        tmp_path / "d.jsonl",
        {"text": TEXT, "label": [span("93%", "figure"), span("Tileuberdi", "quote")]},
    )
    run_import(project, path)
    project.close()
    before = state(project.path)
    with Project.open(project.path) as reopened:
        _, summary = run_import(reopened, path)
        assert summary.added == []
        assert summary.annotations_added == 0
        assert len(covered(reopened, "d-1")) == 2
    assert state(project.path) == before


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (
            {"text": TEXT, "label": [span("93%", "EVENT")]},
            "label(s) the project does not know: EVENT (1)",
        ),
        ({"text": TEXT, "label": [[0, len(TEXT) + 3, "figure"]]}, "not a non-empty span"),
        ({"text": TEXT, "label": [[5, 2, "figure"]]}, "offsets 5-2"),
        ({"text": TEXT, "label": [[0, 2]]}, "label #1 must be [start, end"),
        ({"text": TEXT, "label": [["0", 2, "figure"]]}, "label #1 must be [start, end"),
        ({"text": TEXT, "label": [17]}, "label #1 must be [start, end"),
        ({"text": TEXT, "label": "figure"}, '"label" must be a list'),
        ({"text": "", "label": []}, '"text" must be a non-empty string'),
        ({"label": [[0, 1, "figure"]], "data": "x"}, '"text" must be a non-empty string'),
        ('{"text": "x", "label": [[0, 1, "figure"]', "invalid JSON"),
        ("[" * 100000, "nested too deeply"),
    ],
    ids=[
        "unknown-label",
        "beyond-text",
        "reversed",
        "short-label",
        "string-offset",
        "number-label",
        "label-not-list",
        "empty-text",
        "no-text",
        "broken-json",
        "deep",
    ],
)
def test_bad_lines_are_refused(
    rejects: Callable[..., InputError], tmp_path: Path, bad: Any, reason: str
) -> None:
    good = {"text": "Good text", "label": [[0, 4, "figure"]]}
    path = write_jsonl(tmp_path / "d.jsonl", good, bad)
    error = rejects([path], format="doccano")
    assert error.source == str(path)
    assert error.line == 2
    assert str(error).startswith(f"{path}:2: ")
    assert reason in str(error)


def test_empty_file(rejects: Callable[..., InputError], tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(b"\n\n")
    error = rejects([path], format="doccano")
    assert str(error).startswith(f"{path}:1: ")


def test_skip_bad_keeps_good_lines_after_a_broken_one(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "d.jsonl",
        "{not json",
        {"text": "Good text", "label": [[0, 4, "figure"]]},
        {"text": "Bad label", "label": [[0, 30, "figure"]]},
        {"text": "Also good", "label": []},
    )
    assert detect_format(path) == "doccano"  # the first line that parses decides
    plan, summary = run_import(project, path, skip_bad=True)
    assert summary.added == ["d-2", "d-4"]
    assert [e.line for e in plan.skipped] == [1, 3]
    assert covered(project, "d-2") == [("figure", "Good")]
