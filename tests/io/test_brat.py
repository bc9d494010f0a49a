"""brat standoff both ways, on brat's own news tutorial (tests/fixtures/interchange/brat/news)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Annotation
from annotator.core.schema import load_schema
from annotator.io.exporter import ExportSelection
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import format_named
from annotator.io.importer import import_files
from annotator.resources import default_schema_path
from annotator.store.project import Project
from tests.io.interchange_fixtures import FIXTURES
from tests.stored import attribute_of, layer_of


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    shutil.copytree(FIXTURES / "brat" / "news", folder)
    return folder


def spans_in_ann_files(folder: Path) -> list[tuple[str, str, str]]:
    """(file, type, span text) of every continuous T line, read straight from the files."""
    found = []
    for ann in sorted(folder.glob("*.ann")):
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T") and ";" not in line.split("\t")[1]:
                _, spec, text = line.split("\t")
                found.append((ann.stem + ".txt", spec.split(" ")[0], text))
    return sorted(found)


def stored_spans(project: Project) -> list[tuple[str, str, str]]:
    found = []
    for document in project.documents():
        assert document.id is not None
        for a in project.annotations(document.id):
            layer = project.schema.layer(a.layer)
            assert layer is not None
            found.append((document.name, layer.title, a.covered_text(document.text)))
    return sorted(found)


def by_text(project: Project, name: str) -> dict[str, Annotation]:
    document = project.documents.by_name(name)
    assert document is not None and document.id is not None
    found: dict[str, Annotation] = {}
    for a in project.annotations(document.id):  # the first of repeated texts
        found.setdefault(a.covered_text(document.text), a)
    return found


def test_a_brat_folder_imports_its_annotations(project: Project, news: Path) -> None:
    plan, summary = import_files(project, [news], ImportOptions(add_layers=True))
    assert len(summary.added) == 5
    assert stored_spans(project) == spans_in_ann_files(news)
    assert summary.annotations_added == len(spans_in_ann_files(news)) == 78
    notes = "\n".join(map(str, plan.notes))
    assert "080-event-annotation.ann:3: event E1 (Merge-org:T2)" in notes
    assert "000-introduction.ann:17: normalisation N1" in notes
    assert "060-relation_annotation.ann:6: equivalence Alias T3 T4 T5" in notes
    assert "110-note_annotation.ann:8: note on E1" in notes


def test_relations_attributes_and_notes(project: Project, news: Path) -> None:
    import_files(project, [news], ImportOptions(add_layers=True))
    relation = by_text(project, "060-relation_annotation.txt")
    pratchett, england = relation["Terry Pratchett"], relation["England"]
    assert pratchett.attributes == {"located": england.id}
    notes = by_text(project, "110-note_annotation.txt")
    assert notes["Discworld"].note == "Should fictional places be annotated?"
    attributes = by_text(project, "100-attribute_annotation.txt")
    assert attributes["Somebody"].attributes == {"individual": True}
    mention = attribute_of(layer_of(project.schema, "person"), "mention")  # from annotation.conf
    assert mention.choices == ("Name", "Nominal", "Other")


def test_unknown_brat_types_are_listed(rejects: Callable[..., InputError], news: Path) -> None:
    error = rejects([news])
    assert "7 label(s) the project does not know: GPE (5), Merge-org (12)" in str(error)


def test_round_trip_export_import_export(project: Project, news: Path, tmp_path: Path) -> None:
    import_files(project, [news], ImportOptions(add_layers=True))
    writer = format_named("brat").writer
    assert writer is not None
    result = writer(project, tmp_path / "out", ExportSelection())
    assert result.count == 5
    assert (tmp_path / "out" / "annotation.conf").is_file()
    again = Project.open(
        tmp_path / "again.sqlite", create=True, schema=load_schema(default_schema_path())
    )
    import_files(again, [tmp_path / "out"], ImportOptions(add_layers=True))
    assert stored_spans(again) == stored_spans(project) == spans_in_ann_files(news)
    # Relations, attributes and notes come back too.
    relation = by_text(again, "060-relation_annotation.txt")
    assert relation["Terry Pratchett"].attributes == {"located": relation["England"].id}
    assert by_text(again, "110-note_annotation.txt")["Discworld"].note
    writer(again, tmp_path / "out2", ExportSelection())
    for path in sorted((tmp_path / "out").iterdir()):
        assert path.read_bytes() == (tmp_path / "out2" / path.name).read_bytes(), path.name
    again.close()


def test_importing_the_export_again_changes_nothing(
    project: Project, news: Path, tmp_path: Path
) -> None:
    import_files(project, [news], ImportOptions(add_layers=True))
    writer = format_named("brat").writer
    assert writer is not None
    writer(project, tmp_path / "out", ExportSelection())
    before = stored_spans(project)
    plan, summary = import_files(project, [tmp_path / "out"], ImportOptions())
    assert (summary.added, summary.annotations_added) == ([], 0)
    assert plan.already_stored == 78
    assert stored_spans(project) == before


def test_export_names_what_brat_cannot_hold(project: Project, tmp_path: Path) -> None:
    document = tmp_path / "a.txt"
    document.write_text("Kazakhstan will not recognise the referendums.", encoding="utf-8")
    import_files(project, [document], ImportOptions())
    stored = project.documents.by_name("a.txt")
    assert stored is not None and stored.id is not None
    from annotator.core.model import Annotation

    project.annotations.add(
        Annotation("s1", stored.id, "ala", "stance", 0, 10, {"holder": "Kazakhstan"})
    )
    writer = format_named("brat").writer
    assert writer is not None
    result = writer(project, tmp_path / "out", ExportSelection())
    assert result.not_written == [
        "text attribute 'holder' (brat attributes take one-word values): 1"
    ]
    assert "T1\tStance 0 10\tKazakhstan" in (tmp_path / "out" / "a.ann").read_text("utf-8")


def write_pair(folder: Path, text: str, ann: str, newline: str = "\n") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "doc.txt").write_bytes(text.replace("\n", newline).encode("utf-8"))
    (folder / "doc.ann").write_text(ann, encoding="utf-8")
    return folder


def test_discontinuous_spans_are_named_not_dropped(project: Project, tmp_path: Path) -> None:
    # Synthetic: none of brat's example files has a discontinuous span.
    folder = write_pair(
        tmp_path / "d",
        "North and South Korea",
        "T1\tGPE 0 5;16 21\tNorth Korea\nT2\tGPE 10 21\tSouth Korea\n",
    )
    plan, summary = import_files(project, [folder], ImportOptions(add_layers=True))
    assert summary.annotations_added == 1
    assert list(map(str, plan.notes)) == [
        f"not imported: {folder / 'doc.ann'}:1: T1 GPE: a discontinuous span of 2 fragments "
        "(0 5;16 21); annotator spans are continuous"
    ]


def test_utf16_offsets_are_converted_and_said(project: Project, tmp_path: Path) -> None:
    text = "😊 Tokayev spoke."
    folder = write_pair(tmp_path / "u", text, "T1\tPerson 3 10\tTokayev\n")  # UTF-16: 😊 is 2
    plan, _ = import_files(project, [folder], ImportOptions(add_layers=True))
    assert stored_spans(project) == [("doc.txt", "Person", "Tokayev")]
    assert "1 span(s) counted in UTF-16 units, converted" in str(plan.notes[0])


def test_a_wrong_span_text_is_refused_with_both_texts(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    folder = write_pair(tmp_path / "w", "Tokayev spoke.", "T1\tquote 1 8\tTokayev\n")
    error = rejects([folder])
    assert str(error).startswith(f"{folder / 'doc.ann'}:1: T1: the file says the span 1-8 is")
    assert "'Tokayev'" in str(error) and "'okayev '" in str(error)


def test_crlf_texts_keep_their_offsets(project: Project, tmp_path: Path) -> None:
    folder = write_pair(
        tmp_path / "c", "Title\nTokayev spoke.", "T1\tquote 7 14\tTokayev\n", "\r\n"
    )
    import_files(project, [folder], ImportOptions())
    assert stored_spans(project) == [("doc.txt", "Quote", "Tokayev")]


def test_an_attribute_and_a_relation_whose_names_differ_in_case(
    project: Project, tmp_path: Path
) -> None:
    """brat's Finnish TDT sample gives nouns an attribute ``POSS`` (possessive suffix) and
    a dependency relation ``poss``: two attributes, each value in its own.  Before, the
    relation's target was written into the choice attribute and the import refused."""
    corpus = tmp_path / "tdt"
    shutil.copytree(FIXTURES / "brat" / "tdt", corpus)
    _plan, summary = import_files(project, [corpus], ImportOptions(add_layers=True))
    noun = project.schema.layer("n")
    assert noun is not None
    kinds = {a.title: a.type for a in noun.attributes}
    assert (kinds["POSS"], kinds["poss"]) == ("choice", "ref")
    document = project.documents.by_name("b105.txt")
    assert document is not None and document.id is not None
    labels = project.annotations(document.id)
    by_id = {a.id: a for a in labels}
    named = {a.name: a.title for a in noun.attributes if a.title in ("POSS", "poss")}
    found = {
        (a.covered_text(document.text), title, by_id[v].covered_text(document.text)
         if title == "poss" else v)
        for a in labels for name, title in named.items()
        if (v := a.attributes.get(name)) is not None
    }  # fmt: skip
    # b105.ann: A96 POSS T31 PxSg1 (T31 "mielestäni"); R62 poss Arg1:T42 Arg2:T41.
    assert ("mielestäni", "POSS", "PxSg1") in found
    assert ("tapahtumat", "poss", "lopun") in found
    assert summary.annotations_added == sum(1 for line in (corpus / "b105.ann").read_text(
        "utf-8").splitlines() if line.startswith("T"))  # fmt: skip
