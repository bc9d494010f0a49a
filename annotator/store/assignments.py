"""Work packages in the store: the project's identity, assignments, and package files.

Why it looks like this:
- A project gets a stable identity (a UUID in ``project_meta``) the first time
  packages are made from it, so a package can say which project it belongs to
  and a merge can refuse a package of another project.
- A package is an ordinary project file: the same layout, so the window, the
  command line and ``merge`` need nothing special to read it. What makes it a
  package is its ``package`` record in ``project_meta`` (whose work, which
  project, when) and the ``assignments`` it carries.
- Package files are filled with set-based ``INSERT … SELECT`` over an
  ATTACHed file: 100,000 documents are copied without passing through Python.
- The lead's project records assignments in one transaction, after every
  package file is written; a failure leaves it unchanged and no package behind.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from annotator.core.messages import Message
from annotator.core.model import now_timestamp
from annotator.store.project import Project, ProjectError
from annotator.store.rows import label_column_list

PROJECT_ID_KEY = "project_id"
PACKAGE_KEY = "package"
GUIDELINES_KEY = "guidelines"
PACKAGE_SUFFIX = ".annotator.sqlite"

_PACKAGE_ALIAS = "package_file"
_DOCUMENT_COLUMNS = (
    "id, name, text, title, language, url, published, author, site, meta, sha256, imported_at"
)
_ANNOTATION_COLUMNS = (
    'id, document_id, annotator, layer, start, "end", attributes, note, origin, '
    "created_at, updated_at"
)
_STATUS_COLUMNS = "document_id, annotator, status, none_present, updated_at, active_seconds"


@dataclass(frozen=True)
class PackageOrigin:
    """Where a package came from; stored as JSON under ``package`` in ``project_meta``."""

    project_id: str
    package_id: str
    annotator: str
    created_at: str
    seed: int
    documents: int

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class AnnotatorWork:
    """One annotator's line of ``annotator packages status``."""

    annotator: str
    assigned: int
    packages: int
    returned: int
    """How many of ``packages`` (those holding current assignments) were merged back."""
    in_progress: int
    done: int
    active_seconds: float


# -- identity and origin -------------------------------------------------------


def meta_value(project: Project, key: str) -> str | None:
    row = project.connection.execute(
        "SELECT value FROM project_meta WHERE key = ?", (key,)
    ).fetchone()
    return None if row is None else str(row[0])


def project_identity(project: Project) -> str | None:
    """The project's UUID, or None before any packages were made from it."""
    return meta_value(project, PROJECT_ID_KEY)


def package_origin(project: Project) -> PackageOrigin | None:
    """The package record of a package file; None for an ordinary project."""
    text = meta_value(project, PACKAGE_KEY)
    if text is None:
        return None
    try:
        fields = json.loads(text)
        return PackageOrigin(**fields)
    except (ValueError, TypeError) as error:
        raise ProjectError(
            project.path, Message("its package record is damaged ({error})", error=str(error))
        ) from None


