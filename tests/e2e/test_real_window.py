"""End to end: the real ``annotator`` process in a real X window (Xvfb, xcb platform).

Keys are typed with xdotool through the X server, exactly as a keyboard
would, and the result is read back from the project file.  A screenshot of
the whole screen is saved to ``tests/artifacts/e2e-real-window.png``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.schema import load_schema
from annotator.io.importer import ImportOptions, import_files
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.project import Project

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
MISSING = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"needs {' and '.join(MISSING)} (apt-get install xvfb xdotool; .ci/run does)",
    ),
]


def wait_for(condition, timeout: float, what: str):  # type: ignore[no-untyped-def]
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


def grab_screen(env: dict[str, str], target: Path) -> None:
    """Screenshot through Qt's own xcb platform, in a separate process."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication; "
        "app = QGuiApplication(sys.argv); "
        "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1]); sys.exit(0 if ok else 1)"
    )
    subprocess.run([sys.executable, "-c", code, str(target)], env=env, check=True, timeout=60)


def annotation_rows(path: Path) -> list[tuple[str, int, int, str]]:
    uri = f"file:{path}?mode=ro"
    with sqlite3.connect(uri, uri=True) as conn:
        return conn.execute(
            'SELECT layer, start, "end", attributes FROM annotations WHERE annotator = ?',
            ("e2e",),
        ).fetchall()


def test_tag_a_stance_in_a_real_window(display: str, tmp_path: Path) -> None:
    project_path = tmp_path / "e2e.sqlite"
    with Project.open(project_path, create=True, schema=load_schema(default_schema_path())) as p:
        import_files(p, [seeds_dir()], ImportOptions())
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--project", str(project_path), "gui",
         "--annotator", "e2e"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        window = wait_for(
            lambda: xdotool(env, "search", "--onlyvisible", "--name", "e2e — annotator"),
            60,
            "the main window",
        ).splitlines()[0]
        xdotool(env, "windowfocus", "--sync", window)
        time.sleep(1.0)
        # The first document (Polish) is open with the caret at its start: select
        # "Od piątku" (9 characters) with Shift+Right and tag it as a stance.
        xdotool(env, "key", "--delay", "30", *["shift+Right"] * 9)
        xdotool(env, "key", "s")
        time.sleep(0.5)
        xdotool(env, "type", "--delay", "30", "Zachod")
        xdotool(env, "key", "Return")
        rows = wait_for(
            lambda: [r for r in annotation_rows(project_path) if "Zachod" in r[3]],
            30,
            "the stance with its holder in the project file",
        )
        time.sleep(0.5)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        screenshot = ARTIFACTS / "e2e-real-window.png"
        grab_screen(env, screenshot)
        assert screenshot.stat().st_size > 20_000
    finally:
        app.terminate()
        output, _ = app.communicate(timeout=30)
    assert rows[0][:3] == ("stance", 0, 9), output
    assert "Traceback" not in output
