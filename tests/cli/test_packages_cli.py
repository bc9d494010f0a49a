"""``annotator packages create`` and ``packages status`` through the real command."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from annotator.cli import main
from annotator.resources import seeds_dir
from annotator.store.project import Project


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _lead(tmp_path: Path) -> Path:
    lead = tmp_path / "lead.sqlite"
    assert run("--project", lead, "import", seeds_dir()).exit_code == 0
    return lead


def test_create_writes_one_file_per_annotator_and_status_counts_them(tmp_path: Path) -> None:
    lead = _lead(tmp_path)
    result = run(
        "--project", lead, "packages", "create", "--annotators", "alice,bob,carol",
        "--overlap", "0.4", "--seed", "9", "-o", tmp_path / "out",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "2 of them to more than one (seed 9)" in result.output
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == [f"{n}.annotator.sqlite" for n in ("alice", "bob", "carol")]
    status = run("--project", lead, "packages", "status", "--json")
    work = json.loads(status.output)
    assert [w["annotator"] for w in work] == ["alice", "bob", "carol"]
    assert sum(w["assigned"] for w in work) == 5 + 2
    assert all(w["returned"] == 0 and w["packages"] == 1 for w in work)
    table = run("--project", lead, "packages", "status").output
    assert table.splitlines()[0].split() == [
        "annotator", "assigned", "returned", "in", "progress", "done", "time",
    ]  # fmt: skip


def test_the_same_seed_gives_the_same_packages(tmp_path: Path) -> None:
    contents: list[object] = []
    for round_ in ("a", "b"):
        lead = _lead(tmp_path / round_)
        args = ("--annotators", "alice,bob,carol", "--per-document", "2", "--seed", "5")
        assert run("--project", lead, "packages", "create", *args, "-o", tmp_path / round_ / "o")
        status = json.loads(run("--project", lead, "packages", "status", "--json").output)
        contents.append([(w["annotator"], w["assigned"]) for w in status])
        for name in ("alice", "bob", "carol"):
            package = tmp_path / round_ / "o" / f"{name}.annotator.sqlite"
            with Project.open(package, read_only=True) as opened:
                contents.append((name, sorted(opened.documents.names().values())))
    half = len(contents) // 2
    assert contents[:half] == contents[half:]


def test_bad_options_exit_1_with_a_message(tmp_path: Path) -> None:
    lead = _lead(tmp_path)
    for args, message in [
        (("--annotators", "alice,gold"), "reserved"),
        (("--annotators", "alice,bob", "--overlap", "2"), "between 0 and 1"),
        (("--annotators", "alice", "--overlap", "0.5"), "two annotators"),
    ]:
        result = run("--project", lead, "packages", "create", *args, "-o", tmp_path / "x")
        assert result.exit_code == 1, result.output
        assert message in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "x").exists() or not any((tmp_path / "x").iterdir())


def test_status_before_any_packages(tmp_path: Path) -> None:
    lead = _lead(tmp_path)
    assert "no packages yet" in run("--project", lead, "packages", "status").output


def test_merge_refuses_a_package_of_another_project_with_exit_1(tmp_path: Path) -> None:
    lead, other = _lead(tmp_path / "lead"), _lead(tmp_path / "other")
    for project, folder in ((lead, "mine"), (other, "theirs")):
        args = ("--annotators", "alice,bob", "--seed", "1", "-o", tmp_path / folder)
        assert run("--project", project, "packages", "create", *args).exit_code == 0
    before = lead.read_bytes()
    result = run("--project", lead, "merge", tmp_path / "theirs" / "alice.annotator.sqlite")
    assert result.exit_code == 1
    assert "alice.annotator.sqlite: this is alice's work package from another project" in (
        result.stderr
    )
    assert lead.read_bytes() == before
    mine = sorted((tmp_path / "mine").glob("*.sqlite"))
    merged = run("--project", lead, "merge", *mine)
    assert merged.exit_code == 0, merged.output
    assert "Work packages returned: alice (alice.annotator.sqlite), bob (bob.annotator.sqlite)" in (
        merged.output
    )
    status = json.loads(run("--project", lead, "packages", "status", "--json").output)
    assert [w["returned"] for w in status] == [1, 1]
