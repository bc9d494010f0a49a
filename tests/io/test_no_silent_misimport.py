"""Files that used to become a plain-text document with exit status 0 (issue 13).

Each test feeds a genuine file of another tool (tests/fixtures/interchange/)
and checks that it is either read as what it is or refused with what it
looks like; never stored as one document whose text is the raw file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import InputError
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import detect_format, import_files
from annotator.store.project import Project
from tests.io.interchange_fixtures import copy_fixture, fixture


def no_document_holds_the_raw_file(project: Project, path: Path) -> None:
    raw = path.read_text(encoding="utf-8").strip()
    for document in project.documents():
        assert document.text.strip() != raw, f"{path.name} was imported as text"


def test_a_label_studio_export_is_not_text(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = copy_fixture("labelstudio", "text_with_2_predictions.json", tmp_path)
    error = rejects([path], format="doccano")
    assert "it looks like a Label Studio JSON file: use --format labelstudio" in str(error)


def test_a_brat_ann_file_alone_is_not_text(tmp_path: Path, project: Project) -> None:
    path = copy_fixture("brat", "news/060-relation_annotation.ann", tmp_path)
    assert detect_format(path) == "brat"
    try:
        import_files(project, [path], ImportOptions())
    except InputError as error:
        assert "brat" in str(error)
    no_document_holds_the_raw_file(project, path)


def test_annotation_conf_is_refused_with_what_it_is(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = copy_fixture("brat", "news/annotation.conf", tmp_path)
    error = rejects([path])
    assert "looks like a brat configuration file" in str(error)
    assert "import the folder" in str(error)


def test_a_conll_file_is_refused_as_conll(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    # Synthetic: no CoNLL file of the tools' repositories is checked in.
    path = tmp_path / "train.conll"
    path.write_text("EU\tB-ORG\nrejects\tO\nGerman\tB-MISC\ncall\tO\n", encoding="utf-8")
    error = rejects([path])
    assert "looks like a CoNLL column file" in str(error)
    renamed = path.rename(tmp_path / "train.data")  # recognised by content, not only suffix
    assert "looks like a CoNLL column file" in str(rejects([renamed]))


def test_an_unknown_suffix_is_refused_not_read_as_text(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = tmp_path / "notes.rtf"
    path.write_text("{\\rtf1 Hello}", encoding="utf-8")
    error = rejects([path])
    assert "unknown kind of file ('.rtf')" in str(error)
    assert "--format text" in str(error)


def test_format_text_reads_any_file_as_text(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "notes.rtf"
    path.write_text("{\\rtf1 Hello}", encoding="utf-8")
    _, summary = import_files(project, [path], ImportOptions(format="text"))
    assert summary.added == ["notes.rtf"]


def test_content_beats_suffix_for_a_label_studio_file_named_export(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = copy_fixture("labelstudio", "completions_348.json", tmp_path).rename(
        tmp_path / "348.export"
    )
    error = rejects([path])
    assert "unknown kind of file ('.export'); it looks like a Label Studio JSON file" in str(error)


def test_a_folder_names_the_files_it_cannot_read(tmp_path: Path, project: Project) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text("An article.", encoding="utf-8")
    (folder / "LICENSE").write_text("MIT", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    plan, summary = import_files(project, [folder], ImportOptions())
    assert summary.added == ["one.txt"]
    assert sorted(Path(e.source).name for e in plan.not_read) == ["LICENSE", "scan.pdf"]
    assert any("2 files" in line for line in plan.report_lines())


def test_a_folder_with_a_recognised_but_unreadable_file_is_refused(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "one.txt").write_text("An article.", encoding="utf-8")
    copy_fixture("labelstudio", "completions_348.json", folder).rename(folder / "348.export")
    error = rejects([folder])
    assert "348.export" in str(error)


def test_the_fixtures_are_where_the_tests_expect_them() -> None:
    assert (
        fixture("webanno", "testSentenceWithEmoji.tsv")
        .read_text("utf-8")
        .startswith("#FORMAT=WebAnno TSV 3")
    )
