"""One project file: opening it safely, and every query the application makes.

Why it looks like this:
- WAL mode with ``synchronous=FULL``: each committed edit survives a killed
  process and a power cut, and a reader (a second window) never blocks the
  writer.
- Every public write method is one ``BEGIN IMMEDIATE`` transaction, so a user
  edit, an import or a merge is all-or-nothing and two processes cannot
  deadlock upgrading read locks.
- ``PRAGMA application_id`` marks our files, so opening some other SQLite
  database (or a text file) gives a clear message instead of a crash later.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.core.errors import AnnotatorError
from annotator.core.model import (
    Annotation,
    Document,
    DocumentProgress,
    Origin,
    Status,
    now_timestamp,
    text_sha256,
    title_from_text,
)
from annotator.core.schema import Schema, removed_from, schema_from_json
from annotator.store.migrations import KNOWN_MIGRATIONS, migrations

APPLICATION_ID = 0x414E4E4F  # "ANNO"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

_DOCUMENT_COLUMNS = (
    "id, name, text, title, language, url, published, author, site, meta, sha256, imported_at"
)
_ANNOTATION_COLUMNS = (
    'id, document_id, annotator, layer, start, "end", attributes, note, origin, '
    "created_at, updated_at"
)


# Sort keys of the document list → SQL expressions (fixed strings, never user input).
_DOCUMENT_SORTS = {
    "name": "d.name COLLATE NOCASE",
    "title": "d.title COLLATE NOCASE",
    "language": "d.language",
    "status": "coalesce(s.status, 'new')",
    "annotations": "coalesce(c.n, 0)",
}
DOCUMENT_SORTS = tuple(_DOCUMENT_SORTS)


class ProjectError(AnnotatorError):
    """The project file cannot be used: names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class DocumentRow:
    """What the document list shows: no text, so a page of rows is cheap."""

    id: int
    name: str
    title: str
    language: str
    status: Status
    annotations: int


@dataclass
class ImportSummary:
    added: list[str]
    unchanged: list[str]
    annotations_added: int = 0
    annotations_unchanged: int = 0


