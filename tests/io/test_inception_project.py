"""INCEpTION's project export (a folder or the zip): each document once, every user's
labels under that user's name, decided by ``exportedproject.json``.

The fixtures are genuine exports (tests/fixtures/interchange/inception/SOURCE.md),
trimmed to a few documents and sentences: ``epistemic`` (one user ``ep``, whose file
is ``ep_16405719629333389288.tsv``, and the curator's ``CURATION_USER.tsv``) and
``timeevent`` (users ``ep``, ``sm`` and ``yes``; ``yes8090299544098498525.tsv`` has
no underscore).
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.schema import load_schema
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import choose_format, plan_files
from annotator.io.importer import import_files
from annotator.io.inception import CURATION_ANNOTATOR
from annotator.resources import default_schema_path
from annotator.store.integrity import check_project
from annotator.store.project import Project
from tests.io.interchange_fixtures import copy_fixture, fixture

ADD = ImportOptions(add_layers=True)


def fresh(tmp_path: Path, name: str = "fresh.sqlite") -> Project:
    return Project.open(tmp_path / name, create=True, schema=load_schema(default_schema_path()))


def per_annotator(project: Project) -> dict[str, Counter[str]]:
    """annotator -> document name -> number of labels."""
    found: dict[str, Counter[str]] = {}
    for document in project.documents():
        assert document.id is not None
        for a in project.annotations(document.id):
            found.setdefault(a.annotator, Counter())[document.name] += 1
    return found


def zipped(folder: Path, target: Path) -> Path:
    """The folder as INCEpTION's zip (the fixtures are the unzipped export)."""
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def test_each_document_once_with_every_users_labels(tmp_path: Path) -> None:
    project = fresh(tmp_path)
    plan, summary = import_files(project, [fixture("inception", "timeevent")], ADD)
    assert sorted(d.name for d in project.documents()) == ["2001.tsv", "2002.tsv"]
    assert (len(summary.added), plan.duplicates) == (2, [])
    found = per_annotator(project)
    # Named from exportedproject.json's users, not "ep_18220462213264756779" or "imported".
    assert set(found) == {"ep", "sm", "yes"}
    assert set(found["ep"]) == {"2001.tsv"}  # ep has no file for 2002.tsv
    assert set(found["sm"]) == set(found["yes"]) == {"2001.tsv", "2002.tsv"}
    # yes's own work differs from sm's in 2001 (the files differ), the same in 2002.
    assert found["sm"]["2002.tsv"] == found["yes"]["2002.tsv"] == 11
    # INITIAL_CAS (the document as uploaded) is nobody's work: said, not imported.
    assert any("INITIAL_CAS" in str(note) for note in plan.notes)
    assert summary.annotations_added == sum(sum(c.values()) for c in found.values())


def test_curation_becomes_the_curation_annotator_not_gold(tmp_path: Path) -> None:
    project = fresh(tmp_path)
    import_files(project, [fixture("inception", "epistemic")], ADD)
    (document,) = project.documents()
    assert document.name == "c_part1.tsv"  # the project's name for it, not a file's
    found = per_annotator(project)
    assert set(found) == {"ep", CURATION_ANNOTATOR}
    assert found["ep"]["c_part1.tsv"] > 0 and found[CURATION_ANNOTATOR]["c_part1.tsv"] > 0
    # gold labels need review decisions; none were made, so none are imported as gold.

    assert [p for p in check_project(project) if "gold" in p] == []


def test_reimport_changes_nothing(tmp_path: Path, state: Callable[[Path], object]) -> None:
    project = fresh(tmp_path)
    import_files(project, [fixture("inception", "timeevent")], ADD)
    path = project.path
    project.close()
    before = state(path)
    project = Project.open(path)
    plan, summary = import_files(project, [fixture("inception", "timeevent")], ADD)
    assert (len(summary.added), summary.annotations_added) == (0, 0)
    assert plan.already_stored > 0
    project.close()
    assert state(path) == before


def test_the_zip_imports_as_the_folder(tmp_path: Path) -> None:
    from_folder = fresh(tmp_path, "a.sqlite")
    import_files(from_folder, [fixture("inception", "epistemic")], ADD)
    archive = zipped(fixture("inception", "epistemic"), tmp_path / "project.zip")
    from_zip = fresh(tmp_path, "b.sqlite")
    import_files(from_zip, [archive], ADD)
    assert per_annotator(from_zip) == per_annotator(from_folder)
    # The zip of the same export imported into the folder's project: nothing new.
    _plan, again = import_files(from_folder, [archive], ADD)
    assert (len(again.added), again.annotations_added) == (0, 0)


