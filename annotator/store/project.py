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
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from annotator.core.messages import Message
from annotator.core.model import (
    now_timestamp,
)
from annotator.core.schema import Schema, removed_from, schema_from_json
from annotator.store import open_projects
from annotator.store.annotations import Annotations
from annotator.store.decisions import Decisions
from annotator.store.documents import Documents
from annotator.store.errors import ProjectError as ProjectError
from annotator.store.errors import WriteError as WriteError
from annotator.store.layout import (
    LAYOUT_VERSIONS,
    applied_versions,
    missing_annotation_indexes,
)
from annotator.store.progress import Progress

# Re-exported: importers of the store's records and inserts found them here first.
from annotator.store.rows import DocumentRow as DocumentRow
from annotator.store.rows import ImportSummary as ImportSummary
from annotator.store.rows import insert_annotation as insert_annotation

APPLICATION_ID = 0x414E4E4F  # "ANNO"
BUSY_TIMEOUT_MS = 5000
NOT_SQLITE = Message("not an annotator project (not an SQLite database)")
"""SQLite itself tells us (SQLITE_NOTADB). We never sniff the header with open():
closing any other descriptor of the file drops every POSIX lock this process holds
on it, and a project open in this process would lose the lock that tells other
processes it is in use (they would then checkpoint and delete its WAL)."""


# Sort keys of the document list → SQL expressions (fixed strings, never user input).


