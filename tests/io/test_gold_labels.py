"""Labels a file gives to ``gold``: one rule for every format (reviewer4 F9).

A project's gold labels are made by review decisions, which no file holds; so an
import makes them the annotator ``gold-imported`` and says so, whatever the format
and however the file named gold (a label's annotator, a doccano file's name, a
manifest, an INCEpTION user, ``--annotator gold``).  ``annotator check`` then finds
no gold label without its decision.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.model import GOLD, Action, Annotation, Decision, Origin
from annotator.io.exporter import ExportSelection
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import format_named
from annotator.io.gold_labels import GOLD_IMPORTED
from annotator.io.importer import import_files
from annotator.store.integrity import check_project
from annotator.store.project import Project
from tests.io.interchange_fixtures import copy_fixture
from tests.seeded import ENGLISH, seed_project

NOTE_END = (
    "imported as the annotator 'gold-imported': gold labels are made by review decisions, "
    "which files do not hold; accept them into gold in Review → Disagreements"
)


def native_gold(tmp_path: Path) -> tuple[Path, ImportOptions]:
    record = {
        "name": "x.txt",
        "text": "Kazakhstan will not recognize the results.",
        "annotations": [
            {"id": "g1", "layer": "stance", "start": 0, "end": 10, "annotator": "gold",
             "origin": "adjudicated"},
            {"id": "a1", "layer": "stance", "start": 0, "end": 10, "annotator": "ala"},
        ],
        "progress": [{"annotator": "gold", "status": "done"}],
    }  # fmt: skip
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path, ImportOptions()


def doccano_file_named_gold(tmp_path: Path) -> tuple[Path, ImportOptions]:
    """doccano's genuine example, as the per-user export of a doccano user named gold."""
    path = copy_fixture("doccano", "sequence_labeling.jsonl", tmp_path)
    return path.rename(tmp_path / "gold.jsonl"), ImportOptions(add_layers=True)


def brat_with_annotator_option(tmp_path: Path) -> tuple[Path, ImportOptions]:
    """brat's genuine news tutorial, imported with ``--annotator gold``."""
    return copy_fixture("brat", "news", tmp_path), ImportOptions(annotator=GOLD, add_layers=True)


def labelstudio_with_annotator_option(tmp_path: Path) -> tuple[Path, ImportOptions]:
    path = copy_fixture("labelstudio", "completions_348.json", tmp_path)
    return path, ImportOptions(annotator=GOLD, add_layers=True)


SOURCES = {
    "jsonl": native_gold,
    "doccano": doccano_file_named_gold,
    "brat": brat_with_annotator_option,
    "labelstudio": labelstudio_with_annotator_option,
}


@pytest.mark.parametrize("kind", SOURCES)
def test_labels_a_file_gives_to_gold_come_in_as_gold_imported(
    project: Project, tmp_path: Path, kind: str
) -> None:
    path, options = SOURCES[kind](tmp_path)
    plan, summary = import_files(project, [path], options)
    assert summary.annotations_added > 0
    annotators = set(project.annotations.annotators())
    assert GOLD not in annotators and GOLD_IMPORTED in annotators
    assert [p for p in check_project(project) if "gold" in p] == []  # the old code: one a label
    notes = [str(line) for line in plan.report() if NOTE_END in str(line)]
    assert len(notes) == 1 and notes[0].startswith(str(path)), plan.report_lines()
    # A second import of the same file finds them all.
    _plan, again = import_files(project, [path], options)
    assert (again.added, again.annotations_added) == ([], 0)


def test_gold_progress_is_gold_imported_too(project: Project, tmp_path: Path) -> None:
    path, options = native_gold(tmp_path)
    import_files(project, [path], options)
    states = {p.annotator: p.status.value for p in project.progress.all()}
    assert GOLD not in states and states[GOLD_IMPORTED] == "done"


@pytest.fixture
def adjudicated(tmp_path: Path) -> Project:
    """Seeds; alice's stance on the English seed, accepted into gold by a decision."""
    project = Project.open(seed_project(tmp_path / "adjudicated.sqlite"))
    document = project.documents.by_name(ENGLISH)
    assert document is not None and document.id is not None
    start = document.text.index("Kazakhstan")
    alice = Annotation("a1", document.id, "alice", "stance", start, start + 10)
    project.annotations.add(alice)
    gold = Annotation("g1", document.id, GOLD, "stance", start, start + 10,
                      origin=Origin.ADJUDICATED)  # fmt: skip
    decision = Decision("d1", document.id, "stance", Action.ACCEPT, ("a1",), "lead", "alice")
    project.decisions.record([(decision, gold)])
    assert check_project(project) == []
    return project


SUFFIXES = {"doccano": ".jsonl", "labelstudio": ".json", "jsonl": ".jsonl"}


def export(project: Project, fmt: str, folder: Path) -> Path:
    """``export --format FMT --gold``: the gold labels alone."""
    target = folder / f"gold-{fmt}{SUFFIXES.get(fmt, '')}"
    writer = format_named(fmt).writer
    assert writer is not None
    writer(project, target, ExportSelection(gold=True))
    return target


@pytest.mark.parametrize("fmt", ["brat", "webanno", "doccano", "labelstudio", "jsonl"])
def test_an_export_with_gold_imported_back_changes_nothing(
    adjudicated: Project, tmp_path: Path, fmt: str
) -> None:
    """The project's own gold label is the label the file gives to gold."""
    exported = export(adjudicated, fmt, tmp_path)
    before = sorted((a.annotator, a.id) for a, _n, _t in adjudicated.annotations.iterate())
    _plan, summary = import_files(adjudicated, [exported], ImportOptions())
    assert (summary.added, summary.annotations_added) == ([], 0)
    after = sorted((a.annotator, a.id) for a, _n, _t in adjudicated.annotations.iterate())
    assert after == before
    assert check_project(adjudicated) == []


@pytest.mark.parametrize("fmt", ["brat", "doccano", "jsonl"])
def test_an_export_with_gold_into_a_new_project_is_gold_imported(
    adjudicated: Project, tmp_path: Path, fmt: str
) -> None:
    exported = export(adjudicated, fmt, tmp_path)
    target = Project.open(tmp_path / "new.sqlite", create=True, schema=adjudicated.schema)
    import_files(target, [exported], ImportOptions())
    assert target.annotations.annotators() == [GOLD_IMPORTED]
    assert check_project(target) == []
