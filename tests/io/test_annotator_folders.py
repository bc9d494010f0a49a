"""Exports of several annotators come back with every label's annotator.

brat and WebAnno files carry no annotator: the export writes a subfolder per
annotator (doccano: a file each) and ``annotator-folders.json`` saying whose
each is; the import reads it.  A folder without that file imports as before
(real brat corpora split ``train``/``dev`` into subfolders that are not
annotators), and a bad or foreign manifest is refused with its line.
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Annotation, Origin, new_annotation_id
from annotator.core.schema import load_schema
from annotator.io.annotator_folders import MANIFEST, safe_names
from annotator.io.exporter import ExportSelection
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import format_named
from annotator.io.importer import import_files
from annotator.io.records import stable_annotation_id
from annotator.resources import default_schema_path
from annotator.store.project import Project
from tests.io.interchange_fixtures import FIXTURES
from tests.seeded import ENGLISH, add_disagreeing_stances, seed_project

FOLDER_FORMATS = ("brat", "webanno", "doccano")
Label = tuple[str, str, str, int, int]


def labels(project: Project) -> set[Label]:
    """(document, annotator, layer, start, end) of every label; WebAnno's ``.tsv`` names
    are the documents' names plus ``.tsv``."""
    found: set[Label] = set()
    for document in project.documents():
        assert document.id is not None
        for a in project.annotations(document.id):
            found.add((document.name.removesuffix(".tsv"), a.annotator, a.layer, a.start, a.end))
    return found


@pytest.fixture
def team(tmp_path: Path) -> Project:
    """The seed articles; alice and bob agree on one stance (same layer and span: the
    case whose derived ids collided) and differ on others; and three names a file name
    cannot keep as they are: ``Alice`` beside ``alice``, ``a/b`` and ``a_b``."""
    project = Project.open(seed_project(tmp_path / "team.sqlite"))
    added = add_disagreeing_stances(project)
    for name in ("Alice", "a/b", "a_b"):
        project.annotations.add(_copy(added[0], name))
    return project


def _copy(annotation: Annotation, annotator: str) -> Annotation:
    return Annotation(
        id=new_annotation_id(),
        document_id=annotation.document_id,
        annotator=annotator,
        layer=annotation.layer,
        start=annotation.start,
        end=annotation.end,
        origin=Origin.MANUAL,
    )


def export(project: Project, fmt: str, target: Path, annotators: tuple[str, ...] = ()) -> Path:
    writer = format_named(fmt).writer
    assert writer is not None
    writer(project, target, ExportSelection(annotators=annotators))
    return target


def fresh(tmp_path: Path, name: str = "fresh.sqlite") -> Project:
    """An empty project with the default schema (the seed articles' schema)."""
    return Project.open(tmp_path / name, create=True, schema=load_schema(default_schema_path()))


@pytest.mark.parametrize("fmt", FOLDER_FORMATS)
def test_round_trip_keeps_every_label_with_its_annotator(
    team: Project, tmp_path: Path, fmt: str
) -> None:
    exported = export(team, fmt, tmp_path / f"out.{fmt}")
    assert (exported / MANIFEST).is_file()
    target = fresh(tmp_path)
    plan, summary = import_files(target, [exported], ImportOptions())
    spans = {label for label in labels(team) if label[3] < label[4]}
    assert labels(target) == spans
    assert {a for _d, a, *_ in labels(target)} == {"alice", "bob", "Alice", "a/b", "a_b"}
    assert summary.annotations_added == len(spans)
    # Each annotator's folder holds every document: one document each, none "repeated".
    assert (len(summary.added), len(summary.unchanged), plan.duplicates) == (5, 0, [])

    _plan, again = import_files(target, [exported], ImportOptions())
    assert (len(again.added), again.annotations_added) == (0, 0)
    assert labels(target) == spans


