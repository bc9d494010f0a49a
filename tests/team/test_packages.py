"""Work package files: blind, complete, recorded in the lead's project, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import (
    GOLD,
    Annotation,
    Document,
    DocumentProgress,
    Origin,
    Status,
    new_annotation_id,
)
from annotator.store.assignments import (
    PackageFile,
    PackageOrigin,
    assignments,
    package_origin,
    project_identity,
    work_by_annotator,
)
from annotator.store.project import Project, ProjectError
from annotator.team.packages import (
    PackageRequest,
    create_packages,
    package_annotator,
    parse_annotators,
)

TEAM = ("alice", "bob", "carol")


def _fill(project: Project, count: int = 12) -> None:
    project.documents.add(
        (Document(None, f"doc{i:02d}.txt", f"Text number {i}. Kazakhstan said no."), [])
        for i in range(count)
    )


def _label(project: Project, document_id: int, annotator: str, origin: Origin) -> None:
    project.annotations.add(
        Annotation(new_annotation_id(), document_id, annotator, "stance", 0, 4,
                   {"polarity": "against"}, origin=origin)
    )  # fmt: skip


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_each_package_holds_only_its_annotators_documents_and_work(
    project: Project, tmp_path: Path
) -> None:
    _fill(project)
    for document_id in project.documents.names():
        _label(project, document_id, "alice", Origin.MANUAL)
        _label(project, document_id, "bob", Origin.MANUAL)
        _label(project, document_id, GOLD, Origin.ADJUDICATED)
        project.progress.set(DocumentProgress(document_id, "bob", Status.DONE))
    made = create_packages(project, PackageRequest(TEAM, tmp_path / "out", overlap=0.25, seed=4))
    planned = made.plan.documents
    for name in TEAM:
        path = tmp_path / "out" / f"{name}.annotator.sqlite"
        with Project.open(path) as package:
            assert package.schema == project.schema
            names = set(package.documents.names().values())
            expected = {project.documents.get(i).name for i in planned[name]}
            assert names == expected
            assert package.annotations.annotators() == ([name] if name != "carol" else [])
            everyone = {a.annotator for doc in package.documents.names()
                        for a in package.annotations(doc)}  # fmt: skip
            assert everyone <= {name}
            origin = package_origin(package)
            assert origin is not None
            assert origin.annotator == name and origin.documents == len(planned[name])
            assert origin.project_id == project_identity(project)
            assert origin.seed == 4
            assert (
                "Annotation guidelines"
                in (
                    package.connection.execute(
                        "SELECT value FROM project_meta WHERE key = 'guidelines'"
                    ).fetchone()[0]
                )
            )
        assert package_annotator(path) == name
    # The lead's project records the plan.
    assert {name: ids for name, ids in assignments(project).items()} == planned
    assert [w.assigned for w in work_by_annotator(project)] == [len(planned[n]) for n in TEAM]


def test_packages_are_self_contained_files_that_reading_leaves_alone(
    project: Project, tmp_path: Path
) -> None:
    """Sent as single files, as backups are: no WAL, so a read-only open (a merge) leaves no
    -wal/-shm beside them for a later ``merge inbox/*`` to trip over."""
    _fill(project)
    create_packages(project, PackageRequest(TEAM, tmp_path / "out", overlap=0.25, seed=4))
    for name in TEAM:
        path = tmp_path / "out" / f"{name}.annotator.sqlite"
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()
        Project.open(path, read_only=True).close()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"{name}.annotator.sqlite" for name in TEAM
    ]


def test_an_ordinary_project_is_no_package(project: Project) -> None:
    assert package_annotator(project.path) is None
    assert package_annotator(None) is None


def test_only_unassigned_hands_out_documents_added_since(project: Project, tmp_path: Path) -> None:
    _fill(project, 6)
    create_packages(project, PackageRequest(TEAM, tmp_path / "first", seed=1))
    identity = project_identity(project)
    project.documents.add(
        (Document(None, f"new{i}.txt", f"A later article {i}."), []) for i in range(3)
    )
    made = create_packages(
        project, PackageRequest(TEAM, tmp_path / "second", seed=1, only_unassigned=True)
    )
    later = {project.documents.get(i).name for ids in made.plan.documents.values() for i in ids}
    assert later == {"new0.txt", "new1.txt", "new2.txt"}
    assert project_identity(project) == identity  # the identity stays
    assert sum(len(ids) for ids in assignments(project).values()) == 9
    with pytest.raises(ProjectError, match="no unassigned documents"):
        create_packages(
            project, PackageRequest(TEAM, tmp_path / "third", seed=1, only_unassigned=True)
        )


def test_an_existing_package_file_is_never_overwritten_and_nothing_changes(
    project: Project, tmp_path: Path
) -> None:
    _fill(project, 4)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "bob.annotator.sqlite").write_text("bob's work")
    before = _dump(project.path)
    with pytest.raises(ProjectError, match=r"bob\.annotator\.sqlite: already exists"):
        create_packages(project, PackageRequest(TEAM, folder, seed=1))
    assert _dump(project.path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["bob.annotator.sqlite"]
    assert (folder / "bob.annotator.sqlite").read_text() == "bob's work"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("alice,,bob", "empty name"),
        ("alice,gold", "reserved"),
        ("alice,../bob", "cannot name a file"),
        ("alice,Alice", "named twice"),
    ],
)
def test_bad_annotator_names_are_refused(text: str, message: str) -> None:
    from annotator.core.errors import AnnotatorError

    with pytest.raises(AnnotatorError, match=message):
        parse_annotators(text)


def test_names_may_be_in_any_script() -> None:
    assert parse_annotators("Łucja, Богдан,chen") == ("Łucja", "Богдан", "chen")


def test_a_hand_out_stopped_half_way_leaves_no_folder_it_made(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C or SIGTERM while the second package is written: the files go, and so do
    the folders the command created (an empty out/ looked like a failed hand-out);
    a folder that was there before stays."""
    import annotator.store.assignments as assignments_module

    _fill(project, 6)
    real_fill = assignments_module._fill_package
    filled: list[Path] = []

    def fill_then_stop(
        project: Project, path: Path, package: PackageFile, origin: PackageOrigin
    ) -> None:
        if filled:
            raise KeyboardInterrupt
        real_fill(project, path, package, origin)
        filled.append(path)

    monkeypatch.setattr(assignments_module, "_fill_package", fill_then_stop)
    before = _dump(project.path)
    with pytest.raises(KeyboardInterrupt):
        create_packages(project, PackageRequest(TEAM, tmp_path / "round1" / "out", seed=1))
    assert filled  # the first package was written before the stop
    assert not (tmp_path / "round1").exists()
    assert _dump(project.path) == before

    kept = tmp_path / "existing"
    kept.mkdir()
    filled.clear()
    with pytest.raises(KeyboardInterrupt):
        create_packages(project, PackageRequest(TEAM, kept, seed=1))
    assert kept.is_dir() and not list(kept.iterdir())


def test_a_stop_right_after_the_assignments_are_committed_keeps_the_package_files(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal that came during the COMMIT of the assignments is raised just after it:
    the project then records the hand-out, so its files must stay (they were removed,
    leaving assignments to packages that no longer existed)."""
    _fill(project, 6)
    committed = Project._committed
    stops: list[str] = []

    def committed_then_stopped(self: Project) -> None:
        committed(self)
        if not stops:
            stops.append("stopped")
            raise KeyboardInterrupt

    monkeypatch.setattr(Project, "_committed", committed_then_stopped)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        create_packages(project, PackageRequest(TEAM, out, seed=1))

    assert stops
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{name}.annotator.sqlite" for name in TEAM
    )
    for name in TEAM:
        assert package_annotator(out / f"{name}.annotator.sqlite") == name
    recorded = project.connection.execute("SELECT count(*) FROM packages").fetchone()[0]
    assert recorded == len(TEAM)