def test_a_zip_of_the_unzipped_folder_and_an_old_zip_with_leading_slashes(
    tmp_path: Path,
) -> None:
    """Zipping the folder itself puts everything one folder down; INCEpTION before
    2.0.8 began every name with "/"."""
    source = fixture("inception", "timeevent")
    expected = fresh(tmp_path, "expected.sqlite")
    import_files(expected, [source], ADD)
    for name, prefix in (("down.zip", "timeevent/"), ("old.zip", "/")):
        with zipfile.ZipFile(tmp_path / name, "w") as archive:
            for path in sorted(source.rglob("*")):
                if path.is_file():
                    archive.writestr(
                        prefix + path.relative_to(source).as_posix(), path.read_bytes()
                    )
        project = fresh(tmp_path, f"{name}.sqlite")
        import_files(project, [tmp_path / name], ADD)
        assert per_annotator(project) == per_annotator(expected), name


def test_a_zip_without_project_or_broken_is_refused(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("a/b/exportedproject.json", "{}")  # two folders down: not found
    assert "is not an INCEpTION project export" in str(rejects([other], format="inception"))
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    error = rejects([broken], format="inception")
    assert (error.source, "cannot read this zip file" in str(error)) == (str(broken), True)


def test_the_project_file_named_alone_reads_the_export(tmp_path: Path) -> None:
    project = fresh(tmp_path)
    import_files(project, [fixture("inception", "timeevent") / "exportedproject.json"], ADD)
    assert set(per_annotator(project)) == {"ep", "sm", "yes"}


def test_binary_copies_and_sources_are_not_read_as_files(tmp_path: Path) -> None:
    export = copy_fixture("inception", "epistemic", tmp_path)
    (export / "annotation_ser" / "c_part1.tsv").mkdir(parents=True)
    (export / "annotation_ser" / "c_part1.tsv" / "ep.ser").write_bytes(b"\xac\xed\x00\x05")
    plan = plan_files([export])
    assert [(p.name, f.name) for p, f in plan.files] == [("exportedproject.json", "inception")]
    assert (plan.not_read, plan.refused) == ([], [])


def test_a_zip_of_something_else_in_a_folder_is_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("An article.\n", encoding="utf-8")
    with zipfile.ZipFile(folder / "photos.zip", "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    plan = plan_files([folder])
    assert [p.name for p, _f in plan.files] == ["a.txt"]
    assert [e.source for e in plan.not_read] == [str(folder / "photos.zip")]
    # Named alone, the refusal says what a .zip is read as, not "annotator reads … .zip".
    with pytest.raises(InputError) as refused:
        choose_format(folder / "photos.zip")
    assert str(refused.value) == (
        f"{folder / 'photos.zip'}: annotator reads a .zip file only as INCEpTION project "
        "export, and this is not one"
    )


def test_a_json_that_is_neither_still_names_two_formats(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        choose_format(other)
    assert "neither doccano JSONL nor Label Studio JSON" in str(caught.value)
    assert "INCEpTION" not in str(caught.value)


# -- refused, the project unchanged ----------------------------------------------


def test_other_export_format_is_refused_naming_the_format(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    export = copy_fixture("inception", "epistemic", tmp_path)
    folder = export / "annotation" / "c_part1.tsv"
    ours = folder / "ep_16405719629333389288.tsv"
    ours.rename(folder / "ep.xmi")
    (folder / "ep.xmi").write_text('<?xml version="1.0"?><xmi:XMI/>', encoding="utf-8")
    error = rejects([export], add_layers=True)
    assert error.source == str(folder / "ep.xmi")
    assert "UIMA CAS XMI" in str(error) and '"WebAnno TSV v3.3"' in str(error)


def test_an_older_tsv_is_refused_as_not_webanno_tsv_3(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    export = copy_fixture("inception", "timeevent", tmp_path)
    old = export / "annotation" / "2002.tsv" / "sm_13456803475495921803.tsv"
    old.write_text("#id=1\n#text=A sentence .\n1-1\tA\tO\t_\n", encoding="utf-8")
    error = rejects([export], add_layers=True)
    assert (error.source, error.line) == (str(old), 1)
    assert "this file is a TSV other than WebAnno TSV 3" in str(error)


def test_no_annotation_files_is_refused(tmp_path: Path, rejects: Callable[..., InputError]) -> None:
    export = copy_fixture("inception", "epistemic", tmp_path)
    shutil.rmtree(export / "annotation")
    shutil.rmtree(export / "curation")
    error = rejects([export])
    assert error.source == str(export / "exportedproject.json")
    assert '"WebAnno TSV v3.3"' in str(error)


def test_a_file_of_no_listed_user_is_refused(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    export = copy_fixture("inception", "timeevent", tmp_path)
    folder = export / "annotation" / "2002.tsv"
    shutil.copy(folder / "sm_13456803475495921803.tsv", folder / "carol.tsv")
    error = rejects([export], add_layers=True)
    assert error.source == str(folder / "carol.tsv")
    assert "names no user of document '2002.tsv'" in str(error)
    assert "its users: yes, sm" in str(error)


def test_a_document_the_project_does_not_list_is_refused(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    export = copy_fixture("inception", "timeevent", tmp_path)
    (export / "annotation" / "2002.tsv").rename(export / "annotation" / "9999.tsv")
    error = rejects([export], add_layers=True)
    assert error.source is not None and error.source.endswith("9999.tsv/INITIAL_CAS.tsv")
    assert "lists no document '9999.tsv'" in str(error)


def test_a_listed_document_without_files_is_refused_at_its_line(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    export = copy_fixture("inception", "timeevent", tmp_path)
    shutil.rmtree(export / "annotation" / "2002.tsv")
    error = rejects([export], add_layers=True)
    assert error.source == str(export / "exportedproject.json")
    lines = (export / "exportedproject.json").read_text("utf-8").split("\n")
    assert error.line is not None and '"2002.tsv"' in lines[error.line - 1]


def test_texts_that_differ_between_users_are_refused(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    export = copy_fixture("inception", "timeevent", tmp_path)
    user_file = export / "annotation" / "2002.tsv" / "yes3270095110791014451.tsv"
    text = user_file.read_text("utf-8")
    first_word = text.split("#Text=", 1)[1].split(" ", 1)[0]
    changed = text.replace("#Text=" + first_word, "#Text=" + "X" * len(first_word), 1)
    user_file.write_text(changed, encoding="utf-8")
    error = rejects([export], add_layers=True)
    assert error.source == str(user_file)


def test_invalid_project_json_is_refused_at_its_line(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    export = copy_fixture("inception", "timeevent", tmp_path)
    project_file = export / "exportedproject.json"
    lines = project_file.read_text("utf-8").split("\n")
    assert lines[4].endswith(",")
    lines[4] += ","  # line 5 ends ",,"
    project_file.write_text("\n".join(lines), encoding="utf-8")
    error = rejects([export], add_layers=True)
    assert (error.source, error.line) == (str(project_file), 5)
    assert "invalid JSON" in str(error)


def test_annotator_option_over_several_users_is_refused(
    tmp_path: Path, rejects: Callable[..., InputError]
) -> None:
    error = rejects([fixture("inception", "timeevent")], add_layers=True, annotator="carol")
    assert "3 annotators (ep, sm, yes)" in str(error)


def test_a_user_named_gold_is_gold_imported(tmp_path: Path) -> None:
    """The rule of every format (tests/io/test_gold_labels.py): no review decisions in
    the export, so the user's labels are not gold."""
    export = copy_fixture("inception", "timeevent", tmp_path)
    project_file = export / "exportedproject.json"
    project_file.write_text(
        project_file.read_text("utf-8").replace('"user" : "sm"', '"user" : "gold"'),
        encoding="utf-8",
    )
    for document, file in [("2001.tsv", "sm_4343257511917352145.tsv"),
                           ("2002.tsv", "sm_13456803475495921803.tsv")]:  # fmt: skip
        folder = export / "annotation" / document
        (folder / file).rename(folder / "gold.tsv")
    project = fresh(tmp_path)
    plan, _ = import_files(project, [export], ImportOptions(add_layers=True))
    assert set(project.annotations.annotators()) == {"ep", "gold-imported", "yes"}
    assert [p for p in check_project(project) if "gold" in p] == []
    assert any("'gold-imported'" in line for line in plan.report_lines())


def test_a_folder_name_in_another_unicode_form_is_the_same_document(tmp_path: Path) -> None:
    """A zip made on a Mac (or copied through its file system) spells "Zoë" decomposed
    while exportedproject.json has it composed: the two look identical and are one document."""
    composed, decomposed = "Zo\u00eb 2002.tsv", "Zoe\u0308 2002.tsv"
    export = copy_fixture("inception", "timeevent", tmp_path)
    description = export / "exportedproject.json"
    text = description.read_text(encoding="utf-8")
    description.write_text(text.replace('"2002.tsv"', json.dumps(composed)), encoding="utf-8")
    (export / "annotation" / "2002.tsv").rename(export / "annotation" / decomposed)
    project = fresh(tmp_path)
    import_files(project, [export], ADD)
    assert sorted(d.name for d in project.documents()) == ["2001.tsv", composed]
    found = per_annotator(project)
    assert found["sm"][composed] == found["yes"][composed] == 11


# -- document states and WebAnno's CORRECTION_USER ------------------------------------


def statuses(project: Project) -> dict[tuple[str, str], tuple[str, str]]:
    """(document, annotator) -> (status, updated_at) of every stored status."""
    names = {d.id: d.name for d in project.documents()}
    return {
        (names[p.document_id], p.annotator): (p.status.value, p.updated_at)
        for p in project.progress.all()
    }


def test_document_states_become_the_annotators_progress(tmp_path: Path) -> None:
    """epistemic: ep's copy is FINISHED, the document CURATION_FINISHED; timeevent: every
    copy IN_PROGRESS.  Each at the time INCEpTION last changed it (``updated``, ms)."""
    project = fresh(tmp_path)
    import_files(project, [fixture("inception", "epistemic")], ADD)
    assert statuses(project) == {  # the old code: both "in_progress", as of the import
        ("c_part1.tsv", "ep"): ("done", "2024-01-11T13:05:55.616000Z"),
        ("c_part1.tsv", CURATION_ANNOTATOR): ("done", "2024-01-11T13:10:19.401000Z"),
    }
    other = fresh(tmp_path, "other.sqlite")
    import_files(other, [fixture("inception", "timeevent")], ADD)
    found = statuses(other)
    assert set(found) == {("2001.tsv", "ep"), ("2001.tsv", "sm"), ("2001.tsv", "yes"),
                          ("2002.tsv", "sm"), ("2002.tsv", "yes")}  # fmt: skip
    assert {status for status, _ in found.values()} == {"in_progress"}
    assert found[("2002.tsv", "yes")][1] == "2023-06-26T13:18:02.466000Z"


def test_progress_changed_in_annotator_since_stays(tmp_path: Path) -> None:
    """As in any import, the newer status wins: ep reopened the document here after
    the export, and importing the export again does not mark it done."""
    from annotator.core.model import DocumentProgress, Status

    project = fresh(tmp_path)
    import_files(project, [fixture("inception", "epistemic")], ADD)
    (document,) = project.documents()
    assert document.id is not None
    project.progress.set(DocumentProgress(document.id, "ep", Status.IN_PROGRESS))
    import_files(project, [fixture("inception", "epistemic")], ADD)
    assert statuses(project)[("c_part1.tsv", "ep")][0] == "in_progress"


def test_webanno_correction_user_becomes_suggestions(tmp_path: Path) -> None:
    """WebAnno's correction projects export the automatically annotated document as
    curation/<doc>/CORRECTION_USER.tsv (its ExportUtil: "add the auto-annotated CAS"):
    a machine's proposals, imported as suggestions, never as anyone's labels.  No
    genuine export with one was found: the genuine CURATION_USER.tsv, renamed."""
    from annotator.store.suggestions import iter_suggestions

    export = copy_fixture("inception", "epistemic", tmp_path)
    folder = export / "curation" / "c_part1.tsv"
    (folder / "CURATION_USER.tsv").rename(folder / "CORRECTION_USER.tsv")
    project = fresh(tmp_path)
    plan, _ = import_files(project, [export], ADD)
    assert set(per_annotator(project)) == {"ep"}  # the old code refused the file
    suggested = list(iter_suggestions(project))
    assert {s.suggester for s, _n, _t in suggested} == {"webanno:correction"}
    assert plan.suggestions_added == len(suggested) > 0
    reference = fresh(tmp_path, "reference.sqlite")
    import_files(reference, [fixture("inception", "epistemic")], ADD)
    curated = per_annotator(reference)[CURATION_ANNOTATOR]["c_part1.tsv"]
    assert len(suggested) == curated  # every label of the file, as a suggestion
    assert statuses(project) == {("c_part1.tsv", "ep"): ("done", "2024-01-11T13:05:55.616000Z")}
