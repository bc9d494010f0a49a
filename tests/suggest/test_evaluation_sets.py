"""The held-out and blind evaluation sets are what their scripts build from the articles
(annotated as exact text), so an edit of an article or an annotation line cannot leave the
JSONL the measurements read behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    ("folder", "script", "built"),
    [
        ("suggest_heldout", "make_heldout.py", "heldout.jsonl"),
        ("suggest_blind", "make_blind.py", "blind.jsonl"),
        ("suggest_blind2", "make_blind2.py", "blind2.jsonl"),
    ],
)
def test_the_file_is_what_the_script_builds(
    folder: str, script: str, built: str, tmp_path: Path
) -> None:
    # Built into tmp_path: a test never rewrites the fixture it checks.
    target = tmp_path / built
    subprocess.run(
        [sys.executable, str(FIXTURES / folder / script), str(target)],
        check=True,
        capture_output=True,
    )
    assert target.read_bytes() == (FIXTURES / folder / built).read_bytes()
