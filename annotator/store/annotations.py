"""The labels of a project (``project.annotations``): reading, adding, editing and deleting
them, each write one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from annotator.core.model import (
    Annotation,
    now_timestamp,
)
from annotator.store.done_changes import remember_deletion
from annotator.store.errors import ProjectError
from annotator.store.rows import (
    ANNOTATION_COLUMN_LIST,
    annotation_from_row,
    escape_like,
    insert_annotation,
    json_text,
    label_column_list,
    touch_progress,
)

if TYPE_CHECKING:
    from annotator.store.project import Project


class Annotations:
    """Reached as ``project.annotations``; SQL for this one kind of record."""

    def __init__(self, project: Project) -> None:
        self._project = project

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._project.connection

    def __call__(self, document_id: int, annotator: str | None = None) -> list[Annotation]:
        """A document's annotations in reading order (start, then longest first)."""
        sql = f"SELECT {ANNOTATION_COLUMN_LIST} FROM annotations WHERE document_id = ?"
        params: list[Any] = [document_id]
        if annotator is not None:
            sql += " AND annotator = ?"
            params.append(annotator)
        sql += ' ORDER BY start, "end" DESC, created_at, id'
        return [annotation_from_row(row) for row in self._conn.execute(sql, params)]

    def get(self, annotation_id: str) -> Annotation | None:
        row = self._conn.execute(
            f"SELECT {ANNOTATION_COLUMN_LIST} FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        return annotation_from_row(row) if row else None

    def documents_of(self, ids: Iterable[str]) -> dict[str, int]:
        """Document id of each of ``ids`` that is stored; ids not stored are left out.

        One query per 50,000 ids (passed as a JSON array), so checking the ids
        of a million imported labels is not a million queries.
        """
        found: dict[str, int] = {}
        wanted = list(ids)
        for first in range(0, len(wanted), 50_000):
            chunk = json.dumps(wanted[first : first + 50_000])
            found.update(
                self._conn.execute(
                    "SELECT a.id, a.document_id FROM json_each(?) AS j "
                    "JOIN annotations AS a ON a.id = j.value",
                    (chunk,),
                )
            )
        return found

    def iterate(
        self,
        annotators: Sequence[str] = (),
        layers: Sequence[str] = (),
        *,
        ordered: bool = True,
    ) -> Iterator[tuple[Annotation, str, str]]:
        """Every matching annotation with its document's name and text, for export.

        Streams from a cursor; the document text is fetched once per document
        and reused while its annotations follow.  Within a document the order
        is by annotator and position, unless ``ordered`` is false (for readers
        that do not care, such as agreement: it saves sorting every row).
        """
        parsed: dict[str, dict[str, Any]] = {}  # attribute JSON repeats a lot: parse it once
        for row, name, text in self.rows(annotators, layers, ordered=ordered):
            yield annotation_from_row(row, parsed), name, text

    def rows(
        self,
        annotators: Sequence[str] = (),
        layers: Sequence[str] = (),
        *,
        ordered: bool = True,
    ) -> Iterator[tuple[tuple[Any, ...], str, str]]:
        """:meth:`iter_annotations` as plain rows, for readers of a million annotations.

        Each row holds the columns of ``ANNOTATION_COLUMNS`` in that order, the
        attributes still as JSON text; no ``Annotation`` is built.
        """
        sql = f"SELECT {ANNOTATION_COLUMN_LIST} FROM annotations"
        where, params = [], []
        if annotators:
            where.append(f"annotator IN ({','.join('?' * len(annotators))})")
            params += list(annotators)
        if layers:
            where.append(f"layer IN ({','.join('?' * len(layers))})")
            params += list(layers)
        if where:
            sql += " WHERE " + " AND ".join(where)
        if ordered:
            sql += ' ORDER BY document_id, annotator, start, "end" DESC, id'
        else:  # the index's order: no sort, and still one text fetch per document
            sql += " ORDER BY document_id"
        document_id, name, text = None, "", ""
        for row in self._conn.execute(sql, params):
            if row[1] != document_id:
                document_id = row[1]
                name, text = self._conn.execute(
                    "SELECT name, text FROM documents WHERE id = ?", (document_id,)
                ).fetchone()
            yield row, name, text

    def agreement_labels(
        self,
        annotators: Sequence[str] = (),
        layers: Sequence[str] = (),
        origins: Sequence[str] = (),
    ) -> list[tuple[Any, ...]]:
        """The labels agreement compares, as ``review.alignment.Label`` tuples: ``(document_id,
        layer, start, end, annotator, id, 0, created_at, attributes JSON text)``.

        Only the columns alignment and the coefficients read, and no
        :class:`Annotation` per row: the report parses each distinct attribute text
        once (``created_at`` orders one annotator's labels on one span).  Not sorted: the
        table's own order (import order, one document after another) is nearly
        sorted already, which the reader's sort exploits, and an ORDER BY would make
        SQLite sort all rows in a temporary B-tree first.
        """
        sql = f"SELECT {label_column_list()} FROM annotations"
        where, params = [], []
        for column, values in (("annotator", annotators), ("layer", layers), ("origin", origins)):
            if values:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                params += list(values)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._conn.execute(sql, params).fetchall()

    def add(self, annotation: Annotation) -> Annotation:
        """Store a new annotation (or put back a deleted one, keeping its times)."""
        stamp = now_timestamp()
        stored = replace(
            annotation,
            created_at=annotation.created_at or stamp,
            updated_at=annotation.updated_at or stamp,
        )
        with self._project.transaction() as conn:
            insert_annotation(conn, stored, stamp, ignore_existing=False)
            touch_progress(conn, stored.document_id, stored.annotator, stamp)
        return stored

    def update(self, annotation: Annotation) -> Annotation:
        """Replace span, attributes and note of an existing annotation."""
        stored = replace(annotation, updated_at=now_timestamp())
        with self._project.transaction() as conn:
            cursor = conn.execute(
                'UPDATE annotations SET start = ?, "end" = ?, attributes = ?, note = ?, '
                "layer = ?, updated_at = ? WHERE id = ?",
                (
                    stored.start,
                    stored.end,
                    json_text(stored.attributes),
                    stored.note,
                    stored.layer,
                    stored.updated_at,
                    stored.id,
                ),
            )
            if cursor.rowcount != 1:
                raise ProjectError(self._project.path, f"no annotation with id {annotation.id}")
        return stored

    def delete(self, annotation_id: str) -> None:
        with self._project.transaction() as conn:
            remember_deletion(conn, annotation_id, now_timestamp())  # for "done ✎"
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    def used_text_values(
        self, attribute: str, prefix: str = "", limit: int = 50, *, annotator: str
    ) -> list[str]:
        """Distinct values of a text attribute ``annotator`` already used, most frequent first.

        Feeds the attribute form's completion ("Kaz" offers "Kazakhstan"). Only the
        annotator's own values: offering another annotator's would break blind
        annotation (Bob must not see what Alice typed).
        """
        path = "$." + json.dumps(attribute)
        rows = self._conn.execute(
            """
            SELECT value, count(*) AS n FROM (
                SELECT json_extract(attributes, ?) AS value FROM annotations WHERE annotator = ?
            ) WHERE typeof(value) = 'text' AND value <> '' AND value LIKE ? ESCAPE '\\'
            GROUP BY value ORDER BY n DESC, value LIMIT ?
            """,
            (path, annotator, escape_like(prefix) + "%", limit),
        )
        return [row[0] for row in rows]

    def annotators(self) -> list[str]:
        """Everyone with a label or a status, sorted.

        Each table is walked name to name through its index on ``annotator`` (the
        next name after the last one found: one index search per annotator), not
        row by row: the review window asks this as it opens, and a project has a
        handful of annotators over hundreds of thousands of labels.
        """
        rows = self._conn.execute(
            "WITH RECURSIVE"
            " labelled(name) AS (SELECT min(annotator) FROM annotations UNION ALL"
            "  SELECT (SELECT min(annotator) FROM annotations WHERE annotator > name)"
            "  FROM labelled WHERE name IS NOT NULL),"
            " marked(name) AS (SELECT min(annotator) FROM document_status UNION ALL"
            "  SELECT (SELECT min(annotator) FROM document_status WHERE annotator > name)"
            "  FROM marked WHERE name IS NOT NULL)"
            " SELECT name FROM labelled WHERE name IS NOT NULL"
            " UNION SELECT name FROM marked WHERE name IS NOT NULL ORDER BY 1"
        )
        return [row[0] for row in rows]

    def counts(self) -> dict[tuple[str, str], int]:
        """(annotator, layer) → number of annotations."""
        rows = self._conn.execute(
            "SELECT annotator, layer, count(*) FROM annotations GROUP BY annotator, layer"
        )
        return {(row[0], row[1]): row[2] for row in rows}

    def layer_counts(self, document_id: int, annotator: str) -> dict[str, int]:
        rows = self._conn.execute(
            "SELECT layer, count(*) FROM annotations WHERE document_id = ? AND annotator = ? "
            "GROUP BY layer",
            (document_id, annotator),
        )
        return {row[0]: row[1] for row in rows}
