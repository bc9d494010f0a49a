"""Run every benchmark and print one table (``make bench``).

python benchmarks/run.py            # full sizes, the figures in RESULTS.md
python benchmarks/run.py --quick    # smoke sizes (what ``make test`` runs)
python benchmarks/run.py --only import,export
python benchmarks/run.py --write benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, format_value

# Order of the table; each name is a module ``bench_<name>.py`` with ``measure(quick)``.
SUITES = (
    "import", "export", "agreement", "large_document", "startup", "review", "team", "suggest",
    "import_memory",
)  # fmt: skip


def table(rows: list[Row]) -> str:
    lines = [
        "| # | what | measured | floor | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        floor = format_value(row.floor, row.unit) if row.floor else "—"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        met = {True: "yes", False: "**no**", None: "—"}[row.met]
        what = f"{row.what} ({row.note})" if row.note else row.what
        value = format_value(row.value, row.unit)
        cells = (row.number, what, value, floor, ratio, row.target, met)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small smoke sizes")
    parser.add_argument("--only", default="", help="comma-separated suite names")
    parser.add_argument("--write", type=Path, help="also write the table to this Markdown file")
    parser.add_argument("--rows-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    names = [name for name in args.only.split(",") if name] or list(SUITES)
    if args.rows_json:  # one suite, in this process, for the parent below
        [name] = names
        module = importlib.import_module(f"bench_{name}")
        print(json.dumps([asdict(row) for row in module.measure(args.quick)]))
        return 0
    rows: list[Row] = []
    for name in names:
        # Each suite in a fresh process: what one leaves in memory (a million
        # imported rows, say) must not slow the next one's garbage collection.
        started = time.perf_counter()
        command = [sys.executable, __file__, "--only", name, "--rows-json"]
        result = subprocess.run(
            command + (["--quick"] if args.quick else []),
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        )
        rows.extend(Row(**fields) for fields in json.loads(result.stdout.splitlines()[-1]))
        print(f"# {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    output = table(rows)
    print(output)
    if args.write:
        stamp = time.strftime("%Y-%m-%d")
        # Sections after the table ("## ...", e.g. the suggesters' quality) are kept.
        previous = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        kept = previous[previous.index("\n## ") :] if "\n## " in previous else ""
        args.write.write_text(
            "# Benchmark results\n\n"
            f"`make bench` on {stamp}: {machine()}.\n\n"
            "Each floor is measured in the same run (see each `benchmarks/bench_*.py` docstring "
            "for what it is).\n\n" + output + "\n" + kept,
            encoding="utf-8",
        )
    missed = [row for row in rows if row.met is False]
    return 1 if missed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
