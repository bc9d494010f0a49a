"""End to end: the real ``annotator`` process in a real X window (Xvfb, xcb platform).

Keys are typed with xdotool through the X server, exactly as a keyboard
would, and the result is read back from the project file.  A screenshot of
the whole screen is saved to ``tests/artifacts/e2e-real-window.png``.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.e2e.xvfb import (
    annotation_rows,
    find_window,
    grab_screen,
    needs_xvfb,
    start_window,
    wait_for,
    window_env,
    xdotool,
)
from tests.seeded import seed_project

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

pytestmark = needs_xvfb


def test_tag_a_stance_in_a_real_window(display: str, tmp_path: Path) -> None:
    project_path = seed_project(tmp_path / "e2e.sqlite")
    env = window_env(display)
    app = start_window(env, project_path, "e2e")
    try:
        window = find_window(env, "e2e — annotator")
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
            lambda: [r for r in annotation_rows(project_path, "e2e") if "Zachod" in r[3]],
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
