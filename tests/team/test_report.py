"""The team report: the figures it gathers, one self-contained HTML page, no matplotlib
anywhere else."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.schema import Schema
from annotator.store.project import Project
from annotator.team.report import MAX_CONFUSION_PANELS, gather, render_html
from tests.team.scenario import team_project


def test_gather_reads_progress_time_agreement_and_confusion(
    tmp_path: Path, news_schema: Schema
) -> None:
    team = team_project(tmp_path, news_schema)
    with Project.open(team.lead) as project:
        report = gather(project)
    assert [(p.annotator, p.assigned, p.done, p.returned) for p in report.progress] == [
        (name, 6, 6, "1/1") for name in ("alice", "bob", "carol")
    ]
    assert report.times()["carol"].total == 510
    assert str(report.scope).startswith("6 documents")
    panels = report.confusion[("stance", "polarity")]
    assert [p.pair for p in panels] == ["alice|bob", "alice|carol", "bob|carol"]
    assert panels[0].agreeing_share == 1.0 and panels[1].agreeing_share == 0.0


def test_the_reports_agreement_is_the_agreement_commands(
    tmp_path: Path, news_schema: Schema
) -> None:
    """The report computes agreement once for its charts and tables; the figures are the
    ones ``annotator agreement --format json`` gives for the same project."""
    team = team_project(tmp_path, news_schema)
    result = CliRunner().invoke(
        main, ["--project", str(team.lead), "agreement", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    expected = json.loads(result.output)
    with Project.open(team.lead) as project:
        report = gather(project)
    assert json.loads(json.dumps(report.agreement["layers"])) == expected["layers"]
    assert report.agreement["match"] == expected["match"]
    page = render_html(report, lambda name, _png: name)
    polarity = expected["layers"]["stance"]["attributes"]["polarity"]["krippendorff_alpha"]
    f1 = expected["layers"]["stance"]["spans"]["overlap"]["f1"]
    assert f"<td>stance.polarity: alpha</td><td class=n>{polarity:.3f}</td>" in page
    assert f"<td>stance: span F1</td><td class=n>{f1:.3f}</td>" in page


def test_the_page_is_self_contained(tmp_path: Path, news_schema: Schema) -> None:
    team = team_project(tmp_path, news_schema)
    target = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["--project", str(team.lead), "report", "-o", str(target)])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    sources = re.findall(r'src="([^"]*)"', page)
    assert len(sources) == 4 and all(s.startswith("data:image/png;base64,") for s in sources)
    assert not re.search(r"(href|src)=\"(?!data:)|<script|<link|@import|url\(", page)
    assert "alice" in page and "Krippendorff" in page


def test_names_are_escaped(tmp_path: Path, news_schema: Schema) -> None:
    team = team_project(tmp_path, news_schema, annotators=("alice", "b.o-b"))
    with Project.open(team.lead) as project:
        for table in ("assignments", "document_status", "annotations"):
            project.connection.execute(
                f"UPDATE {table} SET annotator = '<b>x</b>' WHERE annotator = 'b.o-b'"
            )
        report = gather(project)
    page = render_html(report, lambda name, _png: name)
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_many_pairs_show_the_pooled_matrix_and_the_least_agreeing(
    tmp_path: Path, news_schema: Schema
) -> None:
    names = tuple(f"a{i}" for i in range(7))  # 21 pairs
    views = {name: ("against" if i % 2 else "neutral") for i, name in enumerate(names)}
    team = team_project(
        tmp_path, news_schema, annotators=names, documents=60, overlap=1.0, polarity=views
    )
    with Project.open(team.lead) as project:
        report = gather(project)
    panels = report.confusion[("stance", "polarity")]
    assert report.confusion_pairs[("stance", "polarity")] == 21
    assert len(panels) == MAX_CONFUSION_PANELS
    assert panels[0].pair == "all pairs"
    assert sum(map(sum, panels[0].matrix)) == 60  # every doubled document once
    assert all(p.agreeing_share == 0.0 for p in panels[1:])  # the disagreeing pairs first
    assert "21 pairs: shown are all pairs pooled" in render_html(report, lambda n, _p: n)


def test_other_commands_never_load_matplotlib(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from annotator.cli import main\n"
        f"r = CliRunner().invoke(main, ['--project', {str(tmp_path / 'p.sqlite')!r}, 'import', "
        f"{str(Path(__file__).resolve().parents[2] / 'seeds')!r}])\n"
        f"r = CliRunner().invoke(main, ['--project', {str(tmp_path / 'p.sqlite')!r}, 'stats'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('matplotlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