def _set_meta(conn: sqlite3.Connection, database: str, key: str, value: str) -> None:
    conn.execute(
        f"INSERT INTO {database}.project_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# -- reading assignments -------------------------------------------------------


def has_assignments(project: Project) -> bool:
    return project.connection.execute("SELECT 1 FROM assignments LIMIT 1").fetchone() is not None


def document_ids(project: Project, *, only_unassigned: bool = False) -> list[int]:
    """Every document id, or only those nobody has been assigned yet."""
    sql = "SELECT id FROM documents"
    if only_unassigned:
        sql += " WHERE id NOT IN (SELECT document_id FROM assignments)"
    return [row[0] for row in project.connection.execute(sql + " ORDER BY id")]


def assignments(project: Project) -> dict[str, list[int]]:
    """Annotator → assigned document ids (in id order)."""
    result: dict[str, list[int]] = {}
    for annotator, document_id in project.connection.execute(
        "SELECT annotator, document_id FROM assignments ORDER BY annotator, document_id"
    ):
        result.setdefault(annotator, []).append(document_id)
    return result


def overlapped_documents(project: Project) -> dict[int, tuple[str, ...]] | None:
    """Documents assigned to two or more annotators of whom at least two worked on them
    (a status row or an annotation), with those annotators; None when the project has
    no assignments at all (then every document counts, as before packages existed).
    """
    if not has_assignments(project):
        return None
    rows = project.connection.execute(
        """
        SELECT a.document_id, a.annotator
          FROM assignments a
         WHERE a.document_id IN (SELECT document_id FROM assignments
                                  GROUP BY document_id HAVING count(*) > 1)
           AND (EXISTS (SELECT 1 FROM document_status s
                         WHERE s.document_id = a.document_id AND s.annotator = a.annotator
                           AND s.status <> 'new')
                OR EXISTS (SELECT 1 FROM annotations n
                            WHERE n.document_id = a.document_id AND n.annotator = a.annotator))
         ORDER BY a.document_id, a.annotator
        """
    )
    workers: dict[int, list[str]] = {}
    for document_id, annotator in rows:
        workers.setdefault(document_id, []).append(annotator)
    return {doc: tuple(names) for doc, names in workers.items() if len(names) > 1}


def work_by_annotator(project: Project) -> list[AnnotatorWork]:
    """Per assigned annotator: assigned, returned, in progress, done, active time."""
    rows = project.connection.execute(
        """
        SELECT a.annotator, count(*),
               coalesce(sum(s.status = 'in_progress'), 0),
               coalesce(sum(s.status = 'done'), 0),
               coalesce(sum(s.active_seconds), 0.0),
               count(DISTINCT a.package_id),
               (SELECT count(*) FROM packages p WHERE p.returned_at IS NOT NULL AND p.id IN
                  (SELECT package_id FROM assignments WHERE annotator = a.annotator))
          FROM assignments a
          LEFT JOIN document_status s
            ON s.document_id = a.document_id AND s.annotator = a.annotator
         GROUP BY a.annotator
         ORDER BY a.annotator
        """
    )
    return [
        AnnotatorWork(name, assigned, packages, returned, busy, done, seconds)
        for name, assigned, busy, done, seconds, packages, returned in rows
    ]


# -- writing packages ------------------------------------------------------------


@dataclass(frozen=True)
class PackageFile:
    """One package to write: whose, which documents, where."""

    annotator: str
    document_ids: Sequence[int]
    path: Path


def write_packages(
    project: Project,
    packages: Sequence[PackageFile],
    *,
    seed: int,
    guidelines: str,
    replace_assignments: bool,
) -> list[PackageOrigin]:
    """Write every package file, then record the assignments in the project.

    All or nothing: the files are built under temporary names and renamed only
    once all are complete; if recording the assignments fails, they are
    removed again. ``replace_assignments`` first forgets earlier assignments of
    the documents handed out now (a new plan for them).
    """
    for package in packages:
        if package.path.exists():
            raise ProjectError(package.path, Message("already exists; choose another folder"))
    project_id = project_identity(project) or str(uuid.uuid4())
    stamp = now_timestamp()
    origins = [
        PackageOrigin(project_id, str(uuid.uuid4()), p.annotator, stamp, seed, len(p.document_ids))
        for p in packages
    ]
    partials: list[Path] = []
    finished: list[Path] = []
    folder = packages[0].path.parent
    # The folders this call creates (deepest first), removed again if it fails or is
    # stopped: an empty output folder would look like a hand-out that went wrong.
    created = [f for f in (folder, *folder.parents) if not f.exists()]
    commits = project.commits
    try:
        template = _empty_package(project, folder, guidelines)
        partials.append(template)
        for package, origin in zip(packages, origins, strict=True):
            partial = package.path.with_name(f".{package.path.name}.{os.getpid()}.partial")
            partials.append(partial)
            shutil.copyfile(template, partial)
            _fill_package(project, partial, package, origin)
        for package, partial in zip(packages, partials[1:], strict=True):
            os.replace(partial, package.path)
            finished.append(package.path)
        _record_assignments(project, packages, origins, project_id, replace_assignments)
    except BaseException:
        if project.commits != commits:
            # The assignments were committed (a stop came right after the COMMIT): the
            # files are the hand-out the project now records, so they stay.
            raise
        for path in [*partials, *finished]:
            with suppress(OSError):
                path.unlink()
        for made in created:
            with suppress(OSError):
                made.rmdir()  # only if empty: never a file someone else put there
        raise
    finally:
        with suppress(OSError):
            partials[0].unlink()
    return origins


def _empty_package(project: Project, folder: Path, guidelines: str) -> Path:
    """A new project file with the project's schema and guidelines, to copy per annotator."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".package-template.{os.getpid()}.sqlite"
    path.unlink(missing_ok=True)
    Project.open(path, create=True, schema=project.schema).close()
    with sqlite3.connect(path) as conn:
        _set_meta(conn, "main", GUIDELINES_KEY, guidelines)
    # A package travels by mail or USB stick: one self-contained file, as backups are, so
    # that opening it (even read-only, to merge it) leaves no -wal/-shm files beside it.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


@contextmanager
def _attached(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    conn.execute(f"ATTACH DATABASE ? AS {_PACKAGE_ALIAS}", (str(path),))
    try:
        yield
    finally:
        conn.execute(f"DETACH DATABASE {_PACKAGE_ALIAS}")


def _fill_package(
    project: Project, path: Path, package: PackageFile, origin: PackageOrigin
) -> None:
    """Copy the annotator's documents, and only their own labels and progress (with its
    "done ✎" records), into ``path``."""
    conn = project.connection
    if conn.in_transaction:
        raise ProjectError(
            project.path, Message("cannot write packages inside another transaction")
        )
    p = _PACKAGE_ALIAS
    conn.execute("DROP TABLE IF EXISTS temp.package_documents")
    conn.execute("CREATE TEMP TABLE package_documents (id INTEGER PRIMARY KEY)")
    try:
        conn.executemany(
            "INSERT INTO temp.package_documents (id) VALUES (?)",
            ((i,) for i in package.document_ids),
        )
        chosen = "IN (SELECT id FROM temp.package_documents)"
        with _attached(conn, path):
            conn.execute("BEGIN")
            try:
                conn.execute(
                    f"INSERT INTO {p}.documents ({_DOCUMENT_COLUMNS}) "
                    f"SELECT {_DOCUMENT_COLUMNS} FROM main.documents WHERE id {chosen}"
                )
                conn.execute(
                    f"INSERT INTO {p}.annotations ({_ANNOTATION_COLUMNS}) "
                    f"SELECT {_ANNOTATION_COLUMNS} FROM main.annotations "
                    f"WHERE annotator = ? AND document_id {chosen}",
                    (package.annotator,),
                )
                conn.execute(
                    f"INSERT INTO {p}.document_status ({_STATUS_COLUMNS}) "
                    f"SELECT {_STATUS_COLUMNS} FROM main.document_status "
                    f"WHERE annotator = ? AND document_id {chosen}",
                    (package.annotator,),
                )
                for table in ("done_markings", "deletions_after_done"):  # "done ✎"
                    conn.execute(
                        f"INSERT INTO {p}.{table} SELECT * FROM main.{table} "
                        f"WHERE annotator = ? AND document_id {chosen}",
                        (package.annotator,),
                    )
                _insert_package_row(conn, p, package, origin)
                conn.execute(
                    f"INSERT INTO {p}.assignments (document_id, annotator, package_id) "
                    "SELECT id, ?, ? FROM temp.package_documents",
                    (origin.annotator, origin.package_id),
                )
                _set_meta(conn, p, PROJECT_ID_KEY, origin.project_id)
                _set_meta(conn, p, PACKAGE_KEY, origin.to_json())
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    except sqlite3.Error as error:
        raise ProjectError(
            path, Message("cannot write the package: {error}", error=str(error))
        ) from error
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.package_documents")


def _insert_package_row(
    conn: sqlite3.Connection, database: str, package: PackageFile, origin: PackageOrigin
) -> None:
    """The package's row, in the package file itself (``database`` attached) or the lead's."""
    conn.execute(
        f"INSERT INTO {database}.packages (id, annotator, file_name, seed, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (origin.package_id, origin.annotator, package.path.name, origin.seed, origin.created_at),
    )


def _record_assignments(
    project: Project,
    packages: Sequence[PackageFile],
    origins: Sequence[PackageOrigin],
    project_id: str,
    replace_assignments: bool,
) -> None:
    with project.transaction() as conn:
        _set_meta(conn, "main", PROJECT_ID_KEY, project_id)
        if replace_assignments:
            conn.execute("DELETE FROM assignments")
        for package, origin in zip(packages, origins, strict=True):
            _insert_package_row(conn, "main", package, origin)
            conn.executemany(
                "INSERT INTO assignments (document_id, annotator, package_id) VALUES (?, ?, ?) "
                "ON CONFLICT (document_id, annotator) DO UPDATE "
                "SET package_id = excluded.package_id",
                ((i, origin.annotator, origin.package_id) for i in package.document_ids),
            )


# -- returning packages ------------------------------------------------------------


def mark_returned(conn: sqlite3.Connection, package_id: str, stamp: str) -> None:
    """The first merge of a package marks it returned; merging it again changes nothing."""
    conn.execute(
        "UPDATE packages SET returned_at = ? WHERE id = ? AND returned_at IS NULL",
        (stamp, package_id),
    )


def assigned_to(project: Project, annotator: str) -> Mapping[int, str]:
    """Document id → package id of ``annotator``'s assignments."""
    return dict(
        project.connection.execute(
            "SELECT document_id, package_id FROM assignments WHERE annotator = ?", (annotator,)
        ).fetchall()
    )


def agreement_labels_of_assignees(
    project: Project, assignees: Mapping[int, Collection[str]]
) -> list[tuple[Any, ...]]:
    """The labels of each document's ``assignees`` (document id → names) as the agreement
    report reads them (``Annotations.agreement_labels``), read with one join instead of
    every annotation of the project filtered in Python."""
    conn = project.connection
    conn.execute("DROP TABLE IF EXISTS temp.assignee_pairs")
    conn.execute(
        "CREATE TEMP TABLE assignee_pairs (document_id INTEGER NOT NULL, annotator TEXT NOT "
        "NULL, PRIMARY KEY (document_id, annotator)) WITHOUT ROWID"
    )
    try:
        conn.executemany(
            "INSERT OR IGNORE INTO temp.assignee_pairs VALUES (?, ?)",
            ((doc, name) for doc, names in assignees.items() for name in names),
        )
        return conn.execute(
            f"SELECT {label_column_list('a')} FROM temp.assignee_pairs p "
            "JOIN annotations a ON a.document_id = p.document_id AND a.annotator = p.annotator"
        ).fetchall()
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.assignee_pairs")
