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
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_terminated_window_saves_the_value_being_typed(
    tmp_path: Path, project_path: Path, signum: int
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    window = subprocess.Popen(
        [sys.executable, "-c", TYPING_WINDOW, str(project_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert window.stdout is not None
        assert window.stdout.readline() == "typed into field_holder\n"
        window.send_signal(signum)
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate()

    assert window.returncode == 128 + signum
    assert "Traceback" not in err
    with Project.open(project_path) as project:
        [label] = [a for a, _name, _text in project.annotations.iterate(["alice"])]
    assert label.layer == "stance"
    assert label.attributes == {"holder": "typed, not confirmed"}
