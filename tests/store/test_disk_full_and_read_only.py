"""Full disk, read-only file, missing or foreign file: a clear message, nothing damaged.

A full disk is simulated two ways: ``PRAGMA max_page_count`` (SQLite's own
"database or disk is full", in-process) and ``RLIMIT_FSIZE`` on a real CLI
process (the operating system refuses the write, as on a full disk).
Read-only files are real ``chmod`` permissions; as root they are made to
bite by running the process without the capabilities that let root ignore
them (``CAP_DAC_OVERRIDE`` and friends).
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Annotation, Origin
from annotator.core.schema import load_schema
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.integrity import check_project
from annotator.store.merge import merge_projects
from annotator.store.project import Project, ProjectError, WriteError
from tests.seeded import seed_project

FULL = "the disk is full"
READ_ONLY = "read-only"
NOT_SAVED = "this change was not saved"


def stance(document_id: int = 1, annotator: str = "alice", holder: str = "h") -> Annotation:
    return Annotation(
        str(uuid.uuid4()),
        document_id,
        annotator,
        "stance",
        0,
        5,
        {"holder": holder, "polarity": "favor"},
        origin=Origin.MANUAL,
    )


def snapshot(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Documents and annotations as plain rows, read with plain sqlite3."""
    connection = sqlite3.connect(path)
    try:
        documents = connection.execute("SELECT id, name, sha256 FROM documents ORDER BY id")
        annotations = connection.execute(
            'SELECT id, document_id, annotator, layer, start, "end", attributes '
            "FROM annotations ORDER BY id"
        )
        return list(documents), list(annotations)
    finally:
        connection.close()


def assert_sound(path: Path) -> None:
    with Project.open(path) as project:
        assert check_project(project) == []


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = seed_project(tmp_path / "project.sqlite")
    with Project.open(path) as project:
        for document_id in range(1, 6):
            project.annotations.add(stance(document_id, holder=f"before {document_id}"))
    return path


def articles(folder: Path, count: int, words: int = 400) -> Path:
    """``count`` new text files, big enough together to need new pages."""
    folder.mkdir()
    for number in range(count):
        text = f"Article {number}. " + "The council voted on the budget again. " * words
        (folder / f"new_{number:03}.txt").write_text(text, encoding="utf-8")
    return folder


def fill_until_full(project: Project, limit: int = 20_000) -> tuple[list[str], WriteError]:
    """Add annotations until the store refuses one; (ids saved, the refusal)."""
    saved: list[str] = []
    for number in range(limit):
        annotation = stance(1 + number % 5, holder=f"holder {number} " * (number % 7))
        try:
            project.annotations.add(annotation)
        except WriteError as error:
            assert project.annotations.get(annotation.id) is None
            return saved, error
        saved.append(annotation.id)
    raise AssertionError(f"{limit} annotations fitted: the size limit did not bite")


# -- full disk ------------------------------------------------------------------------


def test_full_disk_while_annotating_says_so_and_keeps_every_saved_edit(seeded: Path) -> None:
    before_documents, before_annotations = snapshot(seeded)
    with Project.open(seeded) as project:
        conn = project.connection
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        saved, error = fill_until_full(project)
        assert FULL in str(error) and NOT_SAVED in str(error)
        assert str(seeded) in str(error)
        assert not conn.in_transaction  # nothing half-open that a later edit could join
        # The refusal is not sticky in a wrong way: still full, still refused, clearly.
        with pytest.raises(WriteError, match=FULL):
            project.annotations.add(stance(holder="still full " * 50))
        # Space freed (here: the limit raised): the next edit is saved.
        conn.execute("PRAGMA max_page_count = 1073741823")
        after = project.annotations.add(stance(holder="after space was freed"))
    documents, annotations = snapshot(seeded)
    assert documents == before_documents
    stored = {row[0] for row in annotations}
    assert {row[0] for row in before_annotations} | set(saved) | {after.id} == stored
    assert_sound(seeded)


def test_full_disk_during_an_import_stores_nothing_of_it(seeded: Path, tmp_path: Path) -> None:
    folder = articles(tmp_path / "incoming", 40)
    before = snapshot(seeded)
    with Project.open(seeded) as project:
        conn = project.connection
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(WriteError, match=FULL):
            import_files(project, [folder], ImportOptions())
        assert not conn.in_transaction
        assert project.documents.count() == 5
        conn.execute("PRAGMA max_page_count = 1073741823")
        _plan, summary = import_files(project, [folder], ImportOptions())
        assert len(summary.added) == 40
    assert snapshot(seeded)[1] == before[1]
    assert_sound(seeded)


