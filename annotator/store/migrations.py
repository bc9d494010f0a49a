"""The database layout, one named migration per version (sqlite-utils ``Migrations``).

Each migration runs in its own transaction together with its record in
``_sqlite_migrations``; never edit a migration that has shipped, add a new one.
A project whose record names a migration this code does not know was written
by a newer annotator and is refused on open (see ``project.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database, Migrations

from annotator.store.layout import MIGRATION_SET

MigrationFunction = Callable[[Database], None]

migrations = Migrations(MIGRATION_SET)
KNOWN_MIGRATIONS: list[str] = []


def migration(name: str) -> Callable[[MigrationFunction], MigrationFunction]:
    """Register a migration and remember its name, to recognise newer projects."""
    KNOWN_MIGRATIONS.append(name)
    return migrations(name=name)


def _run(db: Database, statements: str) -> None:
    # ``executescript`` would COMMIT the migration's transaction half-way, so
    # statements run one by one inside it.
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@migration("0001_initial")
def initial_layout(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE project_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{}',
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL CHECK (annotator <> ''),
            layer TEXT NOT NULL,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" >= start),
            attributes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL
                CHECK (origin IN ('manual', 'imported', 'suggested', 'adjudicated')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX annotations_by_document ON annotations (document_id, annotator, start);
        CREATE INDEX annotations_by_annotator ON annotations (annotator, layer);
        CREATE TABLE document_status (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'done')),
            none_present TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (document_id, annotator)
        );
        CREATE INDEX document_status_by_annotator ON document_status (annotator, status)
        """,
    )


@migration("0002_adjudication")
def adjudication_layout(db: Database) -> None:
    """Reviewer decisions: which source annotations became which gold label, and why.

    ``review_log`` is append-only (decisions and their undoing), so who
    decided what, when and why survives an undo.
    """
    _run(
        db,
        """
        CREATE TABLE decisions (
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            layer TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('accept', 'edit', 'reject')),
            chosen_annotator TEXT NOT NULL DEFAULT '',
            gold_annotation_id TEXT REFERENCES annotations(id),
            sources TEXT NOT NULL,
            rationale TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL,
            decided_at TEXT NOT NULL
        );
        CREATE INDEX decisions_by_document ON decisions (document_id, layer);
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            event TEXT NOT NULL CHECK (event IN ('decide', 'undo')),
            decision_id TEXT NOT NULL,
            details TEXT NOT NULL
        )
        """,
    )


@migration("0003_suggestions")
def suggestions_layout(db: Database) -> None:
    """Candidate labels proposed by the suggesters (``annotator/suggest/``).

    Not annotations: they live apart so that no export, agreement report or
    merge sees them until someone accepts one, which creates an ordinary
    annotation (origin ``suggested``) named in ``annotation_id``.  A rejected
    suggestion stays, so that running the suggesters again does not bring it
    back; ``decided_by``/``decided_at`` say who decided and when.
    """
    _run(
        db,
        """
        CREATE TABLE suggestions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            layer TEXT NOT NULL,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" >= start),
            attributes TEXT NOT NULL DEFAULT '{}',
            suggester TEXT NOT NULL,
            score REAL NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'accepted', 'rejected')),
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL DEFAULT '',
            annotation_id TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX suggestions_by_document ON suggestions (document_id, status, start);
        CREATE INDEX suggestions_by_status ON suggestions (status, layer)
        """,
    )


@migration("0004_work_packages")
def work_packages_layout(db: Database) -> None:
    """Who was handed which documents (``annotator packages``), and time on task.

    ``packages`` has one row per package file written (or, in a package, its
    own); ``assignments`` says which annotator got which document in which
    package. ``active_seconds`` sits with the progress it belongs to, so it
    travels wherever progress does (merge, JSONL, export).
    """
    _run(
        db,
        """
        CREATE TABLE packages (
            id TEXT PRIMARY KEY,
            annotator TEXT NOT NULL CHECK (annotator <> ''),
            file_name TEXT NOT NULL,
            seed INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            returned_at TEXT
        );
        CREATE TABLE assignments (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL,
            package_id TEXT NOT NULL REFERENCES packages(id),
            PRIMARY KEY (document_id, annotator)
        ) WITHOUT ROWID;
        CREATE INDEX assignments_by_annotator ON assignments (annotator, document_id);
        ALTER TABLE document_status ADD COLUMN active_seconds REAL NOT NULL DEFAULT 0
        """,
    )


