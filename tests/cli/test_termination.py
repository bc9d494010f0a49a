"""Ctrl-C, ``kill`` (SIGTERM) and a closed terminal (SIGHUP) during a writing command.

Each test stops a real ``annotator`` process in the middle of its import: the test
waits until the import has read a megabyte of its input and holds the project's write
lock (its one transaction is open), and only then sends the signal. A process that
finished first exits with 0 and fails the test, so a pass means "stopped mid-transaction".
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.conftest import Run, Start

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the importer's file position in /proc"
)

# Enough documents that the import takes far longer than noticing it has begun.
DOCUMENTS = 200_000


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL file of ``DOCUMENTS`` documents (9 MB), written once for the module."""
    path = tmp_path_factory.mktemp("input") / "news.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(DOCUMENTS):
            handle.write(json.dumps({"name": f"d{number}", "text": f"Document {number}."}) + "\n")
    return path


def _read_so_far(process: subprocess.Popen[str], path: Path) -> int:
    """How far ``process`` has read ``path`` (its file position), 0 if it has it not open."""
    for descriptor in Path(f"/proc/{process.pid}/fd").iterdir():
        try:
            if os.readlink(descriptor) != str(path):
                continue
            info = Path(f"/proc/{process.pid}/fdinfo/{descriptor.name}").read_text()
        except OSError:  # closed meanwhile
            continue
        return int(info.split("pos:")[1].split()[0])
    return 0


def _holds_the_write_lock(project: Path) -> bool:
    probe = sqlite3.connect(project, timeout=0)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            return True
        raise
    finally:
        probe.close()
    return False


def _wait_until_storing(news: Path, project: Path, process: subprocess.Popen[str]) -> None:
    """Return once ``process`` is storing ``news`` into ``project``: a megabyte of it read
    (far past the head that recognising the format reads) and the write lock held."""
    while process.poll() is None:
        if _read_so_far(process, news) > 1_000_000 and _holds_the_write_lock(project):
            return
        time.sleep(0.005)  # a poll, not a deadline: leave the CPU to the import
    raise AssertionError(f"the import ended before it was stopped: {process.communicate()}")


def _stopped(process: subprocess.Popen[str], signum: int) -> tuple[int, str]:
    process.send_signal(signum)
    _out, err = process.communicate(timeout=120)
    return process.returncode, err


def _message(signum: int) -> str:
    if signum == signal.SIGINT:
        return "interrupted; nothing was changed by the unfinished command\n"
    name = signal.Signals(signum).name
    return f"stopped by {name}; nothing was changed by the unfinished command\n"


STOPPING = [signal.SIGINT, signal.SIGTERM, pytest.param(signal.SIGHUP, id="SIGHUP")]


@pytest.mark.parametrize("signum", STOPPING, ids=lambda s: signal.Signals(s).name)
def test_a_stopped_import_into_a_new_project_leaves_no_file(
    tmp_path: Path, news: Path, start_annotator: Start, signum: int
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    project = work / "new.annotator"
    process = start_annotator("--project", project, "import", news)
    _wait_until_storing(news, project, process)

    status, err = _stopped(process, signum)

    assert (status, err) == (128 + signum, _message(signum))
    assert sorted(p.name for p in work.iterdir()) == []  # no -wal, -shm, .creating


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_stopped_import_into_an_existing_project_changes_no_byte_of_it(
    tmp_path: Path, news: Path, annotator: Run, start_annotator: Start, signum: int
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "first.txt").write_text("The first document.", encoding="utf-8")
    project = work / "kept.annotator"
    assert annotator("--project", project, "import", work / "first.txt").returncode == 0
    before = project.read_bytes()
    process = start_annotator("--project", project, "import", news)
    _wait_until_storing(news, project, process)

    status, err = _stopped(process, signum)

    assert (status, err) == (128 + signum, _message(signum))
    assert project.read_bytes() == before
    assert sorted(p.name for p in work.iterdir()) == ["first.txt", "kept.annotator"]
    listed = annotator("--project", project, "stats", "--json")
    assert json.loads(listed.stdout)["documents"] == 1


def test_a_refused_merge_into_a_new_project_leaves_no_file(tmp_path: Path, annotator: Run) -> None:
    """``merge --into NEW`` creates NEW; refused, it leaves nothing (as a refused import)."""
    (tmp_path / "not-a-project.annotator").write_text("plain text", encoding="utf-8")
    into = tmp_path / "merged.annotator"

    result = annotator("merge", "--into", into, tmp_path / "not-a-project.annotator")

    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert not any(p.name.startswith("merged.annotator") for p in tmp_path.iterdir())


def test_a_command_run_in_process_gives_the_signal_handlers_back(tmp_path: Path) -> None:
    """``main`` called from another program (or a test) must not leave SIGTERM raising
    ``Terminated`` in that program after the command returned."""
    from click.testing import CliRunner

    from annotator.cli import main

    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    result = CliRunner().invoke(main, ["--project", str(tmp_path / "p.annotator"), "stats"])
    assert result.exit_code == 1  # no such project: the command ran and ended
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)) == before


def _workers(process: subprocess.Popen[str]) -> list[int]:
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


@pytest.mark.parametrize("signum", STOPPING, ids=lambda s: signal.Signals(s).name)
def test_a_stopped_suggest_run_in_workers_changes_nothing_and_leaves_no_process(
    tmp_path: Path, annotator: Run, start_annotator: Start, signum: int
) -> None:
    """``annotator suggest`` over many documents suggests in worker processes: stopped
    while they work and it stores, it rolls back, the workers go, and none of them
    prints a traceback of its own (one line, as for any command)."""
    from annotator.suggest.run import PARALLEL_FROM

    news = tmp_path / "news.jsonl"
    with news.open("w", encoding="utf-8") as handle:
        for number in range(PARALLEL_FROM * 40):
            text = f"Minister {number} said: “We will spend 1{number} million złoty.” " * 10
            handle.write(json.dumps({"name": f"d{number}", "text": text}) + "\n")
    project = tmp_path / "p.annotator"
    assert annotator("--project", project, "import", news).returncode == 0
    before = project.read_bytes()
    process = start_annotator("--project", project, "suggest")
    while not _workers(process):
        assert process.poll() is None, process.communicate()
        time.sleep(0.005)
    workers = _workers(process)
    time.sleep(0.5)  # the first batches are being suggested and stored (a run takes seconds)

    status, err = _stopped(process, signum)

    assert status == 128 + signum, err
    assert err.endswith(_message(signum)) and "Traceback" not in err, err
    assert project.read_bytes() == before
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
