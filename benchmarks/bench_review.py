"""GUI benchmark: review mode over 100,000 units of three annotators.

Row 9, in-process on the offscreen platform, after a warm-up:
- open: from constructing the review window until it is painted with the
  disagreement queue listed and its first unit shown (context and versions),
  ready for the reviewer's keys;
- next: the reviewer's Down key in the queue until the next disagreement's
  context and versions are shown and painted (median over many presses).

The project is built once and cached under the temporary folder, keyed by its
size: 20 spots per ~3 kB document; at each spot every annotator is present with
probability 0.85, draws the same span with probability 0.75 (else a shifted,
overlapping one) and picks the same choice with probability 0.8.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import common
from common import ANNOTATORS, Row, make_text, percentile, scratch_folder

if TYPE_CHECKING:
    from annotator.core.model import Annotation, Document

SPOTS = 20
CHOICES = {  # layer → (choice attribute, choices, a text attribute)
    "stance": ("polarity", ("favor", "against", "neutral", "unclear"), "holder"),
    "quote": ("kind", ("direct", "indirect", "partial"), "speaker"),
    "figure": ("unit", ("percent", "count", "money", "date", "other"), "measures"),
}


def project_items(units: int) -> Iterator[tuple[Document, list[Annotation]]]:
    from annotator.core.model import Annotation, Document, Origin, new_annotation_id

    rng = random.Random(7)
    pool = [make_text(rng.randint(2500, 3500), rng) for _ in range(200)]
    documents = max(1, units // SPOTS)

    def items() -> Iterator[tuple[Document, list[Annotation]]]:
        for i in range(documents):
            text = pool[i % len(pool)]
            annotations = []
            step = (len(text) - 80) // SPOTS
            for spot in range(SPOTS):
                layer = rng.choice(tuple(CHOICES))
                choice_name, choices, text_name = CHOICES[layer]
                start = spot * step + rng.randrange(0, step // 2)
                end = start + rng.randint(5, 40)
                choice = rng.choice(choices)
                for annotator in ANNOTATORS:
                    if rng.random() > 0.85:
                        continue
                    shift = 0 if rng.random() < 0.75 else rng.randint(1, 4)
                    picked = choice if rng.random() < 0.8 else rng.choice(choices)
                    annotations.append(
                        Annotation(
                            id=new_annotation_id(),
                            document_id=0,
                            annotator=annotator,
                            layer=layer,
                            start=start + shift,
                            end=end + shift,
                            attributes={choice_name: picked, text_name: "Kazakhstan"},
                            origin=Origin.IMPORTED,
                        )
                    )
            yield Document(None, f"review-{i:06d}.txt", text), annotations

    return items()


def cached_project(units: int) -> Path:
    return common.cached_project(f"review-{units}", lambda: project_items(units))


def measure(quick: bool) -> list[Row]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.store.project import Project
    from annotator.ui.review.review_window import ReviewWindow

    units, repeats, presses = (2_000, 2, 20) if quick else (100_000, 5, 200)
    path = cached_project(units)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch_folder("bench-review-"))
    )
    app = QApplication.instance() or QApplication(sys.argv)
    project = Project.open(path)

    def open_window() -> tuple[float, ReviewWindow]:
        started = time.perf_counter()
        window = ReviewWindow(project, "rita")
        window.show()
        app.processEvents()
        while window.queue_model.rowCount() == 0 or window.current_item() is None:
            app.processEvents()  # a queue filled in the background: wait for its first rows
        window.repaint()
        return time.perf_counter() - started, window

    def close(window: ReviewWindow) -> None:
        window.close()
        window.deleteLater()
        app.processEvents()

    close(open_window()[1])  # warm-up
    open_times = []
    for _ in range(repeats):
        elapsed, window = open_window()
        open_times.append(elapsed)
        close(window)

    started = time.perf_counter()
    _, window = open_window()
    while window.loading:  # next is measured on the whole queue, once it is read
        app.processEvents()
    complete = time.perf_counter() - started
    window.queue.setFocus()
    queued = window.queue_model.rowCount()
    press_times = []
    for _ in range(presses):
        started = time.perf_counter()
        QTest.keyClick(window.queue, Qt.Key.Key_Down)
        app.processEvents()
        press_times.append(time.perf_counter() - started)
    assert window.queue.currentIndex().row() == presses
    close(window)
    project.close()

    label = f"{units:,} units, 3 annotators, {queued:,} disagreements"
    return [
        Row("9", "Review: open until the queue and its first unit are shown",
            statistics.median(open_times), limit=1.0, note=label),
        Row("", "Review: until the whole queue is read (in the background)", complete),
        Row("9", "Review: next disagreement (Down), median", statistics.median(press_times),
            limit=0.016, note=f"{presses} presses"),
        Row("9", "Review: next disagreement (Down), p95", percentile(press_times, 0.95)),
    ]  # fmt: skip
