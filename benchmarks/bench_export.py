"""``annotator export`` of 1,000,000 annotations as CSV and as JSONL: issue row 3.

The project holds 10,000 articles of about 5 KB with 1,000,000 annotations by
three annotators (``corpus.py``, imported once, not timed).  Measured is the
click command in-process, which writes a temporary file, fsyncs it and renames
it over the target.

The floors (issue 16), in the same run, on a file of the same kind (UTF-8,
fsynced):

- CSV: one SELECT joining annotations to their documents, in the export's
  order, the covered text cut by ``substr``, the attributes left as their
  stored JSON (no column per attribute), streamed from the cursor straight
  into ``csv.writer``.
- JSONL: one SELECT of the documents and one of the annotations, both in
  document order, grouped into one object per document (attributes parsed
  back into objects) and written with ``json.dumps`` line by line.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
from functools import partial
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from bench_import import empty_project, run_cli
from common import Row, timed
from corpus import write_jsonl

_ORDER = 'ORDER BY a.document_id, a.annotator, a.start, a."end" DESC, a.id'


def floor_csv(project: Path, target: Path) -> None:
    sql = (
        'SELECT d.name, a.document_id, a.annotator, a.layer, a.start, a."end", '
        'substr(d.text, a.start + 1, a."end" - a.start), a.attributes, a.note, a.origin, a.id, '
        f"a.created_at, a.updated_at FROM annotations a JOIN documents d ON d.id = a.document_id "
        f"{_ORDER}"
    )
    conn = sqlite3.connect(project)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["document", "document_id", "annotator", "layer", "start", "end", "text",
                         "attributes", "note", "origin", "annotation_id", "created_at",
                         "updated_at"])  # fmt: skip
        writer.writerows(conn.execute(sql))
        handle.flush()
        os.fsync(handle.fileno())
    conn.close()


def floor_jsonl(project: Path, target: Path) -> None:
    conn = sqlite3.connect(project)
    documents = conn.execute("SELECT id, name, text, meta FROM documents ORDER BY id")
    annotations = groupby(
        conn.execute(
            'SELECT a.document_id, a.id, a.layer, a.start, a."end", a.annotator, a.attributes, '
            f"a.note, a.origin, a.created_at, a.updated_at FROM annotations a {_ORDER}"
        ),
        key=itemgetter(0),
    )
    pending = next(annotations, None)
    with target.open("w", encoding="utf-8") as handle:
        for document_id, name, text, meta in documents:
            items = []
            if pending is not None and pending[0] == document_id:
                items = [
                    {"id": a[1], "layer": a[2], "start": a[3], "end": a[4], "annotator": a[5],
                     "attributes": json.loads(a[6]), "note": a[7], "origin": a[8],
                     "created_at": a[9], "updated_at": a[10]}
                    for a in pending[1]
                ]  # fmt: skip
                pending = next(annotations, None)
            record = {"name": name, "text": text, "meta": json.loads(meta), "annotations": items}
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    conn.close()


def csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def line_count(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for _ in handle)


def measure(quick: bool) -> list[Row]:
    documents, annotations, repeats = (200, 5_000, 1) if quick else (10_000, 1_000_000, 3)
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        source = write_jsonl(folder / "corpus.jsonl", documents, annotations)
        project = empty_project(folder / "project.sqlite")
        run_cli("--project", str(project), "import", str(source))
        source.unlink()
        rows = []
        for fmt, floor, count in (("csv", floor_csv, csv_rows), ("jsonl", floor_jsonl, line_count)):
            ours_file, floor_file = folder / f"ours.{fmt}", folder / f"floor.{fmt}"
            ours, floors = [], []
            export = partial(run_cli, "--project", str(project), "export", "-o", str(ours_file))
            for _ in range(repeats):
                ours.append(timed(export))
                floors.append(timed(partial(floor, project, floor_file)))
            assert count(ours_file) == count(floor_file)  # the same rows (or lines)
            rows.append(
                Row("3", f"export {fmt.upper()}", statistics.median(ours),
                    floor=statistics.median(floors), limit=1.5, limit_is_ratio=True,
                    note=f"{annotations:,} annotations on {documents:,} documents"),
            )  # fmt: skip
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)
