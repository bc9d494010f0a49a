"""Two processes, one project: both edit safely, or one is told clearly why it cannot.

The design (README "Where data lives"): WAL lets readers and one writer work
at once, each edit is one short ``BEGIN IMMEDIATE`` transaction, and a writer
that finds the project locked waits up to the busy timeout; if the other
process holds the lock longer, the edit fails with a message saying so and is
not stored.  No edit is ever reported as saved and then missing.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from annotator.store.integrity import check_project
from annotator.store.project import Project
from tests.seeded import seed_project

WAIT = 120  # seconds; generous for a loaded machine, never reached when things work

# Adds annotations in a loop until the file argv[3] exists.  Each line is printed
# after the store call returned: "saved <id> <time>" (committed) or "failed <id>
# <message>" (an AnnotatorError, i.e. a clear message for the user).  argv[4], if given, is a
# busy timeout in milliseconds to use instead of the default.
WRITER = """
import os, sys, time, uuid
from annotator.core.errors import AnnotatorError
from annotator.core.model import Annotation, Origin
from annotator.store import project as store

if len(sys.argv) > 4:
    store.BUSY_TIMEOUT_MS = int(sys.argv[4])
project = store.Project.open(sys.argv[1])
annotator, stop = sys.argv[2], sys.argv[3]
n = 0
while not os.path.exists(stop):
    n += 1
    annotation = Annotation(str(uuid.uuid4()), 1 + n % 5, annotator, "stance", 0, 5,
                            {"holder": f"h{n}", "polarity": "favor"}, origin=Origin.MANUAL)
    try:
        project.annotations.add(annotation)
    except AnnotatorError as error:
        print("failed", annotation.id, error, flush=True)
    else:
        print("saved", annotation.id, time.time(), flush=True)
project.close()
"""

# Takes the write lock with one edit in it, says "holding <time>", holds it until
# the file argv[2] exists, then commits and says "saved <id> <time it let go>".
HOLDER = """
import os, sys, time, uuid
from annotator.core.model import Annotation, Origin
from annotator.store.project import Project, insert_annotation

project = Project.open(sys.argv[1])
annotation = Annotation(str(uuid.uuid4()), 1, "holder", "stance", 0, 5,
                        {"holder": "h", "polarity": "favor"}, origin=Origin.MANUAL,
                        created_at="2026-01-01T00:00:00.000000Z",
                        updated_at="2026-01-01T00:00:00.000000Z")
with project.transaction() as conn:
    insert_annotation(conn, annotation, annotation.created_at, ignore_existing=False)
    print("holding", time.time(), flush=True)
    while not os.path.exists(sys.argv[2]):
        time.sleep(0.01)
    released = time.time()
