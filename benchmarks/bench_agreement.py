"""``annotator agreement`` over 3 annotators × 100,000 annotations: issue row 4.

The project holds 3,000 articles with 100 annotations each, a third per
annotator, mostly on the same spans (``corpus.py``; imported once, not timed).
Measured:
- the whole command, in-process through click: open the project, read the
  annotations, align them into units, every coefficient of every attribute,
  the table written to a file (target: 5 s);
- the alpha step alone, on the reliability matrix the report builds for one
  attribute (units × annotators, ``None`` where missing), against the
  ``krippendorff`` package (numpy) on the same matrix as the floor: our step may
  not be slower.  The package gets its input already as a numpy array (coders ×
  units, ``nan`` for missing, categories coded as numbers), so converting to it
  is not counted against the package.  Both alphas must agree to 1e-9.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
from bench_import import empty_project, run_cli
from common import ANNOTATORS, Row, median_of, timed
from corpus import write_jsonl

from annotator.review.agreement import attribute_value
from annotator.review.alignment import align_units
from annotator.review.coefficients import Level, krippendorff_alpha
from annotator.store.project import Project

Matrix = list[list[Any]]


def reliability_matrix(project: Path, layer: str, attribute: str, kind: str) -> Matrix:
    """The units × annotators matrix the report computes alpha on (pairable rows only)."""
    with Project.open(project) as opened:
        annotations = [a for a, _, _ in opened.annotations.iterate(ANNOTATORS, [layer])]
    matrix = []
    for unit in align_units(annotations, "overlap"):
        row = [
            None if member is None else attribute_value(member, attribute, kind, {})
            for member in (unit.members.get(name) for name in ANNOTATORS)
        ]
        if sum(value is not None for value in row) >= 2:
            matrix.append(row)
    return matrix


def as_array(matrix: Matrix) -> Any:
    """Coders × units floats with ``nan`` for missing; categories numbered in first-seen order."""
    codes: dict[Any, float] = {}
    for row in matrix:
        for value in row:
            if value is not None and value not in codes:
                codes[value] = value if isinstance(value, float) else float(len(codes))
    columns = [[np.nan if v is None else codes[v] for v in row] for row in matrix]
    return np.array(columns, dtype=float).T


def alpha_rows(project: Path, repeats: int) -> list[Row]:
    rows = []
    for layer, attribute, kind, level in (
        ("stance", "polarity", "choice", "nominal"),
        ("figure", "value", "number", "interval"),
    ):
        matrix = reliability_matrix(project, layer, attribute, kind)
        array = as_array(matrix)
        typed_level: Level = "interval" if level == "interval" else "nominal"
        ours = krippendorff_alpha(matrix, typed_level)
        theirs = krippendorff.alpha(reliability_data=array, level_of_measurement=typed_level)
        assert ours is not None and abs(ours - theirs) < 1e-9, (ours, theirs)
        ours_time = median_of(lambda: krippendorff_alpha(matrix, typed_level), repeats)  # noqa: B023
        floor_time = median_of(
            lambda: krippendorff.alpha(reliability_data=array, level_of_measurement=typed_level),  # noqa: B023
            repeats,
        )
        rows.append(
            Row("4", f"alpha step, {level} ({layer}.{attribute}; floor: krippendorff package)",
                ours_time, floor=floor_time, limit=1.0, limit_is_ratio=True,
                note=f"{len(matrix):,} units, α = {ours:.3f}"),
        )  # fmt: skip
    return rows


def measure(quick: bool) -> list[Row]:
    documents, per_annotator, repeats = (60, 2_000, 3) if quick else (3_000, 100_000, 7)
    folder = Path(tempfile.mkdtemp(prefix="bench-agreement-"))
    try:
        source = write_jsonl(folder / "corpus.jsonl", documents, per_annotator * len(ANNOTATORS))
        project = empty_project(folder / "project.sqlite")
        run_cli("--project", str(project), "import", str(source))
        report = folder / "agreement.txt"
        command = ("--project", str(project), "agreement", "-o", str(report))
        times = [timed(lambda: run_cli(*command)) for _ in range(max(1, repeats // 2))]
        assert "krippendorff_alpha" in report.read_text(encoding="utf-8")
        return [
            Row("4", "agreement report (annotator agreement)", statistics.median(times),
                limit=5.0, note=f"{len(ANNOTATORS)} annotators × {per_annotator:,} annotations"),
            *alpha_rows(project, repeats),
        ]  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
