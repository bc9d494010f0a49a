"""An import or a merge killed midway (SIGKILL) leaves all of it or nothing of it.

Each round copies the same starting project, runs the real ``annotator import``
(or ``annotator merge``) on it as a separate process and kills it: in half the
rounds at a random moment of its run, in the other half as soon as the
transaction has started writing pages to the WAL (so the kill lands inside the
transaction, with uncommitted frames on disk).  Reopening must then show
either the starting project or the completed operation, never a part, and
``check_project`` must find nothing wrong.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest

from annotator.core.model import Annotation, Origin
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.integrity import check_project
from annotator.store.project import Project
from tests.seeded import seed_project

# Half the rounds of the edit-stream kill test (make test: 4, make soak: 25), at least 2.
ROUNDS = max(2, int(os.environ.get("ANNOTATOR_KILL_ROUNDS", "8")) // 2)
EXTRA_ROUNDS = 6  # more mid-write rounds, only if none has yet landed inside the transaction
DOCUMENTS, ANNOTATIONS_EACH = 600, 8
WAIT = 300  # seconds: generous for a loaded machine

Dump = tuple[frozenset[tuple[object, ...]], ...]


def dump(path: Path) -> Dump:
    """Everything an import or merge can change, without its timestamps."""
    with Project.open(path) as project:
        conn = project.connection
        documents = conn.execute("SELECT name, sha256, title, meta FROM documents")
        annotations = conn.execute(
            'SELECT a.id, d.name, annotator, layer, start, "end", attributes, note, origin '
            "FROM annotations a JOIN documents d ON d.id = a.document_id"
        )
        statuses = conn.execute(
            "SELECT d.name, annotator, status, none_present "
            "FROM document_status s JOIN documents d ON d.id = s.document_id"
        )
        return frozenset(documents), frozenset(annotations), frozenset(statuses)


def write_big_jsonl(path: Path, annotator: str) -> Path:
    """Enough documents and labels that storing them takes a while and spills to the WAL."""
    rng = random.Random(7)
    words = ["council", "budget", "vote", "turnout", "minister", "said", "percent", "the"]
    with path.open("w", encoding="utf-8") as out:
        for number in range(DOCUMENTS):
            text = f"Article {number}. " + " ".join(rng.choice(words) for _ in range(450))
            labels = [
                {
                    "id": str(uuid.UUID(int=number * 1000 + index)),
                    "layer": "stance",
                    "start": 0,
                    "end": 7,
                    "annotator": annotator,
                    "attributes": {"holder": f"holder {index}", "polarity": "favor"},
                }
                for index in range(ANNOTATIONS_EACH)
            ]
            record = {"name": f"big_{number:05}.txt", "text": text, "annotations": labels}
            out.write(json.dumps(record) + "\n")
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles with a few of alice's annotations: what every round starts from."""
    path = seed_project(tmp_path_factory.mktemp("kill-base") / "base.sqlite")
    with Project.open(path) as project:
        for document_id in range(1, 6):
            project.annotations.add(
                Annotation(
                    str(uuid.uuid4()),
                    document_id,
                    "alice",
                    "stance",
                    0,
                    5,
                    {"holder": "alice's", "polarity": "favor"},
                    origin=Origin.MANUAL,
                )
            )
    return path


def run_cli(args: Sequence[str | Path], home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home)}
    env.pop("ANNOTATOR_PROJECT", None)
    return subprocess.Popen(
        [sys.executable, "-m", "annotator", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wal_size(project: Path) -> int:
    try:
        return Path(f"{project}-wal").stat().st_size
    except FileNotFoundError:
        return 0


def kill_rounds(base: Path, tmp_path: Path, command: Sequence[str | Path]) -> None:
    """Run ``annotator --project <copy of base> *command`` killed, round after round."""
    # The uninterrupted run: what "all of it" looks like and how long it takes.
    complete = tmp_path / "complete.sqlite"
    shutil.copy(base, complete)
    started = time.monotonic()
    reference = run_cli(["--project", complete, *command], tmp_path)
    _out, err = reference.communicate(timeout=WAIT)
    duration = time.monotonic() - started
    assert reference.returncode == 0, err
    nothing, everything = dump(base), dump(complete)
    assert nothing != everything

    rng = random.Random(4321)
    outcomes: list[tuple[str, bool, str]] = []  # (when, frames written before the kill, result)
    round_number = 0
    while round_number < ROUNDS or (
        round_number < ROUNDS + EXTRA_ROUNDS
        and not any(o == ("mid-write", True, "nothing") for o in outcomes)
    ):
        when = "random" if round_number % 2 == 0 and round_number < ROUNDS else "mid-write"
        round_number += 1
        project = tmp_path / f"round{round_number}.sqlite"
        shutil.copy(base, project)
        process = run_cli(["--project", project, *command], tmp_path)
        if when == "random":  # from start-up (nothing written yet) to past the end
            stratum = (round_number - 1) // 2  # spread over the run, whatever the seed
            share = (stratum + rng.random()) / ((ROUNDS + 1) // 2)
            deadline = time.monotonic() + (0.4 + 0.8 * share) * duration
        else:  # once pages are written, at once or a little later (into the COMMIT)
            while wal_size(project) == 0 and process.poll() is None:
                time.sleep(0.001)
            later = 0.0 if round_number > ROUNDS else 0.05 * rng.random()
            deadline = time.monotonic() + later
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.002)
        frames = wal_size(project) > 0
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=WAIT)
        state = dump(project)
        result = "nothing" if state == nothing else "all" if state == everything else "PART"
        outcomes.append((when, frames, result))
        assert result != "PART", f"round {round_number} ({when}) left part of it: {outcomes}"
        with Project.open(project) as reopened:
            assert check_project(reopened) == [], f"round {round_number}"
        project.unlink()
    # The test only proves something if some kill landed inside the transaction.
    assert ("mid-write", True, "nothing") in outcomes, outcomes


def test_an_import_killed_midway_is_all_or_nothing(base: Path, tmp_path: Path) -> None:
    incoming = write_big_jsonl(tmp_path / "incoming.jsonl", "importer")
    kill_rounds(base, tmp_path, ["import", incoming])


def test_a_merge_killed_midway_is_all_or_nothing(base: Path, tmp_path: Path) -> None:
    """Bob's copy: the same seed articles, 1,000 more and his labels on all of them."""
    bobs = tmp_path / "bob.sqlite"
    shutil.copy(base, bobs)
    with Project.open(bobs) as copy:
        import_files(copy, [write_big_jsonl(tmp_path / "bob.jsonl", "bob")], ImportOptions())
        conn = copy.connection
        # Bob also edited alice's labels (newer), so the merge updates rows, not only adds.
        with copy.transaction():
            conn.execute(
                "UPDATE annotations SET note = 'checked by bob', "
                "updated_at = '2099-01-01T00:00:00.000000Z' WHERE annotator = 'alice'"
            )
    kill_rounds(base, tmp_path, ["merge", bobs])
