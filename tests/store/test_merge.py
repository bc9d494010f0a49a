"""Merging annotators' project files into a reviewer's copy.

Every test starts the way real work does: one project seeded from the corpus,
copied (after closing) to each annotator and the reviewer, labelled apart,
then merged.  Where the merge must change nothing, the whole database dump is
compared, so a stray write anywhere fails the test.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from annotator.core.model import (
    Annotation,
    Document,
    DocumentProgress,
    Origin,
    Status,
    new_annotation_id,
)
from annotator.core.schema import Schema, load_schema, parse_schema
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store import merge as merge_module
from annotator.store.merge import MergeReport, merge_projects
from annotator.store.project import Project, ProjectError

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "resources" / "schemas" / "news.toml"
SEEDS = ROOT / "seeds"
OLD = "2024-01-01T00:00:00.000000Z"


def dump(path: Path) -> list[str]:
    """The whole logical content of a project file, read by a separate connection."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def make_project(path: Path, schema: Schema | None = None) -> Path:
    project = Project.open(path, create=True, schema=schema or load_schema(SCHEMA_PATH))
    try:
        import_files(project, [SEEDS], ImportOptions())
    finally:
        project.close()
    return path


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return make_project(tmp_path / "base.sqlite")


@pytest.fixture
def copies(tmp_path: Path, base: Path) -> dict[str, Path]:
    """The seeded project copied (closed, so no WAL is left behind) to everyone."""
    paths = {}
    for who in ("alice", "bob", "reviewer"):
        paths[who] = tmp_path / f"{who}.sqlite"
        shutil.copy(base, paths[who])
    return paths


@pytest.fixture
def reviewer(copies: dict[str, Path]) -> Iterator[Project]:
    project = Project.open(copies["reviewer"])
    yield project
    project.close()


def doc_ids(path: Path) -> list[int]:
    with Project.open(path) as project:
        return [document.id for document in project.documents() if document.id is not None]


def annotate(
    path: Path,
    annotator: str,
    document_index: int,
    start: int,
    end: int,
    polarity: str = "favor",
    **fields: Any,
) -> Annotation:
    """Add a stance as ``annotator`` to the n-th document of the project at ``path``."""
    with Project.open(path) as project:
        documents = list(project.documents())
        annotation = Annotation(
            id=fields.pop("id", None) or new_annotation_id(),
            document_id=fields.pop("document_id", None) or documents[document_index].id or 0,
            annotator=annotator,
            layer="stance",
            start=start,
            end=end,
            attributes=fields.pop(
                "attributes", {"holder": annotator.capitalize(), "polarity": polarity}
            ),
            **fields,
        )
        return project.annotations.add(annotation)


def rewrite(path: Path, annotation: Annotation, **changes: Any) -> Annotation:
    """Replace an annotation with chosen content and timestamps (update_annotation
    would stamp "now", and these tests need to decide which edit is newer)."""
    changed = replace(annotation, **changes)
    with Project.open(path) as project:
        project.annotations.delete(annotation.id)
        return project.annotations.add(changed)


def add_document(path: Path, name: str, text: str) -> int:
    with Project.open(path) as project:
        project.documents.add([(Document(id=None, name=name, text=text), [])])
        document = project.documents.by_name(name)
        assert document is not None and document.id is not None
        return document.id


def counts(added: int = 0, updated: int = 0, unchanged: int = 0) -> dict[str, int]:
    return {"added": added, "updated": updated, "unchanged": unchanged}


# -- the ordinary case ---------------------------------------------------------


