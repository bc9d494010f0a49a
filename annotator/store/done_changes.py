"""Whether a document changed after its annotator marked it done ("done ✎" in the list).

An added or edited label shows by its ``updated_at`` being later than the done
status. A deleted label leaves no row behind, so a deletion from a done document
is remembered in ``deletions_after_done`` (document, annotator, label id, when),
in the same transaction as the delete. It counts while the label is still
missing (an undo puts it back with its old timestamps) and the document was not
marked done again. Only labels that were there when the document was marked done
are remembered: one added and deleted since then changed nothing.

When the document was marked done is remembered too, in ``done_markings``: the
status row's ``updated_at`` moves with every write to that row, and ticking a
"none present" box on a done document writes it, which made every earlier
change vanish from the list. A status row written after its marking (a box
ticked) is itself a change. Without a marking (a status that came by import) the
row's ``updated_at`` is the marking time.

Both records belong to a status row and travel with it: a merge that takes a
source's status row takes its records (``merge.py``), a work package gets its
annotator's (``assignments.py``); backups copy the whole file. Until layout 0007
they were keys of ``project_meta`` (``migrations.py`` moved them).
"""

from __future__ import annotations

import json
import sqlite3

from annotator.core.model import DocumentProgress, Status

#: SQL: when status row ``s`` of document ``d`` was marked done.
_DONE_AT = """coalesce((SELECT m.done_at FROM done_markings m
                   WHERE m.document_id = d.id AND m.annotator = s.annotator), s.updated_at)"""

#: SQL: true for a ``document_status`` row ``s`` of document ``d`` whose document
#: changed after it was marked done. A CASE, not ``s.status = 'done' AND (...)``:
#: SQLite works out both sides of an AND, and the right one reads every label of the
#: document (6 ms for 10,000 labels, on every list row read, done or not).
CHANGED_SINCE_DONE = f"""
    CASE WHEN s.status = 'done' THEN (
        s.updated_at > {_DONE_AT}
        OR EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id
                   AND a.annotator = s.annotator AND a.updated_at > {_DONE_AT})
        OR EXISTS (SELECT 1 FROM deletions_after_done x
                    WHERE x.document_id = d.id AND x.annotator = s.annotator
                      AND x.deleted_at > {_DONE_AT}
                      AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.id = x.annotation_id)))
    ELSE 0 END"""


def remember_marking(
    conn: sqlite3.Connection, progress: DocumentProgress, before: tuple[str, str] | None
) -> None:
    """Call in the transaction that writes ``progress`` (``before``: the row's status
    and none_present JSON until then). A write that leaves a done document done
    with other boxes ticked is a change, not a marking; any other write setting
    "done" (Mark done, its redo) is a marking. Deletions remembered before it no
    longer count, whatever the new status, so they go."""
    key = (progress.document_id, progress.annotator)
    status, boxes = before if before is not None else ("new", "[]")
    if (
        progress.status is Status.DONE
        and status == Status.DONE.value
        and frozenset(json.loads(boxes)) != progress.none_present
    ):
        return
    conn.execute("DELETE FROM deletions_after_done WHERE document_id = ? AND annotator = ?", key)
    if progress.status is not Status.DONE:
        conn.execute("DELETE FROM done_markings WHERE document_id = ? AND annotator = ?", key)
        return
    conn.execute(
        "INSERT INTO done_markings (document_id, annotator, done_at) VALUES (?, ?, ?)"
        " ON CONFLICT (document_id, annotator) DO UPDATE SET done_at = excluded.done_at",
        (*key, progress.updated_at),
    )


def remember_deletion(conn: sqlite3.Connection, annotation_id: str, stamp: str) -> None:
    """Call just before deleting ``annotation_id``, inside the deleting transaction."""
    conn.execute(
        "INSERT INTO deletions_after_done (document_id, annotator, annotation_id, deleted_at)"
        " SELECT d.id, s.annotator, a.id, ? FROM annotations a"
        " JOIN documents d ON d.id = a.document_id"
        " JOIN document_status s ON s.document_id = a.document_id"
        " AND s.annotator = a.annotator AND s.status = 'done'"
        f" WHERE a.id = ? AND a.created_at <= {_DONE_AT}"
        " ON CONFLICT (document_id, annotator, annotation_id)"
        " DO UPDATE SET deleted_at = excluded.deleted_at",
        (stamp, annotation_id),
    )