@pytest.mark.parametrize("fmt", FOLDER_FORMATS)  # WebAnno: the manifest names the documents
def test_import_back_into_the_same_project_changes_nothing(
    team: Project, tmp_path: Path, fmt: str
) -> None:
    before = labels(team)
    exported = export(team, fmt, tmp_path / f"out.{fmt}")
    plan, summary = import_files(team, [exported], ImportOptions())
    assert summary.annotations_added == 0 and not summary.added
    assert plan.already_stored == len({label for label in before if label[3] < label[4]})
    assert labels(team) == before


def test_subfolders_get_names_a_file_system_keeps_apart(team: Project, tmp_path: Path) -> None:
    exported = export(team, "brat", tmp_path / "out")
    manifest = json.loads((exported / MANIFEST).read_text(encoding="utf-8"))
    assert manifest == {
        "annotator_folders": 1,
        "folders": {"Alice": "Alice", "a_b": "a/b", "a_b_2": "a_b", "alice_2": "alice",
                    "bob": "bob"},
        "documents": {f"{d.name.removesuffix('.txt')}.ann": d.name for d in team.documents()},
    }  # fmt: skip
    folders = [p.name.casefold() for p in exported.iterdir() if p.is_dir()]
    assert len(folders) == len(set(folders)) == 5
    assert safe_names(["a/b", "a_b", " .x. ", ""]) == {
        "a/b": "a_b",
        "a_b": "a_b_2",
        " .x. ": "x",
        "": "annotator",
    }
    composed, decomposed = "Zo\u00eb", "Zoe\u0308"  # one name to macOS
    assert safe_names([composed, decomposed, "con", "Lpt1.x", "n" * 300]) == {
        composed: composed,
        decomposed: f"{composed}_2",
        "con": "con_",
        "Lpt1.x": "Lpt1.x_",
        "n" * 300: "n" * 100,
    }
    assert safe_names(["annotator-folders", "x"], ".json")["annotator-folders"] == (
        "annotator-folders_2.json"
    )


@pytest.mark.parametrize("fmt", ["brat", "webanno"])
def test_one_annotators_subfolder_alone_keeps_its_annotator(
    team: Project, tmp_path: Path, fmt: str
) -> None:
    """``import export/bob`` finds ``export/annotator-folders.json``; importing the whole
    export afterwards adds the others and finds bob's labels already there."""
    exported = export(team, fmt, tmp_path / "out")
    target = fresh(tmp_path)
    import_files(target, [exported / "bob"], ImportOptions())
    assert {a for _d, a, *_ in labels(target)} == {"bob"}
    _plan, summary = import_files(target, [exported], ImportOptions())
    assert summary.annotations_added == len(labels(team)) - 2  # bob's two


def test_annotator_option_names_one_folder_but_not_several(team: Project, tmp_path: Path) -> None:
    exported = export(team, "brat", tmp_path / "out")
    target = fresh(tmp_path)
    with pytest.raises(InputError) as caught:
        import_files(target, [exported], ImportOptions(annotator="carol"))
    assert caught.value.source.endswith(MANIFEST)
    assert caught.value.line is not None and caught.value.line > 2
    assert "labels of 5 annotators" in str(caught.value)
    assert labels(target) == set()

    import_files(target, [exported / "bob"], ImportOptions(annotator="carol"))
    assert {a for _d, a, *_ in labels(target)} == {"carol"}


def test_one_annotators_export_names_the_folder_itself(team: Project, tmp_path: Path) -> None:
    exported = export(team, "brat", tmp_path / "out", annotators=("bob",))
    assert json.loads((exported / MANIFEST).read_text(encoding="utf-8"))["folders"] == {".": "bob"}
    target = fresh(tmp_path)
    import_files(target, [exported], ImportOptions())
    assert {a for _d, a, *_ in labels(target)} == {"bob"}


