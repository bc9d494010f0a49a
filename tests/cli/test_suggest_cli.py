"""`annotator suggest`, `suggest --evaluate` and `export --suggestions` on a real project."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Annotation, Document, Origin, new_annotation_id
from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.store.suggestions import document_suggestions, reject_suggestion

TEXT = (
    "Turnout was 93 proc. and 7 proc. said no.\n"
    "„Nie uznamy wyników tych referendów” – powiedział minister Jan Kowalski."
)


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "p.sqlite"
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        project.documents.add([(Document(None, "doc", TEXT, language="pl"), [])])
        gold: list[tuple[str, str, dict[str, Any]]]
        gold = [("figure", "93 proc.", {"value": 93, "unit": "percent"}),
                ("figure", "Turnout", {}),
                ("quote", "Nie uznamy wyników tych referendów",
                 {"kind": "direct", "speaker": "Jan Kowalski"})]  # fmt: skip
        for layer, needle, attributes in gold:
            start = TEXT.index(needle)
            project.annotations.add(
                Annotation(
                    new_annotation_id(),
                    1,
                    "alice",
                    layer,
                    start,
                    start + len(needle),
                    attributes,
                    origin=Origin.MANUAL,
                )
            )
    return path


def _run(path: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--project", str(path), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_suggest_is_idempotent_and_keeps_rejections(tmp_path: Path) -> None:
    path = _project(tmp_path)
    first = _run(path, "suggest", "--suggester", "figures", "--suggester", "quotes")
    assert "3 open suggestion(s) in 1 document(s)" in first
    assert "3 open suggestion(s)" in _run(path, "suggest", "--suggester", "figures",
                                          "--suggester", "quotes")  # fmt: skip
    with Project.open(path) as project:
        seven = next(s for s in document_suggestions(project, 1) if s.start == TEXT.index("7 "))
        reject_suggestion(project, seven.id or 0, "alice")
    again = _run(path, "suggest", "--suggester", "figures")
    assert "1 open suggestion(s)" in again and "1 already decided" in again


def test_export_suggestions_as_jsonl_and_csv(tmp_path: Path) -> None:
    path = _project(tmp_path)
    _run(path, "suggest", "--layer", "figure")
    _run(path, "export", "--suggestions", "-o", str(tmp_path / "s.jsonl"))
    records = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text().splitlines()]
    assert records[0] == {
        "document": "doc", "layer": "figure", "start": 12, "end": 20, "text": "93 proc.",
        "attributes": {"unit": "percent", "value": 93}, "suggester": "figures",
        "score": 0.9, "status": "open",
    }  # fmt: skip
    _run(path, "export", "--suggestions", "-o", str(tmp_path / "s.csv"))
    with (tmp_path / "s.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["text"] for row in rows] == ["93 proc.", "7 proc."]
    assert json.loads(rows[1]["attributes"]) == {"unit": "percent", "value": 7}
    # The annotation export is untouched by suggestions.
    _run(path, "export", "-o", str(tmp_path / "a.csv"))
    assert "7 proc." not in (tmp_path / "a.csv").read_text(encoding="utf-8")


def test_evaluate_against_an_annotator(tmp_path: Path) -> None:
    path = _project(tmp_path)
    _run(path, "suggest", "--suggester", "figures", "--suggester", "quotes")
    report = json.loads(_run(path, "suggest", "--evaluate", "--against", "alice",
                             "--format", "json"))  # fmt: skip
    figure = report["layers"]["figure"]["all"]
    # Suggested 93 proc. (right) and 7 proc. (not in alice's gold); she has "Turnout", no digits.
    assert figure["overlap"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5,
                                 "f1": 0.5}  # fmt: skip
    assert figure["value_right"]["share"] == 1.0
    quote = report["layers"]["quote"]["all"]
    assert quote["exact"]["tp"] == 1
    assert quote["speaker_right"] == {"right": 1, "of": 1, "share": 1.0}
    assert quote["direct_recall"]["share"] == 1.0
    table = _run(path, "suggest", "--evaluate", "--against", "alice")
    assert "figure   figures    overlap   0.500  0.500  0.500  1/1/1" in table


def test_unknown_names_are_clear_errors(tmp_path: Path) -> None:
    path = _project(tmp_path)
    result = CliRunner().invoke(main, ["--project", str(path), "suggest", "--suggester", "nope"])
    assert result.exit_code == 1 and "no suggester 'nope'" in result.output
    result = CliRunner().invoke(main, ["--project", str(path), "suggest", "--evaluate",
                                       "--against", "zed"])  # fmt: skip
    assert result.exit_code == 1 and "no annotations by 'zed'" in result.output


def test_agreement_by_origin_and_suggestions_off(tmp_path: Path) -> None:
    path = _project(tmp_path)
    _run(path, "suggest", "--suggester", "figures")
    with Project.open(path) as project:
        from annotator.store.suggestions import accept_suggestion

        first = document_suggestions(project, 1)[0]
        accept_suggestion(project, first.id or 0, "bob")
    both = json.loads(_run(path, "agreement", "--layer", "figure", "--format", "json"))
    manual = json.loads(_run(path, "agreement", "--layer", "figure", "--origin", "manual",
                             "--format", "json"))  # fmt: skip
    assert "bob" in json.dumps(both) and "bob" not in json.dumps(manual)
    assert "off for: bob" in _run(path, "suggest", "--off-for", "bob")
    assert "off for: nobody" in _run(path, "suggest", "--on-for", "bob")
