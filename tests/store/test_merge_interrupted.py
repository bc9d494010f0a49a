"""A merge stopped (Ctrl-C, SIGTERM) while it reads rows of its staging tables.

Seen with a real ``annotator merge --into NEW SOURCE`` killed 2.5 s in: the stop came
while ``_merge_documents`` was reading the new names from a staging table; the clean-up
then failed to drop that table ("database table is locked": the statement was still
open, its cursor kept alive by the traceback), and the process ended with that
traceback and exit 1 instead of one line and exit 143. Here the stop is raised the same
way: with a cursor on a staging table part-read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.store import merge as merge_module
from annotator.store.merge import merge_projects
from annotator.store.project import Project
from tests.store.test_merge import add_document, annotate, base, copies, dump, reviewer

__all__ = ["base", "copies", "reviewer"]  # the fixtures of test_merge.py, used here


class Stop(BaseException):
    """Stands for KeyboardInterrupt or the command line's Terminated (both BaseExceptions)."""


def test_a_stop_while_a_staging_table_is_read_is_what_the_merge_raises(
    monkeypatch: pytest.MonkeyPatch, copies: dict[str, Path], reviewer: Project
) -> None:
    annotate(copies["alice"], "alice", 0, 0, 10)
    add_document(copies["alice"], "alice-only.txt", "Alice found another article.")
    before = dump(copies["reviewer"])
    original: Callable[..., None] = merge_module._merge_staged

    def stopped_while_reading(conn: sqlite3.Connection, *args: Any) -> None:
        reading = conn.execute("SELECT name FROM temp.merge_documents")
        assert reading.fetchone() is not None  # the statement is open, rows unread
        raise Stop

    monkeypatch.setattr(merge_module, "_merge_staged", stopped_while_reading)
    with pytest.raises(Stop):  # not sqlite3.OperationalError: database table is locked
        merge_projects(reviewer, [copies["alice"]])

    assert not reviewer.connection.in_transaction
    assert dump(copies["reviewer"]) == before
    monkeypatch.setattr(merge_module, "_merge_staged", original)
    report = merge_projects(reviewer, [copies["alice"]])  # the next merge works
    assert reviewer.documents.by_name("alice-only.txt") is not None
    assert report.annotation_counts["alice"]["added"] == 1
