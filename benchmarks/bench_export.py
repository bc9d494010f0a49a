"""``annotator export --format csv`` of 1,000,000 annotations: issue row 3.

The project holds 10,000 articles of about 5 KB with 1,000,000 annotations by
three annotators (``corpus.py``, imported once, not timed).  Measured is the
click command in-process, which writes a temporary file, fsyncs it and renames
it over the target.

The floor, in the same run: one SQL query over the same project giving the same
rows in the same order with the same columns (covered text by ``substr``, one
column per schema attribute by ``json_extract``), streamed from the cursor
straight into ``csv.writer`` on a file of the same kind (UTF-8, CRLF, fsynced).
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import statistics
import tempfile
from pathlib import Path

from bench_import import empty_project, run_cli
from common import Row, timed
from corpus import write_jsonl

from annotator.io.exporter import csv_columns
from annotator.store.project import Project


def floor_export(project: Path, target: Path, attributes: list[str]) -> int:
    extracted = ", ".join(f"json_extract(a.attributes, '$.{name}')" for name in attributes)
    sql = (
        'SELECT d.name, a.document_id, a.annotator, a.layer, a.start, a."end", '
        'substr(d.text, a.start + 1, a."end" - a.start), '
        f"{extracted}, a.note, a.origin, a.id, a.created_at, a.updated_at "
        "FROM annotations a JOIN documents d ON d.id = a.document_id "
        'ORDER BY a.document_id, a.annotator, a.start, a."end" DESC, a.id'
    )
    conn = sqlite3.connect(project)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["document", "document_id", "annotator", "layer", "start", "end", "text",
                         *attributes, "note", "origin", "annotation_id", "created_at",
                         "updated_at"])  # fmt: skip
        cursor = conn.execute(sql)
        writer.writerows(cursor)
        handle.flush()
        os.fsync(handle.fileno())
    conn.close()
    return cursor.rowcount


def csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def measure(quick: bool) -> list[Row]:
    documents, annotations, repeats = (200, 5_000, 1) if quick else (10_000, 1_000_000, 3)
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        source = write_jsonl(folder / "corpus.jsonl", documents, annotations)
        project = empty_project(folder / "project.sqlite")
        run_cli("--project", str(project), "import", str(source))
        source.unlink()
        with Project.open(project) as opened:
            columns = csv_columns(opened)
        attributes = columns[7:-5]
        ours_file, floor_file = folder / "ours.csv", folder / "floor.csv"
        ours, floors = [], []
        for _ in range(repeats):
            ours.append(
                timed(lambda: run_cli("--project", str(project), "export", "-o", str(ours_file)))
            )
            floors.append(timed(lambda: floor_export(project, floor_file, attributes)))
        assert csv_rows(ours_file) == csv_rows(floor_file) == annotations + 1  # same rows
        return [
            Row("3", "export CSV", statistics.median(ours), floor=statistics.median(floors),
                limit=1.5, limit_is_ratio=True, note=f"{annotations:,} annotations"),
        ]  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
