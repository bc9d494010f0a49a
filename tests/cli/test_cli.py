"""The ``annotator`` command, through click's CliRunner and once as a real process."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from annotator.cli import main
from annotator.core.model import GOLD, Action, Annotation, Decision, Origin
from annotator.core.schema import load_schema, parse_schema
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.project import Project
from tests.cli.conftest import Run
from tests.stored import document_named

REPO = Path(__file__).resolve().parents[2]
SEED_NAMES = sorted(p.name for p in seeds_dir().glob("*.txt"))


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def ok(*args: str | Path) -> Result:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result


def fails(*args: str | Path) -> Result:
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith("error: ") or "skipped" in result.stderr
    return result


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "p.sqlite"
    ok("init", path)
    ok("--project", path, "import", seeds_dir())
    return path


# -- help and version ------------------------------------------------------------


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += all_commands(command, (*prefix, name))
    return found


COMMANDS = all_commands(main)


def test_the_documented_commands_exist() -> None:
    assert {"gui", "init", "import", "export", "stats", "schema"} <= {c[0] for c in COMMANDS}
    assert {("schema", "show"), ("schema", "update")} <= set(COMMANDS)


@pytest.mark.parametrize("command", [(), *COMMANDS], ids=lambda c: " ".join(c) or "main")
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = ok(*command, "--help")
    assert result.output.startswith("Usage: ")
    target: click.Command = main
    for name in command:
        assert isinstance(target, click.Group), f"{name!r} follows a command, not a group"
        target = target.commands[name]
    assert target.help, f"'{' '.join(command)}' has no help text"
    first_line = target.help.strip().splitlines()[0]
    assert first_line[:40] in " ".join(result.output.split())


def test_import_and_export_help_name_every_format_of_the_table() -> None:
    """The lists are made from the format table, so a new format cannot be left out."""
    from annotator.io.formats import FORMATS

    import_help = " ".join(ok("import", "--help").output.split())
    export_help = " ".join(ok("export", "--help").output.split())
    for fmt in FORMATS:
        if fmt.reader:
            assert f"{fmt.title} ({' '.join(fmt.suffixes)})" in import_help
        if fmt.writer:
            assert fmt.name in export_help
    folders = [f.name for f in FORMATS if f.writer and f.folder]
    assert {"brat", "webanno"} <= set(folders)
    as_text = [s for f in FORMATS if f.name in ("text", "markdown") for s in f.suffixes]
    assert f"Only {'/'.join(as_text)} files are read as text" in import_help
    assert ".text" in as_text  # read as text (formats.FORMATS), once left out of the help
    assert f"a new folder for {' and '.join(folders)}." in export_help


def test_version() -> None:
    from annotator import __version__

    assert __version__ in ok("--version").output


# -- init and schema -------------------------------------------------------------


def test_init_creates_an_empty_project(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    result = ok("init", path)
    assert "stance, quote, figure" in result.output
    with Project.open(path) as project:
        assert project.documents.count() == 0
        assert project.schema == load_schema(default_schema_path())


def test_init_refuses_an_existing_file(seeded: Path) -> None:
    before = digest(seeded)
    result = fails("init", seeded)
    assert "already exists" in result.stderr
    assert digest(seeded) == before


def test_init_with_a_custom_schema_and_schema_show(tmp_path: Path) -> None:
    schema_file = tmp_path / "s.toml"
    schema_file.write_text('name = "Mine"\n\n[[layer]]\nname = "claim"\nkey = "c"\n')
    path = tmp_path / "mine.sqlite"
    ok("init", path, "--schema", schema_file)
    shown = ok("--project", path, "schema", "show").output
    assert parse_schema(shown) == load_schema(schema_file)


def test_init_with_a_bad_schema_names_file_and_line(tmp_path: Path) -> None:
    schema_file = tmp_path / "bad.toml"
    schema_file.write_text('name = "Bad"\n[[layer]]\nname = "x\n')
    result = fails("init", tmp_path / "p.sqlite", "--schema", schema_file)
    assert f"{schema_file}:3:" in result.stderr
    assert not (tmp_path / "p.sqlite").exists()


def test_schema_update_adds_and_refuses_removal(seeded: Path, tmp_path: Path) -> None:
    annotations = tmp_path / "a.jsonl"
    text = "Kazakhstan refuses."
    annotations.write_text(
        json.dumps(
            {
                "name": "a",
                "text": text,
                "annotations": [
                    {"layer": "quote", "start": 0, "end": 10, "attributes": {"kind": "direct"}}
                ],
            }
        )
        + "\n"
    )
    ok("--project", seeded, "import", annotations)

    current = ok("--project", seeded, "schema", "show").output
    bigger = tmp_path / "bigger.toml"
    bigger.write_text(current + '\n[[layer]]\nname = "event"\nkey = "e"\n')
    assert "event" in ok("--project", seeded, "schema", "update", bigger).output

    smaller = tmp_path / "smaller.toml"
    smaller.write_text(current.replace('"direct", ', ""))
    before = digest(seeded)
    result = fails("--project", seeded, "schema", "update", smaller)
    assert "choice 'direct' is used by 1 annotation(s)" in result.stderr
    assert digest(seeded) == before
    assert "event" in ok("--project", seeded, "schema", "show").output


# -- import ----------------------------------------------------------------------


def test_import_reports_and_reimport_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    result = ok("--project", path, "import", seeds_dir())
    assert "imported 5 document(s), 0 annotation(s)" in result.output
    before = digest(path)
    again = ok("--project", path, "import", seeds_dir())
    assert "imported 0 document(s)" in again.output
    assert "already present, unchanged: 5 document(s)" in again.output
    assert digest(path) == before


@pytest.mark.parametrize(
    ("name", "content", "line", "reason"),
    [
        ("bad.jsonl", b'{"name": "a", "text": "x"}\n{"name": ', 2, "invalid JSON"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00", 1, "byte 0x89"),
        ("latin.txt", b"ok\nZa\xbf\xf3\n", 2, "byte offset 5"),
        ("empty.txt", b"", 1, "empty document"),
        (
            "range.jsonl",
            b'{"name": "a", "text": "abc", "annotations": [{"layer": "quote", "start": 1, '
            b'"end": 9}]}\n',
            1,
            "offsets 1-9",
        ),
        (
            "layer.jsonl",
            b'\n{"name": "a", "text": "abc", "annotations": [{"layer": "claim", "start": 0, '
            b'"end": 1}]}\n',
            2,
            "unknown layer 'claim'",
        ),
    ],
)
def test_bad_input_exits_nonzero_naming_file_and_line(
    seeded: Path, tmp_path: Path, name: str, content: bytes, line: int, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("A good article.")
    before = digest(seeded)
    result = fails("--project", seeded, "import", good, bad)
    assert f"{bad}:{line}: " in result.stderr
    assert reason in result.stderr
    assert result.stdout == ""
    assert digest(seeded) == before


def test_a_refused_import_into_a_new_project_leaves_no_project_file(tmp_path: Path) -> None:
    """The real command, in its own process: a refused import ends as it began."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    new = tmp_path / "new.sqlite"
    command = [sys.executable, "-m", "annotator", "--project", str(new), "import", str(bad)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"error: {bad}:1: ")
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]


