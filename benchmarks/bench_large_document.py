"""GUI benchmark: a 1 MB multilingual document with 10,000 annotations.

Measures, in-process on the offscreen platform, after a warm-up:
- open: from choosing the document until its highlights are painted
  (floor: ``setPlainText`` of the same text in a bare QPlainTextEdit);
- tag: a key press that creates an annotation until it is stored and
  repainted (median and p95 over repeated presses);
- scroll: paging through the whole document.

Issue rows 5 and 6; run through ``benchmarks/run.py`` (``make bench``).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import Row, make_text, percentile, scratch_folder
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from annotator.core.model import Annotation, Document, Origin, new_annotation_id
from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project
from tests.stored import document_id


def build_project(path: Path, size: int, count: int) -> int:
    rng = random.Random(42)
    text = make_text(size, rng)
    layers = ["stance", "quote", "figure"]
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        annotations = []
        for _ in range(count):
            start = rng.randrange(0, len(text) - 200)
            annotations.append(
                Annotation(
                    id=new_annotation_id(),
                    document_id=0,
                    annotator="bench",
                    layer=rng.choice(layers),
                    start=start,
                    end=start + rng.randint(3, 120),
                    attributes={},
                    origin=Origin.IMPORTED,
                )
            )
        project.documents.add([(Document(None, "large.txt", text), annotations)])
        small = make_text(2000, rng)
        project.documents.add([(Document(None, "small.txt", small), [])])
        return document_id(project, "large.txt")


def measure(quick: bool) -> list[Row]:
    from annotator.ui import main_window

    size, count, presses, repeats = (100_000, 1_000, 5, 2) if quick else (1_000_000, 10_000, 100, 9)
    folder = scratch_folder("bench-large-document-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    path = folder / "bench.sqlite"
    large_id = build_project(path, size, count)
    app = QApplication.instance() or QApplication(sys.argv)
    window = main_window(path, "bench")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    small_id = document_id(window.project, "small.txt")
    text = window.project.documents.get(large_id).text

    def open_large() -> float:
        window.open_document(small_id)
        app.processEvents()
        started = time.perf_counter()
        window.open_document(large_id)
        window.source_view.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - started

    def bare_floor() -> float:
        bare = QPlainTextEdit()
        bare.resize(640, 800)
        bare.show()
        app.processEvents()
        started = time.perf_counter()
        bare.setPlainText(text)
        bare.viewport().repaint()
        app.processEvents()
        elapsed = time.perf_counter() - started
        bare.close()
        return elapsed

    open_large()  # warm-up
    open_times = [open_large() for _ in range(repeats)]
    floor_times = [bare_floor() for _ in range(repeats)]

    view = window.source_view
    press_times = []
    rng = random.Random(7)
    for _ in range(presses):
        start = rng.randrange(0, len(text) - 50)
        view.set_selection(start, start + 12)
        view.ensureCursorVisible()
        app.processEvents()
        started = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_Q)
        view.viewport().repaint()
        app.processEvents()
        press_times.append(time.perf_counter() - started)
        window.source_view.setFocus()

    started = time.perf_counter()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    scrollbar = view.verticalScrollBar()
    steps = 0
    while scrollbar.value() < scrollbar.maximum() and steps < 5000:
        scrollbar.setValue(scrollbar.value() + scrollbar.pageStep())
        view.viewport().repaint()
        steps += 1
    scroll_per_page = (time.perf_counter() - started) / max(steps, 1)
    window.close()

    label = f"{size // 1000} kB, {count:,} annotations"
    return [
        Row("5", "GUI: open a document until highlights are painted", statistics.median(open_times),
            floor=statistics.median(floor_times), limit=0.150, note=label),
        Row("6", "GUI: key press → annotation stored and repainted, median",
            statistics.median(press_times), limit=0.016),
        Row("6", "GUI: key press → annotation stored and repainted, p95",
            percentile(press_times, 0.95), limit=0.033),
        Row("", "GUI: scroll one page", scroll_per_page, limit=0.016, note=f"{steps} pages"),
    ]  # fmt: skip
