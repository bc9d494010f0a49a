"""Storing an import one document at a time, into one open transaction.

Both imports store through :class:`ImportWriter`: the streamed one (native
JSONL, each document as it is read) and the all-at-once one
(``project.documents.add``, other formats), so a document and its labels are
stored, and refused, the same way whichever path brought them.

``import_files`` checks each document as it comes and hands it here, so a
1 GB file never has to be in memory at once; the caller holds the
transaction, so the import stays all or nothing.  Each document is stored
under a savepoint when the import goes on past a refused document
(``--skip-bad``): a document refused here (its name taken by other text, an
annotation id used elsewhere) then leaves nothing behind.

Annotation ids are checked by the database, not by a set of every id seen
(4,000,000 ids would be 400 MB): ``INSERT OR IGNORE`` skips an id that is
stored already, and only then are the skipped ids looked up.  An id stored
before this import for the same document is a re-import (unchanged); stored
by this import it is an id used twice in the input; stored for another
document it is refused.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.model import Document, DocumentProgress
from annotator.store.rows import (
    INSERT_ANNOTATION_OR_IGNORE,
    ImportSummary,
    import_progress,
    stored_document,
    touch_progress,
)

# Pages kept in memory while importing (negative: KiB). The annotation id index takes
# random inserts; a larger cache keeps more of it in memory and the import bounded.
_IMPORT_CACHE_KIB = 65_536


class ImportWriter:
    """Stores checked documents into the transaction open on ``conn``."""

    def __init__(self, conn: sqlite3.Connection, stamp: str, *, keep_going: bool) -> None:
        """``keep_going``: the import goes on after a refused document (``--skip-bad``).

        Only then is each document stored under a savepoint, which copies every
        page it touches a second time (into the statement journal); otherwise a
        refused document ends the import and the whole transaction is rolled back.
        """
        assert conn.in_transaction, "an import is stored inside one transaction"
        self._keep_going = keep_going
        self._conn = conn
        self._stamp = stamp
        self.summary = ImportSummary(added=[], unchanged=[])
        self._first_new = _next_rowid(conn, "annotations")
        self._cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")

    def close(self) -> None:
        self._conn.execute(f"PRAGMA cache_size = {self._cache}")

    def store(
        self,
        document: Document,
        rows: Sequence[list[Any]],
        progress: Sequence[DocumentProgress] = (),
        sha: str = "",
    ) -> str:
        """Store one document; the reason it was refused (nothing stored), or "".

        ``rows`` are its labels as the values of ``ANNOTATION_COLUMN_LIST``, lists
        whose document id (``row[1]``) is filled in here; ``sha``, its text's hash
        when the caller has it."""
        conn = self._conn
        if self._keep_going:
            conn.execute("SAVEPOINT import_document")
        # An exception ends the whole transaction (the caller rolls it back, or
        # SQLite already has after a full disk): no savepoint is left to release.
        problem, counts = self._store(document, rows, progress, sha)
        if self._keep_going:
            if problem:
                conn.execute("ROLLBACK TO import_document")
            conn.execute("RELEASE import_document")
        if not problem:
            added, unchanged, existed = counts
            (self.summary.unchanged if existed else self.summary.added).append(document.name)
            self.summary.annotations_added += added
            self.summary.annotations_unchanged += unchanged
        return problem

    def _store(
        self,
        document: Document,
        rows: Sequence[list[Any]],
        progress: Sequence[DocumentProgress],
        sha: str,
    ) -> tuple[str, tuple[int, int, bool]]:
        conn, stamp = self._conn, self._stamp
        stored_as = stored_document(conn, document, stamp, sha)
        if stored_as is None:
            return (
                f"document '{document.name}' is already in the project with different text",
                (0, 0, True),
            )
        document_id, existed = stored_as
        first_of_document = _next_rowid(conn, "annotations") if rows else 0
        for row in rows:
            row[1] = document_id
        added = conn.executemany(INSERT_ANNOTATION_OR_IGNORE, rows).rowcount if rows else 0
        # Progress: each annotator with a label stored now is "in progress" (once).
        annotators: Iterable[str] = dict.fromkeys(row[2] for row in rows)
        if added < len(rows):  # ids stored already: a re-import, or a conflict
            problem = self._skipped_problem(
                [row[0] for row in rows], document_id, first_of_document
            )
            if problem:
                return problem, (0, 0, False)
            annotators = [
                annotator
                for (annotator,) in conn.execute(
                    "SELECT DISTINCT annotator FROM annotations WHERE rowid >= ?",
                    (first_of_document,),
                )
            ]
        for annotator in annotators:
            touch_progress(conn, document_id, annotator, stamp)
        for state in progress:
            import_progress(conn, document_id, state, stamp)
        return "", (added, len(rows) - added, existed)

    def _skipped_problem(self, ids: list[str], document_id: int, first_of_document: int) -> str:
        """Why ids that ``INSERT OR IGNORE`` skipped cannot be skipped; "" for a re-import."""
        for identifier, owner, rowid in self._conn.execute(
            "SELECT id, document_id, rowid FROM annotations "
            "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
            (json.dumps(ids),),
        ):
            if rowid >= first_of_document:
                continue  # stored just now
            if rowid >= self._first_new:
                return f"annotation id '{identifier}' is used twice"
            if owner != document_id:
                return f"annotation id '{identifier}' is already used by another document"
        return ""


def _next_rowid(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0])
