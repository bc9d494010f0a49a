"""Shared pieces of the benchmark suite: seeded multilingual data and the result row.

Every ``bench_*.py`` module exposes ``measure(quick: bool) -> list[Row]``; ``run.py``
collects them into one table. ``quick`` is the smoke size that ``make test`` runs so the
benchmarks never rot; no test looks at the times.
"""

from __future__ import annotations

import atexit
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.core.model import Annotation, Document


def scratch_folder(prefix: str) -> Path:
    """A new temporary folder, removed when the process ends.

    For what must live as long as the process (a ``QSettings`` path, the window's
    project): the benches that used a bare ``mkdtemp()`` left one folder per run
    in the temp folder, the large-document one with a 1 MB project in it.
    """
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


WORDS = (
    "Kazakhstan", "will", "not", "recognize", "the", "referendums", "99.23%", "in", "favor",
    "Donetsk", "Казахстан", "не", "признает", "референдумы", "87,05", "процента", "Запорожье",
    "Kazachstan", "nie", "uzna", "wyników", "93", "proc.", "głosujących", "🇺🇦", "🎉",
    "👩\u200d👩\u200d👧", "مرحبا", "e\u0301te\u0301",
)  # fmt: skip

ANNOTATORS = ("alice", "bogdan", "chen")
LAYERS = ("stance", "quote", "figure")


def make_text(size: int, rng: random.Random) -> str:
    """A text of ``size`` code points: sentences of the seed vocabulary, some line breaks."""
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))) + "."
        if rng.random() < 0.15:
            sentence += "\n"
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)[:size]


@dataclass(frozen=True)
class Row:
    """One line of the results table.

    ``value`` and ``floor`` are seconds unless ``unit`` says otherwise ("MB").
    ``limit`` is the target in the same unit, or a ratio of the floor when
    ``limit_is_ratio``; ``None`` means the row is informative only.
    """

    number: str
    what: str
    value: float
    floor: float | None = None
    limit: float | None = None
    limit_is_ratio: bool = False
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    @property
    def target(self) -> str:
        if self.limit is None:
            return "—"
        if self.limit_is_ratio:
            return f"≤ {self.limit:g}× floor"
        return f"≤ {format_value(self.limit, self.unit)}"

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        if self.limit_is_ratio:
            return self.ratio is not None and self.ratio <= self.limit
        return self.value <= self.limit


def format_value(value: float, unit: str) -> str:
    if unit != "s":
        return f"{value:,.0f} {unit}"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_of(action: Callable[[], object], repeats: int) -> float:
    return statistics.median(timed(action) for _ in range(repeats))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def cached_project(
    name: str, items: Callable[[], Iterable[tuple[Document, list[Annotation]]]]
) -> Path:
    """A generated project kept in ``$TMPDIR/annotator-bench`` between runs.

    Built once from ``items()`` in one import, into a ``.partial`` file renamed
    into place, so an interrupted build is never taken for a finished one.
    """
    from annotator.core.schema import load_schema
    from annotator.resources import default_schema_path
    from annotator.store.project import Project

    folder = Path(tempfile.gettempdir()) / "annotator-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.sqlite"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    with Project.open(partial, create=True, schema=load_schema(default_schema_path())) as project:
        project.documents.add(items())
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path
