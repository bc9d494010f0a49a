"""The streamed import's labels, checked and finished as insert rows (``io/label_rows.py``).

Each distinct (layer, attributes) is checked and encoded once; these tests hold
that remembering never lets a label through, or stores other JSON, than
checking it afresh would, and that a streamed import stores the rows the
all-at-once path stores.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files, read_import
from annotator.io.native_jsonl import read_native_jsonl
from annotator.io.records import ParsedDocument
from annotator.store.project import Project
from tests.schemas import fixture_schema

TEXT = "Turnout was 99.23 percent, «за» said 1,000 people in Запорожье. 👩‍👩‍👧"
STAMP = "2026-11-23T09:00:00.000000Z"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    schema = fixture_schema("figures_and_quotes")
    project = Project.open(tmp_path / "p.sqlite", create=True, schema=schema)
    yield project
    project.close()


def write(path: Path, *labels: dict[str, Any]) -> Path:
    record = {"name": "a.txt", "text": TEXT, "annotations": list(labels)}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def figure(**attributes: Any) -> dict[str, Any]:
    return {"layer": "figure", "start": 12, "end": 17, "attributes": attributes}


def stored_attributes(project: Project) -> list[str]:
    rows = project.connection.execute("SELECT attributes FROM annotations ORDER BY rowid")
    return [row[0] for row in rows]


def test_equal_values_of_other_types_keep_their_own_json(project: Project, tmp_path: Path) -> None:
    """1, 1.0, 0.0 and -0.0 are equal in Python (one dict key), not in the stored JSON."""
    values = [1, 1.0, 1, 0.0, -0.0, 0.0, 1.0]
    path = write(tmp_path / "in.jsonl", *(figure(value=v, unit="count") for v in values))
    import_files(project, [path], ImportOptions())
    assert stored_attributes(project) == [
        json.dumps({"unit": "count", "value": v}, sort_keys=True) for v in values
    ]
    assert stored_attributes(project)[4] == '{"unit": "count", "value": -0.0}'


@pytest.mark.parametrize(
    ("labels", "reason"),
    [
        # true equals 1 as a dict key, but is no number
        ([figure(value=1), figure(value=True)], "annotation #2: layer 'figure', attribute 'value'"),
        # attributes that fit one layer do not fit another
        (
            [
                figure(unit="count"),
                {"layer": "quote", "start": 0, "end": 7, "attributes": {}},
                {"layer": "quote", "start": 0, "end": 7, "attributes": {"unit": "count"}},
            ],
            "annotation #3: layer 'quote' has no attribute 'unit'",
        ),
        # remembered attributes, then a span outside the text
        ([figure(unit="count"), {**figure(unit="count"), "end": 999}], "annotation #2: offsets"),
        ([figure(value=float("inf"))], "annotation #1: layer 'figure', attribute 'value'"),
        ([figure(value=[1, 2])], "annotation #1: layer 'figure', attribute 'value'"),
        ([{"layer": "chart", "start": 0, "end": 1}], "annotation #1: unknown layer 'chart'"),
    ],
)
def test_a_bad_label_is_refused_with_the_message_of_the_all_at_once_path(
    project: Project, tmp_path: Path, labels: list[dict[str, Any]], reason: str
) -> None:
    path = write(tmp_path / "in.jsonl", *labels)
    with pytest.raises(InputError) as streamed:
        import_files(project, [path], ImportOptions())
    with pytest.raises(InputError) as whole:
        read_import([path], project.schema, ImportOptions())  # parses Annotation objects
    assert str(streamed.value) == str(whole.value)
    assert f"{path}:1: document 'a.txt', {reason}" in str(streamed.value)
    assert project.documents.count() == 0


def test_streamed_rows_are_the_rows_the_all_at_once_path_stores(
    project: Project, tmp_path: Path
) -> None:
    """Same file, both paths: identical rows (ids made for unnamed labels, attribute JSON
    with sorted keys and text as written, origins, notes, given and missing times)."""
    labels = [
        figure(unit="percent", value=99.23),
        {**figure(value=99.23, unit="percent"), "id": "given-id", "annotator": "bogdan"},
        {"layer": "quote", "start": 27, "end": 31, "attributes": {"speaker": "Запорожье 👩‍👩‍👧"}},
        {**figure(unit="count"), "note": "a note", "origin": "manual", "created_at": STAMP},
        {**figure(), "created_at": STAMP, "updated_at": "2026-11-24T09:00:00.000000Z"},
        {"layer": "quote", "start": 0, "end": 7, "annotator": " chen "},
    ]
    path = write(tmp_path / "in.jsonl", *labels)
    import_files(project, [path], ImportOptions(annotator="alice"))
    other = Project.open(tmp_path / "q.sqlite", create=True, schema=project.schema)
    try:
        [item] = read_native_jsonl(path, "alice")
        assert isinstance(item, ParsedDocument)
        other.documents.add([(item.document, item.annotations)])
        assert rows(other) == rows(project)
    finally:
        other.close()
    by_note = {(row[2], row[7], row[9]): row for row in rows(project)}
    assert by_note[("bogdan", "", "now")][0] == "given-id"
    assert by_note[("alice", "a note", STAMP)][-1] == STAMP  # no updated_at: its created_at
    assert by_note[("alice", "", STAMP)][-1] == "2026-11-24T09:00:00.000000Z"
    assert ("chen", "", "now") in by_note


def rows(project: Project) -> list[tuple[Any, ...]]:
    """Every stored column; an import's own time (labels without one) as "now"."""
    connection: sqlite3.Connection = project.connection
    made = connection.execute("SELECT max(imported_at) FROM documents").fetchone()[0]
    return [
        tuple("now" if value == made else value for value in row)
        for row in connection.execute(
            'SELECT id, document_id, annotator, layer, start, "end", attributes, note, origin, '
            "created_at, updated_at FROM annotations ORDER BY id"
        )
    ]