def test_two_annotators_merge_into_the_reviewers_copy(
    copies: dict[str, Path], reviewer: Project
) -> None:
    mine = [
        annotate(copies["alice"], "alice", 0, 0, 10),
        annotate(copies["alice"], "alice", 0, 20, 30, "against"),
        annotate(copies["alice"], "alice", 1, 5, 15),
        annotate(copies["bob"], "bob", 1, 5, 16, "neutral"),
        annotate(copies["bob"], "bob", 2, 0, 4),
    ]
    sources_before = [dump(copies["alice"]), dump(copies["bob"])]

    report = merge_projects(reviewer, [copies["alice"], copies["bob"]])

    assert report.annotation_counts == {"alice": counts(added=3), "bob": counts(added=2)}
    assert report.documents_added == []
    assert report.conflicts == []
    assert report.updated == []
    assert report.status_added == 4  # alice on documents 0 and 1, bob on 1 and 2
    for annotation in mine:
        assert reviewer.annotations.get(annotation.id) == annotation  # same times, same document
    ids = doc_ids(copies["reviewer"])
    assert reviewer.progress(ids[2], "bob").status is Status.IN_PROGRESS
    assert reviewer.progress(ids[2], "alice").status is Status.NEW
    assert [dump(copies["alice"]), dump(copies["bob"])] == sources_before  # only read


def test_merging_the_same_files_again_adds_nothing(
    copies: dict[str, Path], reviewer: Project
) -> None:
    annotate(copies["alice"], "alice", 0, 0, 10)
    annotate(copies["alice"], "alice", 3, 0, 10)
    annotate(copies["bob"], "bob", 0, 0, 12)
    merge_projects(reviewer, [copies["alice"], copies["bob"]])
    after_first = dump(copies["reviewer"])

    again = merge_projects(reviewer, [copies["alice"], copies["bob"], copies["alice"]])

    assert dump(copies["reviewer"]) == after_first
    assert not again.changed
    assert again.annotation_counts == {
        "alice": counts(unchanged=4),  # alice's file was listed twice
        "bob": counts(unchanged=1),
    }
    assert again.documents_added == []
    assert (again.status_added, again.status_updated) == (0, 0)
    assert "Nothing new" in " ".join(again.summary_lines())


def test_an_annotation_edited_in_two_files_keeps_the_newer_version(
    base: Path, tmp_path: Path
) -> None:
    shared_x = annotate(base, "alice", 0, 0, 10, updated_at=OLD, created_at=OLD)
    shared_y = annotate(base, "alice", 1, 0, 10, updated_at=OLD, created_at=OLD)
    paths = {who: tmp_path / f"{who}-copy.sqlite" for who in ("alice", "bob", "reviewer")}
    for path in paths.values():
        shutil.copy(base, path)
    # x: alice's edit is newer than the reviewer's; y: the reviewer's is newer.
    alice_x = rewrite(
        paths["alice"],
        shared_x,
        attributes={"holder": "A", "polarity": "against"},
        updated_at="2024-02-01T00:00:00.000000Z",
    )
    rewrite(
        paths["alice"],
        shared_y,
        attributes={"holder": "A", "polarity": "neutral"},
        updated_at="2024-02-01T00:00:00.000000Z",
    )
    rewrite(
        paths["reviewer"],
        shared_x,
        attributes={"holder": "R", "polarity": "against"},
        updated_at="2024-01-15T00:00:00.000000Z",
    )
    reviewer_y = rewrite(
        paths["reviewer"], shared_y, note="checked", updated_at="2024-03-01T00:00:00.000000Z"
    )

    with Project.open(paths["reviewer"]) as reviewer:
        report = merge_projects(reviewer, [paths["alice"], paths["bob"]])
        assert reviewer.annotations.get(shared_x.id) == alice_x
        assert reviewer.annotations.get(shared_y.id) == reviewer_y

    # bob's untouched copies of x and y are older than both: unchanged.
    assert report.annotation_counts == {"alice": counts(updated=1, unchanged=3)}
    assert len(report.updated) == 1
    update = report.updated[0]
    assert (update.annotator, update.annotation_id, update.source) == (
        "alice",
        shared_x.id,
        str(paths["alice"]),
    )
    with Project.open(paths["reviewer"]) as reviewer:
        assert update.document == reviewer.documents.get(shared_x.document_id).name
    assert any(update.document in line and "alice" in line for line in report.summary_lines())


