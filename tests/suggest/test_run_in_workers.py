"""Suggesting in worker processes gives the same suggestions, in the same order.

``annotator suggest`` over many documents runs the suggesters that read only the
document in one process per core (bench row 10); the repeat suggester, which reads
the project's labels, stays in the process that holds the project.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.project import Project
from annotator.suggest.run import PARALLEL_FROM, parallel_workers, run_suggesters

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SETS = [
    FIXTURES / "suggest_gold" / "gold.jsonl",
    FIXTURES / "suggest_heldout" / "heldout.jsonl",
    FIXTURES / "suggest_blind" / "blind.jsonl",
]


def _suggestions(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT document_id, layer, start, end, suggester, attributes, score, status "
            "FROM suggestions ORDER BY rowid"
        ).fetchall()


def test_two_workers_give_what_one_process_gives(
    make_project: Callable[..., Project], tmp_path: Path
) -> None:
    alone, together = make_project("one.sqlite"), make_project("two.sqlite")
    for project in (alone, together):
        import_files(project, SETS, ImportOptions())
    one = run_suggesters(alone, workers=1)
    two = run_suggesters(together, workers=2)
    assert one.suggestions == two.suggestions > 500
    assert _suggestions(tmp_path / "one.sqlite") == _suggestions(tmp_path / "two.sqlite")


def test_only_long_runs_start_workers() -> None:
    assert parallel_workers(1) == 1  # the window's one document
    assert parallel_workers(PARALLEL_FROM - 1) == 1
    assert 1 <= parallel_workers(10_000) <= 4
