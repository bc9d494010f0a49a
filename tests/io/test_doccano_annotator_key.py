"""Whose labels a doccano record holds when it has an ``annotator`` key (reviewer4 F5).

annotator's doccano export writes ``annotator`` and ``annotator_labels`` (a digest of
the labels written).  doccano keeps unknown keys as metadata, so a doccano project's
own ``annotator`` column, or our keys carried through a doccano project whose users
changed the labels, must not decide: the file (doccano's per-user export) does.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.model import Annotation, Origin
from annotator.io.doccano import labels_digest
from annotator.io.exporter import ExportSelection
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import format_named
from annotator.io.importer import import_files
from annotator.store.project import Project
from tests.io.interchange_fixtures import fixture
from tests.seeded import seed_project
from tests.stored import document_named


def annotators_of(project: Project) -> set[str]:
    return set(project.annotations.annotators())


def write_records(path: Path, records: list[dict[str, object]]) -> Path:
    lines = (json.dumps(record, ensure_ascii=False) for record in records)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_doccano_projects_own_annotator_column_is_metadata(
    project: Project, tmp_path: Path
) -> None:
    """doccano's genuine sequence-labelling example, uploaded with an ``annotator``
    column (the article's author, say) and exported by doccano's user admin."""
    source = fixture("doccano", "sequence_labeling.jsonl").read_text("utf-8").splitlines()
    records = [{**json.loads(line), "annotator": "Jane Reporter"} for line in source]
    path = write_records(tmp_path / "admin.jsonl", records)
    plan, _ = import_files(project, [path], ImportOptions(add_layers=True))
    assert annotators_of(project) == {"admin"}  # the old code said "Jane Reporter"
    document = document_named(project, "admin-1")
    assert document.meta == {"annotator": "Jane Reporter"}
    assert plan.notes == []


def exported_record(tmp_path: Path) -> dict[str, object]:
    """annotator's doccano export of one annotator (``ala``'s stance on a seed)."""
    project = Project.open(seed_project(tmp_path / "source.sqlite"))
    document = next(iter(project.documents()))
    assert document.id is not None
    project.annotations.add(
        Annotation("s1", document.id, "ala", "stance", 0, 8, origin=Origin.MANUAL)
    )
    target = tmp_path / "labels.jsonl"
    writer = format_named("doccano").writer
    assert writer is not None
    writer(project, target, ExportSelection(annotators=("ala",)))
    project.close()
    record: dict[str, object] = next(
        r for r in map(json.loads, target.read_text("utf-8").splitlines()) if r["entities"]
    )
    assert (record["annotator"], len(str(record["annotator_labels"]))) == ("ala", 16)
    return record


def test_our_record_reshaped_by_doccano_still_names_its_annotator(
    project: Project, tmp_path: Path
) -> None:
    """Through a doccano project (sequence labelling): doccano writes its own id and
    ``label`` triples instead of our ``entities``, and keeps our keys as metadata; the
    labels are the ones we wrote, so they are still ala's."""
    record = exported_record(tmp_path)
    entities = record.pop("entities")
    assert isinstance(entities, list)
    for key in ("relations", "cats"):
        record.pop(key)
    record["id"] = 17
    record["label"] = [[e["start_offset"], e["end_offset"], e["label"]] for e in entities]
    path = write_records(tmp_path / "admin.jsonl", [record])
    plan, summary = import_files(project, [path], ImportOptions())
    assert summary.annotations_added == 1
    assert annotators_of(project) == {"ala"}
    stored = next(iter(project.documents()))
    assert "annotator" not in stored.meta and "annotator_labels" not in stored.meta
    assert plan.notes == []


def test_our_record_whose_labels_changed_in_doccano_is_the_files_users(
    project: Project, tmp_path: Path
) -> None:
    """doccano's user admin moved the span: the labels are admin's, not ala's, and the
    import says why."""
    record = exported_record(tmp_path)
    entities = record["entities"]
    assert isinstance(entities, list)
    entities[0]["end_offset"] += 1
    path = write_records(tmp_path / "admin.jsonl", [record])
    plan, _ = import_files(project, [path], ImportOptions())
    assert annotators_of(project) == {"admin"}  # the old code said "ala"
    stored = next(iter(project.documents()))
    assert stored.meta.get("annotator") == "ala"
    assert "annotator_labels" not in stored.meta
    [note] = [str(n) for n in plan.notes]
    assert note.startswith(f"{path}:1: the record names 'ala', but its labels are no longer")
    assert "read as the labels of 'admin'," in note


def test_the_digest_does_not_depend_on_order_or_shape() -> None:
    spans = [("ORG", 0, 2), ("MISC", 11, 17)]
    assert labels_digest(spans, []) == labels_digest(list(reversed(spans)), [])
    assert labels_digest(spans, []) != labels_digest([("ORG", 0, 3), ("MISC", 11, 17)], [])
    related = [("works_for", spans[0], spans[1])]
    assert labels_digest(spans, related) != labels_digest(spans, [])
