"""Every figure the agreement code gives on an awkward seeded project, pinned.

``agreement_pinned.json`` beside this file holds, as JSON text, what the code
at ``5b39ed4`` (before the agreement step was rewritten for speed) computed on
:func:`tests.review.agreement_cases.case_annotations`: the report in both match
modes and for subsets of layers and annotators, the per-document rows, the
units the review queue is built from, the pair matches, and what ``annotator
agreement`` writes for a stored copy of the case (JSON, CSV and table, with
origin and annotator filters) and for the team scenario (work packages).  Floats
are compared as their ``repr``, so "the same figures" means bit for bit, and the
text is compared whole, so the order of layers, pairs and rows is pinned too.

The file is regenerated only on purpose, when a figure is meant to change:
``ANNOTATOR_REPIN=1 pytest tests/review/test_agreement_pinned.py``, and the diff
read before it is committed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Annotation, Document
from annotator.core.schema import Schema
from annotator.review.agreement import agreement_report, per_document_agreement
from annotator.review.alignment import align_units, pair_matches
from annotator.store.project import Project
from tests.review.agreement_cases import (
    CHOICES,
    SCHEMA_LAYERS,
    case_annotations,
    documents_of,
)
from tests.schemas import fixture_schema
from tests.team.scenario import team_project

PINNED = Path(__file__).with_name("agreement_pinned.json")

CLI_RUNS: dict[str, list[str]] = {
    "cli/json": ["--format", "json"],
    "cli/csv exact": ["--format", "csv", "--match", "exact"],
    "cli/table": [],
    "cli/manual only": ["--format", "json", "--origin", "manual"],
    "cli/two annotators, two layers": [
        "--format", "json", "--annotator", "alice", "--annotator", "Émile",
        "--layer", "stance", "--layer", "quote",
    ],
    "cli/gold named": ["--format", "json", "--annotator", "gold", "--annotator", "bob"],
}  # fmt: skip


def _units(labels: list[Annotation], match: str) -> list[Any]:
    return [
        [u.document_id, u.layer, u.start, u.end, {name: m.id for name, m in u.members.items()}]
        for u in align_units(labels, match)
    ]


def computed_outputs(labels: list[Annotation]) -> dict[str, Any]:
    """Everything the agreement code answers about ``labels``, by name."""
    outputs: dict[str, Any] = {}
    for match in ("overlap", "exact"):
        outputs[f"report/{match}"] = agreement_report(
            labels, SCHEMA_LAYERS, match=match, choices=CHOICES
        )
        outputs[f"per document/{match}"] = per_document_agreement(
            labels, SCHEMA_LAYERS, match=match
        )
        outputs[f"units/{match}"] = _units(labels, match)
        outputs[f"pair matches/{match}"] = sorted(
            [*key, n] for key, n in pair_matches(labels, match).items()
        )
    outputs["report/subset"] = agreement_report(
        labels, SCHEMA_LAYERS, ["stance", "quote"], ["alice", "chen", "gold"], choices=CHOICES
    )
    outputs["report/one annotator"] = agreement_report(labels, SCHEMA_LAYERS, annotators=["alice"])
    outputs["report/no labels"] = agreement_report([], SCHEMA_LAYERS)
    outputs["report/no choices given"] = agreement_report(list(reversed(labels)), SCHEMA_LAYERS)
    outputs["per document/subset"] = per_document_agreement(
        labels, SCHEMA_LAYERS, ["stance", "topic"], ["bob", "Émile", "zoë"]
    )
    return outputs


def stored_case(path: Path, labels: list[Annotation]) -> Path:
    """The case in a project file, documents in id order (the empty one too)."""
    by_document: dict[int, list[Annotation]] = {}
    for label in labels:
        by_document.setdefault(label.document_id, []).append(label)
    schema = fixture_schema("agreement_pinned")
    text = "Kazakhstan will not recognize — Казахстан не признает 🇺🇦 مرحبا. " * 20
    with Project.open(path, create=True, schema=schema) as project:
        project.documents.add(
            (Document(None, f"doc-{doc:02d}.txt", f"{doc} {text}"), by_document.get(doc, []))
            for doc in documents_of(labels)
        )
    return path


def cli_outputs(project: Path, team_lead: Path) -> dict[str, str]:
    runner = CliRunner()
    outputs = {}
    for name, options in {**CLI_RUNS, "cli/team": ["--format", "json"]}.items():
        target = team_lead if name == "cli/team" else project
        result = runner.invoke(main, ["--project", str(target), "agreement", *options])
        assert result.exit_code == 0, result.output
        outputs[name] = result.output
    return outputs


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    labels = case_annotations()
    folder = tmp_path_factory.mktemp("pinned")
    project = stored_case(folder / "case.sqlite", labels)
    team = team_project(folder, fixture_schema_news())
    return {**computed_outputs(labels), **cli_outputs(project, team.lead)}


def fixture_schema_news() -> Schema:
    from annotator.core.schema import load_schema
    from annotator.resources import default_schema_path

    return load_schema(default_schema_path())


def as_text(outputs: dict[str, Any]) -> str:
    return json.dumps(outputs, indent=1, ensure_ascii=False) + "\n"


def test_every_output_is_as_pinned(everything: dict[str, Any]) -> None:
    text = as_text(everything)
    if os.environ.get("ANNOTATOR_REPIN") == "1":
        PINNED.write_text(text, encoding="utf-8")
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    assert list(everything) == list(pinned)
    for name in pinned:  # one output at a time, so a failure names the output that changed
        assert as_text({name: everything[name]}) == as_text({name: pinned[name]}), name


def test_the_case_is_awkward_enough(everything: dict[str, Any]) -> None:
    """The pin is only worth as much as the case: it must reach the edge cases."""
    report = everything["report/overlap"]["layers"]
    assert report["unused"]["units"] == 0
    assert report["stance"]["attributes"]["polarity"]["confusion"]
    units = everything["units/overlap"]
    assert any(len(members) == 4 for *_, members in units)
    assert any(start == end == 0 for _, _, start, end, _ in units)
    assert any(start == end != 0 for _, _, start, end, _ in units)
    assert any(layer == "mystery" for _, layer, *_ in units)
    exact = everything["units/exact"]
    assert len(exact) > len(units)
    assert len(everything["per document/overlap"]) > 10
