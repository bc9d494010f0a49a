"""Which database layouts this code knows, readable without sqlite-utils.

Opening an up-to-date project (nearly every open) only needs to see that every
known migration is recorded; sqlite-utils, which costs about 150 ms to import,
is loaded only when there is something to migrate (``migrations.py``).
A test keeps :data:`LAYOUT_VERSIONS` equal to the migrations registered there.
"""

from __future__ import annotations

import sqlite3

MIGRATION_SET = "annotator"
LAYOUT_VERSIONS = (
    "0001_initial",
    "0002_adjudication",
    "0003_suggestions",
    "0004_work_packages",
    "0005_annotations_origin_check",
    "0006_annotations_id_index",
    "0007_done_changes",
    "0008_documents_by_name",
)


def applied_versions(conn: sqlite3.Connection) -> list[str]:
    """Migration names recorded in the file, in the order they were applied."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    # applied_at too, so the table itself is read (not just its covering index):
    # a damaged first page is then found on open.
    rows = conn.execute(
        "SELECT name, applied_at FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
        (MIGRATION_SET,),
    )
    return [row[0] for row in rows]


#: The annotations' indexes as layout 0006 made them, by name. Ids are kept unique by
#: ``annotations_by_id``, not by the primary key, and a large import drops all three
#: inside its transaction (``importing.py``); a rollback or a crash brings them back.
ANNOTATION_INDEXES = {
    "annotations_by_id": "CREATE UNIQUE INDEX annotations_by_id ON annotations (id)",
    "annotations_by_document": (
        "CREATE INDEX annotations_by_document ON annotations (document_id, annotator, start)"
    ),
    "annotations_by_annotator": (
        "CREATE INDEX annotations_by_annotator ON annotations (annotator, layer)"
    ),
}


def missing_annotation_indexes(conn: sqlite3.Connection) -> list[str]:
    """CREATE statements of the indexes of :data:`ANNOTATION_INDEXES` the file lacks.

    None in a sound file. Without ``annotations_by_id`` nothing would keep ids unique:
    a re-import would store every label again, and ``PRAGMA foreign_key_check`` fails
    ("foreign key mismatch": ``decisions`` refers to the ids), so opening builds them.
    """
    present = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotations'"
        )
    }
    return [sql for name, sql in ANNOTATION_INDEXES.items() if name not in present]
