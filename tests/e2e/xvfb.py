"""A real X server (Xvfb) and xdotool for the end-to-end tests: keys typed as a keyboard would."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

MISSING = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]

needs_xvfb = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"needs {' and '.join(MISSING)} (apt-get install xvfb xdotool; .ci/run does)",
    ),
]

T = TypeVar("T")


def wait_for(condition: Callable[[], T], timeout: float, what: str) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def display() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    return result.stdout.strip()


def window_env(display: str) -> dict[str, str]:
    """The data and config folders are the test's own (the root conftest isolates them)."""
    return {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def start_window(env: dict[str, str], project: Path, annotator: str) -> subprocess.Popen[str]:
    """``annotator --project PROJECT gui --annotator NAME`` as its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "annotator", "--project", str(project), "gui",
         "--annotator", annotator],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip


def find_window(env: dict[str, str], title: str, timeout: float = 60) -> str:
    return wait_for(
        lambda: xdotool(env, "search", "--onlyvisible", "--name", title),
        timeout,
        f"the window '{title}'",
    ).splitlines()[0]


def grab_screen(env: dict[str, str], target: Path) -> None:
    """Screenshot through Qt's own xcb platform, in a separate process."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication; "
        "app = QGuiApplication(sys.argv); "
        "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1]); sys.exit(0 if ok else 1)"
    )
    subprocess.run([sys.executable, "-c", code, str(target)], env=env, check=True, timeout=60)


def annotation_rows(project: Path, annotator: str) -> list[tuple[str, int, int, str]]:
    """(layer, start, end, attributes JSON) of ``annotator``'s labels, read as another
    process would, without writing anything."""
    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as conn:
        return conn.execute(
            'SELECT layer, start, "end", attributes FROM annotations WHERE annotator = ?',
            (annotator,),
        ).fetchall()
