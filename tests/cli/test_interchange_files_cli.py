"""Other tools' genuine files through the real ``annotator`` command: a file that must be
refused says file, line and reason on stderr, exits 1 without a traceback and leaves the
project's bytes as they were; labels a file gives to ``gold`` come in as
``gold-imported`` and the output says so."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.cli.conftest import REPO, Run

FIXTURES = REPO / "tests" / "fixtures" / "interchange"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("labelstudio/image_task_previous_export.json",
         ':1: task 1234: "data" holds no text, only links to files (image)'),
        ("doccano/text_classification_import_test.json",
         ':5: "text" must be a non-empty string'),
        ("labelstudio/completions_348_json_min.json",
         ": this looks like a Label Studio JSON-MIN file: export the project again"),
    ],
)  # fmt: skip
def test_a_file_that_must_be_refused(
    annotator: Run, tmp_path: Path, fixture: str, expected: str
) -> None:
    project = tmp_path / "p.sqlite"
    first = FIXTURES / "doccano" / "sequence_labeling.jsonl"
    made = annotator("--project", project, "import", "--add-layers", first)
    assert made.returncode == 0, made.stderr
    before = digest(project)
    refused = annotator("--project", project, "import", "--add-layers", FIXTURES / fixture)
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"error: {FIXTURES / fixture}{expected}"), refused.stderr
    assert "Traceback" not in refused.stderr
    assert digest(project) == before


def test_gold_labels_from_a_file_are_gold_imported(annotator: Run, tmp_path: Path) -> None:
    """doccano's genuine example as the per-user export of a doccano user named gold."""
    source = tmp_path / "gold.jsonl"
    source.write_bytes((FIXTURES / "doccano" / "sequence_labeling.jsonl").read_bytes())
    result = annotator("--project", "p.sqlite", "import", "--add-layers", source)
    assert result.returncode == 0, result.stderr
    assert "imported 3 document(s), 4 annotation(s)" in result.stdout
    # What the import says besides the counts goes to stderr, as every import's notes.
    assert f"{source}:1: 4 labels of 'gold' imported as the annotator 'gold-imported'" in (
        result.stderr
    )
    stats = json.loads(annotator("--project", "p.sqlite", "stats", "--json").stdout)
    assert set(stats["annotators"]) == {"gold-imported"}
    check = annotator("--project", "p.sqlite", "check")
    assert check.returncode == 0, check.stdout + check.stderr
