"""GUI benchmark: start-up and memory on a 100,000-document project.

- Row 7, start-up: from starting the process (``python -m annotator --project P gui``)
  until the main window's first frame is painted, measured by the parent process
  around a child started with ``ANNOTATOR_EXIT_WHEN_SHOWN=1`` (the app prints one line
  after its first paint and quits; see ``annotator/ui/app.py``). Floor: a bare
  PySide6 ``QMainWindow`` process started and reported the same way. Median of
  repeated runs after a warm-up run of each.
- Row 8, memory: resident size (``VmRSS``) of a fresh process that opened the same
  project and scrolled the document list end to end, page by page, painting every
  page (so every page of rows is read). ``VmHWM`` (the peak) is in the note.

The project (1–5 kB multilingual texts, three annotations each) is built once and
cached under the temporary folder, keyed by its size. Offscreen platform throughout.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import common
from common import ANNOTATORS, LAYERS, Row, make_text, scratch_folder

if TYPE_CHECKING:
    from annotator.core.model import Annotation, Document

ROOT = Path(__file__).resolve().parents[1]
SHOWN_LINE = "annotator: window shown"  # annotator.ui.app.SHOWN_LINE, kept Qt-free here
ANNOTATOR = "bench"

# The floor: the least any Qt window process can do, reported exactly like the app.
BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1320, 820)
window.show()

def report():
    print({SHOWN_LINE!r}, flush=True)
    app.exit(0)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

watcher = FirstPaint(window)
window.installEventFilter(watcher)
sys.exit(app.exec())
"""


def project_items(count: int) -> Iterator[tuple[Document, list[Annotation]]]:
    """``count`` documents of 1–5 kB, three annotations each, imported in one call."""
    from annotator.core.model import Annotation, Document, Origin, new_annotation_id

    rng = random.Random(42)
    pool = [make_text(rng.randint(1000, 5000), rng) for _ in range(min(count, 500))]
    annotators = (ANNOTATOR, *ANNOTATORS)

    def items() -> Iterator[tuple[Document, list[Annotation]]]:
        for i in range(count):
            text = f"Article {i}. " + pool[i % len(pool)]
            annotations = []
            for _ in range(3):
                start = rng.randrange(0, len(text) - 60)
                annotations.append(
                    Annotation(
                        id=new_annotation_id(),
                        document_id=0,
                        annotator=rng.choice(annotators),
                        layer=rng.choice(LAYERS),
                        start=start,
                        end=start + rng.randint(3, 50),
                        attributes={},
                        origin=Origin.IMPORTED,
                    )
                )
            document = Document(
                None,
                f"doc-{rng.randrange(10**9):09d}-{i:06d}.txt",
                text,
                title=f"Title {i}" if i % 2 else "",
                language=rng.choice(("en", "ru", "pl", "kk")),
            )
            yield document, annotations

    return items()


def cached_project(count: int) -> Path:
    return common.cached_project(f"startup-{count}", lambda: project_items(count))


def _child_env(settings: Path) -> dict[str, str]:
    """The children's environment: a start as an installed app makes it.

    An installed app starts from compiled ``.pyc`` files (pip writes them, and a
    source checkout writes them on its first run).  A shell that sets
    ``PYTHONDONTWRITEBYTECODE`` would make every timed start compile the
    project's modules again, which no user's start does; so the children may
    write their bytecode, into a cache folder of this run (never the source
    tree), and the warm-up run of each command fills it.
    """
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(settings),  # QSettings' INI file: never the user's
        "ANNOTATOR_EXIT_WHEN_SHOWN": "1",
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": str(settings / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_until_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it prints the shown line."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == SHOWN_LINE:
            elapsed = time.perf_counter() - started
            break
    else:
        child.wait()
        raise RuntimeError(f"{command} exited ({child.returncode}) without showing a window")
    child.wait(timeout=60)
    return elapsed


def measure_memory(path: Path) -> tuple[float, float, int]:
    """In this (fresh) process: open ``path``, scroll the list end to end; (RSS, peak MB, pages)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.ui import main_window

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch_folder("bench-startup-"))
    )
    app = QApplication.instance() or QApplication(sys.argv)
    window = main_window(path, ANNOTATOR)
    window.show()
    app.processEvents()
    view = window.document_list
    scrollbar = view.verticalScrollBar()
    pages = 0
    while scrollbar.value() < scrollbar.maximum():
        scrollbar.setValue(scrollbar.value() + scrollbar.pageStep())
        view.viewport().repaint()
        pages += 1
    app.processEvents()
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    rss = int(status["VmRSS"].split()[0]) / 1024
    peak = int(status["VmHWM"].split()[0]) / 1024
    window.close()
    return rss, peak, pages


def measure(quick: bool) -> list[Row]:
    count, repeats = (2_000, 2) if quick else (100_000, 7)
    path = cached_project(count)
    settings = scratch_folder("bench-startup-settings-")
    env = _child_env(settings)
    app_command = [
        sys.executable, "-m", "annotator", "--project", str(path), "gui", "--annotator", ANNOTATOR
    ]  # fmt: skip
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    time_until_shown(app_command, env)  # warm-up: OS caches, .pyc files (see _child_env)
    time_until_shown(bare_command, env)
    app_times, bare_times = [], []
    for _ in range(repeats):  # interleaved, so both see the same machine load
        app_times.append(time_until_shown(app_command, env))
        bare_times.append(time_until_shown(bare_command, env))

    memory = subprocess.run(
        [sys.executable, __file__, "--memory", str(path)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=True,
    )  # fmt: skip
    rss, peak, pages = (float(v) for v in memory.stdout.split()[-3:])
    label = f"{count:,} documents"
    return [
        Row("7", "Start-up: process start → main window painted", statistics.median(app_times),
            floor=statistics.median(bare_times), limit=1.5,
            note=f"{label}, median of {repeats}"),
        Row("8", "Memory: RSS, project open, document list scrolled end to end", rss,
            limit=300, unit="MB", note=f"{label}, {pages:.0f} pages; peak {peak:.0f} MB"),
    ]  # fmt: skip


if __name__ == "__main__" and sys.argv[1:2] == ["--memory"]:
    sys.path.insert(0, str(ROOT))
    print(*measure_memory(Path(sys.argv[2])))
