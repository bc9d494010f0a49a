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
- A write the environment refuses (full disk, read-only file or folder, the
  lock held by another process past the busy timeout, the file deleted or
  replaced while open) is rolled back and raised as :class:`WriteError` with
  the reason in plain words; a project that cannot be written is refused on
  open.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

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
from annotator.store import open_projects
from annotator.store.layout import LAYOUT_VERSIONS, applied_versions

APPLICATION_ID = 0x414E4E4F  # "ANNO"
BUSY_TIMEOUT_MS = 5000
NOT_SQLITE = "not an annotator project (not an SQLite database)"
"""SQLite itself tells us (SQLITE_NOTADB). We never sniff the header with open():
closing any other descriptor of the file drops every POSIX lock this process holds
on it, and a project open in this process would lose the lock that tells other
processes it is in use (they would then checkpoint and delete its WAL)."""

_DOCUMENT_COLUMNS = (
    "id, name, text, title, language, url, published, author, site, meta, sha256, imported_at"
)
_ANNOTATION_COLUMNS = (
    'id, document_id, annotator, layer, start, "end", attributes, note, origin, '
    "created_at, updated_at"
)
ANNOTATION_COLUMNS = tuple(name.strip().strip('"') for name in _ANNOTATION_COLUMNS.split(","))
"""The fields of :meth:`Project.annotation_rows`, in order."""


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


