"""``annotator suggest`` over 10,000 articles of 5 KB, and deciding on suggestions (issue 14).

The articles are made of real news paragraphs: those of the suggesters' gold
set (``tests/fixtures/suggest_gold/gold.jsonl``: the seed articles and short
texts in nine languages), drawn at random to about 5 KB each, so the rules
meet the quotation marks, numbers and cue words they are made for (a text of
random words would have none).  Imported once, not timed.

Rows:
* ``annotator suggest`` (all suggesters), the click command in-process and in a
  fresh process, so reading the cue-form tables is counted.  The note gives its
  CPU time too: on a shared machine the wall time follows the other users' load.  Floor,
  in the same run: read every text with plain sqlite3, one ``\\d+`` regex pass
  over it, and insert as many rows as the run stored into a table of the same
  shape with ``executemany`` in one transaction: the least any program that
  finds candidates in 10,000 texts and stores them must do.
* loading the 1,000 open suggestions of one document (what the window reads
  when it opens a document).
* the window (offscreen, the real main window): opening a news document of
  about 180 KB with 1,000 open suggestions (found by the real suggesters on it)
  until its text with the suggestion marks is painted, median of 9.  Floor, in
  the same run and window: opening a copy of the same text with no suggestions,
  so the ratio is what drawing the suggestions costs on top of showing the
  document.  The target is row 5's open-time target (150 ms).
* accepting one suggestion (annotation + status in one transaction), median of
  200: it must fit in the key-press budget.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from bench_import import empty_project, run_cli
from common import Row, timed

from annotator.core.model import Document
from annotator.core.suggestion import Suggestion, SuggestionStatus
from annotator.store.project import Project
from annotator.store.suggestions import (
    accept_suggestion,
    document_suggestions,
    replace_open_suggestions,
)
from annotator.suggest.registry import SUGGESTERS
from annotator.suggest.run import run_suggesters
from tests.stored import document_named, stored_id

GOLD = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "suggest_gold" / "gold.jsonl"


def corpus(documents: int, size: int = 5000, seed: int = 7) -> list[Document]:
    paragraphs = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        paragraphs += [p for p in text.split("\n") if p.strip()]
    rng = random.Random(seed)
    found = []
    for number in range(documents):
        parts: list[str] = []
        length = 0
        while length < size:
            parts.append(rng.choice(paragraphs))
            length += len(parts[-1]) + 1
        found.append(Document(None, f"article-{number:05d}.txt", "\n".join(parts)[:size]))
    return found


def floor_suggest(project: Path, rows: int) -> None:
    conn = sqlite3.connect(project, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    number = re.compile(r"\d+")
    found = []
    for document_id, text in conn.execute("SELECT id, text FROM documents"):
        found += [(document_id, m.start(), m.end()) for m in number.finditer(text)]
    found = (found * (rows // max(1, len(found)) + 1))[:rows]
    conn.execute("CREATE TABLE floor_rows (document_id, layer, start, \"end\", attributes, "
                 "suggester, score, status, created_at)")  # fmt: skip
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO floor_rows VALUES (?, 'figure', ?, ?, '{}', 'floor', 0.5, 'open', '')", found
    )
    conn.execute("COMMIT")
    conn.execute("DROP TABLE floor_rows")
    conn.close()


def window_project(path: Path, wanted: int) -> tuple[int, int, int, int]:
    """A project with one news document carrying ``wanted`` open suggestions (the real
    suggesters' output on it, cut to that number), a copy of its text without any, and
    a small document to open first.  Returns their ids and the text's length."""
    size = wanted * 180  # the gold paragraphs give about one suggestion per 150 characters
    [document] = corpus(1, size=size, seed=11)
    with Project.open(path) as project:
        project.documents.add([
            (Document(None, "with-suggestions.txt", document.text), []),
            (Document(None, "without.txt", document.text), []),
            (Document(None, "small.txt", document.text[:2000]), []),
        ])  # fmt: skip
        run_suggesters(project, documents=["with-suggestions.txt"])
        marked = document_named(project, "with-suggestions.txt")
        found = document_suggestions(project, stored_id(marked))
        if len(found) < wanted:
            raise SystemExit(f"the suggesters found {len(found)} suggestions, not {wanted}")
        names = [item.name for item in SUGGESTERS]
        replace_open_suggestions(project, [(stored_id(marked), found[:wanted])], suggesters=names,
                                 layers=list(project.schema.layer_names))  # fmt: skip
        without, small = (
            stored_id(document_named(project, name)) for name in ("without.txt", "small.txt")
        )
        return stored_id(marked), without, small, len(document.text)


def measure_window(folder: Path, quick: bool) -> Row:
    """Open the document with ``wanted`` open suggestions in the main window, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.ui import main_window

    wanted, repeats = (100, 3) if quick else (1000, 9)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    path = empty_project(folder / "window.sqlite")
    marked, plain, small, length = window_project(path, wanted)
    app = QApplication.instance() or QApplication(sys.argv)
    window = main_window(path, "bench")
    window.resize(1400, 900)
    window.show()
    app.processEvents()

    def open_until_painted(document_id: int) -> float:
        window.open_document(small)
        app.processEvents()
        started = time.perf_counter()
        window.open_document(document_id)
        window.source_view.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - started

    open_until_painted(marked)  # warm-up
    open_until_painted(plain)
    ours, floor = [], []
    for _ in range(repeats):  # alternated, so a burst of load hits both
        ours.append(open_until_painted(marked))
        floor.append(open_until_painted(plain))
    window.open_document(marked)
    shown = len(window.suggestion_marks.shown)
    window.close()
    if shown != wanted:
        raise SystemExit(f"the window shows {shown} suggestions, not {wanted}")
    return Row("10", "GUI: open a document until its suggestion marks are painted",
               statistics.median(ours), floor=statistics.median(floor), limit=0.150,
               note=f"{length // 1000} kB, {wanted:,} open suggestions; floor: the same text "
               "with none, same window")  # fmt: skip


def measure(quick: bool) -> list[Row]:
    documents = 100 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="bench-suggest-"))
    try:
        path = empty_project(folder / "project.sqlite")
        with Project.open(path) as project:
            project.documents.add((document, []) for document in corpus(documents))
        cpu_started = time.process_time()
        ours = timed(lambda: run_cli("--project", str(path), "suggest"))
        cpu = time.process_time() - cpu_started  # steadier than the wall time on a busy machine
        with Project.open(path) as project:
            stored = project.connection.execute("SELECT count(*) FROM suggestions").fetchone()[0]
        floor = timed(lambda: floor_suggest(path, stored))
        with Project.open(path) as project:
            document_id = 1
            made = [
                Suggestion(document_id, "figure", i, i + 1, "bench", {"value": i}, 0.5)
                for i in range(1000)
            ]
            replace_open_suggestions(project, [(document_id, made)], suggesters=["bench"],
                                     layers=["figure"])  # fmt: skip
            load = statistics.median(
                timed(lambda: document_suggestions(project, document_id)) for _ in range(21)
            )
            open_ones = document_suggestions(project, document_id, [SuggestionStatus.OPEN])
            accepts = [
                timed(partial(accept_suggestion, project, s.id or 0, "bench"))
                for s in open_ones[:200]
            ]
        return [
            Row("10", "suggest, all suggesters, in a fresh process", ours, floor=floor,
                limit=30.0 if not quick else None,
                note=f"{documents:,} documents × 5 KB, {stored:,} suggestions, {cpu:.1f} s CPU"),
            Row("10", "load a document's open suggestions", load, limit=0.05,
                note="1,000 open, store only"),
            measure_window(folder, quick),
            Row("10", "accept one suggestion (annotation + status), median",
                statistics.median(accepts), limit=0.016, note="200 accepts"),
        ]  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
