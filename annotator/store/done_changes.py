"""Whether a document changed after its annotator marked it done ("done ✎" in the list).

An added or edited label shows by its ``updated_at`` being later than the done
status. A deleted label leaves no row behind, so a deletion from a done document
is remembered in ``project_meta`` (one key per document and annotator, a JSON
list of ``{"id", "at"}``), in the same transaction as the delete. It counts
while the label is still missing (an undo puts it back with its old timestamps)
and the status was not set again after it. Only labels that were there when the
document was marked done are remembered: one added and deleted since then
changed nothing. Data, not layout: no migration, and an older version simply
ignores the key.
"""

from __future__ import annotations

import json
import sqlite3

KEY_PREFIX = "deleted_after_done/"

#: SQL: true for a ``document_status`` row ``s`` of document ``d`` whose document
#: changed after it was marked done.
CHANGED_SINCE_DONE = f"""
    s.status = 'done' AND (
        EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id
                   AND a.annotator = s.annotator AND a.updated_at > s.updated_at)
        OR EXISTS (SELECT 1 FROM project_meta m, json_each(m.value) j
                    WHERE m.key = '{KEY_PREFIX}' || d.id || '/' || s.annotator
                      AND json_extract(j.value, '$.at') > s.updated_at
                      AND NOT EXISTS (SELECT 1 FROM annotations a
                                       WHERE a.id = json_extract(j.value, '$.id'))))"""


def remember_deletion(conn: sqlite3.Connection, annotation_id: str, stamp: str) -> None:
    """Call just before deleting ``annotation_id``, inside the deleting transaction."""
    row = conn.execute(
        "SELECT a.document_id, a.annotator, s.updated_at FROM annotations a"
        " JOIN document_status s ON s.document_id = a.document_id"
        " AND s.annotator = a.annotator AND s.status = 'done'"
        " WHERE a.id = ? AND a.created_at <= s.updated_at",
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