@pytest.mark.parametrize(
    "change",
    [
        {"start": 1},
        {"end": 11},
        {"layer": "quote"},
        {"attributes": {"holder": "Alice", "polarity": "against"}},
        {"note": "unsure"},
        {"origin": Origin.IMPORTED},
    ],
    ids=lambda change: "+".join(change),
)
def test_a_newer_change_to_any_field_is_merged(
    base: Path, tmp_path: Path, change: dict[str, Any]
) -> None:
    original = annotate(base, "alice", 0, 0, 10, attributes={}, updated_at=OLD, created_at=OLD)
    source, target = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    shutil.copy(base, source)
    shutil.copy(base, target)
    edited = rewrite(source, original, updated_at="2024-02-01T00:00:00.000000Z", **change)

    with Project.open(target) as project:
        report = merge_projects(project, [source])
        assert project.annotations.get(original.id) == edited
    assert report.annotation_counts == {"alice": counts(updated=1)}


# -- documents -------------------------------------------------------------------


def test_a_document_only_in_the_source_is_added_with_its_annotations(
    copies: dict[str, Path], reviewer: Project
) -> None:
    # The reviewer took the next id with a document of their own, so alice's
    # new document must get another id here: annotations must follow the name.
    reviewer_only = add_document(
        copies["reviewer"], "reviewer-only.txt", "Only the reviewer has this."
    )
    alice_only = add_document(copies["alice"], "alice-only.txt", "Alice found another article.")
    assert reviewer_only == alice_only
    on_new = annotate(copies["alice"], "alice", 0, 0, 5, document_id=alice_only)
    on_seed = annotate(copies["alice"], "alice", 0, 0, 7)

    report = merge_projects(reviewer, [copies["alice"]])

    assert report.documents_added == ["alice-only.txt"]
    added = reviewer.documents.by_name("alice-only.txt")
    assert added is not None and added.id not in (None, alice_only)
    assert added.text == "Alice found another article."
    assert reviewer.annotations.get(on_new.id) == replace(on_new, document_id=added.id)
    assert reviewer.annotations.get(on_seed.id) == on_seed
    assert reviewer.annotations(reviewer_only) == []
    assert reviewer.progress(added.id or 0, "alice").status is Status.IN_PROGRESS
    assert report.annotation_counts == {"alice": counts(added=2)}

    again = merge_projects(reviewer, [copies["alice"]])
    assert again.documents_added == []
    assert reviewer.documents.count() == 5 + 2


def test_the_same_name_with_other_text_is_a_conflict_and_skipped(
    copies: dict[str, Path], reviewer: Project
) -> None:
    add_document(copies["reviewer"], "shared.txt", "The reviewer's version of the article.")
    shared = add_document(copies["alice"], "shared.txt", "Alice's version of the article.")
    on_shared = annotate(copies["alice"], "alice", 0, 0, 5, document_id=shared)
    elsewhere = annotate(copies["alice"], "alice", 0, 0, 9)

    report = merge_projects(reviewer, [copies["alice"]])

    assert len(report.conflicts) == 1
    conflict = str(report.conflicts[0])
    assert str(copies["alice"]) in conflict
    assert "'shared.txt'" in conflict
    assert "its 1 annotation" in conflict
    stored = reviewer.documents.by_name("shared.txt")
    assert stored is not None and stored.text == "The reviewer's version of the article."
    assert reviewer.annotations.get(on_shared.id) is None
    assert reviewer.annotations.get(elsewhere.id) == elsewhere
    assert report.documents_added == []
    assert report.annotation_counts == {"alice": counts(added=1)}
    assert any("shared.txt" in line for line in report.summary_lines())


@pytest.mark.parametrize(
    ("owner", "document_index"),
    [("alice", 1), ("bob", 0)],
    ids=["another document", "another annotator"],
)
def test_the_same_annotation_id_elsewhere_is_a_conflict(
    copies: dict[str, Path], reviewer: Project, owner: str, document_index: int
) -> None:
    """Ids are uuids: the same one on another document or annotator is not an edit."""
    shared_id = new_annotation_id()
    here = annotate(copies["reviewer"], owner, document_index, 0, 10, id=shared_id)
    annotate(copies["alice"], "alice", 0, 0, 10, id=shared_id, updated_at="2999-01-01T00:00:00Z")

    report = merge_projects(reviewer, [copies["alice"]])

    assert reviewer.annotations.get(shared_id) == here  # even though the source's is "newer"
    assert len(report.conflicts) == 1
    conflict = str(report.conflicts[0])
    assert shared_id in conflict and str(copies["alice"]) in conflict
    assert report.count("alice", "updated") == 0
    assert report.count("alice", "added") == 0