print("saved", annotation.id, released, flush=True)
project.close()
"""


class Child:
    """A Python child process whose stdout lines are collected as they come."""

    def __init__(self, script: str, *args: str | Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.stderr: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._errors = threading.Thread(target=self._read_errors, daemon=True)
        self._errors.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        self.stderr.extend(self.process.stderr)

    def wait_for(self, condition: Callable[[list[str]], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT
        with self._changed:
            while not condition(self.lines):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out waiting for {what}: {self.lines[-5:]}")
                self._changed.wait(min(remaining, 1.0))
                exited = self.process.poll() is not None and not self._reader.is_alive()
                if exited and not condition(self.lines):
                    self._errors.join(WAIT)
                    raise AssertionError(f"exited before {what}: {''.join(self.stderr)}")

    def count(self, kind: str) -> int:
        return sum(1 for line in self.lines if line.startswith(kind + " "))

    def finish(self) -> list[str]:
        """Wait for the exit; the child must end normally with nothing on stderr."""
        self.process.wait(timeout=WAIT)
        self._reader.join(WAIT)
        self._errors.join(WAIT)
        stderr = "".join(self.stderr)
        assert self.process.returncode == 0, stderr
        assert stderr == "", stderr  # no traceback, no "database is locked" escaping
        return self.lines

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=WAIT)


def seeded_project(tmp_path: Path) -> Path:
    return seed_project(tmp_path / "shared.sqlite")


def at_least(count: int, lines: list[str]) -> bool:
    return len(lines) >= count


def outcomes(lines: list[str]) -> tuple[set[str], set[str], list[str]]:
    saved: set[str] = set()
    failed: set[str] = set()
    messages: list[str] = []
    for line in lines:
        kind, annotation_id, message = [*line.split(" ", 2), ""][:3]
        assert kind in ("saved", "failed") and len(annotation_id) == 36, line
        (saved if kind == "saved" else failed).add(annotation_id)
        if kind == "failed":
            messages.append(message)
    return saved, failed, messages


def stored_ids(path: Path) -> set[str]:
    with Project.open(path) as project:
        assert check_project(project) == []
        return {a.id for d in range(1, 6) for a in project.annotations(d)}


def test_two_writers_and_a_long_transaction_lose_nothing(tmp_path: Path) -> None:
    """Two editors save in a loop while a third process holds the write lock for a
    while (well under the busy timeout): everyone waits their turn, nobody fails."""
    path = seeded_project(tmp_path)
    stop, release = tmp_path / "stop", tmp_path / "release"
    writers = [Child(WRITER, path, name, stop) for name in ("alice", "bob")]
    holder: Child | None = None
    try:
        for writer in writers:
            writer.wait_for(lambda lines: len(lines) >= 5, "the first saves")
        holder = Child(HOLDER, path, release)
        holder.wait_for(lambda lines: len(lines) == 1, "the lock")
        time.sleep(0.8)  # not a synchronisation: how long the writers are kept waiting
        release.touch()
        holder.wait_for(lambda lines: len(lines) == 2, "the holder's commit")
        for writer in writers:
            before = len(writer.lines)
            writer.wait_for(partial(at_least, before + 10), "saves after it")
        stop.touch()
        results = [writer.finish() for writer in writers]
        held = holder.finish()
    finally:
        for child in [*writers, *([holder] if holder else [])]:
            child.kill()
    locked_at, released_at = float(held[0].split()[1]), float(held[1].split()[2])
    assert released_at - locked_at >= 0.8
    saved: set[str] = {held[1].split()[1]}
    for lines in results:
        ok, failed, messages = outcomes(lines)
        assert not failed, messages[:3]
        saved |= ok
        # They waited: while the lock was held no save completed (one may have been
        # committed just before it was taken and timed just after).
        times = [float(line.split()[2]) for line in lines]
        assert sum(locked_at < t < released_at for t in times) <= 1
        assert any(t > released_at for t in times)
    assert stored_ids(path) == saved


def test_a_lock_held_past_the_busy_timeout_gives_a_clear_message(tmp_path: Path) -> None:
    """The editor's edits fail with a message naming the cause while another process
    holds the lock too long; they are not stored, and editing resumes afterwards."""
    path = seeded_project(tmp_path)
    stop, release = tmp_path / "stop", tmp_path / "release"
    holder = Child(HOLDER, path, release)
    writer: Child | None = None
    try:
        holder.wait_for(lambda lines: len(lines) == 1, "the lock")
        # A busy timeout of 0.3 s keeps the test short; the real one is 5 s.
        writer = Child(WRITER, path, "alice", stop, "300")
        writer.wait_for(lambda lines: len(lines) >= 2, "refused edits")
        release.touch()
        holder.wait_for(lambda lines: len(lines) == 2, "the holder's commit")
        writer.wait_for(lambda lines: any(x.startswith("saved") for x in lines), "a save")
        stop.touch()
        lines = writer.finish()
        held = holder.finish()
    finally:
        for child in [holder, *([writer] if writer else [])]:
            child.kill()
    saved, failed, messages = outcomes(lines)
    assert len(failed) >= 2 and saved
    assert lines[0].startswith("failed")  # the first edit really met the held lock
    for message in messages:
        assert str(path) in message
        assert "another program" in message and "is writing to the project" in message
        assert "this change was not saved" in message
    assert stored_ids(path) == saved | {held[1].split()[1]}