def test_a_refused_import_into_a_new_annotator_project_leaves_no_project_file(
    tmp_path: Path,
) -> None:
    """The project ``ANNOTATOR_PROJECT`` names is chosen as ``--project``'s: not left empty."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    new = tmp_path / "new.sqlite"
    result = run("import", bad, env={"ANNOTATOR_PROJECT": str(new)})
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]


def test_a_refused_import_keeps_a_project_that_existed_even_if_empty(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    empty = tmp_path / "empty.sqlite"
    ok("init", empty)
    before = digest(empty)
    fails("--project", empty, "import", bad)
    assert digest(empty) == before


def test_skip_bad_imports_good_lists_bad_and_exits_nonzero(seeded: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 LE BOM, then a lone surrogate
    good = tmp_path / "good.txt"
    good.write_text("A good article.")
    result = fails("--project", seeded, "import", "--skip-bad", bad, good)
    assert "imported 1 document(s)" in result.stdout
    assert "skipped 1 bad item(s)" in result.stderr
    assert f"{bad}:1: " in result.stderr
    with Project.open(seeded) as project:
        assert project.documents.by_name("good.txt") is not None
        assert project.documents.by_name("bad.txt") is None


def test_csv_import_with_text_column(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    table = tmp_path / "t.csv"
    table.write_text("body,title\nFirst text,One\n", encoding="utf-8")
    ok("--project", path, "import", "--text-column", "body", table)
    with Project.open(path) as project:
        assert document_named(project, "t-1").title == "One"


def test_missing_file(tmp_path: Path) -> None:
    result = fails("--project", tmp_path / "p.sqlite", "import", tmp_path / "nope.txt")
    assert "nope.txt: no such file or folder" in result.stderr


def test_not_a_project(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list")
    result = fails("--project", notes, "stats")
    assert f"{notes}: not an annotator project" in result.stderr
    assert notes.read_text() == "shopping list"


# -- export and stats --------------------------------------------------------------


@pytest.fixture
def annotated(seeded: Path, tmp_path: Path) -> Path:
    text = "😀 «Nie uznamy» =SUM(A1) -7%"
    record = {
        "name": "x.txt",
        "text": text,
        "annotations": [
            {"id": "q1", "layer": "quote", "annotator": "ala", "start": 2, "end": 14,
             "attributes": {"speaker": "=cmd", "kind": "direct"}, "note": "line\nbreak"},
            {"id": "f1", "layer": "figure", "annotator": "ola", "start": 24, "end": 27,
             "attributes": {"value": -7, "unit": "percent"}},
        ],
    }  # fmt: skip
    source = tmp_path / "x.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ok("--project", seeded, "import", source)
    # Gold labels are made by review decisions (an import makes them "gold-imported").
    with Project.open(seeded) as project:
        document = document_named(project, "x.txt")
        assert document.id is not None
        gold = Annotation("g1", document.id, GOLD, "figure", 24, 27, origin=Origin.ADJUDICATED)
        decision = Decision("d1", document.id, "figure", Action.ACCEPT, ("f1",), "lead", "ola")
        project.decisions.record([(decision, gold)])
    return seeded


def test_export_csv(annotated: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold.csv"
    assert "wrote 2 annotation(s)" in ok("--project", annotated, "export", "-o", out).output
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["annotation_id"], r["text"]) for r in rows] == [
        ("q1", "«Nie uznamy»"),
        ("f1", "-7%"),
    ]
    assert rows[0]["note"] == "line\nbreak"
    assert rows[0]["speaker"] == "=cmd"

    ok("--project", annotated, "export", "-o", out, "--gold", "--excel", "--layer", "figure")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["annotation_id"], r["text"]) for r in rows] == [("g1", "'-7%")]


def test_export_jsonl_and_documents(annotated: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = ok("--project", annotated, "export", "-o", out, "--annotator", "ala")
    assert "wrote 6 document(s)" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [a["id"] for r in records for a in r["annotations"]] == ["q1"]

    docs = tmp_path / "docs.csv"
    ok("--project", annotated, "export", "-o", docs, "--what", "documents")
    with docs.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6 * 2  # documents × (ala, ola)
    x = {r["annotator"]: r for r in rows if r["document"] == "x.txt"}
    assert (x["ola"]["status"], x["ola"]["figure_count"]) == ("in_progress", "1")


def test_export_errors(annotated: Path, tmp_path: Path) -> None:
    result = fails("--project", annotated, "export", "-o", tmp_path / "o.csv", "--layer", "nope")
    assert "no layer 'nope'" in result.stderr
    assert not (tmp_path / "o.csv").exists()
    usage = run("--project", annotated, "export", "-o", tmp_path / "o.jsonl", "--what", "documents")
    assert usage.exit_code == 2
    assert "CSV only" in usage.stderr
    assert run("--project", annotated, "export").exit_code == 2  # -o is required


def test_stats(annotated: Path) -> None:
    text = ok("--project", annotated, "stats").output
    assert "documents: 6" in text
    assert "ala: stance 0, quote 1, figure 0; 0 done, 1 in progress of 6" in text
    data = json.loads(ok("--project", annotated, "stats", "--json").output)
    assert data["documents"] == 6
    assert data["annotators"]["ola"]["annotations"] == {"stance": 0, "quote": 0, "figure": 1}
    # Adjudicating (the fixture's decision) sets no progress of gold's.
    assert data["annotators"]["gold"]["annotations"] == {"stance": 0, "quote": 0, "figure": 1}
    assert data["annotators"]["gold"]["progress"] == {"new": 6, "in_progress": 0, "done": 0}


# -- which project -----------------------------------------------------------------


def test_default_project_is_created_with_the_seeds(isolated_user_folders: Path) -> None:
    data = json.loads(ok("stats", "--json").output)
    expected = isolated_user_folders / "annotator" / "default.annotator.sqlite"
    assert data["project"] == str(expected)
    assert data["documents"] == 5
    with Project.open(expected) as project:
        assert sorted(d.name for d in project.documents()) == SEED_NAMES
    # The second run reuses it.
    assert json.loads(ok("stats", "--json").output)["documents"] == 5


def test_annotator_project_variable_and_project_option(
    tmp_path: Path, isolated_user_folders: Path
) -> None:
    from_env = tmp_path / "env.sqlite"
    from_option = tmp_path / "option.sqlite"
    env = {"ANNOTATOR_PROJECT": str(from_env)}
    ok("init", from_env)
    ok("init", from_option)
    data = json.loads(run("stats", "--json", env=env).output)
    assert data["project"] == str(from_env)
    assert data["documents"] == 0  # a named new project is not seeded
    data = json.loads(run("--project", from_option, "stats", "--json", env=env).output)
    assert data["project"] == str(from_option)
    assert not (isolated_user_folders / "annotator").exists()


# -- a real process ------------------------------------------------------------------


def test_real_process(tmp_path: Path, annotator: Run) -> None:
    project = tmp_path / "p.sqlite"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "a", "text": "ok"}\n{"name": "b", "text": \n', encoding="utf-8")

    imported = annotator("--project", project, "import", seeds_dir())
    assert imported.returncode == 0, imported.stderr
    assert "imported 5 document(s)" in imported.stdout
    before = digest(project)

    failed = annotator("--project", project, "import", bad)
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"error: {bad}:2: invalid JSON")
    assert "Traceback" not in failed.stderr + failed.stdout
    assert digest(project) == before


@pytest.mark.parametrize(
    "command",
    [["check"], ["stats"], ["export", "--format", "csv", "-o", "out.csv"], ["schema", "show"],
     ["agreement"], ["backup", "list"]],
)  # fmt: skip
def test_a_mistyped_project_is_an_error_not_a_new_empty_project(
    tmp_path: Path, command: list[str]
) -> None:
    typo = tmp_path / "projcet.sqlite"
    result = fails("--project", typo, *command)
    assert "no such project file" in result.stderr
    assert not typo.exists()


def test_brat_folder_in_and_out_by_command(tmp_path: Path) -> None:
    import shutil

    from tests.io.interchange_fixtures import FIXTURES

    news = tmp_path / "news"
    shutil.copytree(FIXTURES / "brat" / "news", news)
    project = tmp_path / "p.sqlite"
    refused = run("--project", project, "import", news)
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert "label(s) the project does not know" in refused.stderr
    imported = ok("--project", project, "import", news, "--add-layers")
    assert "imported 5 document(s), 78 annotation(s)" in imported.output
    assert "not imported:" in imported.stderr and "event E1" in imported.stderr
    exported = ok("--project", project, "export", "--format", "brat", "-o", tmp_path / "out")
    assert "wrote 5 document(s)" in exported.output
    assert (tmp_path / "out" / "annotation.conf").is_file()
