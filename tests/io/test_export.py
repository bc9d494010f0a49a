"""Exports: the gold-label CSV, native JSONL (round trip), per-document CSV, atomic writes."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import pytest

from annotator.core.errors import InputError
from annotator.core.model import GOLD, Annotation, Document, DocumentProgress, Origin, Status
from annotator.io import exporter, native_jsonl
from annotator.io.exporter import (
    ExportSelection,
    export_csv,
    export_documents_csv,
    export_jsonl,
)
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.resources import seeds_dir
from annotator.store.project import Project
from tests.schemas import fixture_schema
from tests.stored import annotation_of, document_id, document_named, stored_id

# The columns promised by the spec (issue #2, "CSV"), with the default schema's
# attribute names in schema order in the middle.
SPEC_COLUMNS = [
    *["document", "document_id", "annotator", "layer", "start", "end", "text"],
    *["holder", "target", "polarity", "speaker", "kind", "value", "unit", "measures", "scope"],
    *["note", "origin", "annotation_id", "created_at", "updated_at"],
]

TEXT = (
    "🇰🇿 👩‍👩‍👧 e\u0301 قال Казахстан: «Kazakhstan will not recognize\nthe referendums», "
    'said Smadiyarov. "99.23%" in favor; =1+1 and -7% and @home.'
)


def span(part: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def header(path: Path, encoding: str = "utf-8") -> list[str]:
    with path.open(encoding=encoding, newline="") as handle:
        return next(csv.reader(handle))


@pytest.fixture
def filled(project: Project) -> Project:
    """Seeds plus one astral-heavy document annotated by ala, ola and gold."""
    import_files(project, [seeds_dir()], ImportOptions())
    project.documents.add([(Document(id=None, name="astral.txt", text=TEXT), [])])
    doc = document_id(project, "astral.txt")
    seed = document_named(project, "001_8e04abad5bad1dcd.txt")

    def add(
        id_: str, annotator: str, layer: str, part: str, attrs: dict[str, Any], **kw: Any
    ) -> None:
        start, end = span(part)
        project.annotations.add(Annotation(id_, doc, annotator, layer, start, end, attrs, **kw))

    add(
        "a1",
        "ala",
        "quote",
        "Kazakhstan will not recognize\nthe referendums",
        {"speaker": 'Aibek "the spokesman" Smadiyarov', "kind": "direct"},
        note='multi-line\nnote, with "quotes"',
    )
    add("a2", "ala", "figure", "99.23%", {"value": 99.23, "unit": "percent"})
    add("a3", "ala", "figure", "-7%", {"value": -7.0, "unit": "percent", "measures": "=1+1"})
    add("o1", "ola", "stance", "Казахстан", {"holder": "Kazakhstan", "polarity": "against"})
    add("o2", "ola", "stance", "@home", {"holder": "+48 123", "polarity": "neutral"})
    add(
        "g1",
        GOLD,
        "stance",
        "Казахстан",
        {"holder": "Kazakhstan", "polarity": "against"},
        origin=Origin.ADJUDICATED,
    )
    start = seed.text.index("Kazakhstan")
    project.annotations.add(
        Annotation("s1", stored_id(seed), "ola", "figure", start, start + 10, {"measures": "x"})
    )
    project.progress.set(DocumentProgress(doc, "ala", Status.DONE, frozenset({"stance"})))
    return project


# -- CSV -------------------------------------------------------------------------


def test_csv_columns_are_exactly_the_documented_ones(filled: Project, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    export_csv(filled, target, ExportSelection())
    assert header(target) == SPEC_COLUMNS


def test_csv_rows_match_the_project(filled: Project, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    count = export_csv(filled, target, ExportSelection())
    rows = read_csv(target)
    assert count == len(rows) == 6  # everything except gold
    assert GOLD not in {row["annotator"] for row in rows}
    texts = {d.id: d.text for d in filled.documents()}
    names = {d.id: d.name for d in filled.documents()}
    for row in rows:
        stored = annotation_of(filled, row["annotation_id"])
        document_id = int(row["document_id"])
        assert row["document"] == names[document_id]
        assert row["text"] == texts[document_id][int(row["start"]) : int(row["end"])]
        assert (int(row["start"]), int(row["end"])) == (stored.start, stored.end)
        assert (row["annotator"], row["layer"]) == (stored.annotator, stored.layer)
        assert row["note"] == stored.note
        assert row["origin"] == stored.origin.value
        assert (row["created_at"], row["updated_at"]) == (stored.created_at, stored.updated_at)
        for name in ("holder", "target", "polarity", "speaker", "kind", "unit", "measures"):
            assert row[name] == stored.attributes.get(name, "")

    by_id = {row["annotation_id"]: row for row in rows}
    # Newlines and quotes inside cells survive the csv module.
    assert by_id["a1"]["text"] == "Kazakhstan will not recognize\nthe referendums"
    assert by_id["a1"]["note"] == 'multi-line\nnote, with "quotes"'
    assert by_id["a1"]["speaker"] == 'Aibek "the spokesman" Smadiyarov'
    # Offsets are code points even after flags, ZWJ sequences and combining marks.
    assert by_id["o1"]["text"] == "Казахстан"
    assert int(by_id["o1"]["start"]) == TEXT.index("Казахстан")
    # Numbers as a spreadsheet expects them; data is not altered without --excel.
    assert by_id["a2"]["value"] == "99.23"
    assert by_id["a3"]["value"] == "-7"
    assert by_id["a3"]["text"] == "-7%"
    assert by_id["a3"]["measures"] == "=1+1"
    assert by_id["o2"]["holder"] == "+48 123"


def test_csv_is_rfc4180(filled: Project, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    export_csv(filled, target, ExportSelection(annotators=("ala",), layers=("quote",)))
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= 2  # CRLF record ends
    assert b'"Aibek ""the spokesman"" Smadiyarov"' in raw  # doubled quotes
    assert b"Kazakhstan will not recognize\nthe referendums" in raw  # bare LF kept


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (ExportSelection(), {"a1", "a2", "a3", "o1", "o2", "s1"}),
        (ExportSelection(gold=True), {"g1"}),
        (ExportSelection(annotators=("ola",), gold=True), {"o1", "o2", "s1", "g1"}),
        (ExportSelection(annotators=("ala",)), {"a1", "a2", "a3"}),
        (ExportSelection(layers=("stance",)), {"o1", "o2"}),
        (ExportSelection(annotators=("nobody",)), set()),
    ],
)
def test_selection(
    filled: Project, tmp_path: Path, selection: ExportSelection, expected: set[str]
) -> None:
    target = tmp_path / "out.csv"
    export_csv(filled, target, selection)
    assert {row["annotation_id"] for row in read_csv(target)} == expected
    assert header(target) == SPEC_COLUMNS


def test_ref_attribute_exports_id_and_text(
    make_project: Callable[..., Project], tmp_path: Path
) -> None:
    project = make_project("refs.sqlite", schema=fixture_schema("mentions_and_quotes"))
    text = "«Nie uznamy» — powiedział 👩‍👩‍👧 Tileuberdi."
    project.documents.add([(Document(id=None, name="d", text=text), [])])
    doc = document_id(project, "d")
    start, end = span("Tileuberdi", text)
    project.annotations.add(Annotation("m1", doc, "ala", "mention", start, end))
    start, end = span("«Nie uznamy»", text)
    project.annotations.add(
        Annotation("q1", doc, "ala", "quote", start, end, {"speaker": "m1", "verified": True})
    )
    project.annotations.add(Annotation("q2", doc, "ala", "quote", 1, 4, {"verified": False}))
    target = tmp_path / "refs.csv"
    export_csv(project, target, ExportSelection())
    assert header(target) == [
        *["document", "document_id", "annotator", "layer", "start", "end", "text"],
        *["speaker", "speaker_text", "kind", "verified", "label"],
        *["note", "origin", "annotation_id", "created_at", "updated_at"],
    ]
    rows = {row["annotation_id"]: row for row in read_csv(target)}
    assert (rows["q1"]["speaker"], rows["q1"]["speaker_text"]) == ("m1", "Tileuberdi")
    assert rows["q1"]["verified"] == "true"
    assert (rows["q2"]["speaker"], rows["q2"]["speaker_text"], rows["q2"]["verified"]) == (
        "",
        "",
        "false",
    )
    assert rows["m1"]["speaker_text"] == ""


def test_excel_adds_bom_and_neutralises_formulas(filled: Project, tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    export_csv(filled, plain, ExportSelection())
    export_csv(filled, excel, ExportSelection(), excel=True)
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not excel.read_bytes().startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    assert header(excel, "utf-8-sig") == SPEC_COLUMNS
    rows = {row["annotation_id"]: row for row in read_csv(excel, "utf-8-sig")}
    plain_rows = {row["annotation_id"]: row for row in read_csv(plain)}
    assert rows["a3"]["measures"] == "'=1+1"
    assert rows["a3"]["text"] == "'-7%"
    assert plain_rows["a3"]["text"] == "-7%"
    assert rows["o2"]["holder"] == "'+48 123"
    assert rows["o2"]["text"] == "'@home"
    assert rows["a3"]["value"] == "-7"  # a real number is not a formula
    # Everything else is the same data.
    for key, row in rows.items():
        for column, value in row.items():
            if value != plain_rows[key][column]:
                assert value == "'" + plain_rows[key][column]
                assert plain_rows[key][column][:1] in "=+-@"


def test_export_to_a_folder_is_refused(filled: Project, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        export_csv(filled, tmp_path, ExportSelection())


def test_exported_file_gets_ordinary_permissions(filled: Project, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        export_csv(filled, tmp_path / "shared.csv", ExportSelection())
    finally:
        os.umask(previous)
    assert (tmp_path / "shared.csv").stat().st_mode & 0o777 == 0o644


# -- JSONL round trip ----------------------------------------------------------------


def test_jsonl_export_then_import_reproduces_the_project(
    filled: Project, make_project: Callable[..., Project], tmp_path: Path
) -> None:
    target = tmp_path / "all.jsonl"
    count = export_jsonl(filled, target, ExportSelection(annotators=("ala", "ola"), gold=True))
    assert count == filled.documents.count() == 6
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    first = json.loads(lines[0])
    assert set(first) == {"name", "text", "meta", "annotations"}

    copy = make_project("copy.sqlite")
    plan, summary = import_files(copy, [target], ImportOptions())
    assert plan.skipped == []
    assert summary.annotations_added == 7

    def documents(project: Project) -> list[tuple[Any, ...]]:
        return [
            (d.name, d.text, d.metadata(), d.sha256)
            for d in sorted(project.documents(), key=lambda d: d.name)
        ]

    def annotations(project: Project) -> list[tuple[Any, ...]]:
        result = []
        for annotation, name, text in project.annotations.iterate():
            result.append(
                (
                    annotation.id,
                    name,
                    annotation.annotator,
                    annotation.layer,
                    annotation.start,
                    annotation.end,
                    text[annotation.start : annotation.end],
                    annotation.attributes,
                    annotation.note,
                    annotation.origin,
                    annotation.created_at,
                    annotation.updated_at,
                )
            )
        return sorted(result)

    # Gold labels come back as "gold-imported": the file holds no review decisions.
    expected = [
        (*row[:2], "gold-imported", *row[3:]) if row[2] == GOLD else row
        for row in annotations(filled)
    ]
    assert documents(copy) == documents(filled)
    assert annotations(copy) == expected
    front = document_named(copy, "003_088bd3cb7a5e20e4.txt")
    assert front.site == "nokta.md"
    assert "keywords" in front.meta
    # And exporting the copy gives the same file, but for the gold labels' annotator.
    again = tmp_path / "again.jsonl"
    export_jsonl(copy, again, ExportSelection(annotators=("ala", "gold-imported", "ola")))
    assert again.read_text("utf-8") == target.read_text("utf-8").replace(
        '"annotator": "gold"', '"annotator": "gold-imported"'
    )


def test_jsonl_reimport_into_the_same_project_is_a_no_op(filled: Project, tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    export_jsonl(filled, target, ExportSelection(gold=True, annotators=("ala", "ola")))
    _, summary = import_files(filled, [target], ImportOptions())
    assert summary.added == []
    assert summary.annotations_added == 0
    assert summary.annotations_unchanged == 7


def test_jsonl_selection(filled: Project, tmp_path: Path) -> None:
    target = tmp_path / "ala.jsonl"
    export_jsonl(filled, target, ExportSelection(annotators=("ala",), layers=("figure",)))
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    ids = [a["id"] for r in records for a in r["annotations"]]
    assert sorted(ids) == ["a2", "a3"]
    astral = next(r for r in records if r["name"] == "astral.txt")
    for item in astral["annotations"]:
        assert item["text"] == TEXT[item["start"] : item["end"]]


# -- documents CSV ---------------------------------------------------------------------


def test_documents_export(filled: Project, tmp_path: Path) -> None:
    target = tmp_path / "docs.csv"
    count = export_documents_csv(filled, target, ExportSelection(annotators=("ala", "ola")))
    rows = read_csv(target)
    assert header(target) == [
        *["document", "document_id", "annotator", "status", "none_present", "active_seconds"],
        *["stance_count", "quote_count", "figure_count"],
    ]
    assert count == len(rows) == 6 * 2
    by_key = {(row["document"], row["annotator"]): row for row in rows}
    ala = by_key[("astral.txt", "ala")]
    assert (ala["status"], ala["none_present"]) == ("done", "stance")
    assert (ala["stance_count"], ala["quote_count"], ala["figure_count"]) == ("0", "1", "2")
    ola = by_key[("astral.txt", "ola")]
    assert (ola["status"], ola["stance_count"]) == ("in_progress", "2")
    seed = by_key[("001_8e04abad5bad1dcd.txt", "ola")]
    assert (seed["status"], seed["figure_count"]) == ("in_progress", "1")
    untouched = by_key[("000_64d1d46f96a25995.txt", "ala")]
    assert (untouched["status"], untouched["none_present"], untouched["figure_count"]) == (
        "new",
        "",
        "0",
    )


# -- atomicity -------------------------------------------------------------------------


class Boom(RuntimeError):
    pass


def failing_csv_writer(after_rows: int) -> Callable[..., Any]:
    real_writer = csv.writer

    def make(handle: IO[str], *args: Any, **kwargs: Any) -> Any:
        inner = real_writer(handle, *args, **kwargs)

        class Writer:
            written = 0

            def writerow(self, row: Iterable[Any]) -> Any:
                if self.written >= after_rows:
                    raise Boom("disk full")
                self.written += 1
                return inner.writerow(row)

        return Writer()

    return make


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


@pytest.mark.parametrize("exporter_name", ["export_csv", "export_documents_csv"])
def test_failed_csv_export_leaves_no_file(
    filled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exporter_name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(csv, "writer", failing_csv_writer(after_rows=3))
    with pytest.raises(Boom):
        getattr(exporter, exporter_name)(filled, out / "gold.csv", ExportSelection())
    assert list(out.iterdir()) == []


def test_failed_csv_export_keeps_the_previous_file(
    filled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gold.csv"
    export_csv(filled, target, ExportSelection())
    previous = target.read_bytes()
    monkeypatch.setattr(csv, "writer", failing_csv_writer(after_rows=2))
    with pytest.raises(Boom):
        export_csv(filled, target, ExportSelection(annotators=("ola",)))
    assert target.read_bytes() == previous
    assert leftovers(tmp_path) == []


def test_failed_jsonl_export_keeps_the_previous_file(
    filled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "all.jsonl"
    target.write_text("previous content\n", encoding="utf-8")
    real = native_jsonl.write_native_line
    calls: list[str] = []

    def write_then_fail(
        handle: IO[str],
        document: Document,
        annotations: list[dict[str, Any]],
        progress: Iterable[DocumentProgress] = (),
    ) -> None:
        calls.append(document.name)
        if len(calls) > 2:
            raise Boom("disk full")
        real(handle, document, annotations, progress)

    monkeypatch.setattr(exporter, "write_native_line", write_then_fail)
    with pytest.raises(Boom):
        export_jsonl(filled, target, ExportSelection())
    assert target.read_text(encoding="utf-8") == "previous content\n"
    assert leftovers(tmp_path) == []
    assert len(calls) == 3  # it did fail mid-way, after writing two documents


def test_successful_export_replaces_the_file(filled: Project, tmp_path: Path) -> None:
    target = tmp_path / "gold.csv"
    target.write_text("old\n")
    export_csv(filled, target, ExportSelection(annotators=("ala",)))
    assert len(read_csv(target)) == 3
    assert leftovers(tmp_path) == []
    assert io.StringIO(target.read_text()).readline().startswith("document,")
