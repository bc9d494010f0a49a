"""``annotator export`` then ``annotator import`` as real processes, for exports of
several annotators (brat and WebAnno: a subfolder each and ``annotator-folders.json``).

The project is ``tests/fixtures/project-0005.sqlite``: alice and bogdan made the same
stance (same layer and span), whose derived ids collided before the manifest.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import REPO, Run

FIXTURE = REPO / "tests" / "fixtures" / "project-0005.sqlite"


def per_annotator(stats: subprocess.CompletedProcess[str]) -> dict[str, dict[str, int]]:
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    return {name: row["annotations"] for name, row in data["annotators"].items()}


@pytest.mark.parametrize("fmt", ["brat", "webanno"])
def test_export_then_import_in_real_processes(annotator: Run, tmp_path: Path, fmt: str) -> None:
    shutil.copy(FIXTURE, tmp_path / "p.sqlite")
    exported = annotator("--project", "p.sqlite", "export", "--format", fmt, "-o", "out")
    assert exported.returncode == 0, exported.stderr
    manifest = json.loads((tmp_path / "out" / "annotator-folders.json").read_text("utf-8"))
    assert manifest["annotator_folders"] == 1
    assert manifest["folders"] == {"alice": "alice", "bogdan": "bogdan", "model": "model"}
    # WebAnno's files are <document>.tsv, brat's <document without .txt>.ann (+ .txt):
    # the manifest keeps each file's document name.
    documents = manifest.get("documents", {})
    suffix = {"webanno": ".tsv", "brat": ".ann"}.get(fmt)
    alice = tmp_path / "out" / "alice"
    files = sorted(p.name for p in alice.glob(f"*{suffix}")) if suffix else []
    assert sorted(documents) == files
    assert all(
        f == (f"{d}.tsv" if fmt == "webanno" else d.removesuffix(".txt") + ".ann")
        for f, d in documents.items()
    )

    first = annotator("--project", "n.sqlite", "import", "out")
    assert first.returncode == 0, first.stderr
    assert "imported 1 document(s), 3 annotation(s)" in first.stdout
    source = per_annotator(annotator("--project", "p.sqlite", "stats", "--json"))
    copied = per_annotator(annotator("--project", "n.sqlite", "stats", "--json"))
    assert copied == {name: source[name] for name in ("alice", "bogdan", "model")}

    again = annotator("--project", "n.sqlite", "import", "out")
    assert again.returncode == 0, again.stderr
    assert "imported 0 document(s), 0 annotation(s)" in again.stdout
    # Back into the project it came from: the same documents, nothing new.
    home = annotator("--project", "p.sqlite", "import", "out")
    assert home.returncode == 0, home.stderr
    assert "imported 0 document(s), 0 annotation(s)" in home.stdout

    before = (tmp_path / "n.sqlite").read_bytes()
    (tmp_path / "out" / "annotator-folders.json").write_text(
        '{\n  "annotator_folders": 1,\n  "folders": {\n    "alice": "alice",\n'
        '    "carol": "carol"\n  }\n}\n',
        encoding="utf-8",
    )
    refused = annotator("--project", "n.sqlite", "import", "out")
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        f'error: {Path("out") / "annotator-folders.json"}:5: "carol": no such folder'
    ), refused.stderr
    assert "Traceback" not in refused.stderr + refused.stdout
    assert (tmp_path / "n.sqlite").read_bytes() == before
