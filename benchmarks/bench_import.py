"""``annotator import`` of native JSONL: issue rows 1 and 2.

Row 1 imports 10,000 documents of about 5 KB, row 2 the same documents with
1,000,000 annotations by three annotators (see ``corpus.py``).  Measured is
what a user runs: the click command, in-process, into a new empty project
(``annotator init`` is not timed).

The floor is the least any importer of that file must do (issue 16), in the
same run: read the file line by line, ``json.loads`` each line and insert its
document and its annotations with plain ``sqlite3`` (``executemany`` for the
annotations) into bare tables with an integer rowid and no secondary index,
WAL and ``synchronous=FULL``, all in one transaction.  It checks nothing,
keeps no index for finding a name or an id again, and computes no hash; the
product validates every line and keeps the project's indexes, so the target
allows 2×.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import statistics
import tempfile
from functools import partial
from pathlib import Path

from common import Row, timed
from corpus import write_jsonl

from annotator.cli import main as cli_main
from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project


def run_cli(*args: str) -> str:
    """``annotator ARGS`` in-process; its output is returned, not printed into the table."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = cli_main(list(args), standalone_mode=False)
    if code:
        raise RuntimeError(f"annotator {' '.join(args)} exited with {code}: {output.getvalue()}")
    return output.getvalue()


def empty_project(path: Path) -> Path:
    Project.open(path, create=True, schema=load_schema(default_schema_path())).close()
    return path


FLOOR_TABLES = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT, text TEXT, meta TEXT);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY, document_id INTEGER, uuid TEXT, annotator TEXT, layer TEXT,
    start INTEGER, "end" INTEGER, attributes TEXT, note TEXT, origin TEXT,
    created_at TEXT, updated_at TEXT
);
"""
_FLOOR_ANNOTATION = (
    'INSERT INTO annotations (document_id, uuid, annotator, layer, start, "end", attributes, '
    "note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def bare_project(path: Path) -> Path:
    """The floor's empty file: integer rowids, no secondary index, WAL."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(FLOOR_TABLES)
    conn.close()
    return path


def floor_import(project: Path, source: Path) -> None:
    """Read, parse and ``executemany`` line by line in one transaction; no checks.

    Line by line is the floor: parsing the whole file first and inserting
    after is slower (and needs the file's size in memory several times over).
    """
    conn = sqlite3.connect(project, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    dumps = json.dumps
    conn.execute("BEGIN IMMEDIATE")
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            document = conn.execute(
                "INSERT INTO documents (name, text, meta) VALUES (?, ?, ?)",
                (r["name"], r["text"], dumps(r["meta"])),
            ).lastrowid
            conn.executemany(
                _FLOOR_ANNOTATION,
                [
                    (document, a["id"], a["annotator"], a["layer"], a["start"], a["end"],
                     dumps(a["attributes"]), a["note"], a["origin"], a["created_at"],
                     a["updated_at"])
                    for a in r["annotations"]
                ],
            )  # fmt: skip
    conn.execute("COMMIT")
    conn.close()


def row_counts(project: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(project)
    try:
        tables = ("documents", "annotations")
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        conn.close()


def compare(folder: Path, source: Path, repeats: int) -> tuple[float, float]:
    """Medians of (annotator import, floor), interleaved so both see the same load."""
    ours, floors = [], []
    for attempt in range(repeats):
        target = empty_project(folder / f"ours-{attempt}.sqlite")
        ours.append(timed(partial(run_cli, "--project", str(target), "import", str(source))))
        bare = bare_project(folder / f"floor-{attempt}.sqlite")
        floors.append(timed(partial(floor_import, bare, source)))
        assert row_counts(target) == row_counts(bare)  # both stored the same rows
        for path in folder.glob("*.sqlite*"):
            path.unlink()
    return statistics.median(ours), statistics.median(floors)


def measure(quick: bool) -> list[Row]:
    documents, annotations, repeats = (200, 5_000, 1) if quick else (10_000, 1_000_000, 3)
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        plain = write_jsonl(folder / "documents.jsonl", documents, 0)
        ours, floor = compare(folder, plain, repeats)
        rows = [
            Row("1", "import JSONL documents", ours, floor=floor, limit=2, limit_is_ratio=True,
                note=f"{documents:,} × 5 KB"),
        ]  # fmt: skip
        plain.unlink()
        labelled = write_jsonl(folder / "annotated.jsonl", documents, annotations)
        ours, floor = compare(folder, labelled, repeats)
        rows.append(
            Row("2", "import JSONL annotations, validated", ours, floor=floor, limit=2,
                limit_is_ratio=True, note=f"{annotations:,} on {documents:,} documents"),
        )  # fmt: skip
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)
