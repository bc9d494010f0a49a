"""Bring other annotators' project files into this one (``annotator merge``).

Why it works the way it does:

- Annotators label their own copies of one project, so a document is "the
  same" only when both its name and its text hash match; the same name with
  other text is a conflict that is reported and skipped, never an overwrite,
  because offsets into the wrong text would silently corrupt every label.
- Annotations keep their ids across copies, so an id is the identity: merging
  the same file twice adds nothing, and an annotation edited in two places
  keeps the newer ``updated_at`` (ISO 8601 UTC strings sort in time order).
- Every file is checked before anything is written, and the whole merge,
  across all files, is one transaction in the target: a bad file or a crash
  half-way leaves the project exactly as it was.
- It must stay fast for 100,000s of annotations, so rows never pass through
  Python one by one.  Each source is ATTACHed to the target's connection and
  copied into TEMP staging tables with ``INSERT … SELECT`` (outside the target
  transaction: SQLite cannot DETACH a file read inside an open transaction,
  and only ten files may be attached at once); then one ``BEGIN IMMEDIATE``
  merges every staged source with set-based statements.  Staging writes only
  to the connection's private TEMP database, so the target file is untouched
  until the merge transaction commits.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.messages import Message, Text
from annotator.core.model import now_timestamp
from annotator.core.schema import removed_from
from annotator.store.assignments import (
    PackageOrigin,
    mark_returned,
    package_origin,
    project_identity,
)
from annotator.store.layout import LAYOUT_VERSIONS, applied_versions
from annotator.store.open_projects import describe_skipped_companions, without_companions
from annotator.store.project import Project, ProjectError, read_only_uris

COUNT_KEYS = ("added", "updated", "unchanged")
"""The per-annotator counters of a :class:`MergeReport`."""

_SUMMARY_LIST_LIMIT = 20
_SOURCE_ALIAS = "merge_source"

# Staging tables live in the connection's TEMP database: private to this
# connection, gone when it closes, and writing them never locks the project.
_STAGING_TABLES = (
    "merge_documents",
    "merge_annotations",
    "merge_status",
    "merge_markings",
    "merge_deletions",
    "merge_docmap",
    "merge_plan",
    "merge_taken_status",
)
_CREATE_STAGING = (
    """
    CREATE TEMP TABLE merge_documents (
        src INTEGER NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL,
        text TEXT, title TEXT, language TEXT, url TEXT, published TEXT, author TEXT,
        site TEXT, meta TEXT, imported_at TEXT,
        PRIMARY KEY (src, id)
    )
    """,
    """
    CREATE TEMP TABLE merge_annotations (
        src INTEGER NOT NULL, id TEXT NOT NULL, document_id INTEGER NOT NULL,
        annotator TEXT NOT NULL, layer TEXT NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, attributes TEXT NOT NULL, note TEXT NOT NULL,
        origin TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (src, id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX temp.merge_annotations_by_document ON merge_annotations (src, document_id)",
    """
    CREATE TEMP TABLE merge_status (
        src INTEGER NOT NULL, document_id INTEGER NOT NULL, annotator TEXT NOT NULL,
        status TEXT NOT NULL, none_present TEXT NOT NULL, updated_at TEXT NOT NULL,
        active_seconds REAL NOT NULL,
        PRIMARY KEY (src, document_id, annotator)
    ) WITHOUT ROWID
    """,
    # The "done ✎" records (done_changes.py) of the staged status rows.
    """
    CREATE TEMP TABLE merge_markings (
        src INTEGER NOT NULL, document_id INTEGER NOT NULL, annotator TEXT NOT NULL,
        done_at TEXT NOT NULL,
        PRIMARY KEY (src, document_id, annotator)
    ) WITHOUT ROWID
    """,
    """
    CREATE TEMP TABLE merge_deletions (
        src INTEGER NOT NULL, document_id INTEGER NOT NULL, annotator TEXT NOT NULL,
        annotation_id TEXT NOT NULL, deleted_at TEXT NOT NULL,
        PRIMARY KEY (src, document_id, annotator, annotation_id)
    ) WITHOUT ROWID
    """,
    # Target (document, annotator) status rows the source being merged is newer for.
    """
    CREATE TEMP TABLE merge_taken_status (
        document_id INTEGER NOT NULL, annotator TEXT NOT NULL,
        PRIMARY KEY (document_id, annotator)
    ) WITHOUT ROWID
    """,
    # Source document id -> target document id, for the source being merged.
    "CREATE TEMP TABLE merge_docmap (src_id INTEGER PRIMARY KEY, target_id INTEGER NOT NULL)",
    # What happens to each annotation of the source being merged.
    """
    CREATE TEMP TABLE merge_plan (
        id TEXT PRIMARY KEY, annotator TEXT NOT NULL, document_id INTEGER NOT NULL,
        action TEXT NOT NULL
    ) WITHOUT ROWID
    """,
)


@dataclass(frozen=True)
class AnnotationUpdate:
    """One annotation replaced by a newer version from a source: who, what, where."""

    source: str
    document: str
    annotator: str
    layer: str
    annotation_id: str
    start: int
    end: int

    def describe(self) -> Message:
        return Message(
            "{annotator}'s {layer} {start}–{end} in '{document}' (newer in {source})",
            annotator=self.annotator,
            layer=self.layer,
            start=self.start,
            end=self.end,
            document=self.document,
            source=self.source,
        )


@dataclass
class MergeReport:
    """What a merge did, for the CLI's output and the GUI's summary dialog.

    ``annotation_counts`` maps annotator → {"added", "updated", "unchanged"}.
    An annotation whose target version is newer counts as unchanged: the
    project did not change.  Skipped annotations are not counted there; they
    are explained in ``conflicts``.
    """

    sources: list[str] = field(default_factory=list)
    documents_added: list[str] = field(default_factory=list)
    conflicts: list[Text] = field(default_factory=list)
    annotation_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    updated: list[AnnotationUpdate] = field(default_factory=list)
    status_added: int = 0
    status_updated: int = 0
    time_updated: int = 0
    """Document × annotator rows whose active time grew."""
    packages_returned: list[str] = field(default_factory=list)
    """``annotator (file)`` of each work package among the sources."""
    package_notes: list[Text] = field(default_factory=list)
    """What a package held beyond its annotator's assignment: others' labels, other documents."""
    skipped_companions: list[str] = field(default_factory=list)
    """``-wal``/``-shm``/``-journal`` files named beside their project, left out."""

    def count(self, annotator: str, key: str) -> int:
        return self.annotation_counts.get(annotator, {}).get(key, 0)

    def total(self, key: str) -> int:
        return sum(counts.get(key, 0) for counts in self.annotation_counts.values())

    @property
    def changed(self) -> bool:
        """Whether the merge wrote anything to the project."""
        return bool(
            self.documents_added
            or self.total("added")
            or self.total("updated")
            or self.status_added
            or self.status_updated
            or self.time_updated
        )

    def summary_lines(self) -> list[str]:
        """Plain English lines for the terminal (the window translates :meth:`summary`)."""
        return [str(line) for line in self.summary()]

    def summary(self) -> list[Text]:
        """The summary's lines; conflicts are always listed in full, because each one
        is work the reviewer has to do by hand. An item under a heading is indented."""
        lines: list[Text] = [Message("Merged %n file(s).", count=len(self.sources))]
        if self.skipped_companions:
            lines.append(describe_skipped_companions(self.skipped_companions))
        if not self.changed:
            lines.append(Message("Nothing new: the project already had everything in these files."))
        if self.documents_added:
            lines.append(
                Message(
                    "Documents added: {number} ({names})",
                    number=len(self.documents_added),
                    names=_shortened(self.documents_added),
                )
            )
        for annotator in sorted(self.annotation_counts):
            counts = self.annotation_counts[annotator]
            lines.append(
                Message(
                    "{annotator}: {added} added, {updated} updated, {unchanged} unchanged",
                    annotator=annotator,
                    **counts,
                )
            )
        if self.status_added or self.status_updated:
            lines.append(
                Message(
                    "Document statuses: {added} added, {updated} updated",
                    added=self.status_added,
                    updated=self.status_updated,
                )
            )
        if self.updated:
            lines.append(Message("Updated annotations ({number}):", number=len(self.updated)))
            lines += [_item(update.describe()) for update in self.updated[:_SUMMARY_LIST_LIMIT]]
            if len(self.updated) > _SUMMARY_LIST_LIMIT:
                more = len(self.updated) - _SUMMARY_LIST_LIMIT
                lines.append(_item(Message("… and {number} more", number=more)))
        if self.time_updated:
            lines.append(Message("Active time updated on %n document(s)", count=self.time_updated))
        if self.packages_returned:
            lines.append(
                Message("Work packages returned: {names}", names=", ".join(self.packages_returned))
            )
        if self.package_notes:
            lines.append(
                Message(
                    "Beyond the packages' assignments ({number}):", number=len(self.package_notes)
                )
            )
            lines += [_item(note) for note in self.package_notes]
        if self.conflicts:
            lines.append(Message("Conflicts, skipped ({number}):", number=len(self.conflicts)))
            lines += [_item(conflict) for conflict in self.conflicts]
        return lines

    def _counts(self, annotator: str) -> dict[str, int]:
        return self.annotation_counts.setdefault(annotator, dict.fromkeys(COUNT_KEYS, 0))


def _item(text: Text) -> Text:
    """A line listed under a heading of the summary."""
    return Message("  {item}", item=text)


def merge_projects(target: Project, sources: Sequence[str | Path]) -> MergeReport:
    """Merge the documents, annotations and statuses of ``sources`` into ``target``.

    Raises :class:`ProjectError` (and changes nothing) when a source is the
    target itself, cannot be opened, or uses a layer, attribute or choice the
    target's schema lacks.  The sources are only read.
    """
    conn = target._conn
    if conn.in_transaction:
        # Staging needs ATTACH/DETACH, which an open transaction forbids.
        raise ProjectError(target.path, Message("cannot merge inside another transaction"))
    paths, companions = without_companions([Path(source) for source in sources])
    origins = [_check_compatible(target, path) for path in paths]
    report = MergeReport(sources=[str(path) for path in paths])
    report.skipped_companions = [str(path) for path in companions]
    try:
        _enlarge_cache(conn)
        _create_staging(conn)
        with _current_layout(paths) as readable:
            for index, path in enumerate(readable):
                _stage(conn, index, path)
        try:
            with target.transaction():
                stamp = now_timestamp()
                for index, (path, origin) in enumerate(zip(paths, origins, strict=True)):
                    _merge_staged(conn, index, str(path), report)
                    if origin is not None:
                        _check_package(conn, index, path, origin, report)
                        mark_returned(conn, origin.package_id, stamp)
        except sqlite3.Error as error:
            raise ProjectError(
                target.path, Message("merge failed, nothing was changed: {error}", error=str(error))
            ) from error
    except BaseException:
        # A stop (Ctrl-C, SIGTERM) raised while rows of a staging table were being read
        # leaves that statement open until its cursor is collected, so dropping the table
        # fails ("database table is locked") and would hide the stop behind a traceback.
        # The temporary tables go with the connection, and the next merge drops them first.
        with contextlib.suppress(sqlite3.Error):
            _drop_staging(conn)
        _restore_cache(conn)
        raise
    _drop_staging(conn)
    _restore_cache(conn)
    return report


MERGE_CACHE_KIB = 256 * 1024
"""Page cache of the target and of the staging tables while merging (SQLite's default is
2 MB). A million merged annotations insert into indexes keyed by random ids and by
document; with 2 MB, every insert reads and writes index pages again and again, and
the time goes to I/O rather than to the merge. The cache grows only as far as it is used
and is given back when the merge ends."""


def _enlarge_cache(conn: sqlite3.Connection) -> None:
    for database in ("main", "temp"):
        conn.execute(f"PRAGMA {database}.cache_size = -{MERGE_CACHE_KIB}")


def _restore_cache(conn: sqlite3.Connection) -> None:
    for database in ("main", "temp"):
        conn.execute(f"PRAGMA {database}.cache_size = -2000")


# -- checking ----------------------------------------------------------------


def _check_compatible(target: Project, path: Path) -> PackageOrigin | None:
    """Refuse the target itself, a work package of another project, and any source
    whose schema the target cannot hold; returns the source's package record.

    A source may use a subset of the target's schema (an older copy, before a
    layer was added), never more: its labels would be unreadable here.
    """
    if _same_file(target.path, path):
        raise ProjectError(
            path, Message("this is the project itself; it cannot be merged into itself")
        )
    source = Project.open(path, read_only=True, older_layout=True)
    try:
        missing = removed_from(source.schema, target.schema)
        origin = package_origin(source)
    finally:
        source.close()
    if origin is not None and origin.project_id != project_identity(target):
        raise ProjectError(
            path,
            Message(
                "this is {annotator}'s work package from another project (project "
                "{project_id}), not from {project}; merge it into the project it was made from",
                annotator=origin.annotator,
                project_id=origin.project_id,
                project=target.path.name,
            ),
        )
    if missing:
        raise ProjectError(
            path,
            Message(
                "its schema does not fit the project {project}: the project lacks {missing} "
                "(same layers and attributes, or a subset, are needed)",
                project=target.path.name,
                missing=[_describe_missing(*item) for item in missing],
            ),
        )
    return origin


@contextlib.contextmanager
def _current_layout(paths: Sequence[Path]) -> Iterator[list[Path]]:
    """The sources to read, each of this version's layout: a source of an older one
    (a package made, or worked on, with annotator before an update) is copied and
    the copy upgraded as opening it would, so that its records come along as the
    migrations move them. The sources themselves are only read; the copies go."""
    with tempfile.TemporaryDirectory(prefix="annotator-merge-") as folder:
        readable = []
        for index, path in enumerate(paths):
            with Project.open(path, read_only=True, older_layout=True) as source:
                if set(applied_versions(source.connection)) >= set(LAYOUT_VERSIONS):
                    readable.append(path)
                    continue
                copy = Path(folder) / f"{index}.sqlite"
                target = sqlite3.connect(copy)
                try:
                    source.connection.backup(target)
                finally:
                    target.close()
            Project.open(copy).close()  # upgrades it
            readable.append(copy)
        yield readable


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _describe_missing(layer: str, attribute: str | None, choice: str | None) -> Message:
    if attribute is None:
        return Message("layer '{layer}'", layer=layer)
    if choice is None:
        return Message(
            "attribute '{attribute}' of layer '{layer}' (or has it with another type)",
            attribute=attribute,
            layer=layer,
        )
    return Message(
        "choice '{choice}' of attribute '{attribute}' in layer '{layer}'",
        choice=choice,
        attribute=attribute,
        layer=layer,
    )


# -- staging -----------------------------------------------------------------


def _create_staging(conn: sqlite3.Connection) -> None:
    _drop_staging(conn)
    for statement in _CREATE_STAGING:
        conn.execute(statement)


def _drop_staging(conn: sqlite3.Connection) -> None:
    for table in _STAGING_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _attach_read_only(conn: sqlite3.Connection, path: Path) -> None:
    """Attach a source so that it is never written, not even its journal mode."""
    failure: sqlite3.Error | None = None
    for uri in read_only_uris(path):
        try:
            conn.execute(f"ATTACH DATABASE ? AS {_SOURCE_ALIAS}", (uri,))
            conn.execute(f"SELECT count(*) FROM {_SOURCE_ALIAS}.sqlite_master").fetchone()
            return
        except sqlite3.OperationalError as error:
            with contextlib.suppress(sqlite3.Error):
                conn.execute(f"DETACH DATABASE {_SOURCE_ALIAS}")
            failure = error
    assert failure is not None
    raise failure


def _stage(conn: sqlite3.Connection, index: int, path: Path) -> None:
    """Copy one source's rows into the staging tables, from one consistent snapshot.

    A document's text is copied only when the target has no document of that
    name: annotators' copies share almost all documents, and copying their
    texts would cost more than the whole rest of the merge.
    """
    try:
        _attach_read_only(conn, path)
    except sqlite3.Error as error:
        raise ProjectError(
            path, Message("cannot read for merging: {error}", error=str(error))
        ) from error
    try:
        conn.execute("BEGIN")  # one read snapshot of the source for all its copies
        try:
            conn.execute(
                f"""
                INSERT INTO temp.merge_documents (src, id, name, sha256, text, title, language,
                       url, published, author, site, meta, imported_at)
                SELECT ?, d.id, d.name, d.sha256,
                       CASE WHEN t.id IS NULL THEN d.text END,
                       d.title, d.language, d.url, d.published, d.author, d.site, d.meta,
                       d.imported_at
                  FROM {_SOURCE_ALIAS}.documents d
                  LEFT JOIN main.documents t ON t.name = d.name
                """,
                (index,),
            )
            conn.execute(
                f"""
                INSERT INTO temp.merge_annotations (src, id, document_id, annotator, layer,
                       start, "end", attributes, note, origin, created_at, updated_at)
                SELECT ?, id, document_id, annotator, layer, start, "end", attributes, note,
                       origin, created_at, updated_at
                  FROM {_SOURCE_ALIAS}.annotations
                """,
                (index,),
            )
            conn.execute(
                f"""
                INSERT INTO temp.merge_status (src, document_id, annotator, status,
                       none_present, updated_at, active_seconds)
                SELECT ?, document_id, annotator, status, none_present, updated_at,
                       active_seconds
                  FROM {_SOURCE_ALIAS}.document_status
                """,
                (index,),
            )
            conn.execute(
                f"""
                INSERT INTO temp.merge_markings (src, document_id, annotator, done_at)
                SELECT ?, document_id, annotator, done_at FROM {_SOURCE_ALIAS}.done_markings
                """,
                (index,),
            )
            conn.execute(
                f"""
                INSERT INTO temp.merge_deletions (src, document_id, annotator, annotation_id,
                       deleted_at)
                SELECT ?, document_id, annotator, annotation_id, deleted_at
                  FROM {_SOURCE_ALIAS}.deletions_after_done
                """,
                (index,),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise ProjectError(
            path, Message("cannot read for merging: {error}", error=str(error))
        ) from error
    finally:
        conn.execute(f"DETACH DATABASE {_SOURCE_ALIAS}")


# -- merging (inside the target transaction) -----------------------------------


def _merge_staged(conn: sqlite3.Connection, index: int, source: str, report: MergeReport) -> None:
    """Merge one staged source into the target; the caller holds the transaction."""
    _merge_documents(conn, index, source, report)
    _plan_annotations(conn, index)
    _report_annotations(conn, index, source, report)
    _apply_annotations(conn, index)
    _merge_status(conn, index, report)


def _merge_documents(
    conn: sqlite3.Connection, index: int, source: str, report: MergeReport
) -> None:
    """Add documents the target lacks, report same-name-other-text ones, map the ids."""
    for name, skipped in conn.execute(
        """
        SELECT d.name, (SELECT count(*) FROM temp.merge_annotations a
                         WHERE a.src = d.src AND a.document_id = d.id)
          FROM temp.merge_documents d
          JOIN main.documents t ON t.name = d.name AND t.sha256 <> d.sha256
         WHERE d.src = ?
         ORDER BY d.name
        """,
        (index,),
    ):
        report.conflicts.append(
            Message(
                "{source}: document '{name}' has different text than the project's document "
                "of that name; skipped it and its %n annotation(s)",
                count=skipped,
                source=source,
                name=name,
            )
        )
    new = """
          FROM temp.merge_documents d
         WHERE d.src = ? AND NOT EXISTS (SELECT 1 FROM main.documents t WHERE t.name = d.name)
    """
    names = [row[0] for row in conn.execute(f"SELECT d.name {new} ORDER BY d.id", (index,))]
    if names:
        unstaged = conn.execute(f"SELECT count(*) {new} AND d.text IS NULL", (index,)).fetchone()
        if unstaged[0]:
            # Only possible if a document was deleted from the target while merging.
            raise sqlite3.OperationalError("the project changed during the merge; try again")
        conn.execute(
            f"""
            INSERT INTO main.documents (name, text, title, language, url, published, author,
                   site, meta, sha256, imported_at)
            SELECT d.name, d.text, d.title, d.language, d.url, d.published, d.author, d.site,
                   d.meta, d.sha256, d.imported_at
            {new} ORDER BY d.id
            """,
            (index,),
        )
        report.documents_added += names
    conn.execute("DELETE FROM temp.merge_docmap")
    conn.execute(
        """
        INSERT INTO temp.merge_docmap (src_id, target_id)
        SELECT d.id, t.id
          FROM temp.merge_documents d
          JOIN main.documents t ON t.name = d.name AND t.sha256 = d.sha256
         WHERE d.src = ?
        """,
        (index,),
    )


def _plan_annotations(conn: sqlite3.Connection, index: int) -> None:
    """Classify every annotation of the source whose document is in the target.

    The same id under another document or another annotator is not the same
    annotation edited, so it is a conflict rather than an update.  Content
    equal → unchanged whatever the timestamps; a tie in ``updated_at`` keeps
    the target's version, so repeating a merge never flips anything.
    """
    conn.execute("DELETE FROM temp.merge_plan")
    conn.execute(
        """
        INSERT INTO temp.merge_plan (id, annotator, document_id, action)
        SELECT a.id, a.annotator, m.target_id,
               CASE
                 WHEN t.id IS NULL THEN 'added'
                 WHEN t.document_id <> m.target_id OR t.annotator <> a.annotator
                   THEN 'conflict'
                 WHEN t.layer = a.layer AND t.start = a.start AND t."end" = a."end"
                      AND t.attributes = a.attributes AND t.note = a.note
                      AND t.origin = a.origin
                   THEN 'unchanged'
                 WHEN a.updated_at > t.updated_at THEN 'updated'
                 ELSE 'older'
               END
          FROM temp.merge_annotations a
          JOIN temp.merge_docmap m ON m.src_id = a.document_id
          LEFT JOIN main.annotations t ON t.id = a.id
         WHERE a.src = ?
        """,
        (index,),
    )


def _report_annotations(
    conn: sqlite3.Connection, index: int, source: str, report: MergeReport
) -> None:
    """Counts, updates and conflicts, read before the target rows are overwritten."""
    for annotator, action, count in conn.execute(
        "SELECT annotator, action, count(*) FROM temp.merge_plan GROUP BY annotator, action"
    ):
        key = "unchanged" if action == "older" else action
        if key in COUNT_KEYS:
            report._counts(annotator)[key] += count
        else:
            report._counts(annotator)  # listed, even when all were conflicts
    for row in conn.execute(
        """
        SELECT d.name, a.annotator, a.layer, a.id, a.start, a."end"
          FROM temp.merge_plan p
          JOIN temp.merge_annotations a ON a.src = ? AND a.id = p.id
          JOIN main.documents d ON d.id = p.document_id
         WHERE p.action = 'updated'
         ORDER BY d.name, a.start, a.id
        """,
        (index,),
    ):
        report.updated.append(AnnotationUpdate(source, *row))
    for annotation_id, layer, annotator, here, there, there_annotator in conn.execute(
        """
        SELECT p.id, a.layer, a.annotator, sd.name, td.name, t.annotator
          FROM temp.merge_plan p
          JOIN temp.merge_annotations a ON a.src = ? AND a.id = p.id
          JOIN main.documents sd ON sd.id = p.document_id
          JOIN main.annotations t ON t.id = p.id
          JOIN main.documents td ON td.id = t.document_id
         WHERE p.action = 'conflict'
         ORDER BY sd.name, p.id
        """,
        (index,),
    ):
        report.conflicts.append(
            Message(
                "{source}: annotation {id} ({annotator}'s {layer} in '{here}') has the same id "
                "as {other}'s annotation in '{there}' in the project; skipped",
                source=source,
                id=annotation_id,
                annotator=annotator,
                layer=layer,
                here=here,
                other=there_annotator,
                there=there,
            )
        )


def _apply_annotations(conn: sqlite3.Connection, index: int) -> None:
    """Insert the added and overwrite the updated annotations, keeping their timestamps
    so that the next merge compares the same edit times.

    Added rows go in by document: the rows of one document then sit together in the
    file, and whatever reads by document later (the report's agreement, a window opening
    a document) reads a few pages instead of one page per annotation, as with rows in
    the order of their random ids.  The sort costs nothing measurable here."""
    conn.execute(
        """
        INSERT INTO main.annotations (id, document_id, annotator, layer, start, "end",
               attributes, note, origin, created_at, updated_at)
        SELECT a.id, p.document_id, a.annotator, a.layer, a.start, a."end", a.attributes,
               a.note, a.origin, a.created_at, a.updated_at
          FROM temp.merge_plan p
          JOIN temp.merge_annotations a ON a.src = ? AND a.id = p.id
         WHERE p.action = 'added'
         ORDER BY p.document_id, a.annotator, a.start
        """,
        (index,),
    )
    conn.execute(
        """
        UPDATE main.annotations
           SET (layer, start, "end", attributes, note, origin, created_at, updated_at) = (
               SELECT a.layer, a.start, a."end", a.attributes, a.note, a.origin,
                      a.created_at, a.updated_at
                 FROM temp.merge_annotations a
                WHERE a.src = ? AND a.id = annotations.id)
         WHERE id IN (SELECT id FROM temp.merge_plan WHERE action = 'updated')
        """,
        (index,),
    )


_NEWER_STATUS = """(excluded.updated_at > document_status.updated_at
    AND (excluded.status <> document_status.status
         OR excluded.none_present <> document_status.none_present))"""


def _merge_status(conn: sqlite3.Connection, index: int, report: MergeReport) -> None:
    """Per document × annotator status: missing → added, different and newer → updated.

    Active time only grows where it is recorded (the annotator's own file), so the
    larger figure is the later one, whatever the status timestamps say. The "done ✎"
    records go with the newer status row (:func:`_merge_done_records`).
    """
    conn.execute("DELETE FROM temp.merge_taken_status")
    conn.execute(
        """
        INSERT INTO temp.merge_taken_status (document_id, annotator)
        SELECT m.target_id, s.annotator
          FROM temp.merge_status s
          JOIN temp.merge_docmap m ON m.src_id = s.document_id
          LEFT JOIN main.document_status t
            ON t.document_id = m.target_id AND t.annotator = s.annotator
         WHERE s.src = ? AND (t.document_id IS NULL OR s.updated_at > t.updated_at)
        """,
        (index,),
    )
    added, updated, timed = conn.execute(
        """
        SELECT coalesce(sum(t.document_id IS NULL), 0),
               coalesce(sum(t.document_id IS NOT NULL AND s.updated_at > t.updated_at
                            AND (s.status <> t.status OR s.none_present <> t.none_present)), 0),
               coalesce(sum(t.document_id IS NOT NULL
                            AND s.active_seconds > t.active_seconds), 0)
          FROM temp.merge_status s
          JOIN temp.merge_docmap m ON m.src_id = s.document_id
          LEFT JOIN main.document_status t
            ON t.document_id = m.target_id AND t.annotator = s.annotator
         WHERE s.src = ?
        """,
        (index,),
    ).fetchone()
    conn.execute(
        f"""
        INSERT INTO main.document_status (document_id, annotator, status, none_present,
               updated_at, active_seconds)
        SELECT m.target_id, s.annotator, s.status, s.none_present, s.updated_at,
               s.active_seconds
          FROM temp.merge_status s
          JOIN temp.merge_docmap m ON m.src_id = s.document_id
         WHERE s.src = ?
            ON CONFLICT (document_id, annotator) DO UPDATE
           SET status = CASE WHEN {_NEWER_STATUS} THEN excluded.status ELSE status END,
               none_present = CASE WHEN {_NEWER_STATUS} THEN excluded.none_present
                                   ELSE none_present END,
               updated_at = CASE WHEN {_NEWER_STATUS} THEN excluded.updated_at
                                 ELSE updated_at END,
               active_seconds = max(active_seconds, excluded.active_seconds)
         WHERE {_NEWER_STATUS}
            OR excluded.active_seconds > document_status.active_seconds
        """,
        (index,),
    )
    report.status_added += added
    report.status_updated += updated
    report.time_updated += timed
    _merge_done_records(conn, index)


def _merge_done_records(conn: sqlite3.Connection, index: int) -> None:
    """Where the source's status row is the newer one, its records of when the document
    was marked done and which labels were deleted since replace the target's: they
    describe that row (``done_changes.py``), and without them a box ticked or a label
    deleted after "done" in an annotator's copy would not show as "done ✎" here."""
    for table, staged, columns in _DONE_RECORDS:
        conn.execute(
            f"""
            DELETE FROM main.{table}
             WHERE (document_id, annotator) IN (SELECT document_id, annotator
                                                  FROM temp.merge_taken_status)
            """
        )
        conn.execute(
            f"""
            INSERT INTO main.{table} (document_id, annotator, {", ".join(columns)})
            SELECT m.target_id, x.annotator, {", ".join(f"x.{c}" for c in columns)}
              FROM temp.{staged} x
              JOIN temp.merge_docmap m ON m.src_id = x.document_id
              JOIN temp.merge_taken_status t
                ON t.document_id = m.target_id AND t.annotator = x.annotator
             WHERE x.src = ?
            """,
            (index,),
        )


_DONE_RECORDS = (
    ("done_markings", "merge_markings", ("done_at",)),
    ("deletions_after_done", "merge_deletions", ("annotation_id", "deleted_at")),
)
"""The "done ✎" tables, their staging tables and their columns past (document, annotator)."""


def _check_package(
    conn: sqlite3.Connection, index: int, path: Path, origin: PackageOrigin, report: MergeReport
) -> None:
    """Say what a returned package holds beyond its annotator's assignment.

    It is merged all the same (nothing is lost), but the lead should know: labels by
    another name mean someone worked in a file not theirs, and documents outside
    the assignment were not part of the plan. Reads the staged source and the
    document map of this source, so it runs right after :func:`_merge_staged`.
    """
    report.packages_returned.append(f"{origin.annotator} ({path.name})")
    for annotator, count in conn.execute(
        "SELECT annotator, count(*) FROM temp.merge_annotations "
        "WHERE src = ? AND annotator <> ? GROUP BY annotator ORDER BY annotator",
        (index, origin.annotator),
    ):
        report.package_notes.append(
            Message(
                "{file}: %n annotation(s) by '{annotator}', not by the package's annotator "
                "'{owner}'",
                count=count,
                file=path.name,
                annotator=annotator,
                owner=origin.annotator,
            )
        )
    outside = [
        row[0]
        for row in conn.execute(
            """
            SELECT d.name
              FROM temp.merge_docmap m
              JOIN main.documents d ON d.id = m.target_id
             WHERE NOT EXISTS (SELECT 1 FROM main.assignments a
                                WHERE a.document_id = m.target_id AND a.annotator = ?)
               AND (EXISTS (SELECT 1 FROM temp.merge_annotations s
                             WHERE s.src = ? AND s.document_id = m.src_id)
                    OR EXISTS (SELECT 1 FROM temp.merge_status s
                                WHERE s.src = ? AND s.document_id = m.src_id
                                  AND s.status <> 'new'))
             ORDER BY d.name
            """,
            (origin.annotator, index, index),
        )
    ]
    if outside:
        report.package_notes.append(
            Message(
                "{file}: %n document(s) worked on outside {owner}'s assignment: {names}",
                count=len(outside),
                file=path.name,
                owner=origin.annotator,
                names=_shortened(outside),
            )
        )


def _shortened(names: Sequence[str]) -> str:
    shown = ", ".join(names[:_SUMMARY_LIST_LIMIT])
    if len(names) > _SUMMARY_LIST_LIMIT:
        shown += f", … and {len(names) - _SUMMARY_LIST_LIMIT} more"
    return shown
