"""Which layer refuses an annotation id that is taken, and what the user reads.

Both imports store through ``store.importing.ImportWriter``. Native JSONL
files alone are streamed: nothing has read the whole file before the store,
so the writer refuses the id (an ``INSERT OR IGNORE`` that skipped it, then a
look-up) and the importer names the file and line. An import with other
formats in it (here the same JSONL in a folder beside a text file) is read
whole first, and io's ``check_against_project`` refuses the id before
anything is stored. Either way: the same reason, the file and line, exit
status 1, the project byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from annotator.cli import main
from annotator.store.importing import ImportWriter

TEXT = "Kazakhstan will not recognize the referendums, said Smadiyarov. 99.23% in favor."


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def write(path: Path, name: str, identifier: str) -> Path:
    label = {"id": identifier, "layer": "quote", "start": 0, "end": 10, "annotator": "alice"}
    lines = [
        {"name": "first.txt", "text": "Nothing to see."},
        {"name": name, "text": TEXT, "annotations": [label]},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def beside_a_text_file(path: Path) -> Path:
    """``path``'s folder, with a text file in it: an import of it is read whole."""
    (path.parent / "note.txt").write_text("A note.", encoding="utf-8")
    return path.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose document a.txt holds annotation id 'x'."""
    path = tmp_path / "p.sqlite"
    source = tmp_path / "a.jsonl"
    source.write_text(
        json.dumps({
            "name": "a.txt",
            "text": TEXT,
            "annotations": [{"id": "x", "layer": "quote", "start": 0, "end": 10}],
        })
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert run("--project", path, "import", source).exit_code == 0
    return path


def refused(project: Path, source: Path) -> str:
    before = digest(project)
    result = run("--project", project, "import", source)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert digest(project) == before
    return result.stderr


REASON = "annotation id 'x' is already used by another document"


def test_streamed_the_store_refuses_and_the_importer_names_the_line(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path / "b.jsonl", "b.txt", "x")
    assert refused(project, source) == f"error: {source}:2: {REASON}\n"
    # Without the writer's look-up of skipped ids, nothing else would have caught it:
    # the id would be skipped silently and the import reported as done.
    monkeypatch.setattr(ImportWriter, "_skipped_problem", lambda *args: "")
    assert run("--project", project, "import", source).exit_code == 0


def test_read_whole_io_refuses_before_the_store_is_reached(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    source = write(tmp_path / "in" / "b.jsonl", "b.txt", "x")

    def never(*args: object) -> str:
        raise AssertionError("the store was reached")

    monkeypatch.setattr(ImportWriter, "store", never)
    assert refused(project, beside_a_text_file(source)) == f"error: {source}:2: {REASON}\n"


@pytest.mark.parametrize("whole", [False, True], ids=["streamed", "read whole"])
def test_an_id_used_twice_in_one_file_is_refused_on_both_paths(
    project: Path, tmp_path: Path, whole: bool
) -> None:
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "twice.jsonl"
    label = {"id": "y", "layer": "quote", "start": 0, "end": 10}
    lines = [{"name": n, "text": TEXT, "annotations": [label]} for n in ("c.txt", "d.txt")]
    source.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    given = beside_a_text_file(source) if whole else source
    assert refused(project, given) == f"error: {source}:2: annotation id 'y' is used twice\n"


@pytest.mark.parametrize("whole", [False, True], ids=["streamed", "read whole"])
def test_reimporting_the_same_file_is_a_no_op_on_both_paths(
    project: Path, tmp_path: Path, whole: bool
) -> None:
    (tmp_path / "in").mkdir()
    written = write(tmp_path / "in" / "again.jsonl", "a.txt", "x")
    source = beside_a_text_file(written) if whole else written
    first = run("--project", project, "import", source)
    assert first.exit_code == 0, first.output
    before = digest(project)
    again = run("--project", project, "import", source)
    assert again.exit_code == 0, again.output
    assert "0 annotation(s)" in again.output
    assert digest(project) == before
