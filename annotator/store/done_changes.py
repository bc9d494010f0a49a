"""Whether a document changed after its annotator marked it done ("done ✎" in the list).

An added or edited label shows by its ``updated_at`` being later than the done
status. A deleted label leaves no row behind, so a deletion from a done document
is remembered in ``project_meta`` (one key per document and annotator, a JSON
list of ``{"id", "at"}``), in the same transaction as the delete. It counts
while the label is still missing (an undo puts it back with its old timestamps)
and the document was not marked done again. Only labels that were there when the
document was marked done are remembered: one added and deleted since then
changed nothing. Data, not layout: no migration, and an older version simply
ignores the key.

When the document was marked done is remembered too (``done_at/<document
id>/<annotator>``): the status row's ``updated_at`` moves with every write to
that row, and ticking a "none present" box on a done document writes it, which
made every earlier change vanish from the list. A status row written after its
marking (a box ticked) is itself a change. Without the key (a status that came
by merge or import) the row's ``updated_at`` is the marking time, as before.
"""

from __future__ import annotations

import json
import sqlite3

from annotator.core.model import DocumentProgress, Status

KEY_PREFIX = "deleted_after_done/"
DONE_AT_PREFIX = "done_at/"

#: SQL: when status row ``s`` of document ``d`` was marked done.
_DONE_AT = f"""coalesce((SELECT m.value FROM project_meta m
                   WHERE m.key = '{DONE_AT_PREFIX}' || d.id || '/' || s.annotator), s.updated_at)"""

#: SQL: true for a ``document_status`` row ``s`` of document ``d`` whose document
#: changed after it was marked done. A CASE, not ``s.status = 'done' AND (...)``:
#: SQLite works out both sides of an AND, and the right one reads every label of the
#: document (6 ms for 10,000 labels, on every list row read, done or not).
CHANGED_SINCE_DONE = f"""
    CASE WHEN s.status = 'done' THEN (
        s.updated_at > {_DONE_AT}
        OR EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id
                   AND a.annotator = s.annotator AND a.updated_at > {_DONE_AT})
        OR EXISTS (SELECT 1 FROM project_meta m, json_each(m.value) j
                    WHERE m.key = '{KEY_PREFIX}' || d.id || '/' || s.annotator
                      AND json_extract(j.value, '$.at') > {_DONE_AT}
                      AND NOT EXISTS (SELECT 1 FROM annotations a
                                       WHERE a.id = json_extract(j.value, '$.id'))))
    ELSE 0 END"""


def remember_marking(
    conn: sqlite3.Connection, progress: DocumentProgress, before: tuple[str, str] | None
) -> None:
    """Call in the transaction that writes ``progress`` (``before``: the row's status
    and none_present JSON until then). A write that leaves a done document done
    with other boxes ticked is a change, not a marking; any other write setting
    "done" (Mark done, its redo) is a marking."""
    key = f"{DONE_AT_PREFIX}{progress.document_id}/{progress.annotator}"
    if progress.status is not Status.DONE:
        conn.execute("DELETE FROM project_meta WHERE key = ?", (key,))
        return
    status, boxes = before if before is not None else ("new", "[]")
    if status == Status.DONE.value and frozenset(json.loads(boxes)) != progress.none_present:
        return
    conn.execute(
        "INSERT INTO project_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, progress.updated_at),
    )


def remember_deletion(conn: sqlite3.Connection, annotation_id: str, stamp: str) -> None:
    """Call just before deleting ``annotation_id``, inside the deleting transaction."""
    row = conn.execute(
        f"SELECT d.id, s.annotator, {_DONE_AT} FROM annotations a"
        " JOIN documents d ON d.id = a.document_id"
        " JOIN document_status s ON s.document_id = a.document_id"
        " AND s.annotator = a.annotator AND s.status = 'done'"
        f" WHERE a.id = ? AND a.created_at <= {_DONE_AT}",
        (annotation_id,),
    ).fetchone()
    if row is None:
        return
    document_id, annotator, done_at = row
    key = f"{KEY_PREFIX}{document_id}/{annotator}"
    found = conn.execute("SELECT value FROM project_meta WHERE key = ?", (key,)).fetchone()
    # Deletions before the current "done" no longer count: keep the list short.
    kept = [entry for entry in json.loads(found[0]) if entry["at"] > done_at] if found else []
    kept.append({"id": annotation_id, "at": stamp})
    conn.execute(
        "INSERT INTO project_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(kept)),
    )
