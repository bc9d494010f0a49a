"""``annotator import`` of an INCEpTION project export as a real process: the folder
and the zip, each user's labels under the user's name, a second import adds nothing,
and a file in another export format is refused with its name, exit 1, no traceback,
the project's bytes unchanged."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from tests.cli.conftest import REPO, Run

EXPORT = REPO / "tests" / "fixtures" / "interchange" / "inception" / "timeevent"


def labels_per_annotator(run: Run, project: str) -> dict[str, int]:
    stats = run("--project", project, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    return {name: sum(row["annotations"].values()) for name, row in data["annotators"].items()}


def test_import_the_folder_then_the_zip(annotator: Run, tmp_path: Path) -> None:
    first = annotator("--project", "p.sqlite", "import", "--add-layers", EXPORT)
    assert first.returncode == 0, first.stderr
    assert "imported 2 document(s)" in first.stdout
    counts = labels_per_annotator(annotator, "p.sqlite")
    assert set(counts) == {"ep", "sm", "yes"} and all(counts.values())

    archive = tmp_path / "timeevent.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted(EXPORT.rglob("*")):
            if path.is_file():
                out.write(path, path.relative_to(EXPORT).as_posix())
    again = annotator("--project", "p.sqlite", "import", "--add-layers", archive)
    assert again.returncode == 0, again.stderr
    assert "imported 0 document(s), 0 annotation(s)" in again.stdout
    assert labels_per_annotator(annotator, "p.sqlite") == counts


def test_another_export_format_is_refused(annotator: Run, tmp_path: Path) -> None:
    created = annotator("--project", "p.sqlite", "init", "p.sqlite")
    assert created.returncode == 0, created.stderr
    before = (tmp_path / "p.sqlite").read_bytes()
    export = tmp_path / "export"
    shutil.copytree(EXPORT, export)
    folder = export / "annotation" / "2002.tsv"
    (folder / "sm_13456803475495921803.tsv").unlink()
    (folder / "sm.xmi").write_text('<?xml version="1.0"?><xmi:XMI/>\n', encoding="utf-8")

    refused = annotator("--project", "p.sqlite", "import", "--add-layers", "export")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert refused.stderr.startswith("error: export/annotation/2002.tsv/sm.xmi:1: ")
    assert 'UIMA CAS XMI: export the project again in INCEpTION with "WebAnno TSV v3.3"' in (
        refused.stderr
    )
    assert (tmp_path / "p.sqlite").read_bytes() == before