def test_one_annotators_doccano_file_names_its_annotator(team: Project, tmp_path: Path) -> None:
    """A single doccano file has no folder to name: each record says ``annotator``
    (doccano keeps unknown keys as metadata), so the labels are not the file name's."""
    exported = export(team, "doccano", tmp_path / "labels.jsonl", annotators=("a/b",))
    assert all(
        json.loads(line)["annotator"] == "a/b" for line in exported.read_text("utf-8").splitlines()
    )
    target = fresh(tmp_path)
    import_files(target, [exported], ImportOptions())
    assert {a for _d, a, *_ in labels(target)} == {"a/b"}
    assert all("annotator" not in (d.meta or {}) for d in target.documents())
    import_files(target, [exported], ImportOptions(annotator="carol"))  # --annotator wins
    assert {a for _d, a, *_ in labels(target)} == {"a/b", "carol"}


def test_an_export_of_imported_labels_keeps_the_ids_earlier_versions_gave(
    tmp_path: Path,
) -> None:
    """Labels imported from brat belong to ``imported``; their export names that
    annotator, and importing it derives the very ids an import of the same files
    without the manifest (every earlier version) derived: re-importing files imported
    before adds nothing."""
    corpus = tmp_path / "news"
    shutil.copytree(FIXTURES / "brat" / "news", corpus)
    first = fresh(tmp_path, "first.sqlite")
    import_files(first, [corpus], ImportOptions(add_layers=True))
    exported = export(first, "brat", tmp_path / "out")
    assert json.loads((exported / MANIFEST).read_text(encoding="utf-8"))["folders"] == {
        ".": "imported"
    }
    _plan, summary = import_files(first, [exported], ImportOptions(add_layers=True))
    assert summary.annotations_added == 0
    unmarked = tmp_path / "unmarked"
    shutil.copytree(exported, unmarked)
    (unmarked / MANIFEST).unlink()
    earlier, now = fresh(tmp_path, "earlier.sqlite"), fresh(tmp_path, "now.sqlite")
    import_files(earlier, [unmarked], ImportOptions(add_layers=True))
    import_files(now, [exported], ImportOptions(add_layers=True))
    ids = [{a.id for d in p.documents() for a in p.annotations(d.id or 0)} for p in (earlier, now)]
    assert ids[0] == ids[1] and len(ids[0]) > 10
    _plan, again = import_files(now, [unmarked], ImportOptions(add_layers=True))
    assert again.annotations_added == 0


def test_a_corpus_with_split_subfolders_and_no_manifest_imports_as_before(
    tmp_path: Path,
) -> None:
    """brat's news tutorial (genuine files) split into ``train``/``dev``: no manifest, so
    the subfolders are not annotators; every label is ``imported``, with the id every
    earlier version derived for it."""
    source = FIXTURES / "brat" / "news"
    corpus = tmp_path / "corpus"
    for split, stems in (("train", ["000-introduction", "060-relation_annotation"]),
                         ("dev", ["100-attribute_annotation", "110-note_annotation"])):  # fmt: skip
        (corpus / split).mkdir(parents=True)
        for stem in stems:
            for suffix in (".txt", ".ann"):
                shutil.copy(source / f"{stem}{suffix}", corpus / split / f"{stem}{suffix}")
    shutil.copy(source / "annotation.conf", corpus / "annotation.conf")
    project = fresh(tmp_path)
    _plan, summary = import_files(project, [corpus], ImportOptions(add_layers=True))
    assert summary.annotations_added > 0
    assert {a for _d, a, *_ in labels(project)} == {"imported"}
    document = project.documents.by_name("060-relation_annotation.txt")
    assert document is not None and document.id is not None
    first_t = next(
        line.split("\t")
        for line in (source / "060-relation_annotation.ann").read_text("utf-8").splitlines()
        if line.startswith("T")
    )
    label, start, end = first_t[1].split(" ")
    expected = stable_annotation_id(document.name, 1, "imported", label, int(start), int(end))
    assert expected in {a.id for a in project.annotations(document.id)}
    _plan, again = import_files(project, [corpus], ImportOptions(add_layers=True))
    assert again.annotations_added == 0


