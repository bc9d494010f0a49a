"""WebAnno / INCEpTION TSV 3.x both ways, on INCEpTION's own test files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Annotation, new_annotation_id
from annotator.core.schema import load_schema
from annotator.io.exporter import ExportSelection
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import format_named
from annotator.io.importer import detect_format, import_files
from annotator.resources import default_schema_path
from annotator.store.project import Project
from tests.io.interchange_fixtures import FIXTURES, copy_fixture

FILES = sorted(p.name for p in (FIXTURES / "webanno").glob("*.tsv"))


def spans(project: Project) -> list[tuple[str, str, str, tuple[tuple[str, str], ...]]]:
    """(document, layer title, covered text, attributes with refs shown as their text)."""
    found = []
    for document in project.documents():
        assert document.id is not None
        annotations = project.annotations(document.id)
        text_of = {a.id: a.covered_text(document.text) for a in annotations}
        for a in annotations:
            layer = project.schema.layer(a.layer)
            assert layer is not None
            attributes = tuple(
                sorted((k, text_of.get(str(v), str(v))) for k, v in a.attributes.items())
            )
            found.append((document.name, layer.title, a.covered_text(document.text), attributes))
    return sorted(found)


def test_stacked_spans_with_values(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("webanno", "testTokenBoundedStackedSpanWithFeatureValue.tsv", tmp_path)
    assert detect_format(path) == "webanno"
    import_files(project, [path], ImportOptions(add_layers=True))
    found = [(title, text, attributes) for _, title, text, attributes in spans(project)]
    assert found == sorted(
        ("Span", token, (("value_text", "NE"),))
        for token in ("This", "This", "is", "is", "a", "a", "test", "test", ".", ".")
    )


def test_multi_token_stacked_spans(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("webanno", "testMultiTokenStackedSpanWithoutFeatureValue.tsv", tmp_path)
    import_files(project, [path], ImportOptions(add_layers=True))
    assert [text for _, _, text, _ in spans(project)] == ["This is a test ."] * 2


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("testSimpleSlotFeature.tsv", [("SimpleLinkHost", "This"), ("SimpleSpan", "a"),
                                       ("SimpleSpan", "is")]),
        ("testMultiTokenStackedSlotFeature.tsv", [("SimpleLinkHost", "This"),
                                                  ("SimpleSpan", "is a"), ("SimpleSpan", "is a")]),
        ("testUnsetSlotFeature.tsv", [("FlexLinkHost", "This"), ("SimpleSpan", "a"),
                                      ("SimpleSpan", "is")]),
    ],
)  # fmt: skip
def test_a_span_whose_features_are_all_slots_is_imported(
    project: Project, tmp_path: Path, name: str, expected: list[tuple[str, str]]
) -> None:
    """Its links are not held (a note says so), but the span is: the role column (or,
    with no link set, ``*`` in the target column) is what says where it is.  Before,
    the host span was left out without a word."""
    path = copy_fixture("webanno", name, tmp_path)
    plan, _ = import_files(project, [path], ImportOptions(add_layers=True))
    assert [(title, text) for _, title, text, _ in spans(project)] == expected
    assert any("slot feature ROLE_" in str(note) for note in plan.notes)


def test_a_span_over_two_sentences_is_one_span(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("webanno", "testCrossSentenceSpanWithFeatureValue.tsv", tmp_path)
    import_files(project, [path], ImportOptions(add_layers=True))
    assert [(text, attributes) for _, _, text, attributes in spans(project)] == [
        ("He loves her . She loves him not .", (("value_text", "PERSON"),))
    ]


def test_a_relation_between_sub_token_spans(project: Project, tmp_path: Path) -> None:
    """Written on the dependent's row (``t``) naming the governor (``T``): a ``ref`` from
    the governor, as the file's reference.xmi has it (Governor T, Dependent t)."""
    path = copy_fixture("webanno", "testSubTokenRelation.tsv", tmp_path)
    import_files(project, [path], ImportOptions(add_layers=True))
    assert [(text, attributes) for _, _, text, attributes in spans(project)] == [
        ("T", (("relation", "t"), ("value_text", "OTH"))),
        ("t", (("value_text", "OTH"),)),
    ]