class WriteError(ProjectError):
    """A change could not be stored (full disk, read-only file, another process
    holding the lock, the file deleted while open…); it was rolled back whole."""


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
    """Done, but an annotation was added or edited after it was marked done."""


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
        self._absolute_path = path.absolute()
        self._identity = _file_identity(self._absolute_path)
        self._in_use = open_projects.register(self._absolute_path)

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        schema: Schema | None = None,
        read_only: bool = False,
    ) -> Project:
        """Open (or with ``create``, create) a project file.

        ``schema`` is required to create one and ignored for an existing file,
        whose own schema is authoritative.  A file that cannot be written (a
        read-only file or folder) is refused with a clear message, unless
        ``read_only`` says the caller only reads it (a merge source).
        """
        path = Path(path)
        if path.is_dir():
            raise ProjectError(path, "cannot read: it is a folder, not a project file")
        exists = path.exists() and path.stat().st_size > 0
        if not exists:
            if not create:
                raise ProjectError(path, "no such project file")
            if schema is None:
                raise ProjectError(path, "a schema is needed to create a project")
            _create_atomically(path, schema)
        connection = _connect(path, read_only=read_only)
        try:
            project_schema = _prepare(path, connection, None, read_only=read_only)
        except BaseException:
            connection.close()
            raise
        return cls(path, connection, project_schema)

    def data_version(self) -> int:
        """Changes whenever another connection (window, process) commits to the file."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def connection(self) -> sqlite3.Connection:
        """For the other store modules (merge, adjudication); SQL stays in ``store``."""
        return self._conn

    def close(self) -> None:
        if _file_identity(self._absolute_path) != self._identity:
            # Deleted or replaced while open: SQLite then leaves the WAL behind, and
            # whatever file takes the name next would have it replayed into it.
            # Empty it into the file it belongs to (the one still open).
            with suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        open_projects.unregister(self._in_use)
        self._in_use = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing unit of work; nested calls join the outer one.

        A write that fails for a reason outside the program (full disk,
        read-only file, I/O error, another process holding the write lock
        longer than the busy timeout, the file deleted or replaced while open)
        is rolled back and raised as a :class:`WriteError` saying why.
        """
        if self._conn.in_transaction:
            yield self._conn
            return
        try:
            with _transaction(self._conn, before_commit=self._check_file_unchanged):
                yield self._conn
        except sqlite3.Error as error:
            reason = _sqlite_problem(error)
            if reason is None:  # a constraint or misuse: a bug, not the environment
                raise
            raise WriteError(self.path, f"{reason}; this change was not saved") from error

    def _check_file_unchanged(self) -> None:
        """Committing to a deleted or replaced file would lose the change at close."""
        if _file_identity(self._absolute_path) != self._identity:
            raise WriteError(
                self.path,
                "the project file was deleted, moved or replaced while it was open; this "
                "change was not saved (open the project again)",
            )

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

    def document_names(self) -> dict[int, str]:
        """Id → name of every document, in id order, without reading any text."""
        return dict(self._conn.execute("SELECT id, name FROM documents ORDER BY id").fetchall())

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
                     WHERE a.document_id = d.id AND a.annotator = ?),
                   s.status = 'done' AND EXISTS (
                       SELECT 1 FROM annotations a WHERE a.document_id = d.id
                          AND a.annotator = s.annotator AND a.updated_at > s.updated_at)
              FROM documents d
              LEFT JOIN document_status s ON s.document_id = d.id AND s.annotator = ?
             WHERE d.id IN ({marks})
            """,
            (annotator, annotator, *ids),
        ):
            title = row[2] or title_from_text(row[4]) or row[1]
            found[row[0]] = DocumentRow(
                row[0], row[1], title, row[3], Status(row[5]), row[6], bool(row[7])
            )
        return [found[i] for i in ids if i in found]

    def import_documents(
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
                # One executemany per annotator: a million labels are a million rows,
                # not a million statements, and progress is touched once per annotator.
                rows_by_annotator: dict[str, list[tuple[Any, ...]]] = {}
                for annotation in annotations:
                    rows_by_annotator.setdefault(annotation.annotator, []).append(
                        _annotation_row(annotation, stamp, document_id)
                    )
                for annotator, rows in rows_by_annotator.items():
                    added = conn.executemany(_INSERT_ANNOTATION_OR_IGNORE, rows).rowcount
                    summary.annotations_added += added
                    summary.annotations_unchanged += len(rows) - added
                    if added:
                        _touch_progress(conn, document_id, annotator, stamp)
                for state in (progress or {}).get(document.name, ()):
                    _import_progress(conn, document_id, state, stamp)
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

    def annotation_documents(self, ids: Iterable[str]) -> dict[str, int]:
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

    def iter_annotations(
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
        for row, name, text in self.annotation_rows(annotators, layers, ordered=ordered):
            yield _annotation_from_row(row, parsed), name, text

    def annotation_rows(
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
            (path, annotator, _escape_like(prefix) + "%", limit),
        )
        return [row[0] for row in rows]

    # -- progress ------------------------------------------------------------

    def progress(self, document_id: int, annotator: str) -> DocumentProgress:
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

    def done_document_ids(self, annotator: str) -> set[int]:
        """The documents ``annotator`` marked done (one query, for "next unfinished")."""
        rows = self._conn.execute(
            "SELECT document_id FROM document_status WHERE annotator = ? AND status = ?",
            (annotator, Status.DONE.value),
        )
        return {document_id for (document_id,) in rows}

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


def read_only_uris(path: Path) -> list[str]:
    """SQLite URIs that open ``path`` without any write, not even to its journal
    mode; try them in order.

    The second is immutable, which also skips the -shm file that a WAL-mode file
    in a folder we may not write cannot create. It is offered only when no -wal
    file is beside the project: then there are no uncheckpointed pages to miss.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    return [uri] if Path(f"{path}-wal").exists() else [uri, uri + "&immutable=1"]


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection; ``read_only`` ones cannot write the file, not even its journal mode."""

    def connect(target: str) -> sqlite3.Connection:
        return sqlite3.connect(
            target,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
            uri=True,
        )

    try:
        if not read_only:
            # As a URI, so that ATTACH (merge) may open its sources read-only too.
            return connect(path.resolve().as_uri())
        failure: sqlite3.Error | None = None
        for uri in read_only_uris(path):
            connection = connect(uri)
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return connection
            except sqlite3.Error as error:
                connection.close()
                if not isinstance(error, sqlite3.OperationalError):
                    raise  # not a database, or damaged: another URI will not help
                failure = error
        assert failure is not None
        raise failure
    except sqlite3.Error as error:
        if _is_not_a_database(error):
            raise ProjectError(path, NOT_SQLITE) from None
        raise ProjectError(path, f"cannot open: {error}") from None


def _is_not_a_database(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "").startswith("SQLITE_NOTADB")


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


def _prepare(
    path: Path, conn: sqlite3.Connection, schema: Schema | None, *, read_only: bool = False
) -> Schema:
    """Pragmas, identity check, migrations; returns the project's schema."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # is it a database?
    except sqlite3.DatabaseError as error:
        if _is_not_a_database(error):
            raise ProjectError(path, NOT_SQLITE) from None
        reason = _sqlite_problem(error, damaged="not a usable SQLite database")
        raise ProjectError(path, reason or f"not a usable SQLite database ({error})") from None
    if schema is None and application_id != APPLICATION_ID:
        raise ProjectError(path, "not an annotator project (another program's SQLite database)")
    if schema is None and not read_only:
        _check_writable(path, conn)
    try:
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        applied = applied_versions(conn)
        unknown = [name for name in applied if name not in LAYOUT_VERSIONS]
        if unknown:
            raise ProjectError(
                path,
                f"written by a newer version of annotator (layout '{unknown[-1]}'); "
                "update annotator to open it",
            )
        pending = [name for name in LAYOUT_VERSIONS if name not in applied]
        if pending and read_only:
            raise ProjectError(
                path,
                "made by an older version of annotator: open it once in annotator to "
                "upgrade it, then try again",
            )
        if pending and schema is None:
            _backup_before_migration(path, conn, pending[0])
        if schema is not None:
            with _transaction(conn):
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if pending:
            from sqlite_utils import Database

            from annotator.store.migrations import migrations

            migrations.apply(Database(conn))
        if schema is not None:
            with _transaction(conn):
                _set_meta(conn, "schema", schema.to_json())
                _set_meta(conn, "created_at", now_timestamp())
        row = conn.execute("SELECT value FROM project_meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as error:  # also "database disk image is malformed"
        raise ProjectError(path, f"cannot open: {_sqlite_problem(error) or error}") from None
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
def _transaction(
    conn: sqlite3.Connection, before_commit: Callable[[], None] | None = None
) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        if before_commit is not None:
            before_commit()
        conn.execute("COMMIT")  # a failed COMMIT (busy, full) is rolled back below
    except BaseException:
        # After a full disk or an I/O error SQLite may have rolled back already,
        # and a second ROLLBACK would hide the real error behind "no transaction".
        if conn.in_transaction:
            with suppress(sqlite3.Error):  # the error being raised says more
                conn.execute("ROLLBACK")
        raise


def _check_writable(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse now a project that cannot be written, rather than fail at the first edit.

    Rewrites the application id with its own value in a transaction that is
    rolled back: SQLite checks write access to the file (and, in WAL mode,
    to the ``-wal``/``-shm`` files beside it) and nothing changes.  A project
    another process is writing is not waited for: it is evidently writable.
    """
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return
        raise ProjectError(path, _sqlite_problem(error) or f"cannot write: {error}") from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _sqlite_problem(error: sqlite3.Error, *, damaged: str = "the file is damaged") -> str | None:
    """What a user can do something about, from SQLite's error code; None for a bug."""
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL"):
        return "the disk is full (or the project reached its size limit)"
    if name.startswith("SQLITE_READONLY"):
        return (
            "the project file or its folder is read-only (annotator saves every edit at "
            "once, so it needs write access to both)"
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return (
            "another program (another annotator window or command?) is writing to the "
            f"project and did not finish within {BUSY_TIMEOUT_MS / 1000:g} s; try again "
            "when it is done"
        )
    if name.startswith("SQLITE_IOERR"):
        return f"the disk could not be read or written ({error})"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return f"{damaged} ({error})"
    if name.startswith("SQLITE_CANTOPEN"):
        return f"the file cannot be opened ({error}); was it moved or deleted?"
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH")):
        return f"permission denied ({error})"
    return None


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO project_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# One encoder for every write: ``json.dumps`` with options builds a new one per call.
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _json(value: dict[str, Any]) -> str:
    return _JSON_ENCODER.encode(value)


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


_INSERT_ANNOTATION = (
    f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ANNOTATION_OR_IGNORE = _INSERT_ANNOTATION.replace("INSERT", "INSERT OR IGNORE", 1)


def insert_annotation(
    conn: sqlite3.Connection, annotation: Annotation, stamp: str, *, ignore_existing: bool
) -> bool:
    sql = _INSERT_ANNOTATION_OR_IGNORE if ignore_existing else _INSERT_ANNOTATION
    cursor = conn.execute(sql, _annotation_row(annotation, stamp, annotation.document_id))
    return cursor.rowcount == 1


def _annotation_row(annotation: Annotation, stamp: str, document_id: int) -> tuple[Any, ...]:
    """The values of ``_ANNOTATION_COLUMNS``; missing times become ``stamp``."""
    return (
        annotation.id,
        document_id,
        annotation.annotator,
        annotation.layer,
        annotation.start,
        annotation.end,
        _json(annotation.attributes) if annotation.attributes else "{}",
        annotation.note,
        Origin(annotation.origin).value,
        annotation.created_at or stamp,
        annotation.updated_at or annotation.created_at or stamp,
    )


def _import_progress(
    conn: sqlite3.Connection, document_id: int, state: DocumentProgress, stamp: str
) -> None:
    """An imported status replaces an older one, or one this same import just created;
    active time keeps the larger figure (it only grows where it is recorded)."""
    newer = "(excluded.updated_at > document_status.updated_at OR document_status.updated_at = ?)"
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


_ORIGINS = {origin.value: origin for origin in Origin}


def _attributes(text: str, parsed: dict[str, dict[str, Any]] | None) -> dict[str, Any]:
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


def _annotation_from_row(
    row: Sequence[Any], parsed: dict[str, dict[str, Any]] | None = None
) -> Annotation:
    # Positional, with a dict for the enum: a third faster than keywords and
    # Origin(...), which shows when 300,000 labels are read for agreement or a
    # document with 10,000 labels opens.  Order as ANNOTATION_COLUMNS.
    return Annotation(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        _attributes(row[6], parsed),
        row[7],
        _ORIGINS[row[8]],
        row[9],
        row[10],
    )