@migration("0005_annotations_origin_check")
def annotations_origin_check(db: Database) -> None:
    """The same annotations table, its ``origin`` CHECK written as comparisons.

    SQLite evaluates ``origin IN ('manual', 'imported', …)`` inside a CHECK by
    building a temporary index of the four values for every row written: about
    3 µs a row, a quarter of what storing an imported label costs (1,000,000
    labels: 7.6 s → 5.8 s of CPU in the insert, measured for issue 16). The
    comparisons allow exactly the same values.

    SQLite cannot alter a CHECK, so the table is rebuilt the documented way:
    new table, rows copied with their rowids, old table dropped, new one
    renamed, indexes made again. Foreign keys are off while migrations run
    (``project._prepare``): ``decisions.gold_annotation_id`` names the table
    ``annotations``, so it refers to the new one after the rename, and the
    decisions are checked against it before the migration commits.
    """
    before = db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    dangling = _dangling_decisions(db)
    _run(
        db,
        """
        CREATE TABLE annotations_rebuilt (
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL CHECK (annotator <> ''),
            layer TEXT NOT NULL,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" >= start),
            attributes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL
                CHECK (origin = 'manual' OR origin = 'imported' OR origin = 'suggested'
                       OR origin = 'adjudicated'),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        INSERT INTO annotations_rebuilt (rowid, id, document_id, annotator, layer, start, "end",
                                         attributes, note, origin, created_at, updated_at)
            SELECT rowid, id, document_id, annotator, layer, start, "end",
                   attributes, note, origin, created_at, updated_at
              FROM annotations ORDER BY rowid;
        DROP TABLE annotations;
        ALTER TABLE annotations_rebuilt RENAME TO annotations;
        CREATE INDEX annotations_by_document ON annotations (document_id, annotator, start);
        CREATE INDEX annotations_by_annotator ON annotations (annotator, layer)
        """,
    )
    after = db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    if after != before or _dangling_decisions(db) != dangling:
        # A DatabaseError, so that opening reports it (and the migration is rolled back).
        raise sqlite3.DatabaseError("rebuilding the annotations table lost rows or references")


@migration("0006_annotations_id_index")
def annotations_id_index(db: Database) -> None:
    """The same annotations table, its ids kept unique by a named index, not the primary key.

    Same columns, same constraints, same rows and rowids: ``id`` was ``TEXT PRIMARY
    KEY`` (which in a rowid table is a unique index SQLite names itself and will not
    drop) and is now ``TEXT`` with ``CREATE UNIQUE INDEX annotations_by_id``. A large
    import can then drop that index inside its transaction and build it once at the
    end (``store/importing.py``): adding 1,000,000 random ids to the index one by one
    costs about 5 s of CPU, building it from the finished table about 1.5 s (issue 16).
    The index also serves ``decisions.gold_annotation_id REFERENCES annotations(id)``,
    as the primary key did. Rebuilt the way 0005 did it (see there).
    """
    before = db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    dangling = _dangling_decisions(db)
    _run(
        db,
        """
        CREATE TABLE annotations_rebuilt (
            id TEXT,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL CHECK (annotator <> ''),
            layer TEXT NOT NULL,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" >= start),
            attributes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL
                CHECK (origin = 'manual' OR origin = 'imported' OR origin = 'suggested'
                       OR origin = 'adjudicated'),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        INSERT INTO annotations_rebuilt (rowid, id, document_id, annotator, layer, start, "end",
                                         attributes, note, origin, created_at, updated_at)
            SELECT rowid, id, document_id, annotator, layer, start, "end",
                   attributes, note, origin, created_at, updated_at
              FROM annotations ORDER BY rowid;
        DROP TABLE annotations;
        ALTER TABLE annotations_rebuilt RENAME TO annotations;
        CREATE UNIQUE INDEX annotations_by_id ON annotations (id);
        CREATE INDEX annotations_by_document ON annotations (document_id, annotator, start);
        CREATE INDEX annotations_by_annotator ON annotations (annotator, layer)
        """,
    )
    after = db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    if after != before or _dangling_decisions(db) != dangling:
        raise sqlite3.DatabaseError("rebuilding the annotations table lost rows or references")


#: The ``project_meta`` keys layouts before 0007 kept the done-changes records under:
#: ``done_at/<document id>/<annotator>`` → when it was marked done, and
#: ``deleted_after_done/<document id>/<annotator>`` → a JSON list of ``{"id", "at"}``.
_OLD_MARKING_KEY = "done_at/"
_OLD_DELETIONS_KEY = "deleted_after_done/"


