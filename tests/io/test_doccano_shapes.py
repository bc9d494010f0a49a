"""doccano's export shapes, on doccano's own example files (tests/fixtures/interchange/doccano).

Each of these imported as "1 document(s), 0 annotation(s)" or was refused
before issue 13; the tests compare what is stored with the files' own spans.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import InputError
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.project import Project
from tests.io.interchange_fixtures import copy_fixture, fixture
from tests.stored import layer_of


def spans_in_file(name: str) -> list[tuple[str, str]]:
    """(label, covered text) of every span of a doccano fixture, read independently."""
    found = []
    text = fixture("doccano", name).read_text(encoding="utf-8")
    records = [json.loads(text)] if text.lstrip().startswith("{\n") else []
    if not records:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    for record in records:
        for item in record.get("entities", []) + record.get("label", []):
            if isinstance(item, dict):
                item = [item["start_offset"], item["end_offset"], item["label"]]
            if isinstance(item, list):
                found.append((item[2], record["text"][item[0] : item[1]]))
    return sorted(found)


def stored_spans(project: Project) -> list[tuple[str, str]]:
    found = []
    for document in project.documents():
        assert document.id is not None
        for annotation in project.annotations(document.id):
            if annotation.end > annotation.start:
                layer = project.schema.layer(annotation.layer)
                assert layer is not None
                found.append((layer.title, annotation.covered_text(document.text)))
    return sorted(found)


def test_entities_and_relations(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("doccano", "relation_extraction.jsonl", tmp_path)
    plan, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert summary.annotations_added == 4
    assert stored_spans(project) == spans_in_file("relation_extraction.jsonl")
    [document] = project.documents()
    assert document.id is not None
    by_text = {a.covered_text(document.text): a for a in project.annotations(document.id)}
    google = by_text["Google"]
    assert google.attributes["foundedat"] == by_text["September 4, 1998"].id
    assert google.attributes["foundedby"] == by_text["Larry Page"].id
    # The second foundedBy of the same entity cannot be held: it is named, not dropped.
    assert len(plan.notes) == 1 and "relation #3 'foundedBy' (0 -> 3)" in str(plan.notes[0])
    assert any("relation #3" in line for line in plan.report_lines())


def test_unknown_labels_are_all_listed_with_counts_and_the_layers(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = copy_fixture("doccano", "relation_extraction.jsonl", tmp_path)
    error = rejects([path])
    assert "3 label(s) the project does not know: DATE (1), ORG (1), PERSON (2)" in str(error)
    assert "the project's layers: stance, quote, figure" in str(error)
    assert "--add-layers" in str(error)


def test_classification_labels_become_document_layers(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("doccano", "text_classification.jsonl", tmp_path)
    _, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert summary.annotations_added == 3
    assert layer_of(project.schema, "negative").scope == "document"
    labels = {}
    for document in project.documents():
        assert document.id is not None
        [annotation] = project.annotations(document.id)
        assert (annotation.start, annotation.end) == (0, 0)
        labels[document.text] = annotation.layer
    assert labels == {
        "Terrible customer service.": "negative",
        "Really great transaction.": "positive",
        "Great price.": "positive",
    }


def test_entities_triples_and_cats(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("doccano", "intent_detection.jsonl", tmp_path)
    _, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert summary.annotations_added == 5
    assert stored_spans(project) == spans_in_file("intent_detection.jsonl")
    assert layer_of(project.schema, "flight").scope == "document"
    assert layer_of(project.schema, "city").scope == "span"


def test_doccano_1x_annotations_shape(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("doccano", "download_sequence_labeling_1x.jsonl", tmp_path)
    _, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert summary.annotations_added == 3
    texts = []
    for document in project.documents():
        assert document.id is not None
        for annotation in project.annotations(document.id):
            assert annotation.annotator == "user-1"
            texts.append(annotation.covered_text(document.text))
    assert sorted(texts) == ["EU", "Obama", "Peter Blackburn"]


def test_meta_is_merged_not_nested(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("doccano", "classification_meta.jsonl", tmp_path)
    _, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert len(summary.added) == 4  # the same text four times: four examples of one file
    pages = sorted(d.meta["wikiPageID"] for d in project.documents())
    assert pages == [1, 2, 3, 4]
    assert all("meta" not in d.meta for d in project.documents())


def test_per_user_files_are_matched_by_text(project: Project, tmp_path: Path) -> None:
    source = fixture("doccano", "sequence_labeling.jsonl")
    for user in ("admin", "bob"):
        (tmp_path / f"{user}.jsonl").write_bytes(source.read_bytes())
    paths = [tmp_path / "admin.jsonl", tmp_path / "bob.jsonl"]
    _, summary = import_files(project, paths, ImportOptions(add_layers=True))
    assert summary.added == ["admin-1", "admin-2", "admin-3"]
    for document in project.documents():
        assert document.id is not None
        annotators = {a.annotator for a in project.annotations(document.id)}
        assert annotators == {"admin", "bob"}
    # A later file from a third user joins the stored documents, too.
    (tmp_path / "carol.jsonl").write_bytes(source.read_bytes())
    _, again = import_files(project, [tmp_path / "carol.jsonl"], ImportOptions())
    assert again.added == [] and again.annotations_added == 4


def test_annotator_option_wins_over_the_file_name(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("doccano", "sequence_labeling.jsonl", tmp_path)
    import_files(project, [path], ImportOptions(annotator="ala", add_layers=True))
    assert project.annotations.annotators() == ["ala"]


def test_add_layers_changes_nothing_when_the_import_fails(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = copy_fixture("doccano", "relation_extraction.jsonl", tmp_path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "x", "label": [[0, 5, "ORG"]]}\n', encoding="utf-8")
    error = rejects([path, broken], add_layers=True)
    assert "offsets 0-5" in str(error)


def test_round_trip_through_doccano_export(project: Project, tmp_path: Path) -> None:
    from annotator.core.schema import load_schema
    from annotator.io.exporter import ExportSelection
    from annotator.io.formats import format_named
    from annotator.resources import default_schema_path

    paths = [
        copy_fixture("doccano", "relation_extraction.jsonl", tmp_path),
        copy_fixture("doccano", "intent_detection.jsonl", tmp_path),
    ]
    import_files(project, paths, ImportOptions(annotator="ala", add_layers=True))
    writer = format_named("doccano").writer
    assert writer is not None
    result = writer(project, tmp_path / "out.jsonl", ExportSelection())
    assert result.count == 3 and result.not_written == []
    again = Project.open(
        tmp_path / "again.sqlite", create=True, schema=load_schema(default_schema_path())
    )
    import_files(again, [tmp_path / "out.jsonl"], ImportOptions(annotator="ala", add_layers=True))
    assert stored_spans(again) == stored_spans(project)
    assert sorted(d.name for d in again.documents()) == sorted(d.name for d in project.documents())
    document = again.documents.by_name("relation_extraction-1")
    assert document is not None and document.id is not None
    google = next(a for a in again.annotations(document.id) if a.start == 0)
    assert set(google.attributes) == {"foundedat", "foundedby"}
    writer(again, tmp_path / "out2.jsonl", ExportSelection())
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "out2.jsonl").read_bytes()
    again.close()
    _, summary = import_files(project, [tmp_path / "out.jsonl"], ImportOptions(annotator="ala"))
    assert (summary.added, summary.annotations_added) == ([], 0)


def test_several_annotators_export_as_per_user_files(project: Project, tmp_path: Path) -> None:
    from annotator.io.exporter import ExportSelection
    from annotator.io.formats import format_named

    source = fixture("doccano", "sequence_labeling.jsonl")
    for user in ("admin", "bob"):
        (tmp_path / f"{user}.jsonl").write_bytes(source.read_bytes())
    import_files(
        project, [tmp_path / "admin.jsonl", tmp_path / "bob.jsonl"], ImportOptions(add_layers=True)
    )
    writer = format_named("doccano").writer
    assert writer is not None
    writer(project, tmp_path / "out", ExportSelection())
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "admin.jsonl",
        "annotator-folders.json",  # whose file is whose, for names a file name cannot keep
        "bob.jsonl",
    ]


def test_the_json_export_an_array_of_records_without_ids(project: Project, tmp_path: Path) -> None:
    """doccano's JSON export is one pretty-printed array whose records have no ``id``:
    each is named after the line it starts on, as a JSON line would be.  Before, all
    three were "line 1", the same name, and the import was refused as "document ...
    appears again with different text"."""
    path = copy_fixture("doccano", "text_classification_export.json", tmp_path)
    _, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert summary.annotations_added == 3
    found = {}
    for document in project.documents():
        assert document.id is not None
        found[document.name] = (
            document.text,
            [a.layer for a in project.annotations(document.id)],
        )
    assert found == {
        "text_classification_export-2": ("Terrible customer service.", ["negative"]),
        "text_classification_export-6": ("Really great transaction.", ["positive"]),
        "text_classification_export-10": ("Great price.", ["positive"]),
    }


def test_a_bad_record_in_an_array_is_refused_at_its_line(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    """doccano's own import test file: its fourth record has no text (line 5, not 1)."""
    path = copy_fixture("doccano", "text_classification_import_test.json", tmp_path)
    error = rejects([path], add_layers=True)
    assert (error.source, error.line) == (str(path), 5)
    assert '"text" must be a non-empty string' in str(error)
