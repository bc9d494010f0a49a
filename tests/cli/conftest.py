"""The ``annotator`` command as a real process, for the CLI tests that need one."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
Start = Callable[..., subprocess.Popen[str]]
REPO = Path(__file__).resolve().parents[2]


def _environment(tmp_path: Path) -> dict[str, str]:
    """This checkout's code, its own data folder, no project from the environment."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("ANNOTATOR_PROJECT", None)
    return env


@pytest.fixture
def annotator(tmp_path: Path) -> Run:
    """``annotator(*args, stdin=...)``: ``python -m annotator ARGS`` in ``tmp_path``, run
    to its end, reading ``stdin`` (text) on its standard input."""
    env = _environment(tmp_path)

    def run(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "annotator", *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
        )

    return run


@pytest.fixture
def start_annotator(tmp_path: Path) -> Iterator[Start]:
    """``start_annotator(*args)``: the same command, started and left running (to be
    signalled); any still running at the end of the test is killed."""
    env = _environment(tmp_path)
    started: list[subprocess.Popen[str]] = []

    def start(*args: str | Path) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "annotator", *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()
