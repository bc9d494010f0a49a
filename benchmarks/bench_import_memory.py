"""Peak memory of importing a 1 GB JSONL file of model pre-annotations (issue 16).

40,000 documents of about 5 KB with 4,000,000 labels by one annotator, without
ids, covered text or timestamps (``corpus.model_records``): about 1 GB of
native JSONL.  Measured is ``python -m annotator --project P import FILE`` in a
child process into a new empty project; its peak resident size is the
kernel's own figure for that child (``ru_maxrss`` from ``wait4``).  The import
time is in the note.  The target is 300 MB whatever the file's size: an import
streams its file into the open transaction instead of reading it whole first.

``ANNOTATOR_BENCH_STREAM_ANNOTATIONS`` sets a smaller size (documents are a
hundredth of it) for a quicker ``make bench``; RESULTS.md is written at the
full size.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_import import empty_project
from common import Row
from corpus import write_model_jsonl

FULL_SIZE = 4_000_000


def peak_import(project: Path, source: Path) -> tuple[float, float]:
    """(seconds, peak resident MB) of one ``annotator import`` child process."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--project", str(project), "import", str(source)],
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if child.returncode:
        raise RuntimeError(f"annotator import exited with {child.returncode}")
    return elapsed, usage.ru_maxrss / 1024  # Linux gives kB


def measure(quick: bool) -> list[Row]:
    configured = int(os.environ.get("ANNOTATOR_BENCH_STREAM_ANNOTATIONS", FULL_SIZE))
    annotations = 20_000 if quick else configured
    documents = max(1, annotations // 100)
    folder = Path(tempfile.mkdtemp(prefix="bench-import-memory-"))
    try:
        source = write_model_jsonl(folder / "model.jsonl", documents, annotations)
        size_mb = source.stat().st_size / 1e6
        project = empty_project(folder / "project.sqlite")
        seconds, peak = peak_import(project, source)
        note = (
            f"{size_mb:,.0f} MB file, {annotations:,} labels on {documents:,} documents, "
            f"imported in {seconds:.0f} s"
        )
        return [Row("11", "import JSONL, peak memory", peak, limit=300, unit="MB", note=note)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