# -- refusals and rollback ---------------------------------------------------------


def _schema_variant(old: str, new: str) -> Schema:
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    assert old in text
    return parse_schema(text.replace(old, new, 1))


def test_an_incompatible_schema_is_refused_and_nothing_changes(
    tmp_path: Path, copies: dict[str, Path], reviewer: Project
) -> None:
    wider = _schema_variant('"unclear"]', '"unclear", "mixed"]')
    other = make_project(tmp_path / "other.sqlite", wider)
    annotate(copies["alice"], "alice", 0, 0, 10)  # a good file listed first
    annotate(other, "carol", 0, 0, 10, "mixed")
    before = dump(copies["reviewer"])

    with pytest.raises(ProjectError) as raised:
        merge_projects(reviewer, [copies["alice"], other])

    message = str(raised.value)
    assert str(other) in message
    assert "'mixed'" in message and "'polarity'" in message
    assert dump(copies["reviewer"]) == before


def test_a_subset_schema_is_accepted(tmp_path: Path, reviewer: Project) -> None:
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    stance_only = parse_schema(text[: text.index('[[layer]]\nname = "quote"')])
    assert stance_only.layer_names == ["stance"]
    older = make_project(tmp_path / "older.sqlite", stance_only)
    annotation = annotate(older, "carol", 0, 0, 10)

    report = merge_projects(reviewer, [older])

    assert report.annotation_counts == {"carol": counts(added=1)}
    assert reviewer.annotations.get(annotation.id) == annotation


def test_merging_a_project_into_itself_is_refused(
    tmp_path: Path, copies: dict[str, Path], reviewer: Project
) -> None:
    annotate(copies["reviewer"], "alice", 0, 0, 10)
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.sqlite"
    link.symlink_to(copies["reviewer"])
    before = dump(copies["reviewer"])

    for spelling in (copies["reviewer"], tmp_path / "sub" / ".." / "reviewer.sqlite", link):
        with pytest.raises(ProjectError, match="itself"):
            merge_projects(reviewer, [copies["alice"], spelling])

    assert dump(copies["reviewer"]) == before


def test_a_missing_source_is_refused(
    tmp_path: Path, copies: dict[str, Path], reviewer: Project
) -> None:
    before = dump(copies["reviewer"])
    with pytest.raises(ProjectError, match="no such project file"):
        merge_projects(reviewer, [copies["alice"], tmp_path / "nowhere.sqlite"])
    assert dump(copies["reviewer"]) == before


@pytest.mark.parametrize(
    ("error", "expected"),
    [(RuntimeError("boom"), RuntimeError), (sqlite3.OperationalError("disk I/O"), ProjectError)],
)
def test_a_failure_after_the_first_source_leaves_the_project_unchanged(
    monkeypatch: pytest.MonkeyPatch,
    copies: dict[str, Path],
    reviewer: Project,
    error: Exception,
    expected: type[Exception],
) -> None:
    annotate(copies["alice"], "alice", 0, 0, 10)
    add_document(copies["alice"], "alice-only.txt", "Alice found another article.")
    annotate(copies["bob"], "bob", 0, 0, 10)
    before = dump(copies["reviewer"])
    original: Callable[..., None] = merge_module._merge_staged
    calls: list[str] = []

    def failing_on_second(*args: Any) -> None:
        calls.append(args[2])
        if len(calls) == 2:
            raise error
        original(*args)

    monkeypatch.setattr(merge_module, "_merge_staged", failing_on_second)
    with pytest.raises(expected):
        merge_projects(reviewer, [copies["alice"], copies["bob"]])

    assert calls == [str(copies["alice"]), str(copies["bob"])]  # the first one did run
    assert dump(copies["reviewer"]) == before
    assert reviewer.documents.by_name("alice-only.txt") is None
    # Nothing is left attached or staged, so the next merge works.
    monkeypatch.setattr(merge_module, "_merge_staged", original)
    report = merge_projects(reviewer, [copies["alice"], copies["bob"]])
    assert report.annotation_counts == {"alice": counts(added=1), "bob": counts(added=1)}


