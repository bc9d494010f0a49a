"""The team report: progress, time on task, agreement and confusion, as one HTML file.

``annotator report -o report.html`` writes it; Review → Team dashboard shows
the same page in the window. The file is self-contained (every chart is a PNG
inside it as a data URI, no script, no link to fetch), so a lead can mail it
round. Gathering (:func:`gather`) is separate from drawing (:func:`render_html`)
so tests can look at the figures without parsing HTML.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import GOLD, Status, now_timestamp
from annotator.review.agreement import agreement_report, schema_choices
from annotator.store.assignments import (
    AnnotatorWork,
    annotations_of_assignees,
    overlapped_documents,
    work_by_annotator,
)
from annotator.store.project import Project
from annotator.store.time_on_task import active_seconds_by_annotator
from annotator.team.overlap import describe_scope
from annotator.team.time_on_task import TimeSummary, format_duration, summarise

MAX_CONFUSION_PANELS = 9
"""Heat maps per attribute; with more pairs, all pairs pooled plus the least agreeing ones."""


@dataclass(frozen=True)
class Progress:
    annotator: str
    assigned: int
    done: int
    in_progress: int
    returned: str = ""

    @property
    def not_started(self) -> int:
        return max(self.assigned - self.done - self.in_progress, 0)


@dataclass(frozen=True)
class ConfusionPanel:
    layer: str
    attribute: str
    pair: str
    labels: list[Any]
    matrix: list[list[int]]

    @property
    def agreeing_share(self) -> float:
        total = sum(map(sum, self.matrix))
        return sum(self.matrix[i][i] for i in range(len(self.matrix))) / total if total else 1.0


@dataclass
class TeamReport:
    project: str
    generated_at: str
    progress: list[Progress]
    seconds: dict[str, list[float]]
    agreement: dict[str, Any]
    scope: str
    confusion: dict[tuple[str, str], list[ConfusionPanel]] = field(default_factory=dict)
    """(layer, attribute) → the panels to draw (see :data:`MAX_CONFUSION_PANELS`)."""
    confusion_pairs: dict[tuple[str, str], int] = field(default_factory=dict)
    """(layer, attribute) → how many pairs have a matrix with any count."""

    def times(self) -> dict[str, TimeSummary]:
        return {name: summarise(values) for name, values in self.seconds.items()}


def gather(project: Project) -> TeamReport:
    """Everything the report shows, read from ``project``."""
    work = work_by_annotator(project)
    progress = [_progress_of(w) for w in work] if work else _progress_without_packages(project)
    overlap = overlapped_documents(project)
    schema = project.schema
    schema_layers = {
        layer.name: {a.name: a.type for a in layer.attributes} for layer in schema.layers
    }
    if overlap is None:
        annotations = [a for a, _n, _t in project.annotations.iterate(ordered=False)]
    else:
        annotations = annotations_of_assignees(project, overlap)
    agreement = agreement_report(annotations, schema_layers, choices=schema_choices(schema))
    report = TeamReport(
        project=project.path.name,
        generated_at=now_timestamp()[:16].replace("T", " ") + " UTC",
        progress=progress,
        seconds=active_seconds_by_annotator(project),
        agreement=agreement,
        scope=describe_scope(overlap),
    )
    _choose_confusion_panels(report)
    return report


def _progress_of(work: AnnotatorWork) -> Progress:
    returned = f"{work.returned}/{work.packages}"
    return Progress(work.annotator, work.assigned, work.done, work.in_progress, returned)


def _progress_without_packages(project: Project) -> list[Progress]:
    """Without assignments, everyone is measured against the whole project."""
    total = project.documents.count()
    rows = []
    for name in project.annotations.annotators():
        if name == GOLD:
            continue
        counts = project.progress.status_counts(name)
        rows.append(Progress(name, total, counts[Status.DONE], counts[Status.IN_PROGRESS]))
    return rows


def _choose_confusion_panels(report: TeamReport) -> None:
    for layer, section in report.agreement["layers"].items():
        for attribute, figures in section["attributes"].items():
            confusion = figures.get("confusion")
            if not confusion:
                continue
            panels = [
                ConfusionPanel(layer, attribute, pair, item["labels"], item["matrix"])
                for pair, item in confusion.items()
                if any(map(any, item["matrix"]))
            ]
            if not panels:
                continue
            report.confusion_pairs[(layer, attribute)] = len(panels)
            if len(panels) > MAX_CONFUSION_PANELS:
                pooled = ConfusionPanel(
                    layer, attribute, "all pairs", panels[0].labels, _summed(panels)
                )
                worst = sorted(panels, key=lambda p: (p.agreeing_share, p.pair))
                panels = [pooled, *worst[: MAX_CONFUSION_PANELS - 1]]
            report.confusion[(layer, attribute)] = panels


def _summed(panels: Sequence[ConfusionPanel]) -> list[list[int]]:
    size = len(panels[0].labels)
    total = [[0] * size for _ in range(size)]
    for panel in panels:
        for i, row in enumerate(panel.matrix):
            for j, value in enumerate(row):
                total[i][j] += value
    return total


# -- drawing -----------------------------------------------------------------------

ImageSource = Callable[[str, bytes], str]
"""(name, PNG bytes) → what goes into ``<img src=…>``."""


def data_uri(_name: str, png: bytes) -> str:
    """Images inside the file itself, so the report needs nothing else to show."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


_STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.8em; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.8em; text-align: left; }
td.n { text-align: right; }
.note { color: #555; font-size: 0.9em; }
img { max-width: 100%; }
"""


def render_html(report: TeamReport, image_src: ImageSource = data_uri) -> str:
    """The report as one HTML page; charts come from :mod:`annotator.team.charts`."""
    from annotator.team import charts

    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Team report: {e(report.project)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>Team report: {e(report.project)}</h1>",
        f'<p class="note">Made {e(report.generated_at)} by annotator.</p>',
        "<h2>Progress</h2>",
    ]
    times = report.times()
    if report.progress:
        rows = [(p.annotator, p.done, p.in_progress, p.not_started) for p in report.progress]
        parts.append(_image(image_src, "progress.png", charts.progress_chart(rows), "Progress"))
        parts.append(_progress_table(report.progress, times))
    else:
        parts.append("<p>Nobody has worked on this project yet.</p>")
    parts.append("<h2>Time per document</h2>")
    if any(report.seconds.values()):
        chart = charts.time_chart(report.seconds)
        parts.append(_image(image_src, "time.png", chart, "Active minutes per document"))
        parts.append(
            '<p class="note">Active time: the document open and the window active; a '
            "stretch of more than two minutes without input is left out.</p>"
        )
    else:
        parts.append("<p>No active time recorded yet (the window records it).</p>")
    parts.append("<h2>Agreement</h2>")
    parts.append(f'<p class="note">Compared: {e(report.scope)}.</p>')
    bars = _agreement_rows(report.agreement)
    defined = [(label, value) for label, value in bars if value is not None]
    if defined:  # the table below lists the undefined ones too
        chart = charts.agreement_chart(defined)
        parts.append(_image(image_src, "agreement.png", chart, "Agreement"))
    parts.append(_agreement_table(bars))
    parts.append("<h2>Confusion between annotators</h2>")
    if not report.confusion:
        parts.append("<p>No choice or flag values coded by two annotators yet.</p>")
    for number, ((layer, attribute), panels) in enumerate(report.confusion.items()):
        parts.append(f"<h3>{e(layer)} · {e(attribute)}</h3>")
        pairs = report.confusion_pairs[(layer, attribute)]
        if pairs > len(panels):
            parts.append(
                f'<p class="note">{pairs} pairs: shown are all pairs pooled and the '
                f"{len(panels) - 1} agreeing least; every pair is in "
                "<code>annotator agreement --format json</code>.</p>"
            )
        drawn = charts.confusion_chart(
            [(p.pair, *_pair_names(p.pair), p.labels, p.matrix) for p in panels]
        )
        parts.append(_image(image_src, f"confusion-{number}.png", drawn, f"{layer} {attribute}"))
    parts.append(
        '<p class="note">Rows: the first annotator of the pair (alphabetically), columns: '
        "the second; counts over units both coded.</p>"
    )
    parts.append(f'<details><summary>How agreement is computed</summary><p class="note">'
                 f"{e(str(report.agreement.get('method', '')))}</p></details>")  # fmt: skip
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _pair_names(pair: str) -> tuple[str, str]:
    first, _bar, second = pair.partition("|")
    return (first, second) if second else ("", "")


def _image(image_src: ImageSource, name: str, png: bytes, alt: str) -> str:
    return f'<p><img src="{image_src(name, png)}" alt="{html.escape(alt)}"></p>'


def _progress_table(progress: Sequence[Progress], times: Mapping[str, TimeSummary]) -> str:
    e = html.escape
    head = (
        "<table><tr><th>annotator</th><th>assigned</th><th>returned</th><th>in progress</th>"
        "<th>done</th><th>active time</th><th>median per document</th></tr>"
    )
    rows = []
    for p in progress:
        time = times.get(p.annotator)
        rows.append(
            f"<tr><td>{e(p.annotator)}</td><td class=n>{p.assigned}</td>"
            f"<td class=n>{e(p.returned or '—')}</td><td class=n>{p.in_progress}</td>"
            f"<td class=n>{p.done}</td>"
            f"<td class=n>{e(format_duration(time.total if time else None))}</td>"
            f"<td class=n>{e(format_duration(time.median if time else None))}</td></tr>"
        )
    return head + "".join(rows) + "</table>"


def _agreement_rows(agreement: Mapping[str, Any]) -> list[tuple[str, float | None]]:
    rows: list[tuple[str, float | None]] = []
    for layer, section in agreement["layers"].items():
        rows.append((f"{layer}: span F1", section["spans"]["overlap"]["f1"]))
        for attribute, figures in section["attributes"].items():
            rows.append((f"{layer}.{attribute}: alpha", figures["krippendorff_alpha"]))
    return rows


def _agreement_table(rows: Sequence[tuple[str, float | None]]) -> str:
    body = "".join(
        f"<tr><td>{html.escape(label)}</td>"
        f"<td class=n>{'—' if value is None else f'{value:.3f}'}</td></tr>"
        for label, value in rows
    )
    return f"<table><tr><th>measure</th><th>value</th></tr>{body}</table>"
