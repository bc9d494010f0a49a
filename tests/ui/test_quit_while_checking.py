"""Quitting while the checks on open still run waits for them instead of tearing them down.

The backup and quick check on open run on a worker thread. Quitting before they
finished let the interpreter shut down under a worker still running Python code:
a traceback ("Signal source has been deleted") at best, a crash at exit and a
half-taken backup at worst. Here the check is made slow in a real ``annotator``
process that quits as soon as its window is painted.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator.locations import backup_folder
from annotator.ui.app import EXIT_WHEN_SHOWN, SHOWN_LINE
from tests.seeded import seed_project

SLOW_CHECKS = """
import sys, time
import annotator.ui.backups as backups

checks = backups.check_and_back_up

def slow_checks(path):
    time.sleep(1.5)  # a large project: the window is shown and quit before this ends
    return checks(path)

backups.check_and_back_up = slow_checks
from annotator.ui.app import run_gui
sys.exit(run_gui(sys.argv[1], "alice"))
"""


def test_quit_during_the_checks_on_open_waits_for_them(tmp_path: Path) -> None:
    project = seed_project(tmp_path / "p.sqlite")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", EXIT_WHEN_SHOWN: "1"}
    result = subprocess.run(
        [sys.executable, "-c", SLOW_CHECKS, str(project)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert SHOWN_LINE in result.stdout.splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    taken = list(backup_folder(project).glob("*.sqlite"))
    assert len(taken) == 1, "the backup on open was cut off by quitting"
    assert not list(backup_folder(project).glob(".*.partial"))
