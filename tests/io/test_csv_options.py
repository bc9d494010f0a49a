"""CSV: the separator, the name column, label columns and unusable headers (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import InputError
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.project import Project
from tests.io.interchange_fixtures import copy_fixture


def test_label_column_gives_document_labels(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("doccano", "text_classification.csv", tmp_path)
    options = ImportOptions(
        text_column="column_data", label_columns=("column_label",), add_layers=True
    )
    _, summary = import_files(project, [path], options)
    assert summary.annotations_added == 3
    labels = {}
    for document in project.documents():
        assert document.id is not None
        assert "column_label" not in document.meta
        [annotation] = project.annotations(document.id)
        labels[document.text] = (annotation.layer, annotation.start, annotation.end)
    assert labels["Terrible customer service."] == ("negative", 0, 0)
    assert labels["Great price."] == ("positive", 0, 0)


def test_semicolon_is_sniffed(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text("id;text;Stadt\n7;Ein Artikel, mit Komma.;Wien\n", encoding="utf-8")
    _, summary = import_files(project, [path], ImportOptions(name_column="id"))
    assert summary.added == ["7"]
    [document] = project.documents()
    assert document.text == "Ein Artikel, mit Komma."
    assert document.meta == {"Stadt": "Wien"}


def test_tsv_is_tab_separated(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "news.tsv"
    path.write_text("name\ttext\na\tFirst, article.\nb\tSecond.\n", encoding="utf-8")
    _, summary = import_files(project, [path], ImportOptions())
    assert summary.added == ["a", "b"]


def test_delimiter_option(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "piped.csv"
    path.write_text("name|text\na|One, two; three.\n", encoding="utf-8")
    _, summary = import_files(project, [path], ImportOptions(delimiter="|"))
    assert summary.added == ["a"]


def test_name_column_keeps_names_when_rows_are_resorted(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("url,text\nu1,First.\nu2,Second.\n", encoding="utf-8")
    import_files(project, [path], ImportOptions(name_column="url"))
    path.write_text("url,text\nu2,Second.\nu1,First.\n", encoding="utf-8")
    _, summary = import_files(project, [path], ImportOptions(name_column="url"))
    assert summary.added == [] and sorted(summary.unchanged) == ["u1", "u2"]


def test_blank_header_is_refused_with_its_column(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = tmp_path / "news.csv"
    path.write_text(",text,title\n17,An article.,T\n", encoding="utf-8")
    error = rejects([path])
    assert (
        str(error)
        == f"{path}:1: column 1 has no name (a blank header); name it, or its values would be lost"
    )


def test_duplicate_header_is_refused_with_both_columns(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,text,id\n1,An article.,2\n", encoding="utf-8")
    error = rejects([path])
    assert "columns 1 and 3 are both named 'id'" in str(error)


def test_missing_option_columns_are_named(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = tmp_path / "news.csv"
    path.write_text("text\nAn article.\n", encoding="utf-8")
    assert "no column named 'url' for --name-column" in str(rejects([path], name_column="url"))
    error = rejects([path], label_columns=("topic",))
    assert "no column named 'topic' for --label-column" in str(error)
