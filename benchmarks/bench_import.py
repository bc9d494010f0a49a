"""``annotator import`` of native JSONL: issue rows 1 and 2.

Row 1 imports 10,000 documents of about 5 KB, row 2 the same documents with
1,000,000 annotations by three annotators (see ``corpus.py``).  Measured is
what a user runs: the click command, in-process, into a new empty project
(``annotator init`` is not timed).

The floor is the least any importer of that file must do, in the same run:
read the same file, ``json.loads`` every line and insert the same rows (documents
with their metadata and text hash, annotations, the per-annotator progress rows)
with plain ``sqlite3.executemany`` in one transaction, into an identical empty
project file with the same pragmas (WAL, ``synchronous=FULL``, foreign keys).
It checks nothing; the product validates every line, so the target allows 2×.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
import sqlite3
import statistics
import tempfile
from functools import partial
from pathlib import Path

from common import Row, timed
from corpus import STAMP, write_jsonl

from annotator.cli import main as cli_main
from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project

KNOWN = ("title", "language", "url", "published", "author", "site")


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


def floor_import(project: Path, source: Path) -> None:
    """Read, parse, ``executemany`` the same rows in one transaction; no checks."""
    conn = sqlite3.connect(project, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    with source.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO documents (name, text, title, language, url, published, author, site, "
        "meta, sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                r["name"],
                r["text"],
                *(str(r["meta"].get(key, "")) for key in KNOWN),
                json.dumps({k: v for k, v in r["meta"].items() if k not in KNOWN}),
                hashlib.sha256(r["text"].encode()).hexdigest(),
                STAMP,
            )
            for r in records
        ),
    )
    ids = dict(conn.execute("SELECT name, id FROM documents"))
    conn.executemany(
        'INSERT INTO annotations (id, document_id, annotator, layer, start, "end", attributes, '
        "note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                a["id"],
                ids[r["name"]],
                a["annotator"],
                a["layer"],
                a["start"],
                a["end"],
                json.dumps(a["attributes"], ensure_ascii=False),
                a["note"],
                a["origin"],
                a["created_at"],
                a["updated_at"],
            )
            for r in records
            for a in r["annotations"]
        ),
    )
    progress = {(ids[r["name"]], a["annotator"]) for r in records for a in r["annotations"]}
    conn.executemany(
        "INSERT INTO document_status (document_id, annotator, status, updated_at) "
        "VALUES (?, ?, 'in_progress', ?)",
        [(document, annotator, STAMP) for document, annotator in sorted(progress)],
    )
    conn.execute("COMMIT")
    conn.close()


def row_counts(project: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(project)
    try:
        tables = ("documents", "annotations", "document_status")
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        conn.close()


def compare(folder: Path, source: Path, repeats: int) -> tuple[float, float]:
    """Medians of (annotator import, floor), interleaved so both see the same load."""
    ours, floors = [], []
    for attempt in range(repeats):
        target = empty_project(folder / f"ours-{attempt}.sqlite")
        ours.append(timed(partial(run_cli, "--project", str(target), "import", str(source))))
        bare = empty_project(folder / f"floor-{attempt}.sqlite")
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