def test_utf16_offsets_are_converted(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("webanno", "testSentenceWithEmoji.tsv", tmp_path)
    plan, _ = import_files(project, [path], ImportOptions(add_layers=True))
    assert [text for _, _, text, _ in spans(project)] == ["😊"]
    [document] = project.documents()
    assert document.text == "I like it 😊 ."
    assert "UTF-16 offsets converted to code points" in str(plan.notes[0])


def test_a_sentence_after_an_emoji_starts_where_its_utf16_offsets_say(
    project: Project, tmp_path: Path
) -> None:
    """The text between sentences is rebuilt from UTF-16 offsets: the emoji counts two."""
    path = copy_fixture("webanno", "testSentenceWithEmoji.tsv", tmp_path)
    second = "\n#Text=Yes .\n2-1\t15-18\tYes\t*\t\n2-2\t19-20\t.\t_\t\n"
    path.write_text(path.read_text("utf-8") + second, encoding="utf-8")
    import_files(project, [path], ImportOptions(add_layers=True))
    [document] = project.documents()
    assert document.text == "I like it 😊 . Yes ."
    assert [text for _, _, text, _ in spans(project)] == ["Yes", "😊"]


def test_relations_become_refs(project: Project, tmp_path: Path) -> None:
    path = copy_fixture("webanno", "testDependencyWithValues.tsv", tmp_path)
    import_files(project, [path], ImportOptions(add_layers=True))
    found = [(text, attributes) for _, _, text, attributes in spans(project)]
    assert found == [
        ("This", (("dependency", "is"), ("posvalue", "POS1"))),
        ("is", (("posvalue", "POS2"),)),
    ]


def test_a_shifted_token_is_refused_showing_both_texts(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = copy_fixture("webanno", "testSentenceWithLineBreak.tsv", tmp_path)
    path.write_text(path.read_text("utf-8").replace("1-2\t5-7", "1-2\t4-6"), encoding="utf-8")
    error = rejects([path], add_layers=True)
    assert "token 1-2 says 'is' at 4-6 (UTF-16), but the text there is ' i'" in str(error)


def test_offsets_that_are_not_numbers_are_refused_with_the_line(
    rejects: Callable[..., InputError], tmp_path: Path
) -> None:
    path = copy_fixture("webanno", "testSentenceWithLineBreak.tsv", tmp_path)
    path.write_text(path.read_text("utf-8").replace("1-2\t5-7", "1-2\t5[4-7"), encoding="utf-8")
    error = rejects([path], add_layers=True)
    assert "token 1-2: offsets '5[4-7' are not BEGIN-END" in str(error)
    assert error.line is not None


@pytest.mark.parametrize("name", FILES)
def test_round_trip(project: Project, tmp_path: Path, name: str) -> None:
    path = copy_fixture("webanno", name, tmp_path)
    import_files(project, [path], ImportOptions(add_layers=True))
    writer = format_named("webanno").writer
    assert writer is not None
    writer(project, tmp_path / "out", ExportSelection())
    again = Project.open(
        tmp_path / "again.sqlite", create=True, schema=load_schema(default_schema_path())
    )
    import_files(again, [tmp_path / "out"], ImportOptions(add_layers=True))
    assert spans(again) == spans(project)
    assert [d.text for d in again.documents()] == [d.text for d in project.documents()]
    again.close()
    _, summary = import_files(project, [tmp_path / "out"], ImportOptions())
    assert (summary.added, summary.annotations_added) == ([], 0)


def test_numbers_and_flags_come_back_as_the_schemas_types(tmp_path: Path) -> None:
    """A feature is text in the file; for a layer the project has, annotator's own
    ``99.23`` and ``true`` come back as the attribute's number and flag, and any
    other text is refused by the import's check, not stored as a wrong type."""
    schema = load_schema(default_schema_path())
    source = Project.open(tmp_path / "a.sqlite", create=True, schema=schema)
    text = "Turnout was 99.23% and 12 parties."
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    import_files(source, [tmp_path / "doc.txt"], ImportOptions())
    document = source.documents.by_name("doc.txt")
    assert document is not None and document.id is not None
    for start, end, value in ((12, 17, 99.23), (23, 25, 12)):
        source.annotations.add(
            Annotation(new_annotation_id(), document.id, "alice", "figure", start, end,
                       attributes={"value": value})
        )  # fmt: skip
    writer = format_named("webanno").writer
    assert writer is not None
    writer(source, tmp_path / "out", ExportSelection())
    target = Project.open(tmp_path / "b.sqlite", create=True, schema=schema)
    import_files(target, [tmp_path / "out"], ImportOptions())
    copied = target.documents.by_name("doc.txt")  # as annotator-folders.json names it
    assert copied is not None and copied.id is not None
    values = [a.attributes["value"] for a in target.annotations(copied.id)]
    assert sorted(values) == [12, 99.23]
    assert [type(v) for v in sorted(values)] == [int, float]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("99.23", "number", 99.23), ("12", "number", 12), ("-3e2", "number", -300.0),
     ("true", "flag", True), ("false", "flag", False), ("yes", "flag", "yes"),
     ("1.2.3", "number", "1.2.3"), ("12", "text", "12")],
)  # fmt: skip
def test_feature_text_takes_the_attributes_type(text: str, kind: str, value: object) -> None:
    from annotator.io.foreign_labels import _typed

    assert _typed(text, kind) == value and type(_typed(text, kind)) is type(value)
