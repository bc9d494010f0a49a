"""Work packages at scale: issue 15's rows T1 (create), T2 (merge back) and T3 (report).

The lead's project holds 100,000 articles of about 1 KB (generated once and
kept in ``$TMPDIR/annotator-bench``). T1 runs ``annotator packages create`` for
20 annotators with 20 % overlap (120,000 documents copied into 20 files);
T2 fills the packages with 1,000,000 annotations in all (not timed) and runs
``annotator merge`` of the 20 files into a copy of the lead's project; T3 runs
``annotator report`` on the merged project. All three run the click commands
in-process, as in the other benchmarks.

Floors, in the same run, with plain ``sqlite3``:
- T1: the same 20 files made by copying the same documents with one
  ``INSERT … SELECT`` each from the ATTACHed project (no plan, no checks).
- T2: the 1,000,000 annotations and the status rows copied from the 20
  ATTACHed packages into a copy of the lead's project with ``INSERT … SELECT``
  (no document matching, no conflict or package checks, no report).
- T3: reading what the report must read: the annotations of the overlapped
  documents' assignees (one join), the status rows and assignments.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from bench_import import run_cli
from common import Row, cached_project, make_text, timed

from annotator.core.model import Annotation, Document

ANNOTATORS = tuple(f"annotator{i:02d}" for i in range(20))
STAMP = "2026-11-23T09:00:00.000000Z"
POLARITIES = ("favor", "against", "neutral", "unclear")


def _documents(count: int, size: int) -> Iterator[tuple[Document, list[Annotation]]]:
    rng = random.Random(15)
    for number in range(count):
        yield Document(None, f"article-{number:06d}.txt", make_text(size, rng)), []


def _fill_packages(folder: Path, annotations: int) -> int:
    """Every package's annotator labels their documents: ``annotations`` in all, spread
    evenly, half stances, half quotes; statuses done with some active time."""
    packages = sorted(folder.glob("*.annotator.sqlite"))
    rng = random.Random(7)
    per_package = annotations // len(packages)
    written = 0
    for number, path in enumerate(packages):
        quota = per_package + (number < annotations % len(packages))
        conn = sqlite3.connect(path)
        annotator = path.name.removesuffix(".annotator.sqlite")
        ids = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY id")]
        rows = []
        for index in range(quota):
            document_id = ids[index % len(ids)]
            start = (index // len(ids)) * 40
            polarity = POLARITIES[(document_id + rng.random().__lt__(0.2)) % 4]
            rows.append((
                str(uuid.UUID(int=rng.getrandbits(128), version=4)), document_id, annotator,
                "stance", start, start + 30, f'{{"polarity": "{polarity}"}}', "", "manual",
                STAMP, STAMP,
            ))  # fmt: skip
        with conn:
            conn.executemany(
                "INSERT INTO annotations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )
            conn.executemany(
                "INSERT INTO document_status (document_id, annotator, status, none_present, "
                "updated_at, active_seconds) VALUES (?, ?, 'done', '[]', ?, ?)",
                ((i, annotator, STAMP, 30 + rng.random() * 300) for i in ids),
            )
        conn.close()
        written += quota
    return written


def floor_create(lead: Path, folder: Path, plan: dict[str, list[int]]) -> None:
    folder.mkdir()
    conn = sqlite3.connect(lead)
    conn.execute("CREATE TEMP TABLE chosen (id INTEGER PRIMARY KEY)")
    for name, ids in plan.items():
        conn.execute("DELETE FROM temp.chosen")
        conn.executemany("INSERT INTO temp.chosen VALUES (?)", ((i,) for i in ids))
        conn.execute("ATTACH DATABASE ? AS package", (str(folder / f"{name}.sqlite"),))
        conn.execute("CREATE TABLE package.documents AS SELECT * FROM main.documents LIMIT 0")
        conn.execute(
            "INSERT INTO package.documents SELECT * FROM main.documents "
            "WHERE id IN (SELECT id FROM temp.chosen)"
        )
        conn.commit()
        conn.execute("DETACH DATABASE package")
    conn.close()


def floor_merge(target: Path, packages: list[Path]) -> None:
    conn = sqlite3.connect(target)
    for path in packages:
        conn.execute("ATTACH DATABASE ? AS package", (str(path),))
        conn.execute("INSERT INTO annotations SELECT * FROM package.annotations")
        conn.execute(
            "INSERT OR REPLACE INTO document_status (document_id, annotator, status, "
            "none_present, updated_at, active_seconds) SELECT document_id, annotator, status, "
            "none_present, updated_at, active_seconds FROM package.document_status"
        )
        conn.commit()
        conn.execute("DETACH DATABASE package")
    conn.close()


def floor_report(project: Path) -> int:
    conn = sqlite3.connect(project)
    rows = conn.execute(
        """
        SELECT count(*) FROM annotations a
          JOIN assignments s ON s.document_id = a.document_id AND s.annotator = a.annotator
         WHERE a.document_id IN (SELECT document_id FROM assignments
                                  GROUP BY document_id HAVING count(*) > 1)
        """
    ).fetchone()[0]
    conn.execute("SELECT annotator, status, active_seconds FROM document_status").fetchall()
    conn.close()
    return int(rows)


def _plan(lead: Path) -> dict[str, list[int]]:
    conn = sqlite3.connect(lead)
    plan: dict[str, list[int]] = {}
    for annotator, document_id in conn.execute("SELECT annotator, document_id FROM assignments"):
        plan.setdefault(annotator, []).append(document_id)
    conn.close()
    return plan


def measure(quick: bool) -> list[Row]:
    documents, annotations, size = (2_000, 20_000, 600) if quick else (100_000, 1_000_000, 1000)
    source = cached_project(f"team-{documents}-{size}", lambda: _documents(documents, size))
    folder = Path(tempfile.mkdtemp(prefix="bench-team-"))
    try:
        lead = folder / "lead.sqlite"
        shutil.copyfile(source, lead)
        packages = folder / "packages"
        names = ",".join(ANNOTATORS)
        create = timed(
            lambda: run_cli("--project", str(lead), "packages", "create", "--annotators", names,
                            "--overlap", "0.2", "--seed", "1", "-o", str(packages))
        )  # fmt: skip
        create_floor = timed(lambda: floor_create(lead, folder / "floor-packages", _plan(lead)))
        files = sorted(packages.glob("*.annotator.sqlite"))
        assert len(files) == len(ANNOTATORS)
        assert _fill_packages(packages, annotations) == annotations
        floor_target = folder / "floor-lead.sqlite"
        shutil.copyfile(lead, floor_target)
        merge = timed(lambda: run_cli("--project", str(lead), "merge", *map(str, files)))
        merge_floor = timed(lambda: floor_merge(floor_target, files))
        with sqlite3.connect(lead) as conn:
            assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == annotations
        report = folder / "report.html"
        report_time = timed(lambda: run_cli("--project", str(lead), "report", "-o", str(report)))
        report_floor = timed(lambda: floor_report(lead))
        assert report.stat().st_size > 10_000
        scale = f"{len(ANNOTATORS)} annotators, {documents:,} documents, 20 % overlap"
        return [
            Row("T1", f"packages create ({scale})", create, floor=create_floor, limit=20.0),
            Row("T2", f"merge 20 packages, {annotations:,} annotations", merge,
                floor=merge_floor, limit=60.0),
            Row("T3", "annotator report on that project", report_time, floor=report_floor,
                limit=10.0),
        ]  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