def _old_done_keys(prefix: str) -> str:
    """SQL: the keys under ``prefix`` as (document_id, annotator, value), only those naming
    a document of the project (the document id is compared as text too, so that a key
    such as ``done_at/12x/alice`` is not taken for document 12)."""
    rest = f"substr(m.key, {len(prefix) + 1})"
    number = f"substr({rest}, 1, instr({rest}, '/') - 1)"
    return f"""
        SELECT d.id AS document_id, substr({rest}, instr({rest}, '/') + 1) AS annotator,
               m.value AS value
          FROM project_meta m
          JOIN documents d ON d.id = CAST({number} AS INTEGER) AND CAST(d.id AS TEXT) = {number}
         WHERE substr(m.key, 1, {len(prefix)}) = '{prefix}' AND instr({rest}, '/') > 1"""


#: SQL: every entry of the old deletion lists as (document_id, annotator, label, at), only
#: entries with a text id and time; a value that is not a JSON list gives none. The CASEs
#: guard the JSON functions, which raise on malformed JSON wherever SQLite evaluates them.
_OLD_DELETIONS = f"""
    SELECT k.document_id, k.annotator,
           CASE WHEN j.type = 'object' THEN json_extract(j.value, '$.id') END AS label,
           CASE WHEN j.type = 'object' THEN json_extract(j.value, '$.at') END AS at
      FROM ({_old_done_keys(_OLD_DELETIONS_KEY)}) k,
           json_each(CASE WHEN json_valid(k.value) AND json_type(k.value) = 'array'
                          THEN k.value ELSE '[]' END) j
     WHERE typeof(label) = 'text' AND typeof(at) = 'text'"""


@migration("0007_done_changes")
def done_changes_tables(db: Database) -> None:
    """The "done ✎" records in tables of their own, out of the ``project_meta`` key/value table.

    ``done_markings``: when each annotator marked each document done;
    ``deletions_after_done``: labels deleted from a done document since (see
    ``done_changes.py``). As keys they were invisible to every query that copies a
    status row by its document and annotator (merge, work packages) and parsed from
    their key's text on every list row read. Keys naming no document of the project,
    and list entries without an id or a time, meant nothing and are not carried over;
    a label deleted twice keeps its latest time (the only one that can count).
    """
    _run(
        db,
        f"""
        CREATE TABLE done_markings (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL,
            done_at TEXT NOT NULL,
            PRIMARY KEY (document_id, annotator)
        ) WITHOUT ROWID;
        INSERT INTO done_markings (document_id, annotator, done_at)
            SELECT document_id, annotator, value FROM ({_old_done_keys(_OLD_MARKING_KEY)})
             WHERE value <> '';
        CREATE TABLE deletions_after_done (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL,
            annotation_id TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            PRIMARY KEY (document_id, annotator, annotation_id)
        ) WITHOUT ROWID;
        INSERT INTO deletions_after_done (document_id, annotator, annotation_id, deleted_at)
            SELECT document_id, annotator, label, max(at) FROM ({_OLD_DELETIONS})
             GROUP BY document_id, annotator, label;
        DELETE FROM project_meta
         WHERE substr(key, 1, {len(_OLD_MARKING_KEY)}) = '{_OLD_MARKING_KEY}'
            OR substr(key, 1, {len(_OLD_DELETIONS_KEY)}) = '{_OLD_DELETIONS_KEY}'
        """,
    )


@migration("0008_documents_by_name")
def documents_by_name(db: Database) -> None:
    """The document list's order (name, ignoring case) kept by an index.

    The UNIQUE index on ``name`` compares bytes, so it cannot give the list's
    ``name COLLATE NOCASE`` order: SQLite sorted every name into a temporary
    B-tree on each read of the list (70 ms of CPU for 100,000 documents, and 10 ms
    for the first page of 200 at start-up, for which it had to look at every name).
    Walking this index reads them in order: 25 ms for all, 0.1 ms for the first page.
    """
    db.execute("CREATE INDEX documents_by_name ON documents (name COLLATE NOCASE)")


def _dangling_decisions(db: Database) -> int:
    """Decisions whose gold annotation is not in ``annotations`` (none, in a sound file)."""
    return int(
        db.execute(
            "SELECT count(*) FROM decisions WHERE gold_annotation_id IS NOT NULL "
            "AND gold_annotation_id NOT IN (SELECT id FROM annotations)"
        ).fetchone()[0]
    )
