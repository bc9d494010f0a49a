"""A window's saved edits survive other ``annotator`` processes opening and closing the project.

Issue 11, item 1: once another process (``stats``, ``export``, ``import``,
``check``, a second window) opened and closed the project, the window's
``-wal`` and ``-shm`` files were deleted under it, and every later edit, shown
as saved, went into a deleted file. The cause was this process closing a
descriptor of the project file (a header sniff on the second ``Project.open``
of the checks on open), which drops every POSIX lock the process holds on it.

Here every process is a real ``annotator`` process: the window under Xvfb,
typed into with xdotool, and the commands beside it. After each command the
window's open files are read from ``/proc``: none may be deleted. Then an edit
is made with the keyboard, the window is killed with SIGKILL, and the edit must
be in the project.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.locations import backup_folder
from tests.e2e.xvfb import (
    annotation_rows,
    find_window,
    needs_xvfb,
    start_window,
    wait_for,
    window_env,
    xdotool,
)
from tests.seeded import seed_project

pytestmark = [
    *needs_xvfb,
    pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads Linux's /proc"),
]


def deleted_project_files(pid: int, project: Path) -> list[str]:
    """The window's open descriptors that point at a deleted file of the project."""
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(project)) and target.endswith("(deleted)"):
            found.append(target)
    return found


def cli(env: dict[str, str], project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", "--project", str(project), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_edit_survives_other_processes_and_sigkill(display: str, tmp_path: Path) -> None:
    project = seed_project(tmp_path / "r.sqlite")
    env = window_env(display)
    extra = tmp_path / "extra.txt"
    extra.write_text("A short article imported while a window is open.\n", encoding="utf-8")

    window = start_window(env, project, "w")
    output = ""
    try:
        window_id = find_window(env, "w — annotator")
        # The checks on open (a second connection in the window's process, on a worker
        # thread) have run once today's backup exists.
        backups = backup_folder(project)
        wait_for(lambda: backups.exists() and any(backups.glob("*.sqlite")), 60, "the backup")
        time.sleep(0.5)
        assert deleted_project_files(window.pid, project) == []

        commands = {
            "stats": ("stats",),
            "export": ("export", "-o", str(tmp_path / "out.csv")),
            "import": ("import", str(extra)),
            "check": ("check",),
        }
        for name, args in commands.items():
            result = cli(env, project, *args)
            assert result.returncode == 0, (name, result.stderr)
            assert deleted_project_files(window.pid, project) == [], f"after `{name}`"

        second = start_window(env, project, "x")
        try:
            second_id = find_window(env, "x — annotator")
            time.sleep(1.0)
            xdotool(env, "windowfocus", "--sync", second_id)
            xdotool(env, "key", "ctrl+q")
            second.wait(timeout=60)
        finally:
            if second.poll() is None:
                second.kill()
        assert second.returncode == 0
        assert deleted_project_files(window.pid, project) == [], "after a second window quit"

        # Tag "Od piątku" in the first document as a stance with a holder, by keyboard.
        xdotool(env, "windowfocus", "--sync", window_id)
        time.sleep(1.0)
        xdotool(env, "key", "--delay", "30", *["shift+Right"] * 9)
        xdotool(env, "key", "s")
        time.sleep(0.5)
        xdotool(env, "type", "--delay", "30", "Zachod")
        xdotool(env, "key", "Return")
        wait_for(
            lambda: [row for row in annotation_rows(project, "w") if "Zachod" in row[3]],
            30,
            "the window's edit in the project file, read by another process",
        )
        assert deleted_project_files(window.pid, project) == []
    finally:
        if window.poll() is None:
            window.send_signal(signal.SIGKILL)
        output, _ = window.communicate(timeout=30)
    assert window.returncode == -signal.SIGKILL, output

    rows = [row for row in annotation_rows(project, "w") if "Zachod" in row[3]]
    assert [row[:3] for row in rows] == [("stance", 0, 9)], output
    check = cli(env, project, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Traceback" not in output
