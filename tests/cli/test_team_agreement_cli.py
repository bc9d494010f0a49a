"""With work packages, agreement compares only the documents two assignees worked on."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.schema import Schema
from tests.team.scenario import team_project


def test_agreement_counts_only_the_overlapped_documents(
    tmp_path: Path, news_schema: Schema
) -> None:
    team = team_project(tmp_path, news_schema)
    result = CliRunner().invoke(
        main, ["--project", str(team.lead), "agreement", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    stance = report["layers"]["stance"]
    assert len(team.shared()) == 6
    assert stance["documents"] == 6  # not 12: single-annotator documents say nothing
    assert stance["units"] == 6
    assert report["scope"].startswith("6 document(s) assigned to more than one annotator")
    table = CliRunner().invoke(main, ["--project", str(team.lead), "agreement"]).output
    assert "Documents: 6 document(s)" in table
