"""The gold set imports with annotator, is what make_gold.py builds, and the suggesters keep
the quality measured on it (a regression floor: the issue's targets, reported in RESULTS.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "suggest_gold"


def _run(project: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--project", str(project), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_file_is_what_the_script_builds(tmp_path: Path) -> None:
    # Built into tmp_path: a test never rewrites the fixture it checks.
    built = tmp_path / "gold.jsonl"
    subprocess.run(
        [sys.executable, str(GOLD / "make_gold.py"), str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == (GOLD / "gold.jsonl").read_bytes()


def test_suggesters_meet_the_targets_on_the_gold_set(tmp_path: Path) -> None:
    project = tmp_path / "gold.sqlite"
    _run(project, "import", str(GOLD / "gold.jsonl"))
    _run(project, "suggest", "--suggester", "figures", "--suggester", "quotes",
         "--suggester", "stance")  # fmt: skip
    report = json.loads(_run(project, "suggest", "--evaluate", "--against", "reference",
                             "--format", "json"))  # fmt: skip
    figure = report["layers"]["figure"]["all"]
    assert figure["overlap"]["recall"] >= 0.95
    assert figure["overlap"]["precision"] >= 0.90
    assert figure["value_right"]["share"] >= 0.95
    quote = report["layers"]["quote"]["all"]
    assert quote["direct_recall"]["share"] >= 0.90
    assert quote["overlap"]["precision"] >= 0.80
    assert quote["speaker_right"]["share"] >= 0.60
    assert set(report["layers"]["quote"]["by_suggester"]) == {"quotes"}