class Project:
    """An open project file. Use :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, schema: Schema) -> None:
        self.path = path
        self._conn = connection
        self.schema = schema

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = False, schema: Schema | None = None
    ) -> Project:
        """Open (or with ``create``, create) a project file.

        ``schema`` is required to create one and ignored for an existing file,
        whose own schema is authoritative.
        """
        path = Path(path)
        exists = path.exists() and path.stat().st_size > 0
        if not exists:
            if not create:
                raise ProjectError(path, "no such project file")
            if schema is None:
                raise ProjectError(path, "a schema is needed to create a project")
            _create_atomically(path, schema)
        _check_looks_like_sqlite(path)
        connection = _connect(path)
        try:
            project_schema = _prepare(path, connection, None)
        except BaseException:
            connection.close()
            raise
        return cls(path, connection, project_schema)

    @property
    def connection(self) -> sqlite3.Connection:
        """For the other store modules (merge, adjudication); SQL stays in ``store``."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing unit of work; nested calls join the outer one."""
        if self._conn.in_transaction:
            yield self._conn
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- schema --------------------------------------------------------------

    def replace_schema(self, new: Schema) -> None:
        """Adopt ``new``; refuse if it drops a layer, attribute or choice in use."""
        in_use = []
        for layer, attribute, choice in removed_from(self.schema, new):
            count = self._usage_count(layer, attribute, choice)
            if count:
                what = f"layer '{layer}'"
                if attribute:
                    what += f", attribute '{attribute}'"
                if choice:
                    what += f", choice '{choice}'"
                in_use.append(f"{what} is used by {count} annotation(s)")
        if in_use:
            raise ProjectError(self.path, "cannot remove what is in use: " + "; ".join(in_use))
        with self.transaction() as conn:
            _set_meta(conn, "schema", new.to_json())
        self.schema = new

    def _usage_count(self, layer: str, attribute: str | None, choice: str | None) -> int:
        sql = "SELECT count(*) FROM annotations WHERE layer = ?"
        params: list[Any] = [layer]
        if attribute:
            path = "$." + json.dumps(attribute)
            if choice is None:
                sql += " AND json_extract(attributes, ?) IS NOT NULL"
                params.append(path)
            else:
                sql += " AND json_extract(attributes, ?) = ?"
                params += [path, choice]
        return int(self._conn.execute(sql, params).fetchone()[0])

    # -- documents -----------------------------------------------------------

    def document_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document(self, document_id: int) -> Document:
        row = self._conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise ProjectError(self.path, f"no document with id {document_id}")
        return _document_from_row(row)

    def document_by_name(self, name: str) -> Document | None:
        row = self._conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE name = ?", (name,)
        ).fetchone()
        return _document_from_row(row) if row else None

    def documents(self) -> Iterator[Document]:
        for row in self._conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY id"):
            yield _document_from_row(row)

    def document_ids(
        self,
        search: str = "",
        *,
        sort: str = "name",
        descending: bool = False,
        annotator: str = "",
    ) -> list[int]:
        """Ids in list order, optionally only those matching ``search``.

        Only ids are returned so that a 100,000-document project costs a list
        of ints; rows are fetched page by page with :meth:`document_rows`.
        ``sort`` is one of :data:`DOCUMENT_SORTS`; status and annotation
        counts are those of ``annotator``.
        """
        order = _DOCUMENT_SORTS.get(sort)
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
            pattern = "%" + _escape_like(search) + "%"
            sql += (
                " WHERE d.name LIKE ? ESCAPE '\\' OR d.title LIKE ? ESCAPE '\\'"
                " OR d.text LIKE ? ESCAPE '\\'"
            )
            params += [pattern, pattern, pattern]
        sql += f" ORDER BY {order} {direction}, d.name COLLATE NOCASE {direction}, d.id"
        return [row[0] for row in self._conn.execute(sql, params)]

    def document_rows(self, ids: Sequence[int], annotator: str) -> list[DocumentRow]:
        """List rows for ``ids`` (in that order) as seen by ``annotator``."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {}
        for row in self._conn.execute(
            f"""
            SELECT d.id, d.name, d.title, d.language, substr(d.text, 1, 300),
                   coalesce(s.status, 'new'),
                   (SELECT count(*) FROM annotations a
                     WHERE a.document_id = d.id AND a.annotator = ?)
              FROM documents d
              LEFT JOIN document_status s ON s.document_id = d.id AND s.annotator = ?
             WHERE d.id IN ({marks})
            """,
            (annotator, annotator, *ids),
        ):
            title = row[2] or title_from_text(row[4]) or row[1]
            found[row[0]] = DocumentRow(row[0], row[1], title, row[3], Status(row[5]), row[6])
        return [found[i] for i in ids if i in found]

    def import_documents(
        self, items: Iterable[tuple[Document, Sequence[Annotation]]]
    ) -> ImportSummary:
        """Store documents with their annotations in one transaction.

        A document whose name exists with the same text is left as it is (its
        new annotations are still added); the same name with other text is an
        error and nothing is stored.  Annotations whose id exists already are
        skipped, which makes re-importing an export a no-op.
        """
        summary = ImportSummary(added=[], unchanged=[])
        stamp = now_timestamp()
        with self.transaction() as conn:
            for document, annotations in items:
                sha = text_sha256(document.text)
                existing = conn.execute(
                    "SELECT id, sha256 FROM documents WHERE name = ?", (document.name,)
                ).fetchone()
                if existing is not None:
                    if existing[1] != sha:
                        raise ProjectError(
                            self.path,
                            f"document '{document.name}' already exists with different text",
                        )
                    document_id = existing[0]
                    summary.unchanged.append(document.name)
                else:
                    document_id = _insert_document(conn, document, sha, stamp)
                    summary.added.append(document.name)
                for annotation in annotations:
                    stored = replace(annotation, document_id=document_id)
                    if insert_annotation(conn, stored, stamp, ignore_existing=True):
                        summary.annotations_added += 1
                        _touch_progress(conn, document_id, stored.annotator, stamp)
                    else:
                        summary.annotations_unchanged += 1
        return summary

    # -- annotations ---------------------------------------------------------

    def annotations(self, document_id: int, annotator: str | None = None) -> list[Annotation]:
        """A document's annotations in reading order (start, then longest first)."""
        sql = f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE document_id = ?"
        params: list[Any] = [document_id]
        if annotator is not None:
            sql += " AND annotator = ?"
            params.append(annotator)
        sql += ' ORDER BY start, "end" DESC, created_at, id'
        return [_annotation_from_row(row) for row in self._conn.execute(sql, params)]

    def annotation(self, annotation_id: str) -> Annotation | None:
        row = self._conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        return _annotation_from_row(row) if row else None

    def iter_annotations(
        self,
        annotators: Sequence[str] = (),
        layers: Sequence[str] = (),
    ) -> Iterator[tuple[Annotation, str, str]]:
        """Every matching annotation with its document's name and text, for export.

        Streams from a cursor; the document text is fetched once per document
        and reused while its annotations follow.
        """
        sql = f"SELECT {_ANNOTATION_COLUMNS} FROM annotations"
        where, params = [], []
        if annotators:
            where.append(f"annotator IN ({','.join('?' * len(annotators))})")
            params += list(annotators)
        if layers:
            where.append(f"layer IN ({','.join('?' * len(layers))})")
            params += list(layers)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY document_id, annotator, start, "end" DESC, id'
        current: tuple[int, str, str] | None = None
        for row in self._conn.execute(sql, params):
            annotation = _annotation_from_row(row)
            if current is None or current[0] != annotation.document_id:
                name, text = self._conn.execute(
                    "SELECT name, text FROM documents WHERE id = ?", (annotation.document_id,)
                ).fetchone()
                current = (annotation.document_id, name, text)
            yield annotation, current[1], current[2]

    def add_annotation(self, annotation: Annotation) -> Annotation:
        """Store a new annotation (or put back a deleted one, keeping its times)."""
        stamp = now_timestamp()
        stored = replace(
            annotation,
            created_at=annotation.created_at or stamp,
            updated_at=annotation.updated_at or stamp,
        )
        with self.transaction() as conn:
            insert_annotation(conn, stored, stamp, ignore_existing=False)
            _touch_progress(conn, stored.document_id, stored.annotator, stamp)
        return stored

    def update_annotation(self, annotation: Annotation) -> Annotation:
        """Replace span, attributes and note of an existing annotation."""
        stored = replace(annotation, updated_at=now_timestamp())
        with self.transaction() as conn:
            cursor = conn.execute(
                'UPDATE annotations SET start = ?, "end" = ?, attributes = ?, note = ?, '
                "layer = ?, updated_at = ? WHERE id = ?",
                (
                    stored.start,
                    stored.end,
                    _json(stored.attributes),
                    stored.note,
                    stored.layer,
                    stored.updated_at,
                    stored.id,
                ),
            )
            if cursor.rowcount != 1:
                raise ProjectError(self.path, f"no annotation with id {annotation.id}")
        return stored

    def delete_annotation(self, annotation_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    def used_text_values(self, attribute: str, prefix: str = "", limit: int = 50) -> list[str]:
        """Distinct values of a text attribute already used, most frequent first.

        Feeds the attribute form's completion ("Kaz" offers "Kazakhstan").
        """
        path = "$." + json.dumps(attribute)
        rows = self._conn.execute(
            """
            SELECT value, count(*) AS n FROM (
                SELECT json_extract(attributes, ?) AS value FROM annotations
            ) WHERE typeof(value) = 'text' AND value <> '' AND value LIKE ? ESCAPE '\\'
            GROUP BY value ORDER BY n DESC, value LIMIT ?
            """,
            (path, _escape_like(prefix) + "%", limit),
        )
        return [row[0] for row in rows]

    # -- progress ------------------------------------------------------------

    def progress(self, document_id: int, annotator: str) -> DocumentProgress:
        row = self._conn.execute(
            "SELECT status, none_present, updated_at FROM document_status "
            "WHERE document_id = ? AND annotator = ?",
            (document_id, annotator),
        ).fetchone()
        if row is None:
            return DocumentProgress(document_id, annotator)
        return DocumentProgress(
            document_id, annotator, Status(row[0]), frozenset(json.loads(row[1])), row[2]
        )

    def set_progress(self, progress: DocumentProgress) -> DocumentProgress:
        stored = replace(progress, updated_at=now_timestamp())
        with self.transaction() as conn:
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

    def all_progress(self, annotators: Sequence[str] = ()) -> Iterator[DocumentProgress]:
        sql = "SELECT document_id, annotator, status, none_present, updated_at FROM document_status"
        params: list[str] = []
        if annotators:
            sql += f" WHERE annotator IN ({','.join('?' * len(annotators))})"
            params = list(annotators)
        for row in self._conn.execute(sql + " ORDER BY document_id, annotator", params):
            yield DocumentProgress(
                row[0], row[1], Status(row[2]), frozenset(json.loads(row[3])), row[4]
            )

    # -- statistics ----------------------------------------------------------

    def annotators(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT annotator FROM annotations UNION SELECT annotator FROM document_status "
            "ORDER BY 1"
        )
        return [row[0] for row in rows]

    def annotation_counts(self) -> dict[tuple[str, str], int]:
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

    def status_counts(self, annotator: str) -> dict[Status, int]:
        counts = {status: 0 for status in Status}
        rows = self._conn.execute(
            "SELECT status, count(*) FROM document_status WHERE annotator = ? GROUP BY status",
            (annotator,),
        )
        for status, count in rows:
            counts[Status(status)] = count
        counts[Status.NEW] = (
            self.document_count() - counts[Status.IN_PROGRESS] - counts[Status.DONE]
        )
        return counts

    def document_layer_counts(
        self, annotators: Sequence[str] = ()
    ) -> dict[tuple[int, str], dict[str, int]]:
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


# -- helpers -----------------------------------------------------------------


def _check_looks_like_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ProjectError(path, f"cannot read: {error.strerror}") from None
    if header != SQLITE_HEADER:
        raise ProjectError(path, "not an annotator project (not an SQLite database)")


def _connect(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise ProjectError(path, f"cannot open: {error}") from None


def _create_atomically(path: Path, schema: Schema) -> None:
    """Build the new project beside its final name and rename it into place.

    A crash half-way leaves a stray temporary file, never a project without
    a schema at the path the user asked for.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.creating")
    partial.unlink(missing_ok=True)
    connection = _connect(partial)
    try:
        _prepare(partial, connection, schema)
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    os.replace(partial, path)


def _prepare(path: Path, conn: sqlite3.Connection, schema: Schema | None) -> Schema:
    """Pragmas, identity check, migrations; returns the project's schema."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as error:
        raise ProjectError(path, f"not a usable SQLite database ({error})") from None
    if schema is None and application_id != APPLICATION_ID:
        raise ProjectError(path, "not an annotator project (another program's SQLite database)")
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        if "_sqlite_migrations" in tables:
            unknown = [m.name for m in migrations.applied(db) if m.name not in KNOWN_MIGRATIONS]
            if unknown:
                raise ProjectError(
                    path,
                    f"written by a newer version of annotator (layout '{unknown[-1]}'); "
                    "update annotator to open it",
                )
        pending = migrations.pending(db)
        if pending and schema is None:
            _backup_before_migration(path, conn, pending[0].name)
        with _transaction(conn):
            if schema is not None:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if pending:
            migrations.apply(db)
        if schema is not None:
            with _transaction(conn):
                _set_meta(conn, "schema", schema.to_json())
                _set_meta(conn, "created_at", now_timestamp())
        row = conn.execute("SELECT value FROM project_meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as error:  # also "database disk image is malformed"
        raise ProjectError(path, f"cannot open: {error}") from None
    if row is None:
        raise ProjectError(path, "the project has no schema (damaged file?)")
    return schema_from_json(row[0], source=str(path))


def _backup_before_migration(path: Path, conn: sqlite3.Connection, migration: str) -> None:
    """Copy the project next to itself with SQLite's backup API before upgrading it."""
    target = path.with_name(f"{path.name}.before-{migration}.bak")
    backup = sqlite3.connect(target)
    try:
        conn.backup(backup)
    finally:
        backup.close()


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO project_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _insert_document(conn: sqlite3.Connection, document: Document, sha: str, stamp: str) -> int:
    cursor = conn.execute(
        "INSERT INTO documents (name, text, title, language, url, published, author, site, "
        "meta, sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document.name,
            document.text,
            document.title,
            document.language,
            document.url,
            document.published,
            document.author,
            document.site,
            _json(document.meta),
            sha,
            document.imported_at or stamp,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def insert_annotation(
    conn: sqlite3.Connection, annotation: Annotation, stamp: str, *, ignore_existing: bool
) -> bool:
    verb = "INSERT OR IGNORE" if ignore_existing else "INSERT"
    cursor = conn.execute(
        f"{verb} INTO annotations ({_ANNOTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            annotation.id,
            annotation.document_id,
            annotation.annotator,
            annotation.layer,
            annotation.start,
            annotation.end,
            _json(annotation.attributes),
            annotation.note,
            Origin(annotation.origin).value,
            annotation.created_at or stamp,
            annotation.updated_at or annotation.created_at or stamp,
        ),
    )
    return cursor.rowcount == 1


def _touch_progress(conn: sqlite3.Connection, document_id: int, annotator: str, stamp: str) -> None:
    """A first annotation moves the document from "new" to "in progress"."""
    conn.execute(
        "INSERT INTO document_status (document_id, annotator, status, updated_at) "
        "VALUES (?, ?, 'in_progress', ?) ON CONFLICT (document_id, annotator) DO NOTHING",
        (document_id, annotator, stamp),
    )


def _document_from_row(row: Sequence[Any]) -> Document:
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


def _annotation_from_row(row: Sequence[Any]) -> Annotation:
    return Annotation(
        id=row[0],
        document_id=row[1],
        annotator=row[2],
        layer=row[3],
        start=row[4],
        end=row[5],
        attributes=json.loads(row[6]) if row[6] != "{}" else {},
        note=row[7],
        origin=Origin(row[8]),
        created_at=row[9],
        updated_at=row[10],
    )
