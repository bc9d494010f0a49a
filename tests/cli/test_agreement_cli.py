"""`annotator agreement` over two annotators whose figures are computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Annotation, Origin, new_annotation_id
from annotator.core.schema import load_schema
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.project import Project


def make_project(tmp_path: Path) -> Path:
    path = tmp_path / "agree.sqlite"
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        import_files(project, [seeds_dir()], ImportOptions())
        document = project.documents.by_name("001_8e04abad5bad1dcd.txt")
        assert document is not None and document.id is not None
        text = document.text
        spans = ["will not recognize the results", "the principle of countries"]
        polarity = {"alice": ["against", "favor"], "bob": ["against", "neutral"]}
        for annotator, values in polarity.items():
            for needle, value in zip(spans, values, strict=True):
                start = text.index(needle)
                project.annotations.add(
                    Annotation(
                        id=new_annotation_id(),
                        document_id=document.id,
                        annotator=annotator,
                        layer="stance",
                        start=start,
                        end=start + len(needle),
                        attributes={"holder": "Kazakhstan", "polarity": value},
                        origin=Origin.MANUAL,
                    )
                )
    return path


def test_json_report_has_hand_computed_figures(tmp_path: Path) -> None:
    path = make_project(tmp_path)
    result = CliRunner().invoke(
        main, ["--project", str(path), "agreement", "--layer", "stance", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    stance = json.loads(result.output)["layers"]["stance"]
    assert stance["annotators"] == ["alice", "bob"]
    assert stance["units"] == 2
    # Identical spans: both matchings agree perfectly.
    assert stance["spans"]["exact"]["f1"] == 1.0
    assert stance["spans"]["overlap"]["pairs"]["alice|bob"]["f1"] == 1.0
    # Polarity agrees on one unit of two; holder on both.
    assert stance["attributes"]["polarity"]["percent_agreement"] == 0.5
    assert stance["attributes"]["holder"]["percent_agreement"] == 1.0


def test_csv_to_file_and_bad_layer(tmp_path: Path) -> None:
    path = make_project(tmp_path)
    target = tmp_path / "agreement.csv"
    runner = CliRunner()
    result = runner.invoke(
        main, ["--project", str(path), "agreement", "--format", "csv", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "layer,attribute,measure,pair,value"
    assert "stance,polarity,percent_agreement,,0.5" in lines
    bad = runner.invoke(main, ["--project", str(path), "agreement", "--layer", "nope"])
    assert bad.exit_code == 1
    assert "no layer 'nope'" in bad.output
    assert "Traceback" not in bad.output