def test_full_disk_during_a_merge_changes_nothing(seeded: Path, tmp_path: Path) -> None:
    source = tmp_path / "bob.sqlite"
    shutil.copy(seeded, source)
    with Project.open(source) as bob:
        import_files(bob, [articles(tmp_path / "bobs", 30)], ImportOptions())
        for document_id in range(1, 36):
            bob.annotations.add(stance(document_id, "bob"))
    before = snapshot(seeded)
    with Project.open(seeded) as project:
        conn = project.connection
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 10}")
        with pytest.raises(ProjectError, match=FULL):
            merge_projects(project, [source])
        assert not conn.in_transaction
    assert snapshot(seeded) == before
    assert_sound(seeded)


def cli(
    *args: str | Path, preexec_fn: Callable[[], None] | None = None, home: Path
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home)}
    env.pop("ANNOTATOR_PROJECT", None)
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=preexec_fn,
        timeout=120,
    )


def assert_clear_failure(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("error: "), result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr


def test_cli_import_on_a_full_disk_exits_with_a_message(seeded: Path, tmp_path: Path) -> None:
    """The operating system refuses to grow any file past 64 KiB more than the project."""
    incoming = tmp_path / "incoming.jsonl"
    with incoming.open("w", encoding="utf-8") as out:
        for number in range(200):
            text = f"Report {number}. " + "Turnout reached 61 percent in the north. " * 60
            out.write(json.dumps({"name": f"r{number}.txt", "text": text}) + "\n")
    limit = seeded.stat().st_size + 64 * 1024
    before = snapshot(seeded)

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = cli("--project", seeded, "import", incoming, preexec_fn=small_disk, home=tmp_path)
    assert_clear_failure(result, str(seeded), NOT_SAVED)
    assert snapshot(seeded) == before
    assert_sound(seeded)


# -- read-only project file or folder -------------------------------------------------


def _without_root_file_powers() -> None:
    """preexec_fn: drop the capabilities that let root write read-only files."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _permissions_bite() -> bool:
    probe = subprocess.run(
        [sys.executable, "-c", "open('/dev/null').close()"],
        preexec_fn=_without_root_file_powers,
        capture_output=True,
    )
    return probe.returncode == 0


needs_permissions = pytest.mark.skipif(
    not _permissions_bite(),
    reason="running as root without CAP_SETPCAP: file permissions cannot be made to apply",
)

# Opens the project, tries one edit and reports each outcome on a line.
PROBE = """
import sys
from annotator.core.model import Annotation, Origin
from annotator.store.project import Project

try:
    project = Project.open(sys.argv[1], read_only=sys.argv[2] == "read_only")
except Exception as error:
    print("open failed:", type(error).__name__, error)
    raise SystemExit
print("opened:", project.documents.count(), "documents")
try:
    project.annotations.add(Annotation("probe", 1, "alice", "stance", 0, 5,
                                      {"holder": "h", "polarity": "favor"}, origin=Origin.MANUAL))
    print("saved")
except Exception as error:
    print("edit failed:", type(error).__name__, error)
"""


def probe(path: Path, mode: str = "") -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), mode],
        capture_output=True,
        text=True,
        preexec_fn=_without_root_file_powers,
        timeout=120,
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    return result.stdout.splitlines()


@pytest.fixture
def read_only(seeded: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """The seeded project made read-only: the file itself, or (param "folder") its folder."""
    folder = seeded.parent
    if request.param == "folder":
        folder.chmod(0o555)
    else:
        seeded.chmod(0o444)
    try:
        yield seeded
    finally:
        folder.chmod(0o755)
        seeded.chmod(0o644)


@needs_permissions
@pytest.mark.parametrize("read_only", ["file", "folder"], indirect=True)
def test_a_read_only_project_is_refused_with_a_clear_message(read_only: Path) -> None:
    before = snapshot(read_only)
    [line] = probe(read_only)
    assert line.startswith("open failed: ProjectError"), line
    assert str(read_only) in line and READ_ONLY in line
    assert snapshot(read_only) == before
    assert_sound(read_only)


@needs_permissions
@pytest.mark.parametrize("read_only", ["file"], indirect=True)
def test_a_read_only_file_can_be_read_but_an_edit_says_why_it_failed(read_only: Path) -> None:
    """What a merge source gets (``read_only=True``): reading works, writing says why."""
    opened, edit = probe(read_only, "read_only")
    assert opened == "opened: 5 documents"
    assert edit.startswith("edit failed: WriteError"), edit
    assert READ_ONLY in edit and NOT_SAVED in edit
    assert_sound(read_only)


@needs_permissions
@pytest.mark.parametrize("read_only", ["file", "folder"], indirect=True)
def test_a_read_only_source_can_still_be_merged(
    read_only: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A colleague's file on a read-only share: merged, and left exactly as it was."""
    before = snapshot(read_only)
    raw_before = read_only.read_bytes()
    target = tmp_path_factory.mktemp("reviewer") / "reviewer.sqlite"
    Project.open(target, create=True, schema=load_schema(default_schema_path())).close()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from annotator.store.merge import merge_projects; "
            "from annotator.store.project import Project; "
            "p = Project.open(sys.argv[1]); print(merge_projects(p, [sys.argv[2]]).total('added'))",
            str(target),
            str(read_only),
        ],
        capture_output=True,
        text=True,
        preexec_fn=_without_root_file_powers,
        timeout=120,
    )
    assert result.stdout.strip() == "5", result.stderr
    assert snapshot(read_only) == before
    assert read_only.read_bytes() == raw_before  # not even its journal mode was touched


