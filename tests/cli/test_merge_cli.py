"""`annotator merge` exits 1 when it skipped anything (issue 11, item 6), as import --skip-bad."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotator.core.model import Annotation, Document, Origin
from annotator.store.project import Project
from tests.cli.test_cli import ok, run, seeded  # noqa: F401  (seeded: the fixture)


def test_merge_with_a_skipped_conflict_exits_1_and_lists_it(seeded: Path, tmp_path: Path) -> None:  # noqa: F811
    alice = tmp_path / "alice.sqlite"
    shutil.copy(seeded, alice)
    with Project.open(seeded) as lead:
        lead.documents.add([(Document(None, "shared.txt", "The lead's version."), [])])
    with Project.open(alice) as project:
        label = Annotation("a1", 0, "alice", "quote", 0, 5, {}, origin=Origin.MANUAL)
        project.documents.add([(Document(None, "shared.txt", "Alice's version."), [label])])

    result = run("--project", seeded, "merge", alice)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "Conflicts, skipped (1)" in result.stdout
    assert "'shared.txt'" in result.stdout
    assert "skipped 1 conflicting item(s)" in result.stderr


def test_a_clean_merge_exits_0(seeded: Path, tmp_path: Path) -> None:  # noqa: F811
    bob = tmp_path / "bob.sqlite"
    shutil.copy(seeded, bob)
    with Project.open(bob) as project:
        label = Annotation("b1", 0, "bob", "quote", 0, 5, {}, origin=Origin.MANUAL)
        project.documents.add([(Document(None, "bob.txt", "Bob's own article."), [label])])
    ok("--project", seeded, "merge", bob)
    with Project.open(seeded) as lead:
        document = lead.documents.by_name("bob.txt")
        assert document is not None and document.id is not None
        assert [(a.id, a.annotator) for a in lead.annotations(document.id)] == [("b1", "bob")]
