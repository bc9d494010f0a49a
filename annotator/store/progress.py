"""Each annotator's progress on each document (``project.progress``): status and the layers
ticked "none present"."""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from annotator.core.model import (
    DocumentProgress,
    Status,
    now_timestamp,
)
from annotator.store.done_changes import remember_marking

if TYPE_CHECKING:
    from annotator.store.project import Project


class Progress:
    """Reached as ``project.progress``; SQL for this one kind of record."""

    def __init__(self, project: Project) -> None:
        self._project = project

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._project.connection

    def __call__(self, document_id: int, annotator: str) -> DocumentProgress:
        row = self._conn.execute(
            "SELECT status, none_present, updated_at, active_seconds FROM document_status "
            "WHERE document_id = ? AND annotator = ?",
            (document_id, annotator),
        ).fetchone()
        if row is None:
            return DocumentProgress(document_id, annotator)
        return DocumentProgress(
            document_id, annotator, Status(row[0]), frozenset(json.loads(row[1])), row[2], row[3]
        )

    def set(self, progress: DocumentProgress) -> DocumentProgress:
        stored = replace(progress, updated_at=now_timestamp())
        with self._project.transaction() as conn:
            before = conn.execute(
                "SELECT status, none_present FROM document_status"
                " WHERE document_id = ? AND annotator = ?",
                (stored.document_id, stored.annotator),
            ).fetchone()
            remember_marking(conn, stored, before)  # for "done ✎"
            conn.execute(
                "INSERT INTO document_status (document_id, annotator, status, none_present, "
                "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (document_id, annotator) DO "
                "UPDATE SET status = excluded.status, none_present = excluded.none_present, "
                "updated_at = excluded.updated_at",
                (
                    stored.document_id,
                    stored.annotator,
                    stored.status.value,
                    json.dumps(sorted(stored.none_present)),
                    stored.updated_at,
                ),
            )
        return stored

    def all(self, annotators: Sequence[str] = ()) -> Iterator[DocumentProgress]:
        sql = (
            "SELECT document_id, annotator, status, none_present, updated_at, active_seconds "
            "FROM document_status"
        )
        params: list[str] = []
        if annotators:
            sql += f" WHERE annotator IN ({','.join('?' * len(annotators))})"
            params = list(annotators)
        for row in self._conn.execute(sql + " ORDER BY document_id, annotator", params):
            yield DocumentProgress(
                row[0], row[1], Status(row[2]), frozenset(json.loads(row[3])), row[4], row[5]
            )

    def started_in(self, document_id: int) -> builtins.set[str]:
        """Who took ``document_id`` past "new" (in progress or done).

        One document at a time, through the (document, annotator) key, as the
        review queue reads documents: opening the review window no longer reads
        every annotator's status of every document first.
        """
        rows = self._conn.execute(
            "SELECT annotator FROM document_status WHERE document_id = ? AND status != ?",
            (document_id, Status.NEW.value),
        )
        return {annotator for (annotator,) in rows}

    def status_counts(self, annotator: str) -> dict[Status, int]:
        counts = {status: 0 for status in Status}
        rows = self._conn.execute(
            "SELECT status, count(*) FROM document_status WHERE annotator = ? GROUP BY status",
            (annotator,),
        )
        for status, count in rows:
            counts[Status(status)] = count
        counts[Status.NEW] = (
            self._project.documents.count() - counts[Status.IN_PROGRESS] - counts[Status.DONE]
        )
        return counts

    def done_ids(self, annotator: str) -> builtins.set[int]:
        """The documents ``annotator`` marked done (one query, for "next unfinished")."""
        rows = self._conn.execute(
            "SELECT document_id FROM document_status WHERE annotator = ? AND status = ?",
            (annotator, Status.DONE.value),
        )
        return {document_id for (document_id,) in rows}
