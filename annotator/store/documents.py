"""The documents of a project (``project.documents``): reading them, listing them a page at a
time, and storing new ones with their labels (one transaction)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from annotator.core.messages import Message
from annotator.core.model import (
    Annotation,
    Document,
    DocumentProgress,
    Status,
    now_timestamp,
    title_from_text,
)
from annotator.store.done_changes import CHANGED_SINCE_DONE
from annotator.store.errors import ProjectError
from annotator.store.importing import ImportWriter
from annotator.store.rows import (
    DOCUMENT_COLUMN_LIST,
    DOCUMENT_SORT_SQL,
    DocumentRow,
    ImportSummary,
    annotation_row,
    document_from_row,
    escape_like,
)

if TYPE_CHECKING:
    from annotator.store.project import Project


RowState = tuple[Status, int, bool]
"""A list row's status, label count and "changed since done" (``Documents.states``)."""

#: SQL: the columns of a list row that edits change, for document ``d``, status row ``s``;
#: the first parameter is the annotator whose labels are counted.
_STATE_COLUMNS = f"""coalesce(s.status, 'new'),
    (SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.annotator = ?),
    {CHANGED_SINCE_DONE}"""


def _state(columns: Sequence[Any]) -> RowState:
    return Status(columns[0]), int(columns[1]), bool(columns[2])


class Documents:
    """Reached as ``project.documents``; SQL for this one kind of record."""

    def __init__(self, project: Project) -> None:
        self._project = project

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._project.connection

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def get(self, document_id: int) -> Document:
        row = self._conn.execute(
            f"SELECT {DOCUMENT_COLUMN_LIST} FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise ProjectError(
                self._project.path, Message("no document with id {id}", id=document_id)
            )
        return document_from_row(row)

    def by_name(self, name: str) -> Document | None:
        row = self._conn.execute(
            f"SELECT {DOCUMENT_COLUMN_LIST} FROM documents WHERE name = ?", (name,)
        ).fetchone()
        return document_from_row(row) if row else None

    def __call__(self) -> Iterator[Document]:
        for row in self._conn.execute(f"SELECT {DOCUMENT_COLUMN_LIST} FROM documents ORDER BY id"):
            yield document_from_row(row)

    def names(self) -> dict[int, str]:
        """Id → name of every document, in id order, without reading any text."""
        return dict(self._conn.execute("SELECT id, name FROM documents ORDER BY id").fetchall())

    def ids(
        self,
        search: str = "",
        *,
        sort: str = "name",
        descending: bool = False,
        annotator: str = "",
        limit: int | None = None,
    ) -> list[int]:
        """Ids in list order, optionally only those matching ``search``; the first
        ``limit`` of them when given (SQLite then keeps only that many while sorting).

        Only ids are returned so that a 100,000-document project costs a list
        of ints; rows are fetched page by page with :meth:`document_rows`.
        ``sort`` is one of :data:`DOCUMENT_SORTS`; status and annotation
        counts are those of ``annotator``.
        """
        order = DOCUMENT_SORT_SQL.get(sort)
        if order is None:
            raise ValueError(f"cannot sort documents by {sort!r}")
        direction = "DESC" if descending else "ASC"
        sql = "SELECT d.id FROM documents d"
        params: list[Any] = []
        if sort == "status":
            sql += " LEFT JOIN document_status s ON s.document_id = d.id AND s.annotator = ?"
            params.append(annotator)
        elif sort == "annotations":
            sql += (
                " LEFT JOIN (SELECT document_id, count(*) AS n FROM annotations"
                " WHERE annotator = ? GROUP BY document_id) c ON c.document_id = d.id"
            )
            params.append(annotator)
        if search:
            pattern = "%" + escape_like(search) + "%"
            sql += (
                " WHERE d.name LIKE ? ESCAPE '\\' OR d.title LIKE ? ESCAPE '\\'"
                " OR d.text LIKE ? ESCAPE '\\'"
            )
            params += [pattern, pattern, pattern]
        # Names last among equals (and not twice when sorting by name: SQLite would then
        # sort the rows the name index gives it in order anyway).
        tie = "" if sort == "name" else f", d.name COLLATE NOCASE {direction}"
        sql += f" ORDER BY {order} {direction}{tie}, d.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row[0] for row in self._conn.execute(sql, params)]

    def rows(self, ids: Sequence[int], annotator: str) -> list[DocumentRow]:
        """List rows for ``ids`` (in that order) as seen by ``annotator``."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {}
        for row in self._conn.execute(
            f"""
            SELECT d.id, d.name, d.title, d.language, substr(d.text, 1, 300), {_STATE_COLUMNS}
              FROM documents d
              LEFT JOIN document_status s ON s.document_id = d.id AND s.annotator = ?
             WHERE d.id IN ({marks})
            """,
            (annotator, annotator, *ids),
        ):
            title = row[2] or title_from_text(row[4]) or row[1]
            found[row[0]] = DocumentRow(row[0], row[1], title, row[3], *_state(row[5:]))
        return [found[i] for i in ids if i in found]

    def states(self, ids: Sequence[int], annotator: str) -> dict[int, RowState]:
        """Id → (status, label count, changed since done) as ``annotator`` sees them.

        What an edit can change in a list row: its name, title and language never
        change, and reading them means reading the text (the title may come from
        it), a megabyte for a long document. The list re-reads this after an edit.
        """
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {
            row[0]: _state(row[1:])
            for row in self._conn.execute(
                f"""
                SELECT d.id, {_STATE_COLUMNS}
                  FROM documents d
                  LEFT JOIN document_status s ON s.document_id = d.id AND s.annotator = ?
                 WHERE d.id IN ({marks})
                """,
                (annotator, annotator, *ids),
            )
        }

    def add(
        self,
        items: Iterable[tuple[Document, Sequence[Annotation]]],
        *,
        progress: Mapping[str, Sequence[DocumentProgress]] | None = None,
    ) -> ImportSummary:
        """Store documents with their annotations in one transaction.

        ``progress`` (by document name) brings annotators' statuses and "none
        present" layers along; as in a merge, the newer ``updated_at`` wins.

        A document whose name exists with the same text is left as it is (its
        new annotations are still added); the same name with other text is an
        error and nothing is stored.  Annotations whose id this document holds
        already are skipped, which makes re-importing an export a no-op; an id
        held by another document, or given twice, is an error and nothing is
        stored.  The streamed import stores through the same ``ImportWriter``.
        """
        stamp = now_timestamp()
        with self._project.transaction() as conn:
            writer = ImportWriter(conn, stamp, keep_going=False)
            try:
                for document, annotations in items:
                    rows = [list(annotation_row(a, stamp, 0)) for a in annotations]
                    states = (progress or {}).get(document.name, ())
                    problem = writer.store(document, rows, states)
                    if problem:  # the transaction is rolled back: nothing is stored
                        raise ProjectError(self._project.path, problem)
            finally:
                writer.close()
        return writer.summary

    def layer_counts(self, annotators: Sequence[str] = ()) -> dict[tuple[int, str], dict[str, int]]:
        """(document id, annotator) → layer → count, for the per-document export."""
        sql = "SELECT document_id, annotator, layer, count(*) FROM annotations"
        params: list[str] = []
        if annotators:
            sql += f" WHERE annotator IN ({','.join('?' * len(annotators))})"
            params = list(annotators)
        result: dict[tuple[int, str], dict[str, int]] = {}
        for doc, annotator, layer, count in self._conn.execute(
            sql + " GROUP BY document_id, annotator, layer", params
        ):
            result.setdefault((doc, annotator), {})[layer] = count
        return result
