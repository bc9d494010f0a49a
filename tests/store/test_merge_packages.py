"""Merging work packages back: another project's package is refused; what lies beyond
the assignment is reported; merging twice changes nothing; active time is kept."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.model import Annotation, Document, DocumentProgress, Status, new_annotation_id
from annotator.core.schema import Schema
from annotator.store.assignments import work_by_annotator
from annotator.store.merge import merge_projects
from annotator.store.project import Project, ProjectError
from annotator.store.time_on_task import add_active_seconds
from annotator.team.packages import PackageRequest, create_packages

TEAM = ("alice", "bob")


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _lead(path: Path, schema: Schema, documents: int = 6) -> Project:
    project = Project.open(path, create=True, schema=schema)
    project.documents.add(
        (Document(None, f"d{i}.txt", f"Article {i}: Kazakhstan said no."), [])
        for i in range(documents)
    )
    return project


def _label(package: Project, document_id: int, annotator: str) -> None:
    package.annotations.add(
        Annotation(new_annotation_id(), document_id, annotator, "stance", 0, 7,
                   {"polarity": "against"})
    )  # fmt: skip


@pytest.fixture
def lead(tmp_path: Path, news_schema: Schema) -> Iterator[Project]:
    project = _lead(tmp_path / "lead.sqlite", news_schema)
    create_packages(project, PackageRequest(TEAM, tmp_path / "out", overlap=0.5, seed=3))
    yield project
    project.close()


def _package(tmp_path: Path, name: str) -> Path:
    return tmp_path / "out" / f"{name}.annotator.sqlite"


def test_a_returned_package_is_merged_marked_returned_and_merging_again_changes_nothing(
    lead: Project, tmp_path: Path
) -> None:
    with Project.open(_package(tmp_path, "alice")) as package:
        ids = sorted(package.documents.names())
        for document_id in ids:
            _label(package, document_id, "alice")
            package.progress.set(DocumentProgress(document_id, "alice", Status.DONE))
        add_active_seconds(package, ids[0], "alice", 95.5)
    report = merge_projects(lead, [_package(tmp_path, "alice")])
    assert report.count("alice", "added") == len(ids)
    assert report.packages_returned == ["alice (alice.annotator.sqlite)"]
    assert report.package_notes == []
    work = {w.annotator: w for w in work_by_annotator(lead)}
    assert (work["alice"].returned, work["alice"].done) == (1, len(ids))
    assert work["alice"].active_seconds == 95.5
    assert (work["bob"].returned, work["bob"].done) == (0, 0)
    before = _dump(lead.path)
    again = merge_projects(lead, [_package(tmp_path, "alice")])
    assert not again.changed
    assert _dump(lead.path) == before


def test_labels_by_another_name_and_documents_outside_the_assignment_are_reported(
    lead: Project, tmp_path: Path
) -> None:
    with Project.open(_package(tmp_path, "bob")) as package:
        first = min(package.documents.names())
        _label(package, first, "bob")
        _label(package, first, "carol")  # carol worked in bob's file
        package.documents.add([(Document(None, "extra.txt", "Not in the plan."), [])])
        extra = package.documents.by_name("extra.txt")
        assert extra is not None and extra.id is not None
        _label(package, extra.id, "bob")
    report = merge_projects(lead, [_package(tmp_path, "bob")])
    assert [str(note) for note in report.package_notes] == [
        "bob.annotator.sqlite: 1 annotation by 'carol', not by the package's annotator 'bob'",
        "bob.annotator.sqlite: 1 document worked on outside bob's assignment: extra.txt",
    ]
    assert any("Beyond the packages' assignments (2)" in line for line in report.summary_lines())
    assert report.count("carol", "added") == 1  # reported, not lost


def test_a_package_of_another_project_is_refused_and_nothing_changes(
    lead: Project, tmp_path: Path, news_schema: Schema
) -> None:
    with _lead(tmp_path / "other.sqlite", news_schema) as other:
        create_packages(other, PackageRequest(TEAM, tmp_path / "other", seed=1))
    foreign = tmp_path / "other" / "alice.annotator.sqlite"
    with Project.open(foreign) as package:
        _label(package, min(package.documents.names()), "alice")
    before = _dump(lead.path)
    with pytest.raises(ProjectError, match="work package from another project"):
        merge_projects(lead, [_package(tmp_path, "bob"), foreign])
    assert _dump(lead.path) == before


def test_more_active_time_wins_and_a_status_edit_elsewhere_is_kept(
    lead: Project, tmp_path: Path
) -> None:
    with Project.open(_package(tmp_path, "bob")) as package:
        document_id = min(package.documents.names())
        package.progress.set(DocumentProgress(document_id, "bob", Status.IN_PROGRESS))
        add_active_seconds(package, document_id, "bob", 30)
        name = package.documents.get(document_id).name
    merge_projects(lead, [_package(tmp_path, "bob")])
    lead_id = lead.documents.by_name(name)
    assert lead_id is not None and lead_id.id is not None
    lead.progress.set(DocumentProgress(lead_id.id, "bob", Status.DONE))  # newer, in the lead
    with Project.open(_package(tmp_path, "bob")) as package:
        add_active_seconds(package, document_id, "bob", 15)
    report = merge_projects(lead, [_package(tmp_path, "bob")])
    assert report.time_updated == 1 and report.status_updated == 0
    progress = lead.progress(lead_id.id, "bob")
    assert progress.status == Status.DONE
    assert progress.active_seconds == 45


def _changed(project: Project, document_id: int, annotator: str) -> bool:
    """What the document list shows as "done ✎"."""
    [row] = project.documents.rows([document_id], annotator)
    return row.changed_since_done


def _tick_none_present(project: Project, document_id: int, annotator: str) -> None:
    before = project.progress(document_id, annotator)
    project.progress.set(
        DocumentProgress(document_id, annotator, before.status, before.none_present | {"figure"})
    )


def test_changes_after_done_in_a_returned_package_show_in_the_lead(
    lead: Project, tmp_path: Path
) -> None:
    """The records of when a document was marked done and what was deleted since travel
    with the status row: a box ticked or a label deleted after "done" in alice's copy
    shows as "done ✎" in the lead's project too, and merging again changes nothing."""
    with Project.open(_package(tmp_path, "alice")) as package:
        ticked, deleted, untouched = sorted(package.documents.names())[:3]
        names = package.documents.names()
        for document_id in (ticked, deleted, untouched):
            _label(package, document_id, "alice")
            package.progress.set(DocumentProgress(document_id, "alice", Status.DONE))
        _tick_none_present(package, ticked, "alice")
        [label] = package.annotations(deleted)
        package.annotations.delete(label.id)
        assert [_changed(package, i, "alice") for i in (ticked, deleted, untouched)] == [
            True,
            True,
            False,
        ]
    merge_projects(lead, [_package(tmp_path, "alice")])
    in_lead = []
    for document_id in (ticked, deleted, untouched):
        found = lead.documents.by_name(names[document_id])
        assert found is not None and found.id is not None
        in_lead.append(_changed(lead, found.id, "alice"))
    assert in_lead == [True, True, False]
    before = _dump(lead.path)
    merge_projects(lead, [_package(tmp_path, "alice")])
    assert _dump(lead.path) == before


