"""SIGTERM (logout, ``kill``) and SIGHUP (the terminal closed) to a running window:
it closes as File → Quit does, so a value typed but not yet confirmed is saved.

A real ``annotator`` window process (offscreen): a script starts it through the
app's own ``run_gui``, tags a word and types into the Holder field without pressing
Enter, says so on stdout, and the test then sends the signal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.store.project import Project

REPO = Path(__file__).resolve().parents[2]


def _environment(tmp_path: Path) -> dict[str, str]:
    """This checkout's code, offscreen, its own data and settings folders."""
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def _signalled_once_it_says(
    tmp_path: Path, script: list[str], line: str, signum: int
) -> tuple[int, str]:
    """Run ``python -c SCRIPT ARGS``; once it prints ``line``, send ``signum``; its exit
    status and stderr."""
    process = subprocess.Popen(
        [sys.executable, "-c", *script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(tmp_path),
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == line + "\n"
        process.send_signal(signum)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, err


TYPING_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from annotator.ui import app

    shown = app.open_main_window

    def open_and_type(*args):
        window = shown(*args)

        def type_a_value():
            view = window.source_view
            view.setFocus()
            words = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
            QTest.keyClick(view, Qt.Key.Key_Right, words)
            QTest.keyClick(view, Qt.Key.Key_S)
            field = window.focusWidget()  # the window need not be active offscreen
            QTest.keyClicks(field, "typed, not confirmed")
            print("typed into", field.objectName(), flush=True)

        QTimer.singleShot(0, window, type_a_value)
        return window

    app.open_main_window = open_and_type
    sys.exit(app.run_gui(sys.argv[1], "alice"))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    "signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=["SIGTERM", "SIGHUP", "SIGINT"]
)
def test_a_terminated_window_saves_the_value_being_typed(
    tmp_path: Path, project_path: Path, signum: int
) -> None:
    status, err = _signalled_once_it_says(
        tmp_path, [TYPING_WINDOW, str(project_path)], "typed into field_holder", signum
    )

    assert status == 128 + signum
    assert "Traceback" not in err
    with Project.open(project_path) as project:
        [label] = [a for a, _name, _text in project.annotations.iterate(["alice"])]
    assert label.layer == "stance"
    assert label.attributes == {"holder": "typed, not confirmed"}


WELCOME_SHOWN = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from annotator.ui import app, welcome

    asked = welcome.ask_welcome

    def ask_and_say(*args):
        QTimer.singleShot(0, lambda: print("welcome shown", flush=True))
        return asked(*args)

    welcome.ask_welcome = ask_and_say
    sys.exit(app.run_gui(None, None))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_window_terminated_in_the_welcome_ends_with_the_signals_status(
    tmp_path: Path,
) -> None:
    """A first start (no name yet) ended by a logout while the welcome asks: 143, as a
    stopped command, not the 1 of "the project could not be opened"."""
    status, _err = _signalled_once_it_says(
        tmp_path, [WELCOME_SHOWN], "welcome shown", signal.SIGTERM
    )
    assert status == 128 + signal.SIGTERM