class Project:
    """An open project file. Use :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, schema: Schema) -> None:
        self.path = path
        self._conn = connection
        self.schema = schema
        self._absolute_path = path.absolute()
        self._identity = _file_identity(self._absolute_path)
        self._in_use = open_projects.register(self._absolute_path)
        self.documents = Documents(self)
        self.annotations = Annotations(self)
        self.progress = Progress(self)
        self.decisions = Decisions(self)
        self.commits = 0
        """Transactions of :meth:`transaction` committed, also one after whose COMMIT a
        stop (Ctrl-C, SIGTERM) was raised before the next line ran: the command line
        tells "saved" from "nothing was changed" by it."""

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        schema: Schema | None = None,
        read_only: bool = False,
        older_layout: bool = False,
    ) -> Project:
        """Open (or with ``create``, create) a project file.

        ``schema`` is required to create one and ignored for an existing file,
        whose own schema is authoritative.  A file that cannot be written (a
        read-only file or folder) is refused with a clear message, unless
        ``read_only`` says the caller only reads it (a merge source). A file read
        only cannot be upgraded, so one of an older layout is refused too, unless
        ``older_layout`` says the caller reads no more than its schema (a backup
        checked before it is restored, then upgraded in place).
        """
        path = Path(path)
        if path.is_dir():
            raise ProjectError(path, Message("cannot read: it is a folder, not a project file"))
        exists = path.exists() and path.stat().st_size > 0
        if not exists:
            if not create:
                raise ProjectError(path, Message("no such project file"))
            if schema is None:
                raise ProjectError(path, "a schema is needed to create a project")
            _create_atomically(path, schema)
        connection = _connect(path, read_only=read_only)
        try:
            project_schema = _prepare(
                path, connection, None, read_only=read_only, older_layout=older_layout
            )
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
            with _transaction(
                self._conn, before_commit=self._check_file_unchanged, committed=self._committed
            ):
                yield self._conn
        except sqlite3.Error as error:
            reason = _sqlite_problem(error)
            if reason is None:  # a constraint or misuse: a bug, not the environment
                raise
            raise WriteError(
                self.path, Message("{reason}; this change was not saved", reason=reason)
            ) from error

    def _committed(self) -> None:
        self.commits += 1

    def _check_file_unchanged(self) -> None:
        """Committing to a deleted or replaced file would lose the change at close."""
        if _file_identity(self._absolute_path) != self._identity:
            raise WriteError(
                self.path,
                "the project file was deleted, moved or replaced while it was open; this "
                "change was not saved (open the project again)",
            )

    # -- schema --------------------------------------------------------------

    def schema_changed_elsewhere(self) -> bool:
        """Whether another connection stored another schema since this one read it
        (``annotator schema update``, or another window's import that added layers)."""
        row = self._conn.execute("SELECT value FROM project_meta WHERE key = 'schema'").fetchone()
        return row is not None and schema_from_json(row[0], source=str(self.path)) != self.schema

    def replace_schema(self, new: Schema) -> None:
        """Adopt ``new``; refuse if it drops a layer, attribute or choice in use."""
        in_use = []
        for layer, attribute, choice in removed_from(self.schema, new):
            count = self._usage_count(layer, attribute, choice)
            if count:
                in_use.append(_used_by(layer, attribute, choice, count))
        if in_use:
            raise ProjectError(
                self.path, Message("cannot remove what is in use: {items}", items=in_use)
            )
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
        raise ProjectError(path, Message("cannot open: {error}", error=str(error))) from None


def _is_not_a_database(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "").startswith("SQLITE_NOTADB")


def _create_atomically(path: Path, schema: Schema) -> None:
    """Build the new project beside its final name and rename it into place.

    A crash half-way leaves a stray temporary file, never a project without
    a schema at the path the user asked for; an error, Ctrl-C or SIGTERM (which
    the command line raises as an exception) leaves not even that.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.creating")
    partial.unlink(missing_ok=True)
    try:
        connection = _connect(partial)
        try:
            _prepare(partial, connection, schema)
            connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            connection.close()
        os.replace(partial, path)
    except BaseException:
        open_projects.remove_project_file(partial)
        raise


def _prepare(
    path: Path,
    conn: sqlite3.Connection,
    schema: Schema | None,
    *,
    read_only: bool = False,
    older_layout: bool = False,
) -> Schema:
    """Pragmas, identity check, migrations; returns the project's schema."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # is it a database?
    except sqlite3.DatabaseError as error:
        if _is_not_a_database(error):
            raise ProjectError(path, NOT_SQLITE) from None
        reason = _sqlite_problem(error, damaged=Message("not a usable SQLite database"))
        raise ProjectError(
            path,
            reason or Message("not a usable SQLite database ({error})", error=str(error)),
        ) from None
    if schema is None and application_id != APPLICATION_ID:
        raise ProjectError(
            path, Message("not an annotator project (another program's SQLite database)")
        )
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
                Message(
                    "written by a newer version of annotator (layout '{layout}'); "
                    "update annotator to open it",
                    layout=unknown[-1],
                ),
            )
        pending = [name for name in LAYOUT_VERSIONS if name not in applied]
        if pending and read_only and not older_layout:
            raise ProjectError(
                path,
                Message(
                    "made by an older version of annotator: open it once in annotator to "
                    "upgrade it, then try again"
                ),
            )
        if pending and schema is None and not read_only:
            _backup_before_migration(path, conn, pending[0])
        if schema is not None:
            with _transaction(conn):
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if pending and not read_only:
            from sqlite_utils import Database

            from annotator.store.migrations import migrations

            # Off while migrating: a migration that rebuilds a table drops the old one,
            # which with foreign keys on would first delete its rows under the tables
            # referring to it (SQLite's documented way to change a table's layout).
            conn.execute("PRAGMA foreign_keys = OFF")
            try:
                migrations.apply(Database(conn))
            finally:
                conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            missing = missing_annotation_indexes(conn)
            if missing:  # (a UNIQUE failure, ids used twice meanwhile, is reported below)
                with _transaction(conn):
                    for sql in missing:
                        conn.execute(sql)
        if schema is not None:
            with _transaction(conn):
                _set_meta(conn, "schema", schema.to_json())
                _set_meta(conn, "created_at", now_timestamp())
        row = conn.execute("SELECT value FROM project_meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as error:  # also "database disk image is malformed"
        problem = _sqlite_problem(error) or str(error)
        raise ProjectError(path, Message("cannot open: {error}", error=problem)) from None
    if row is None:
        raise ProjectError(path, Message("the project has no schema (damaged file?)"))
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
    conn: sqlite3.Connection,
    before_commit: Callable[[], None] | None = None,
    committed: Callable[[], None] | None = None,
) -> Iterator[None]:
    """BEGIN … COMMIT; ``committed`` is called once the COMMIT went through, also when a
    signal that came during it (Python runs its handler right after) raises a stop."""
    conn.execute("BEGIN IMMEDIATE")
    committing = False
    try:
        yield
        if before_commit is not None:
            before_commit()
        committing = True
        conn.execute("COMMIT")  # a failed COMMIT (busy, full) is rolled back below
        if committed is not None:
            committed()
    except BaseException as error:
        if committing and not conn.in_transaction and not isinstance(error, sqlite3.Error):
            if committed is not None:  # saved: what is raised came after the COMMIT
                committed()
            raise
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
        raise ProjectError(
            path, _sqlite_problem(error) or Message("cannot write: {error}", error=str(error))
        ) from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _sqlite_problem(error: sqlite3.Error, *, damaged: Message | None = None) -> Message | None:
    """What a user can do something about, from SQLite's error code; None for a bug."""
    name = getattr(error, "sqlite_errorname", "")
    detail = str(error)
    if name.startswith("SQLITE_FULL"):
        return Message("the disk is full (or the project reached its size limit)")
    if name.startswith("SQLITE_READONLY"):
        return Message(
            "the project file or its folder is read-only (annotator saves every edit at "
            "once, so it needs write access to both)"
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return Message(
            "another program (another annotator window or command?) is writing to the "
            "project and did not finish within {seconds} s; try again when it is done",
            seconds=f"{BUSY_TIMEOUT_MS / 1000:g}",
        )
    if name.startswith("SQLITE_IOERR"):
        return Message("the disk could not be read or written ({error})", error=detail)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return Message(
            "{damaged} ({error})",
            damaged=damaged or Message("the file is damaged"),
            error=detail,
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return Message(
            "the file cannot be opened ({error}); was it moved or deleted?", error=detail
        )
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH")):
        return Message("permission denied ({error})", error=detail)
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


def _used_by(layer: str, attribute: str | None, choice: str | None, count: int) -> Message:
    """One schema part a new schema would drop while annotations use it. "annotation(s)"
    stays as written in English (a number, not a plural form): the CLI's wording."""
    if choice:
        return Message(
            "layer '{layer}', attribute '{attribute}', choice '{choice}' is used by "
            "{number} annotation(s)",
            layer=layer,
            attribute=attribute,
            choice=choice,
            number=count,
        )
    if attribute:
        return Message(
            "layer '{layer}', attribute '{attribute}' is used by {number} annotation(s)",
            layer=layer,
            attribute=attribute,
            number=count,
        )
    return Message("layer '{layer}' is used by {number} annotation(s)", layer=layer, number=count)