def test_a_package_carries_its_annotators_changes_after_done(
    tmp_path: Path, news_schema: Schema
) -> None:
    """A document the lead's project shows as "done ✎" for alice shows so in alice's new
    package; bob's records stay out of it, as his labels and progress do."""
    with _lead(tmp_path / "lead.sqlite", news_schema, documents=2) as lead:
        for annotator in TEAM:
            for document_id in lead.documents.names():
                _label(lead, document_id, annotator)
                lead.progress.set(DocumentProgress(document_id, annotator, Status.DONE))
                [label] = [a for a in lead.annotations(document_id) if a.annotator == annotator]
                lead.annotations.delete(label.id)
                assert _changed(lead, document_id, annotator)
        create_packages(lead, PackageRequest(TEAM, tmp_path / "out", per_document=2, seed=3))
    with Project.open(_package(tmp_path, "alice")) as package:
        ids = sorted(package.documents.names())
        assert len(ids) == 2
        assert [_changed(package, i, "alice") for i in ids] == [True, True]
        annotators = {
            row[0]
            for table in ("done_markings", "deletions_after_done")
            for row in package.connection.execute(f"SELECT annotator FROM {table}")
        }
        assert annotators == {"alice"}


def test_a_file_of_the_layout_before_is_merged_with_its_changes_after_done(
    tmp_path: Path, news_schema: Schema
) -> None:
    """A package returned by an annotator who has not updated annotator yet (layout
    0006: the "done ✎" records were project_meta keys) is merged as it is, records
    included, without being written to; it was refused ("open it once to upgrade it")."""
    import shutil

    source = tmp_path / "returned.annotator.sqlite"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "project-0006.sqlite", source)
    before = source.read_bytes()
    with Project.open(tmp_path / "lead.sqlite", create=True, schema=news_schema) as lead:
        report = merge_projects(lead, [source])
        assert sorted(report.documents_added) == ["old.txt", "second.txt"]
        ids = {name: i for i, name in lead.documents.names().items()}
        assert {
            (name, annotator): _changed(lead, ids[name], annotator)
            for name, annotator in [
                ("old.txt", "alice"),
                ("old.txt", "bogdan"),
                ("second.txt", "alice"),
                ("second.txt", "team/carol"),
            ]
        } == {
            ("old.txt", "alice"): True,  # a box ticked after marking it done
            ("old.txt", "bogdan"): True,  # a label deleted since
            ("second.txt", "alice"): False,
            ("second.txt", "team/carol"): True,
        }
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("returned")) == [
        source.name
    ]
