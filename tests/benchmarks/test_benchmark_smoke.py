"""Every benchmark runs at its smoke size, so the suite never rots.

Only the shape of the output is checked: no test asserts a wall-clock time
(the figures live in ``benchmarks/RESULTS.md``, produced by ``make bench``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from run import SUITES  # noqa: E402


def test_every_benchmark_module_is_in_the_table() -> None:
    modules = {path.stem.removeprefix("bench_") for path in BENCHMARKS.glob("bench_*.py")}
    assert modules == set(SUITES)


@pytest.mark.parametrize("suite", SUITES)
def test_smoke_run_prints_its_rows(suite: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--only", suite],
        capture_output=True,
        text=True,
        env=env,
        timeout=280,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [line for line in result.stdout.splitlines() if line.startswith("|")]
    assert rows[0].startswith("| # | what | measured")
    body = rows[2:]
    assert body, result.stdout
    for row in body:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == 7, row
        assert cells[2][0].isdigit(), row  # a measured figure, not a placeholder
    # Only the cache of generated projects stays behind (kept between runs on purpose),
    # beside the settings folders tests/conftest.py makes in every test's tmp_path.
    settings = {"xdg-data", "xdg-config", "xdg-cache"}
    assert {p.name for p in tmp_path.iterdir()} <= {"annotator-bench", *settings}