@needs_permissions
@pytest.mark.parametrize("read_only", ["file", "folder"], indirect=True)
def test_cli_on_a_read_only_project_exits_with_a_message(read_only: Path, tmp_path: Path) -> None:
    before = snapshot(read_only)
    for command in (["stats"], ["import", seeds_dir()]):
        result = cli(
            "--project", read_only, *command, preexec_fn=_without_root_file_powers, home=tmp_path
        )
        assert_clear_failure(result, str(read_only), READ_ONLY)
    assert snapshot(read_only) == before


def test_an_edit_on_a_project_that_became_read_only_is_refused(seeded: Path) -> None:
    """``query_only`` stands in for a file made read-only under an open window."""
    before = snapshot(seeded)
    with Project.open(seeded) as project:
        project.connection.execute("PRAGMA query_only = ON")
        annotation = stance()
        with pytest.raises(WriteError, match=READ_ONLY):
            project.annotations.add(annotation)
        with pytest.raises(WriteError, match=READ_ONLY):
            import_files(project, [seeds_dir()], ImportOptions(annotator="x"))
        project.connection.execute("PRAGMA query_only = OFF")
        assert project.annotations.get(annotation.id) is None
        project.annotations.add(annotation)
    assert len(snapshot(seeded)[1]) == len(before[1]) + 1
    assert_sound(seeded)


# -- a project file that disappeared, or is not a project -------------------------------


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_an_edit_after_the_file_was_deleted_or_replaced_is_refused(
    seeded: Path, tmp_path: Path, how: str
) -> None:
    """SQLite would happily commit into the deleted file's inode and lose it at close."""
    with Project.open(seeded) as project:
        project.annotations.add(stance(holder="saved before"))
        if how == "deleted":
            seeded.unlink()
        else:
            other = tmp_path / "other.sqlite"
            with Project.open(other, create=True, schema=project.schema):
                pass
            os.replace(other, seeded)
        annotation = stance(holder="after")
        with pytest.raises(WriteError, match="deleted, moved or replaced") as failure:
            project.annotations.add(annotation)
        assert NOT_SAVED in str(failure.value)
        assert project.annotations.get(annotation.id) is None
    if how == "replaced":
        assert snapshot(seeded) == ([], [])  # the file put in its place is untouched
        assert_sound(seeded)
    else:
        with pytest.raises(ProjectError, match="no such project file"):
            Project.open(seeded)


def truncated(seeded: Path, size: int) -> Path:
    path = seeded.with_name(f"truncated-{size}.sqlite")
    shutil.copy(seeded, path)
    os.truncate(path, size)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p.with_name("missing.sqlite"), "no such project file"),
        (lambda p: _written(p, "notes.txt", b"shopping list\n"), "not an SQLite database"),
        (lambda p: _other_sqlite(p), "another program's SQLite database"),
        (lambda p: truncated(p, 60), "not a usable SQLite database"),
        (lambda p: truncated(p, 8192), "not a usable SQLite database"),
        (lambda p: truncated(p, p.stat().st_size - 4096), "not a usable SQLite database"),
        (lambda p: p.parent, "cannot read"),
    ],
    ids=[
        "missing",
        "text",
        "other-sqlite",
        "truncated-60",
        "truncated-8k",
        "truncated-end",
        "folder",
    ],
)
def test_not_a_project_gives_a_clear_message(
    seeded: Path, tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(seeded)
    content = path.read_bytes() if path.is_file() else None
    with pytest.raises(ProjectError, match=expected) as failure:
        Project.open(path)
    assert str(failure.value).startswith(f"{path}: ")
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "ANNOTATOR_PROJECT": None}
    result = CliRunner().invoke(main, ["--project", str(path), "stats"], env=env)
    assert not isinstance(result.exception, AssertionError | TypeError | sqlite3.Error)
    if expected == "no such project file":  # only `init` and `import` create projects
        assert result.exit_code == 1 and "no such project file" in result.stderr
        assert not path.exists()
        return
    if path.is_dir():  # refused by click's own option check
        assert result.exit_code == 2
        return
    assert result.exit_code == 1 and result.exception is not None
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert result.stderr.startswith(f"error: {path}: ") and expected in result.stderr
    if content is not None:
        assert path.read_bytes() == content  # looked at, never written


def _written(seeded: Path, name: str, content: bytes) -> Path:
    path = seeded.with_name(name)
    path.write_bytes(content)
    return path


def _other_sqlite(seeded: Path) -> Path:
    path = seeded.with_name("firefox-places.sqlite")
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    return path
