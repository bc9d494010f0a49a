"""CSV import: one document per row, the text in one column, the rest as metadata."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import ImportPlan, import_files, read_import
from annotator.store.project import ImportSummary, Project
from tests.io.conftest import ProjectState
from tests.stored import document_named


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", bom: bytes = b"") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return bom + buffer.getvalue().encode(encoding)


def write(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    return path


def run_import(project: Project, *paths: Path, **options: Any) -> tuple[ImportPlan, ImportSummary]:
    return import_files(project, list(paths), ImportOptions(**options))


ROWS = [
    ["name", "title", "url", "lang", "text", "section"],
    ["kz.txt", "Kazachstan", "https://x.pl/kz", "pl", "Kazachstan nie pomoże.\r\nDruga linia", ""],
    ["", "No name", "", "ru", "Казахстан 🇰🇿 не признает «референдумы»", "Мир"],
    ["q.txt", 'He said "no"', "", "en", 'Quote: "We will not", he said,\nthen left.', ""],
]


def test_rows_become_documents(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "articles.csv", csv_bytes(ROWS))
    plan, summary = run_import(project, path)
    assert summary.added == ["kz.txt", "articles-2", "q.txt"]
    kz = document_named(project, "kz.txt")
    assert kz.text == "Kazachstan nie pomoże.\nDruga linia"  # CRLF inside a cell → LF
    assert (kz.title, kz.url, kz.language) == ("Kazachstan", "https://x.pl/kz", "pl")
    assert kz.meta == {}  # empty cells are not metadata
    ru = document_named(project, "articles-2")
    assert ru.text == "Казахстан 🇰🇿 не признает «референдумы»"
    assert ru.meta == {"section": "Мир"}
    quote = document_named(project, "q.txt")
    assert quote.text == 'Quote: "We will not", he said,\nthen left.'
    assert quote.title == 'He said "no"'
    assert plan.stored == ["kz.txt", "articles-2", "q.txt"]
    read = read_import([path], project.schema, ImportOptions())
    assert [item.line for item in read.documents] == [2, 4, 5]  # physical lines


def test_text_column_option(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", csv_bytes([["id", "body"], ["1", "Body text"]]))
    run_import(project, path, text_column="body")
    document = document_named(project, "c-1")
    assert document.text == "Body text"
    assert document.meta == {"id": "1"}


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_boms(project: Project, tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = write(tmp_path / "b.csv", csv_bytes(ROWS, encoding, bom))
    _, summary = run_import(project, path)
    assert len(summary.added) == 3
    # The BOM is not part of the first header name ("name" is still recognised).
    assert project.documents.by_name("kz.txt") is not None


def test_named_encoding(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", csv_bytes([["text"], ["Zażółć gęślą jaźń"]], "cp1250"))
    run_import(project, path, encoding="cp1250")
    assert document_named(project, "w-1").text == "Zażółć gęślą jaźń"


def test_blank_rows_are_ignored(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "b.csv", b"text,title\r\n\r\nFirst,One\r\n,\r\nSecond,Two\r\n")
    _, summary = run_import(project, path)
    assert summary.added == ["b-1", "b-2"]
    assert document_named(project, "b-2").title == "Two"


def test_reimport_is_a_no_op(
    project: Project, tmp_path: Path, state: Callable[[Path], ProjectState]
) -> None:
    path = write(tmp_path / "a.csv", csv_bytes(ROWS))
    run_import(project, path)
    project.close()
    before = state(project.path)
    with Project.open(project.path) as reopened:
        _, summary = run_import(reopened, path)
        assert summary.added == []
        assert summary.unchanged == ["kz.txt", "a-2", "q.txt"]
    assert state(project.path) == before


@pytest.mark.parametrize(
    ("raw", "line", "reason"),
    [
        (b"", 1, "empty file"),
        (b"title,body\r\nx,y\r\n", 1, "no column named 'text' (columns: title, body)"),
        (b"text,title\r\nok,1\r\nmore,2,extra\r\n", 3, "row has 3 fields, the header has 2"),
        (b"text,title\r\nok,1\r\n  ,2\r\n", 3, "empty 'text' cell"),
        (b'text,title\r\n"multi\r\nline",1\r\n"open quote,2\r\n', 4, "invalid CSV"),
        (b"text\r\nok\r\nZa\xbf\xf3\xb3\xe6\r\n", 3, "byte 0xbf at byte offset 12"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 1, "byte 0x89"),
        (b"text\r\nok\r\nnul\x00here\r\n", 3, "NUL"),
        (b"text,title\r\n", 2, "no data rows"),
    ],
    ids=[
        "empty",
        "no-text-column",
        "extra-field",
        "blank-text",
        "unterminated-quote",
        "invalid-utf8",
        "png",
        "nul",
        "header-only",
    ],
)
def test_bad_csv_is_refused(
    rejects: Callable[..., InputError], tmp_path: Path, raw: bytes, line: int, reason: str
) -> None:
    path = write(tmp_path / "bad.csv", raw)
    error = rejects([path])
    assert error.source == str(path)
    assert error.line == line
    assert str(error).startswith(f"{path}:{line}: ")
    assert reason in str(error)


def test_same_name_twice_with_different_text(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = write(tmp_path / "d.csv", csv_bytes([["name", "text"], ["a", "One"], ["a", "Two"]]))
    error = rejects([path])
    assert str(error).startswith(f"{path}:3: ")
    assert "appears again with different text" in str(error)


def test_skip_bad_rows(project: Project, tmp_path: Path) -> None:
    raw = b"text,title\r\nGood one,1\r\nbad,2,3\r\n ,4\r\nGood two,5\r\n"
    plan, summary = run_import(project, write(tmp_path / "s.csv", raw), skip_bad=True)
    assert summary.added == ["s-1", "s-4"]
    assert [e.line for e in plan.skipped] == [3, 4]
    assert document_named(project, "s-4").text == "Good two"


def test_annotators_own_csv_of_labels_is_refused_not_read_as_documents(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    """``export --format csv`` has a ``text`` column too: each label's covered text.
    Read as documents, every label became a document of a few words."""
    from annotator.io.exporter import ExportSelection, export_csv
    from tests.seeded import add_disagreeing_stances, seed_project

    with Project.open(seed_project(tmp_path / "labelled.sqlite")) as labelled:
        add_disagreeing_stances(labelled)
        export_csv(labelled, tmp_path / "labels.csv", ExportSelection())
    error = rejects([tmp_path / "labels.csv"])
    assert error.line == 1
    assert "CSV of labels" in str(error) and "--format jsonl" in str(error)
