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

A large import (``defer_indexes``) stops keeping the annotations' indexes up to
date once it has stored :data:`DEFER_INDEXES_AFTER` labels and more than the
project held before it: it drops them and builds them once at the end
(:meth:`ImportWriter.finish`), inside the same transaction.  One random insert
into the id index per label costs about 5 µs at 1,000,000 labels, building it
from the finished table about 1.5 µs a label; the two other indexes save less
(about 0.9 s of 1,000,000 labels, issue 16, ``notes/import.md``).  From then
on each label's id is checked against the ids stored before the import, held
in a dict (hence :data:`OLD_IDS_IN_MEMORY`); an id used twice in the input is
found when the id index is built, and named with the place (file, line) of
its second use.  Nothing the import asks meanwhile needs those indexes (the
document's rowids, ``documents``, ``document_status``).  A rollback brings
them back as they were, like every other change.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.model import Document, DocumentProgress
from annotator.store.rows import (
    INSERT_ANNOTATION,
    INSERT_ANNOTATION_OR_IGNORE,
    ImportSummary,
    import_progress,
    stored_document,
    touch_progress,
)

# Pages kept in memory while importing (negative: KiB). The annotation id index takes
# random inserts; a larger cache keeps more of it in memory and the import bounded.
_IMPORT_CACHE_KIB = 65_536

# Page cache while the dropped indexes are built: CREATE INDEX sorts in memory up to the
# cache's size, on top of the cache. With 64 MB the 1 GB import peaked at 194 MB instead
# of 128 MB; with 16 MB it stays where it was and the build takes the same CPU
# (1,000,000 labels, three indexes: 4.1-6.0 s vs 3.9-4.0 s, spilling to temporary files).
_BUILD_CACHE_KIB = 16_384

DEFER_INDEXES_AFTER = 50_000
"""Labels an import stores with the indexes kept up to date before it may drop them
and build them at the end; it must also have stored more than the project held, as
building them covers the whole table. Measured (plain SQL, id index only, CPU):
20,000 labels into an empty table 0.09 s kept, 0.08 s dropped; 200,000: 1.10 / 0.99 s;
100,000 into 100,000: 0.64 / 0.59 s; 50,000 into 100,000: 0.33 / 0.35 s (a loss)."""

OLD_IDS_IN_MEMORY = 200_000
"""At most this many labels in the project before the import for it to drop the
indexes: their ids are then held in a dict (about 30 MB) to check the new ones against.
A larger project keeps the indexes (the import must also outgrow it, see ``store``)."""

Place = tuple[str, "int | None"]
"""Where a document came from (file, line), handed back with a problem found later."""


class ImportWriter:
    """Stores checked documents into the transaction open on ``conn``."""

    def __init__(
        self, conn: sqlite3.Connection, stamp: str, *, keep_going: bool, defer_indexes: bool = False
    ) -> None:
        """``keep_going``: the import goes on after a refused document (``--skip-bad``).

        Only then is each document stored under a savepoint, which copies every
        page it touches a second time (into the statement journal); otherwise a
        refused document ends the import and the whole transaction is rolled back.

        ``defer_indexes``: the caller gives each document's place and calls
        :meth:`finish` before committing, so the id index may be built at the end
        (never with ``keep_going``: a document refused at the end could not be
        taken out alone).
        """
        assert conn.in_transaction, "an import is stored inside one transaction"
        self._keep_going = keep_going
        self._conn = conn
        self._stamp = stamp
        self.summary = ImportSummary(added=[], unchanged=[])
        self._first_new = _next_rowid(conn, "annotations")
        self._cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
        self._held = 0  # labels in the project before the import (when it may defer)
        if defer_indexes and not keep_going:
            self._held = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
        self._may_defer = defer_indexes and not keep_going and self._held <= OLD_IDS_IN_MEMORY
        self._dropped: list[str] = []  # CREATE statements of the indexes dropped, id first
        self._old_owners: dict[str, int] = {}  # id -> document id, stored before the import
        self._places: list[tuple[int, Place]] = []  # each document's first rowid, its place

    def close(self) -> None:
        self._conn.execute(f"PRAGMA cache_size = {self._cache}")

    def finish(self) -> tuple[str, Place] | None:
        """Builds the indexes if they were dropped; an id used twice, found then, with
        the place of the document that used it the second time (the caller rolls back).

        Called before committing, and before reporting any other problem, so that
        the first problem in the input is the one reported, as with the index kept.
        """
        dropped, self._dropped = self._dropped, []
        if not dropped:
            return None
        self._conn.execute(f"PRAGMA cache_size = -{_BUILD_CACHE_KIB}")
        try:
            self._conn.execute(dropped[0])
        except sqlite3.IntegrityError:
            return self._repeated_id()
        for sql in dropped[1:]:
            self._conn.execute(sql)
        return None

    def _drop_indexes(self) -> None:
        """Drops the annotations' indexes (inside the transaction) until :meth:`finish`."""
        self._may_defer = False
        conn = self._conn
        indexes = dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'annotations' AND sql IS NOT NULL"
            ).fetchall()
        )
        if "annotations_by_id" not in indexes:  # not the layout this was written for
            return
        self._old_owners = dict(
            conn.execute(
                "SELECT id, document_id FROM annotations WHERE rowid < ?", (self._first_new,)
            )
        )
        self._dropped = [indexes.pop("annotations_by_id"), *indexes.values()]
        for name in ("annotations_by_id", *indexes):
            conn.execute(f'DROP INDEX "{name}"')

    def _repeated_id(self) -> tuple[str, Place]:
        """The first label (in the order stored) whose id this import stored before."""
        identifier, rowid = self._conn.execute(
            "SELECT id, rowid FROM (SELECT id, rowid, row_number() OVER "
            "(PARTITION BY id ORDER BY rowid) AS n FROM annotations WHERE rowid >= ?) "
            "WHERE n = 2 ORDER BY rowid LIMIT 1",
            (self._first_new,),
        ).fetchone()
        # The index refused such ids while it was kept: the second use came after.
        at = bisect.bisect_right(self._places, rowid, key=lambda entry: entry[0]) - 1
        return f"annotation id '{identifier}' is used twice", self._places[at][1]

    def store(
        self,
        document: Document,
        rows: Sequence[list[Any]],
        progress: Sequence[DocumentProgress] = (),
        sha: str = "",
        place: Place = ("", None),
    ) -> str:
        """Store one document; the reason it was refused (nothing stored), or "".

        ``rows`` are its labels as the values of ``ANNOTATION_COLUMN_LIST``, lists
        whose document id (``row[1]``) is filled in here; ``sha``, its text's hash
        when the caller has it; ``place``, where it came from (see :meth:`finish`)."""
        conn = self._conn
        if self._keep_going:
            conn.execute("SAVEPOINT import_document")
        # An exception ends the whole transaction (the caller rolls it back, or
        # SQLite already has after a full disk): no savepoint is left to release.
        problem, counts = self._store(document, rows, progress, sha, place)
        if self._keep_going:
            if problem:
                conn.execute("ROLLBACK TO import_document")
            conn.execute("RELEASE import_document")
        if not problem:
            added, unchanged, existed = counts
            (self.summary.unchanged if existed else self.summary.added).append(document.name)
            self.summary.annotations_added += added
            self.summary.annotations_unchanged += unchanged
            if self._may_defer and self.summary.annotations_added >= max(
                DEFER_INDEXES_AFTER, self._held
            ):
                self._drop_indexes()
        return problem

    def _store(
        self,
        document: Document,
        rows: Sequence[list[Any]],
        progress: Sequence[DocumentProgress],
        sha: str,
        place: Place,
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
        annotators: Iterable[str]  # each with a label stored now is "in progress" (once)
        if self._dropped:  # the indexes are dropped: see the module's docstring
            problem, new = self._new_rows(rows, document_id)
            if problem:
                return problem, (0, 0, False)
            if new:
                self._places.append((first_of_document, place))
                conn.executemany(INSERT_ANNOTATION, new)
            added, annotators = len(new), dict.fromkeys(row[2] for row in new)
        else:
            added = conn.executemany(INSERT_ANNOTATION_OR_IGNORE, rows).rowcount if rows else 0
            annotators = dict.fromkeys(row[2] for row in rows)
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

    def _new_rows(self, rows: Sequence[list[Any]], document_id: int) -> tuple[str, list[Any]]:
        """With the indexes dropped: the rows whose ids the project did not hold before the
        import (a re-imported label is left as it is), or why an id is refused (another
        document's). An id used twice in the input is found by :meth:`finish`."""
        owners = self._old_owners
        if not owners:
            return "", list(rows)
        new = []
        for row in rows:
            owner = owners.get(row[0])
            if owner is None:
                new.append(row)
            elif owner != document_id:
                return f"annotation id '{row[0]}' is already used by another document", []
        return "", new

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
