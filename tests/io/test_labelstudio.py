"""Label Studio JSON both ways, on files from Label Studio's own repositories."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.schema import load_schema
from annotator.io.exporter import ExportSelection
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import format_named
from annotator.io.importer import detect_format, import_files
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.store.suggestions import iter_suggestions
from tests.io.interchange_fixtures import copy_fixture, fixture
from tests.stored import layer_of


def spans_in_file(name: str) -> list[tuple[str, str]]:
    task = json.loads(fixture("labelstudio", name).read_text(encoding="utf-8"))
    found = []
    for run in task.get("completions", []) + task.get("annotations", []):
        for item in run["result"]:
            for label in item["value"].get("labels", []):
                found.append((label, item["value"]["text"]))
    return sorted(found)


def stored_spans(project: Project) -> list[tuple[str, str]]:
    found = []
    for document in project.documents():
        assert document.id is not None
        for a in project.annotations(document.id):
            layer = project.schema.layer(a.layer)
            assert layer is not None
            found.append((layer.title, a.covered_text(document.text)))
    return sorted(found)


def test_old_completions_become_spans_matching_the_files_texts(
    project: Project, tmp_path: Path
) -> None:
    path = copy_fixture("labelstudio", "completions_348.json", tmp_path)
    assert detect_format(path) == "labelstudio"
    _, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert summary.annotations_added == 38
    assert stored_spans(project) == spans_in_file("completions_348.json")


def test_predictions_become_suggestions_not_annotations(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("labelstudio", "text_with_2_predictions.json", tmp_path)
    plan, summary = import_files(project, [path], ImportOptions(add_layers=True))
    assert summary.annotations_added == 0
    assert plan.suggestions_added == 2
    found = sorted((s.suggester, s.layer, s.start, s.end) for s, _, _ in iter_suggestions(project))
    assert found == [
        ("labelstudio:model_version_A", "class_a", 0, 0),
        ("labelstudio:model_version_B", "class_b", 0, 0),
    ]
    assert layer_of(project.schema, "class_a").scope == "document"


def test_utf16_offsets_of_javascript_are_converted(project: Project, tmp_path: Path) -> None:
    text = "🇰🇿 Tokayev: «we will not recognise»"
    start16 = len(text[: text.index("Tokayev")].encode("utf-16-le")) // 2
    task = {
        "data": {"text": text},
        "annotations": [
            {
                "completed_by": {"id": 3, "email": "ala@example.org"},
                "result": [
                    {
                        "id": "a",
                        "type": "labels",
                        "from_name": "label",
                        "to_name": "text",
                        "value": {
                            "start": start16,
                            "end": start16 + 7,
                            "text": "Tokayev",
                            "labels": ["Quote"],
                        },
                    }
                ],
            }
        ],
    }
    path = tmp_path / "js.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    plan, _ = import_files(project, [path], ImportOptions())
    assert stored_spans(project) == [("Quote", "Tokayev")]
    assert project.annotations.annotators() == ["ala@example.org"]
    assert "1 span(s) counted in UTF-16 units, converted" in str(plan.notes[0])


def test_a_shifted_span_is_refused_showing_both_texts(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    task = json.loads(fixture("labelstudio", "completions_348.json").read_text("utf-8"))
    task["completions"][0]["result"][0]["value"]["start"] += 1
    path = tmp_path / "shifted.json"
    path.write_text(json.dumps(task), encoding="utf-8")
    error = rejects([path], add_layers=True)
    assert "'Sodium Lauroyl Methyl Isethionate,'" in str(error)
    assert "'odium Lauroyl Methyl Isethionate,'" in str(error)


def test_a_result_without_an_id_is_named_by_its_place(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    task = json.loads(fixture("labelstudio", "completions_348.json").read_text("utf-8"))
    result = task["completions"][0]["result"][0]
    result.pop("id", None)
    result["value"]["start"] += 1
    path = tmp_path / "no_id.json"
    path.write_text(json.dumps(task), encoding="utf-8")
    error = rejects([path], add_layers=True)
    assert ": result #1: the file says the span" in str(error)
    assert "None" not in str(error)


def test_round_trip(project: Project, tmp_path: Path) -> None:
    paths = [
        copy_fixture("labelstudio", "completions_348.json", tmp_path),
        copy_fixture("labelstudio", "text_with_2_predictions.json", tmp_path),
    ]
    import_files(project, paths, ImportOptions(add_layers=True))
    writer = format_named("labelstudio").writer
    assert writer is not None
    result = writer(project, tmp_path / "out.json", ExportSelection())
    assert result.count == 2
    config = (tmp_path / "out.label_config.xml").read_text(encoding="utf-8")
    assert '<Label value="INGREDIENT"/>' in config
    again = Project.open(
        tmp_path / "again.sqlite", create=True, schema=load_schema(default_schema_path())
    )
    import_files(again, [tmp_path / "out.json"], ImportOptions(add_layers=True))
    assert stored_spans(again) == stored_spans(project) == spans_in_file("completions_348.json")
    assert {d.name for d in again.documents()} == {d.name for d in project.documents()}
    writer(again, tmp_path / "out2.json", ExportSelection())
    assert (tmp_path / "out.json").read_bytes() == (tmp_path / "out2.json").read_bytes()
    again.close()
    plan, summary = import_files(project, [tmp_path / "out.json"], ImportOptions())
    assert (summary.added, summary.annotations_added) == ([], 0)
    assert plan.already_stored == 38


def test_an_image_task_is_refused_not_imported_as_its_link(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    """Label Studio's own sample of an image project's export: ``data`` holds only the
    image's address.  Before, that address became the document's text (and "Cat" its
    label): a silent wrong import."""
    path = copy_fixture("labelstudio", "image_task_previous_export.json", tmp_path)
    error = rejects([path], add_layers=True)
    assert (error.source, error.line) == (str(path), 1)
    assert str(error).endswith(
        ':1: task 1234: "data" holds no text, only links to files (image): annotator '
        "labels texts, not images, audio or video"
    )


def test_a_bad_task_in_a_list_is_refused_at_its_line(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    """A task in Label Studio's JSON export (one pretty-printed list) is refused at the
    line it starts on, not at the file alone."""
    good = json.loads(fixture("labelstudio", "completions_348.json").read_text("utf-8"))
    image = json.loads(fixture("labelstudio", "image_task_previous_export.json").read_text("utf-8"))
    path = tmp_path / "export.json"
    path.write_text(json.dumps([good, image], indent=2), encoding="utf-8")
    starts = [n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1) if text == "  {"]
    line = starts[1]  # where the second task begins
    error = rejects([path], add_layers=True)
    assert (error.source, error.line) == (str(path), line)


def test_the_json_min_export_is_refused_with_what_to_export(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    """JSON-MIN (made by Label Studio's converter from completions_348.json: see
    SOURCE.md) flattens a one-choice answer into a bare string beside the task's data.
    Before, it was "neither doccano JSONL nor Label Studio JSON"; with a control named
    ``label`` it was taken for doccano and refused as '[null, null, null]'."""
    path = copy_fixture("labelstudio", "completions_348_json_min.json", tmp_path)
    error = rejects([path], add_layers=True)
    assert "looks like a Label Studio JSON-MIN file: export the project again" in str(error)
    renamed = tmp_path / "label.json"  # the control named "label", as doccano's key
    records = json.loads(path.read_text("utf-8"))
    records[0]["label"] = records[0].pop("ner")
    renamed.write_text(json.dumps(records), encoding="utf-8")
    assert "JSON-MIN" in str(rejects([renamed], add_layers=True))
