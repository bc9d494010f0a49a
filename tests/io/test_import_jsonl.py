"""Native JSONL import: documents with annotations, validated against the schema."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Origin
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import ImportPlan, import_files
from annotator.store.project import ImportSummary, Project
from tests.io.conftest import ProjectState
from tests.schemas import fixture_schema
from tests.stored import annotation_of, document_id, document_named, stored_id

# Astral characters, a flag, a ZWJ family, a combining mark, Cyrillic and Arabic
# all come before the annotated spans: offsets count code points.
TEXT = (
    "😀 🇵🇱 👩‍👩‍👧 Cafe\u0301. قال المتحدث. Казахстан: "
    "«Kazakhstan will not recognize the referendums», said Smadiyarov. 99.23% in favor."
)


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def annotation(part: str, layer: str = "stance", text: str = TEXT, **extra: Any) -> dict[str, Any]:
    start, end = span(text, part)
    return {"layer": layer, "start": start, "end": end, **extra}


def record(
    name: str = "doc.txt",
    text: str = TEXT,
    annotations: Iterable[dict[str, Any]] = (),
    **extra: Any,
) -> dict[str, Any]:
    return {"name": name, "text": text, "annotations": list(annotations), **extra}


def write_jsonl(path: Path, *records: Any, encoding: str = "utf-8", newline: str = "\n") -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def run_import(project: Project, *paths: Path, **options: Any) -> tuple[ImportPlan, ImportSummary]:
    return import_files(project, list(paths), ImportOptions(**options))


def test_documents_and_annotations_are_imported(project: Project, tmp_path: Path) -> None:
    quote = annotation(
        "Kazakhstan will not recognize the referendums",
        layer="quote",
        id="q-1",
        annotator="ala",
        attributes={"speaker": "Smadiyarov", "kind": "direct"},
        note="first quote",
    )
    stance = annotation(
        "Kazakhstan will not recognize",
        attributes={"holder": "Kazakhstan", "polarity": "against", "target": "referendums"},
        origin="adjudicated",
        annotator="gold",
        created_at="2024-01-01T00:00:00.000000Z",
        updated_at="2024-01-02T00:00:00.000000Z",
    )
    figure = annotation("99.23%", layer="figure", attributes={"value": 99.23, "unit": "percent"})
    path = write_jsonl(
        tmp_path / "in.jsonl",
        record(
            annotations=[quote, stance, figure],
            meta={"title": "Tytuł", "lang": "ru", "source_url": "https://x", "extra": [1, 2]},
        ),
    )
    plan, summary = run_import(project, path)
    assert plan.skipped == []
    assert (summary.added, summary.annotations_added) == (["doc.txt"], 3)

    document = document_named(project, "doc.txt")
    assert document.text == TEXT
    assert (document.title, document.language, document.url) == ("Tytuł", "ru", "https://x")
    assert document.meta == {"extra": [1, 2]}

    stored = {a.layer: a for a in project.annotations(stored_id(document))}
    assert document.text[stored["quote"].start : stored["quote"].end] == (
        "Kazakhstan will not recognize the referendums"
    )
    assert document.text[stored["stance"].start : stored["stance"].end] == (
        "Kazakhstan will not recognize"
    )
    assert document.text[stored["figure"].start : stored["figure"].end] == "99.23%"
    assert stored["quote"].id == "q-1"
    assert stored["quote"].annotator == "ala"
    assert stored["quote"].note == "first quote"
    assert stored["quote"].origin is Origin.IMPORTED
    # A file holds no review decisions: its gold labels are not gold (tests/io/test_gold_labels.py).
    assert stored["stance"].annotator == "gold-imported"
    assert stored["stance"].origin is Origin.ADJUDICATED
    assert stored["stance"].created_at == "2024-01-01T00:00:00.000000Z"
    assert stored["stance"].updated_at == "2024-01-02T00:00:00.000000Z"
    assert stored["figure"].annotator == "imported"  # the default
    assert stored["figure"].attributes == {"value": 99.23, "unit": "percent"}
    assert len(stored["figure"].id) == 36  # a fresh UUID


def test_annotator_option_names_unattributed_labels(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", record(annotations=[annotation("99.23%", "figure")]))
    run_import(project, path, annotator="zosia")
    assert project.annotations.annotators() == ["zosia"]


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\r\n"),
        ("utf-8", codecs.BOM_UTF8, "\n"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "\n"),
    ],
)
def test_file_encodings_and_line_ends(
    project: Project, tmp_path: Path, encoding: str, bom: bytes, newline: str
) -> None:
    body = "\n".join(
        json.dumps(r, ensure_ascii=False)
        for r in [
            record("a", annotations=[annotation("99.23%", "figure")]),
            record("b", "Второй документ 🇵🇱"),
        ]
    )
    path = tmp_path / "in.jsonl"
    path.write_bytes(bom + body.replace("\n", newline).encode(encoding))
    _, summary = run_import(project, path)
    assert summary.added == ["a", "b"]
    a = document_named(project, "a")
    [figure] = project.annotations(stored_id(a))
    assert a.text[figure.start : figure.end] == "99.23%"
    assert document_named(project, "b").text == "Второй документ 🇵🇱"


def test_blank_lines_are_skipped_but_counted(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", record("a"), "", "   ", "{broken")
    error = rejects([path])
    assert error.line == 4


def test_ref_attributes_and_document_scope(
    make_project: Callable[..., Project], tmp_path: Path
) -> None:
    project = make_project("refs.sqlite", schema=fixture_schema("mentions_and_quotes"))
    mention = annotation("Smadiyarov", "mention", id="m-1")
    quote = annotation(
        "Kazakhstan will not recognize the referendums",
        "quote",
        attributes={"speaker": "m-1", "kind": "direct"},
    )
    topic = {"layer": "topic", "start": 0, "end": 0, "attributes": {"label": "referendum"}}
    path = write_jsonl(tmp_path / "in.jsonl", record(annotations=[quote, mention, topic]))
    run_import(project, path)
    document = document_named(project, "doc.txt")
    stored = {a.layer: a for a in project.annotations(stored_id(document))}
    assert stored["quote"].attributes["speaker"] == "m-1"
    assert annotation_of(project, "m-1").covered_text(document.text) == "Smadiyarov"
    assert (stored["topic"].start, stored["topic"].end) == (0, 0)


# -- bad input: nothing is imported, the error says where ----------------------

GOOD = record("good.txt", "A good document.")

BAD_RECORDS = {
    "end-beyond-text": (
        record(annotations=[{"layer": "figure", "start": 0, "end": len(TEXT) + 1}]),
        f"offsets 0-{len(TEXT) + 1} are not a non-empty span inside the text (0-{len(TEXT)}",
    ),
    "negative-start": (
        record(annotations=[{"layer": "figure", "start": -1, "end": 3}]),
        "offsets -1-3",
    ),
    "empty-span": (record(annotations=[{"layer": "figure", "start": 5, "end": 5}]), "offsets 5-5"),
    "reversed-span": (record(annotations=[{"layer": "figure", "start": 9, "end": 5}]), "9-5"),
    "float-offset": (
        record(annotations=[{"layer": "figure", "start": 1.0, "end": 5}]),
        '"start" must be an integer',
    ),
    "bool-offset": (
        record(annotations=[{"layer": "figure", "start": 0, "end": True}]),
        '"end" must be an integer',
    ),
    "unknown-layer": (
        record(annotations=[annotation("99.23%", "claim")]),
        "unknown layer 'claim' (the schema has: stance, quote, figure)",
    ),
    "unknown-attribute": (
        record(annotations=[annotation("99.23%", "figure", attributes={"colour": "red"})]),
        "layer 'figure' has no attribute 'colour'",
    ),
    "number-as-string": (
        record(annotations=[annotation("99.23%", "figure", attributes={"value": "99.23"})]),
        "attribute 'value': expected a number",
    ),
    "bad-choice": (
        record(annotations=[annotation("99.23%", "figure", attributes={"unit": "furlongs"})]),
        "attribute 'unit': 'furlongs' is not one of",
    ),
    "text-as-number": (
        record(annotations=[annotation("said", "quote", attributes={"speaker": 7})]),
        "attribute 'speaker': expected a string",
    ),
    "bad-origin": (
        record(annotations=[annotation("said", "quote", origin="robot")]),
        '"origin" must be one of',
    ),
    "empty-annotator": (
        record(annotations=[annotation("said", "quote", annotator="  ")]),
        '"annotator" must be a non-empty string',
    ),
    "unknown-annotation-key": (
        record(annotations=[annotation("said", "quote", label="QUOTE")]),
        "unknown key 'label'",
    ),
    "attributes-not-object": (
        record(annotations=[annotation("said", "quote", attributes=["x"])]),
        '"attributes" must be an object',
    ),
    "duplicate-ids": (
        record(
            annotations=[
                annotation("said", "quote", id="same"),
                annotation("99.23%", "figure", id="same"),
            ]
        ),
        "annotation id 'same' is used twice",
    ),
    "empty-text": (record(text=""), '"text" must be a non-empty string'),
    "blank-text": (record(text=" \n\t "), '"text" must be a non-empty string'),
    "no-name": ({"text": "Some text"}, '"name" must be a non-empty string'),
    "unknown-key": (record(label=[]), "unknown key 'label'"),
    "not-an-object": ([1, 2, 3], "must be a JSON object"),
    "meta-not-object": (record(meta="x"), '"meta" must be an object'),
    "annotations-not-list": (
        {"name": "doc.txt", "text": TEXT, "annotations": {"a": 1}},
        '"annotations" must be a list',
    ),
}


@pytest.mark.parametrize("case", BAD_RECORDS.keys())
def test_bad_records_are_refused(
    rejects: Callable[..., InputError], tmp_path: Path, case: str
) -> None:
    bad, reason = BAD_RECORDS[case]
    path = write_jsonl(tmp_path / "in.jsonl", GOOD, bad, record("after.txt", "After."))
    error = rejects([path])
    assert error.source == str(path)
    assert error.line == 2
    assert str(error).startswith(f"{path}:2: ")
    assert reason in str(error)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"name": "x", "text": "y"', "invalid JSON"),
        ("{'name': 'x'}", "invalid JSON"),
        ('{"name": "x", "text": "y"} trailing', "invalid JSON: Extra data"),
        ("[" * 100000, "nested too deeply"),
        ('{"name": "x", "text": NaN}', '"text" must be a non-empty string'),
    ],
    ids=["unterminated", "single-quotes", "extra-data", "deep", "nan"],
)
def test_broken_json_lines(
    rejects: Callable[..., InputError], tmp_path: Path, line: str, reason: str
) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", GOOD, GOOD | {"name": "second"}, line)
    error = rejects([path])
    assert str(error).startswith(f"{path}:3: ")
    assert reason in str(error)


@pytest.mark.parametrize(
    ("raw", "line", "reason"),
    [
        (b"", 1, "empty file"),
        (b"\n\n   \n", 1, "empty file"),
        (
            b'{"name": "a", "text": "ok"}\n{"name": "b", "text": "\xff"}\n',
            2,
            "byte 0xff at byte offset 51",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 1, "byte 0x89"),
        (b'{"name": "a", "text": "ok"}\n\x00\x00\x00', 2, "NUL"),
    ],
    ids=["empty", "blank", "invalid-utf8", "png", "nul"],
)
def test_bad_bytes(
    rejects: Callable[..., InputError], tmp_path: Path, raw: bytes, line: int, reason: str
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(raw)
    error = rejects([path])
    assert error.source == str(path)
    assert error.line == line
    assert str(error).startswith(f"{path}:{line}: ")
    assert reason in str(error)


def test_ref_problems(
    make_project: Callable[..., Project], rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    cases = [
        (
            {"speaker": "nowhere"},
            "refers to 'nowhere', which is not an annotation in this document",
        ),
        ({"speaker": "q-0"}, "must refer to a mention annotation, not quote"),
    ]
    for index, (attributes, reason) in enumerate(cases):
        project = make_project(f"refs{index}.sqlite", schema=fixture_schema("mentions_and_quotes"))
        quote = annotation("said", "quote", id="q-0", attributes=attributes)
        path = write_jsonl(tmp_path / f"in{index}.jsonl", record(annotations=[quote]))
        error = rejects([path], project=project)
        assert str(error).startswith(f"{path}:1: ")
        assert reason in str(error)


def test_document_scope_needs_zero_offsets(
    make_project: Callable[..., Project], rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    project = make_project("refs.sqlite", schema=fixture_schema("mentions_and_quotes"))
    path = write_jsonl(
        tmp_path / "in.jsonl", record(annotations=[{"layer": "topic", "start": 0, "end": 4}])
    )
    error = rejects([path], project=project)
    assert "labels whole documents" in str(error)


def test_duplicate_annotation_ids_across_documents_and_files(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    first = write_jsonl(
        tmp_path / "a.jsonl", record("a", annotations=[annotation("said", "quote", id="x")])
    )
    second = write_jsonl(
        tmp_path / "b.jsonl", record("b", annotations=[annotation("said", "quote", id="x")])
    )
    error = rejects([first, second])
    assert str(error).startswith(f"{second}:1: ")
    assert "annotation id 'x' is used twice" in str(error)


def test_annotation_id_taken_in_another_document_of_the_project(
    project: Project, rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    first = write_jsonl(
        tmp_path / "a.jsonl", record("a", annotations=[annotation("said", "quote", id="x")])
    )
    run_import(project, first)
    second = write_jsonl(
        tmp_path / "b.jsonl", record("b", annotations=[annotation("99.23%", "figure", id="x")])
    )
    error = rejects([second], project=project)
    assert str(error).startswith(f"{second}:1: ")
    assert "'x'" in str(error)


def test_same_name_different_text(rejects: Callable[..., InputError], tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", record("a", "One."), record("a", "Two."))
    error = rejects([path])
    assert str(error).startswith(f"{path}:2: ")
    assert f"first at {path}:1" in str(error)


def test_same_name_as_a_project_document_with_other_text(
    project: Project, rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    run_import(project, write_jsonl(tmp_path / "a.jsonl", record("a", "One.")))
    path = write_jsonl(tmp_path / "b.jsonl", record("new", "New."), record("a", "Changed."))
    error = rejects([path], project=project)
    assert str(error).startswith(f"{path}:2: ")
    assert "already in the project with different text" in str(error)


def test_skip_bad_imports_the_good_lines(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        record("a", "First."),
        "{broken",
        record("c", annotations=[annotation("99.23%", "nonsense")]),
        record("d", "Fourth.", annotations=[{"layer": "figure", "start": 0, "end": 6}]),
    )
    plan, summary = run_import(project, path, skip_bad=True)
    assert summary.added == ["a", "d"]
    assert summary.annotations_added == 1
    assert len(plan.skipped) == 2 and {e.line for e in plan.skipped} == {2, 3}
    assert all(e.source == str(path) for e in plan.skipped)


def test_skip_bad_skips_a_broken_file_and_keeps_the_others(
    project: Project, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\xff\xff\xff")
    good = write_jsonl(tmp_path / "good.jsonl", record("g", "Good."))
    plan, summary = run_import(project, bad, good, skip_bad=True)
    assert summary.added == ["g"]
    assert [e.source for e in plan.skipped] == [str(bad)]


def test_reimport_is_a_no_op(
    project: Project, tmp_path: Path, state: Callable[[Path], ProjectState]
) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        record("a", annotations=[annotation("said", "quote", id="q", annotator="ala")]),
        record("b", "Second."),
    )
    run_import(project, path)
    project.close()
    before = state(project.path)
    with Project.open(project.path) as reopened:
        _, summary = run_import(reopened, path)
        assert (summary.added, summary.unchanged) == ([], ["a", "b"])
        assert (summary.annotations_added, summary.annotations_unchanged) == (0, 1)
    assert state(project.path) == before


def test_new_annotations_on_a_known_document_are_added(project: Project, tmp_path: Path) -> None:
    run_import(project, write_jsonl(tmp_path / "a.jsonl", record("a")))
    more = record("a", annotations=[annotation("said", "quote", annotator="ola")])
    _, summary = run_import(project, write_jsonl(tmp_path / "b.jsonl", more))
    assert (summary.unchanged, summary.annotations_added) == (["a"], 1)
    document = document_named(project, "a")
    assert [a.covered_text(document.text) for a in project.annotations(stored_id(document))] == [
        "said"
    ]


def test_reimport_without_ids_adds_nothing(project: Project, tmp_path: Path) -> None:
    same = annotation("99.23%", "figure", attributes={"unit": "percent"})
    path = write_jsonl(tmp_path / "in.jsonl", record(annotations=[same, same]))
    _, first = run_import(project, path)
    _, second = run_import(project, path)
    assert first.annotations_added == 2  # two identical labels are two labels
    assert (second.annotations_added, second.annotations_unchanged) == (0, 2)
    assert len(project.annotations(document_id(project, "doc.txt"))) == 2


def test_a_bad_last_line_of_a_long_file_stores_nothing_and_names_its_line(
    project: Project, rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    """Lines are stored as they are read; the transaction still makes it all or nothing."""
    good = [
        record(f"doc-{n}", f"Text {n}.", annotations=[{"layer": "figure", "start": 5, "end": 6}])
        for n in range(3_000)
    ]
    path = write_jsonl(tmp_path / "long.jsonl", *good, record("last", annotations=[{"x": 1}]))
    error = rejects([path], project=project)
    assert str(error).startswith(f"{path}:3001: ")
    assert "unknown key 'x'" in str(error)


def test_an_invalid_utf8_line_is_named_with_its_byte_offset(
    project: Project, rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    first = json.dumps(record("a", "Ünïcode first line.")).encode() + b"\n"
    path = tmp_path / "in.jsonl"
    path.write_bytes(first + b'{"name": "b", "text": "caf\xe9"}\n')
    error = rejects([path], project=project)
    assert str(error).startswith(f"{path}:2: not valid utf-8: byte 0xe9 at byte offset ")
    assert f"offset {len(first) + 26};" in str(error)


def test_skip_bad_leaves_nothing_of_a_document_the_project_refuses(
    project: Project, tmp_path: Path
) -> None:
    """Its document row and earlier labels are undone with it, not left half stored."""
    run_import(
        project,
        write_jsonl(
            tmp_path / "a.jsonl", record("a", annotations=[annotation("said", "quote", id="x")])
        ),
    )
    path = write_jsonl(
        tmp_path / "b.jsonl",
        record(
            "b",
            annotations=[
                annotation("99.23%", "figure", id="fresh", annotator="ala"),
                annotation("said", "quote", id="x", annotator="ola"),
            ],
        ),
        record("c", "Kept."),
    )
    plan, summary = run_import(project, path, skip_bad=True)
    assert summary.added == ["c"]
    assert [e.line for e in plan.skipped] == [1]
    assert "already used by another document" in str(plan.skipped[0])
    assert project.documents.by_name("b") is None
    assert project.annotations.get("fresh") is None


def test_imported_spans_keep_their_offsets_exactly(project: Project, tmp_path: Path) -> None:
    """An import is someone else's data: edges inside words or on white space are kept
    as given (the window snaps only what its annotator selects or accepts)."""
    start, end = span(TEXT, "Kazakhstan will not recognize")
    ragged = {"layer": "quote", "start": start - 1, "end": end - 3}  # " «Kaz…recogni"
    path = write_jsonl(tmp_path / "in.jsonl", record(annotations=[ragged]))
    run_import(project, path)
    document = document_named(project, "doc.txt")
    [stored] = project.annotations(stored_id(document))
    assert (stored.start, stored.end) == (start - 1, end - 3)