# -- statuses ------------------------------------------------------------------


def test_document_statuses_merge_newer_wins(copies: dict[str, Path], reviewer: Project) -> None:
    ids = doc_ids(copies["reviewer"])

    def progress(path: Path, index: int, status: Status, none: frozenset[str] = frozenset()) -> str:
        with Project.open(path) as project:
            return project.progress.set(
                DocumentProgress(ids[index], "alice", status, none)
            ).updated_at

    # Document 0: only alice has a status.  Document 1: alice's is newer.
    # Document 2: the reviewer's is newer.
    progress(copies["alice"], 0, Status.DONE, frozenset({"figure"}))
    older_here = progress(copies["reviewer"], 1, Status.IN_PROGRESS)
    newer_there = progress(copies["alice"], 1, Status.DONE)
    older_there = progress(copies["alice"], 2, Status.DONE)
    newer_here = progress(copies["reviewer"], 2, Status.IN_PROGRESS)
    assert older_here < newer_there and older_there < newer_here

    report = merge_projects(reviewer, [copies["alice"]])

    assert (report.status_added, report.status_updated) == (1, 1)
    first = reviewer.progress(ids[0], "alice")
    assert (first.status, first.none_present) == (Status.DONE, frozenset({"figure"}))
    assert reviewer.progress(ids[1], "alice").status is Status.DONE
    assert reviewer.progress(ids[1], "alice").updated_at == newer_there
    assert reviewer.progress(ids[2], "alice").status is Status.IN_PROGRESS
    assert report.changed
    again = merge_projects(reviewer, [copies["alice"]])
    assert (again.status_added, again.status_updated) == (0, 0)


# -- report and scale ------------------------------------------------------------


def test_summary_lines_name_annotators_documents_and_conflicts() -> None:
    report = MergeReport(
        sources=["a.sqlite", "b.sqlite"],
        documents_added=["new.txt"],
        conflicts=["b.sqlite: document 'x.txt' has different text"],
        annotation_counts={"bob": counts(added=2, unchanged=1), "alice": counts(updated=1)},
        status_added=3,
    )
    lines = report.summary_lines()
    assert lines[0] == "Merged 2 files."
    assert "Documents added: 1 (new.txt)" in lines
    assert lines.index("alice: 0 added, 1 updated, 0 unchanged") < lines.index(
        "bob: 2 added, 0 updated, 1 unchanged"
    )
    assert "Document statuses: 3 added, 0 updated" in lines
    assert "  b.sqlite: document 'x.txt' has different text" in lines


def test_three_large_files_merge_set_based(tmp_path: Path, base: Path) -> None:
    """20,000 annotations per annotator: a row-at-a-time merge would take minutes."""
    per_file = 20_000
    sources = []
    for who in ("alice", "bob", "carol"):
        path = tmp_path / f"{who}-large.sqlite"
        shutil.copy(base, path)
        with Project.open(path) as project:
            documents = list(project.documents())
            items = []
            for document in documents:
                annotations = [
                    Annotation(
                        id=new_annotation_id(),
                        document_id=0,
                        annotator=who,
                        layer="stance",
                        start=i % 50,
                        end=i % 50 + 5,
                        attributes={"holder": who, "polarity": "favor"},
                        created_at=OLD,
                        updated_at=OLD,
                    )
                    for i in range(per_file // len(documents))
                ]
                items.append((document, annotations))
            project.documents.add(items)
        sources.append(path)
    target = tmp_path / "target-large.sqlite"
    shutil.copy(base, target)

    with Project.open(target) as project:
        report = merge_projects(project, sources)  # its speed: make bench (bench_team)
        stored = project.annotations.counts()

    assert report.annotation_counts == {
        who: counts(added=per_file) for who in ("alice", "bob", "carol")
    }
    assert stored == {(who, "stance"): per_file for who in ("alice", "bob", "carol")}