# -- bad and foreign manifests -----------------------------------------------------

BAD_MANIFESTS: list[tuple[str, str, int, str]] = [
    ("not JSON", '{\n  "annotator_folders": 1,\n  "folders": {\n    "bob" "bob"\n', 4,
     "invalid JSON"),
    ("foreign", '{\n  "people": ["alice", "bob"]\n}\n', 1, 'no "annotator_folders" version'),
    ("newer", '{\n  "annotator_folders": 2,\n  "folders": {"bob": "bob"}\n}\n', 2,
     "newer annotator"),
    ("version text", '{\n  "annotator_folders": "1",\n  "folders": {"bob": "bob"}\n}\n', 2,
     'must be 1, not "1"'),
    ("no folders", '{\n  "annotator_folders": 1\n}\n', 2, '"folders" must map'),
    ("twice", '{\n  "annotator_folders": 1,\n  "folders": {\n    "bob": "bob",\n'
     '    "alice": "alice",\n    "bob": "robert"\n  }\n}\n', 6, '"bob" is named twice'),
    ("empty name", '{\n  "annotator_folders": 1,\n  "folders": {\n    "bob": "bob",\n'
     '    "alice": " "\n  }\n}\n', 5, "must be a name"),
    ("path", '{\n  "annotator_folders": 1,\n  "folders": {\n    "bob/x": "bob"\n  }\n}\n', 4,
     "without a path"),
    ("missing", '{\n  "annotator_folders": 1,\n  "folders": {\n    "bob": "bob",\n'
     '    "carol": "carol"\n  }\n}\n', 5, '"carol": no such folder'),
    ("dot beside", '{\n  "annotator_folders": 1,\n  "folders": {\n    "bob": "bob",\n'
     '    ".": "alice"\n  }\n}\n', 5, "cannot be named beside"),
    ("documents list", '{\n  "annotator_folders": 1,\n  "folders": {"bob": "bob"},\n'
     '  "documents": ["a.tsv"]\n}\n', 4, '"documents" must map'),
    ("document number", '{\n  "annotator_folders": 1,\n  "folders": {"bob": "bob"},\n'
     '  "documents": {\n    "a.tsv": "a",\n    "b.tsv": 2\n  }\n}\n', 6,
     '"b.tsv": the document must be a name, not 2'),
    ("document path", '{\n  "annotator_folders": 1,\n  "folders": {"bob": "bob"},\n'
     '  "documents": {\n    "bob/a.tsv": "a"\n  }\n}\n', 5, "name a file, without a path"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [case[1:] for case in BAD_MANIFESTS],
    ids=[case[0] for case in BAD_MANIFESTS],
)
def test_a_bad_or_foreign_manifest_is_refused_with_its_line(
    team: Project, tmp_path: Path, rejects: Callable[..., InputError], text: str, line: int,
    reason: str,
) -> None:  # fmt: skip
    exported = export(team, "brat", tmp_path / "out", annotators=("alice", "bob"))
    (exported / MANIFEST).write_text(text, encoding="utf-8")
    error = rejects([exported])
    assert error.source == str(exported / MANIFEST)
    assert error.line == line
    assert reason in str(error)


def test_a_folder_the_manifest_does_not_name_is_refused(
    team: Project, tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    exported = export(team, "brat", tmp_path / "out", annotators=("alice", "bob"))
    shutil.copytree(exported / "bob", exported / "carol")
    error = rejects([exported])
    assert error.source.startswith(str(exported / "carol"))
    assert '"carol"' in str(error) and MANIFEST in str(error)


def test_the_manifest_named_alone_is_refused_with_what_to_do(
    team: Project, tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    exported = export(team, "brat", tmp_path / "out")
    error = rejects([exported / MANIFEST])
    assert "import the folder that holds it" in str(error)


def test_the_english_seed_is_where_the_labels_are(team: Project) -> None:
    """The fixture's premise: alice's and bob's first stance share layer and span."""
    document = team.documents.by_name(ENGLISH)
    assert document is not None and document.id is not None
    alice = team.annotations(document.id, "alice")[0]
    bob = team.annotations(document.id, "bob")[0]
    assert (alice.layer, alice.start, alice.end) == (bob.layer, bob.start, bob.end)


def named_documents(tmp_path: Path, names: list[str]) -> Project:
    """A new project with a document of each name (text ``12 of <name>.``) and one of
    alice's figures on each (a label, so that the export writes the manifest)."""
    project = fresh(tmp_path, "names.sqlite")
    records = [{"name": n, "text": f"12 of {n}."} for n in names]
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    import_files(project, [tmp_path / "in.jsonl"], ImportOptions())
    for document in project.documents():
        assert document.id is not None
        project.annotations.add(
            Annotation(new_annotation_id(), document.id, "alice", "figure", 0, 2,
                       attributes={"value": 12})
        )  # fmt: skip
    return project


def test_webanno_files_of_documents_one_file_system_name_would_merge(tmp_path: Path) -> None:
    """``a/b`` and ``a_b`` (and ``A_B`` on Windows and macOS) were one file ``a_b.tsv``,
    the last written over the others; now each has its file, and the manifest gives
    each file's document its name back."""
    project = named_documents(tmp_path, ["a/b", "a_b", "A_B", "c.tsv", "c"])
    exported = export(project, "webanno", tmp_path / "out")
    files = sorted(p.name.casefold() for p in exported.glob("*.tsv"))
    assert len(files) == len(set(files)) == 5
    back = fresh(tmp_path, "back.sqlite")
    _plan, summary = import_files(back, [exported], ImportOptions())
    assert {d.name: d.text for d in back.documents()} == {
        d.name: d.text for d in project.documents()
    }
    assert len(summary.added) == 5


def test_an_annotator_named_like_brats_configuration_gets_a_folder_of_its_own(
    team: Project, tmp_path: Path
) -> None:
    """brat writes ``annotation.conf`` at the export's root: an annotator of that name
    made the export fail (mkdir over the file) instead of getting ``annotation.conf_2``."""
    first = next(iter(team.annotations.iterate()))[0]
    team.annotations.add(_copy(first, "annotation.conf"))
    exported = export(team, "brat", tmp_path / "out")
    manifest = json.loads((exported / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["folders"]["annotation.conf_2"] == "annotation.conf"
    assert (exported / "annotation.conf").is_file()
    target = fresh(tmp_path)
    import_files(target, [exported], ImportOptions())
    assert "annotation.conf" in {a for _d, a, *_ in labels(target)}


def test_brat_export_of_documents_named_without_txt_comes_back_as_them(tmp_path: Path) -> None:
    """brat files are ``<name>.txt``/``.ann``: a document named ``c`` came back as a new
    document ``c.txt``, ``a/b`` and ``a_b`` shared one name, and Zoë in its two Unicode
    forms were two pairs macOS keeps as one. Now each pair is named apart and the
    manifest gives each its document back: into a new project the same names and texts,
    into the project it came from no change."""
    names = ["a/b", "a_b", "Zo\u00eb", "Zoe\u0308", "c", "c.txt", "CON"]
    project = named_documents(tmp_path, names)
    exported = export(project, "brat", tmp_path / "out")
    pairs = sorted(p.stem for p in exported.glob("*.ann"))
    assert len({unicodedata.normalize("NFC", p).casefold() for p in pairs}) == len(names)
    back = fresh(tmp_path, "back.sqlite")
    _plan, summary = import_files(back, [exported], ImportOptions())
    assert {d.name: d.text for d in back.documents()} == {
        d.name: d.text for d in project.documents()
    }
    assert len(summary.added) == len(names)
    before = labels(project)
    _plan, again = import_files(project, [exported], ImportOptions())
    assert (len(again.added), again.annotations_added) == (0, 0)
    assert labels(project) == before
