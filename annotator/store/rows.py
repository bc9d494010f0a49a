"""Rows of the project's tables and the records they hold: columns, conversion both ways,
and the inserts several parts share (documents with their labels and progress)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.model import (
    Annotation,
    Document,
    DocumentProgress,
    Origin,
    Status,
    annotation_of_fields,
    text_sha256,
)

DOCUMENT_COLUMN_LIST = (
    "id, name, text, title, language, url, published, author, site, meta, sha256, imported_at"
)


ANNOTATION_COLUMN_LIST = (
    'id, document_id, annotator, layer, start, "end", attributes, note, origin, '
    "created_at, updated_at"
)


ANNOTATION_COLUMNS = tuple(name.strip().strip('"') for name in ANNOTATION_COLUMN_LIST.split(","))
"""The fields of :meth:`Annotations.rows` (``project.annotations.rows``), in order."""


LABEL_COLUMNS = ("document_id", "layer", "start", '"end"', "annotator", "id", "0", "created_at",
                 "attributes")  # fmt: skip
"""What the agreement report reads of a label, in the order of ``review.alignment.Label``
(``0``: the tie-breaking order, always 0 as stored ids are unique; attributes as JSON)."""


def label_column_list(table: str = "") -> str:
    """:data:`LABEL_COLUMNS` for a SELECT, each prefixed with ``table.`` when given."""
    prefix = f"{table}." if table else ""
    return ", ".join(name if name == "0" else prefix + name for name in LABEL_COLUMNS)


DOCUMENT_SORT_SQL = {
    "name": "d.name COLLATE NOCASE",
    "title": "d.title COLLATE NOCASE",
    "language": "d.language",
    "status": "coalesce(s.status, 'new')",
    "annotations": "coalesce(c.n, 0)",
}


DOCUMENT_SORTS = tuple(DOCUMENT_SORT_SQL)


JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


INSERT_ANNOTATION = (
    f"INSERT INTO annotations ({ANNOTATION_COLUMN_LIST}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


INSERT_ANNOTATION_OR_IGNORE = INSERT_ANNOTATION.replace("INSERT", "INSERT OR IGNORE", 1)


ORIGINS = {origin.value: origin for origin in Origin}


@dataclass(frozen=True)
class DocumentRow:
    """What the document list shows: no text, so a page of rows is cheap."""

    id: int
    name: str
    title: str
    language: str
    status: Status
    annotations: int
    changed_since_done: bool = False
    """Done, but an annotation was added, edited or deleted since (``done_changes.py``)."""


@dataclass
class ImportSummary:
    added: list[str]
    unchanged: list[str]
    annotations_added: int = 0
    annotations_unchanged: int = 0


def json_text(value: dict[str, Any]) -> str:
    return JSON_ENCODER.encode(value)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def insert_document(
    conn: sqlite3.Connection, document: Document, sha: str, stamp: str
) -> int | None:
    """The new document's id; None (nothing stored) when its name is taken."""
    cursor = conn.execute(
        "INSERT INTO documents (name, text, title, language, url, published, author, site, "
        "meta, sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO NOTHING",
        (
            document.name,
            document.text,
            document.title,
            document.language,
            document.url,
            document.published,
            document.author,
            document.site,
            json_text(document.meta),
            sha,
            document.imported_at or stamp,
        ),
    )
    if cursor.rowcount == 0:
        return None
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def stored_document(
    conn: sqlite3.Connection, document: Document, stamp: str, sha: str = ""
) -> tuple[int, bool] | None:
    """``document``'s id in the project and whether it was there already, storing it when
    its name is new; None when the name is taken by another text (nothing stored).
    ``sha``: the text's hash when the caller has computed it already.

    Both import paths (all at once, and streamed) find or add documents this way."""
    sha = sha or text_sha256(document.text)
    added = insert_document(conn, document, sha, stamp)  # one statement for a new name
    if added is not None:
        return added, False
    existing = conn.execute(
        "SELECT id, sha256 FROM documents WHERE name = ?", (document.name,)
    ).fetchone()
    if existing[1] != sha:
        return None
    return int(existing[0]), True


def insert_annotation(
    conn: sqlite3.Connection, annotation: Annotation, stamp: str, *, ignore_existing: bool
) -> bool:
    sql = INSERT_ANNOTATION_OR_IGNORE if ignore_existing else INSERT_ANNOTATION
    cursor = conn.execute(sql, annotation_row(annotation, stamp, annotation.document_id))
    return cursor.rowcount == 1


