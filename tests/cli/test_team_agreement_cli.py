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
    assert report["scope"].startswith("6 documents assigned to more than one annotator")
    table = CliRunner().invoke(main, ["--project", str(team.lead), "agreement"]).output
    assert "Documents: 6 documents assigned" in table


def test_stats_and_status_summarise_active_time_per_annotator(
    tmp_path: Path, news_schema: Schema
) -> None:
    team = team_project(tmp_path, news_schema)
    result = CliRunner().invoke(main, ["--project", str(team.lead), "stats", "--json"])
    times = {
        name: info["active_time"] for name, info in json.loads(result.output)["annotators"].items()
    }
    # Each annotator spent 60, 70, … 110 s on their six documents.
    for name in ("alice", "bob", "carol"):
        assert times[name] == {"documents": 6, "total_seconds": 510.0, "median_seconds": 85.0}
    text = CliRunner().invoke(main, ["--project", str(team.lead), "stats"]).output
    assert (
        "alice: stance 6, quote 0, figure 0; 6 done, 0 in progress of 12; active 8 min 30 s "
        in text
    )
    assert "(median 1 min 25 s per document)" in text
    status = CliRunner().invoke(main, ["--project", str(team.lead), "packages", "status"]).output
    assert status.splitlines()[1].split() == ["alice", "6", "1/1", "0", "6", "8", "min", "30", "s"]