def annotation_row(annotation: Annotation, stamp: str, document_id: int) -> tuple[Any, ...]:
    """The values of ``ANNOTATION_COLUMN_LIST``; missing times become ``stamp``."""
    return (
        annotation.id,
        document_id,
        annotation.annotator,
        annotation.layer,
        annotation.start,
        annotation.end,
        json_text(annotation.attributes) if annotation.attributes else "{}",
        annotation.note,
        (ORIGINS.get(annotation.origin) or Origin(annotation.origin)).value,  # no enum call
        annotation.created_at or stamp,
        annotation.updated_at or annotation.created_at or stamp,
    )


def import_progress(
    conn: sqlite3.Connection, document_id: int, state: DocumentProgress, stamp: str
) -> None:
    """An imported status replaces an older one, or one this same import just created;
    active time keeps the larger figure (it only grows where it is recorded). The
    "done ✎" records of a replaced status row (``done_changes.py``) go with it: they
    told when that row was marked done, and the file's row says nothing of them."""
    newer = "(excluded.updated_at > document_status.updated_at OR document_status.updated_at = ?)"
    key = (document_id, state.annotator)
    found = conn.execute(
        "SELECT updated_at FROM document_status WHERE document_id = ? AND annotator = ?", key
    ).fetchone()
    if found is not None and ((state.updated_at or stamp) > found[0] or found[0] == stamp):
        for table in ("done_markings", "deletions_after_done"):
            conn.execute(f"DELETE FROM {table} WHERE document_id = ? AND annotator = ?", key)
    conn.execute(
        "INSERT INTO document_status (document_id, annotator, status, none_present, updated_at, "
        "active_seconds) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, annotator) DO "
        f"UPDATE SET status = CASE WHEN {newer} THEN excluded.status ELSE status END, "
        f"none_present = CASE WHEN {newer} THEN excluded.none_present ELSE none_present END, "
        f"updated_at = CASE WHEN {newer} THEN excluded.updated_at ELSE updated_at END, "
        "active_seconds = max(active_seconds, excluded.active_seconds)",
        (
            document_id,
            state.annotator,
            state.status.value,
            json.dumps(sorted(state.none_present)),
            state.updated_at or stamp,
            state.active_seconds,
            stamp,
            stamp,
            stamp,
        ),
    )


def touch_progress(conn: sqlite3.Connection, document_id: int, annotator: str, stamp: str) -> None:
    """A first annotation moves the document from "new" to "in progress"."""
    conn.execute(
        "INSERT INTO document_status (document_id, annotator, status, updated_at) "
        "VALUES (?, ?, 'in_progress', ?) ON CONFLICT (document_id, annotator) DO NOTHING",
        (document_id, annotator, stamp),
    )


def document_from_row(row: Sequence[Any]) -> Document:
    return Document(
        id=row[0],
        name=row[1],
        text=row[2],
        title=row[3],
        language=row[4],
        url=row[5],
        published=row[6],
        author=row[7],
        site=row[8],
        meta=json.loads(row[9]),
        sha256=row[10],
        imported_at=row[11],
    )


def attributes_from_json(text: str, parsed: dict[str, dict[str, Any]] | None) -> dict[str, Any]:
    """Attribute JSON as a dict of its own; ``parsed`` caches the JSON of earlier rows.

    Bulk readers see the same few hundred attribute combinations again and
    again; a copy of a parsed dict costs a tenth of parsing it.  (Values are
    scalars, so the shallow copy is a full one.)
    """
    if text == "{}":
        return {}
    if parsed is None:
        return json.loads(text)  # type: ignore[no-any-return]
    known = parsed.get(text)
    if known is None:
        known = json.loads(text)
        if len(parsed) < 10_000:
            parsed[text] = known
    return dict(known)


def annotation_from_row(
    row: Sequence[Any], parsed: dict[str, dict[str, Any]] | None = None
) -> Annotation:
    # Positional, with a dict for the enum: a third faster than keywords and
    # Origin(...), which shows when 300,000 labels are read for agreement or a
    # document with 10,000 labels opens; annotation_of_fields skips the frozen
    # dataclass's per-field __setattr__.  Order as ANNOTATION_COLUMNS.
    return annotation_of_fields(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        attributes_from_json(row[6], parsed),
        row[7],
        ORIGINS[row[8]],
        row[9],
        row[10],
    )
