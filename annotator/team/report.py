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

from annotator.core.messages import Message, Say, Text
from annotator.core.model import GOLD, Status, now_timestamp
from annotator.review.agreement import agreement_report_of_labels, gc_paused, schema_choices
from annotator.store.assignments import (
    AnnotatorWork,
    agreement_labels_of_assignees,
    overlapped_documents,
    work_by_annotator,
)
from annotator.store.project import Project
from annotator.store.time_on_task import active_seconds_by_annotator
from annotator.team.overlap import describe_scope
from annotator.team.time_on_task import TimeSummary, duration, summarise

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
    scope: Text
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
    with gc_paused():  # plain label rows, not Annotations: the report reads a few columns
        if overlap is None:
            labels = project.annotations.agreement_labels()
        else:
            labels = agreement_labels_of_assignees(project, overlap)
        agreement = agreement_report_of_labels(
            labels, schema_layers, choices=schema_choices(schema)
        )
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


def render_html(
    report: TeamReport, image_src: ImageSource = data_uri, say: Say = str, language: str = "en"
) -> str:
    """The report as one HTML page; charts come from :mod:`annotator.team.charts`.

    ``say`` words its sentences: ``str`` for the English file the CLI writes, the
    window's translation for the team dashboard (``language``: the page's ``lang``)."""
    from annotator.team import charts

    def says(text: Text) -> str:
        return html.escape(say(text))

    def heading(text: Text) -> str:
        return f"<h2>{says(text)}</h2>"

    def paragraph(text: Text, note: bool = False) -> str:
        return f'<p class="note">{says(text)}</p>' if note else f"<p>{says(text)}</p>"

    e = html.escape
    title = says(Message("Team report: {project}", project=report.project))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        paragraph(Message("Made {when} by annotator.", when=report.generated_at), note=True),
        heading(Message("Progress")),
    ]
    times = report.times()
    if report.progress:
        rows = [(p.annotator, p.done, p.in_progress, p.not_started) for p in report.progress]
        chart = charts.progress_chart(rows, say)
        parts.append(_image(image_src, "progress.png", chart, say(Message("Progress"))))
        parts.append(_progress_table(report.progress, times, say))
    else:
        parts.append(paragraph(Message("Nobody has worked on this project yet.")))
    parts.append(heading(Message("Time per document")))
    if any(report.seconds.values()):
        chart = charts.time_chart(report.seconds, say)
        alt = say(Message("Active minutes per document"))
        parts.append(_image(image_src, "time.png", chart, alt))
        active = Message(
            "Active time: the document open and the window active; a stretch of more than "
            "two minutes without input is left out."
        )
        parts.append(paragraph(active, note=True))
    else:
        parts.append(paragraph(Message("No active time recorded yet (the window records it).")))
    parts.append(heading(Message("Agreement")))
    parts.append(paragraph(Message("Compared: {scope}.", scope=report.scope), note=True))
    bars = _agreement_rows(report.agreement, say)
    defined = [(label, value) for label, value in bars if value is not None]
    if defined:  # the table below lists the undefined ones too
        chart = charts.agreement_chart(defined, say)
        parts.append(_image(image_src, "agreement.png", chart, say(Message("Agreement"))))
    parts.append(_agreement_table(bars, say))
    parts.append(heading(Message("Confusion between annotators")))
    if not report.confusion:
        none = Message("No choice or flag values coded by two annotators yet.")
        parts.append(paragraph(none))
    for number, ((layer, attribute), panels) in enumerate(report.confusion.items()):
        parts.append(f"<h3>{e(layer)} · {e(attribute)}</h3>")
        pairs = report.confusion_pairs[(layer, attribute)]
        if pairs > len(panels):
            command = "annotator agreement --format json"
            shown = Message(
                "{pairs} pairs: shown are all pairs pooled and the {least} agreeing least; "
                "every pair is in {command}.",
                pairs=pairs,
                least=len(panels) - 1,
                command=command,
            )
            code = f"<code>{command}</code>"
            parts.append(paragraph(shown, note=True).replace(command, code, 1))
        drawn = charts.confusion_chart(
            [(p.pair, *_pair_names(p.pair), p.labels, p.matrix) for p in panels]
        )
        parts.append(_image(image_src, f"confusion-{number}.png", drawn, f"{layer} {attribute}"))
    rows_and_columns = Message(
        "Rows: the first annotator of the pair (alphabetically), columns: the second; "
        "counts over units both coded."
    )
    parts.append(paragraph(rows_and_columns, note=True))
    method = Message.constant(str(report.agreement.get("method", "")))  # the METHOD text
    how = says(Message("How agreement is computed"))
    parts.append(f'<details><summary>{how}</summary><p class="note">{says(method)}</p></details>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _pair_names(pair: str) -> tuple[str, str]:
    first, _bar, second = pair.partition("|")
    return (first, second) if second else ("", "")


def _image(image_src: ImageSource, name: str, png: bytes, alt: str) -> str:
    return f'<p><img src="{image_src(name, png)}" alt="{html.escape(alt)}"></p>'


def _progress_table(
    progress: Sequence[Progress], times: Mapping[str, TimeSummary], say: Say
) -> str:
    e = html.escape
    columns = (
        Message("annotator"),
        Message("assigned"),
        Message("returned"),
        Message("in progress"),
        Message("done"),
        Message("active time"),
        Message("median per document"),
    )
    head = "<table><tr>" + "".join(f"<th>{e(say(c))}</th>" for c in columns) + "</tr>"
    rows = []
    for p in progress:
        time = times.get(p.annotator)
        rows.append(
            f"<tr><td>{e(p.annotator)}</td><td class=n>{p.assigned}</td>"
            f"<td class=n>{e(p.returned or '—')}</td><td class=n>{p.in_progress}</td>"
            f"<td class=n>{p.done}</td>"
            f"<td class=n>{e(say(duration(time.total if time else None)))}</td>"
            f"<td class=n>{e(say(duration(time.median if time else None)))}</td></tr>"
        )
    return head + "".join(rows) + "</table>"


def _agreement_rows(agreement: Mapping[str, Any], say: Say) -> list[tuple[str, float | None]]:
    rows: list[tuple[str, float | None]] = []
    for layer, section in agreement["layers"].items():
        span = say(Message("{layer}: span F1", layer=layer))
        rows.append((span, section["spans"]["overlap"]["f1"]))
        for attribute, figures in section["attributes"].items():
            alpha = say(Message("{layer}.{attribute}: alpha", layer=layer, attribute=attribute))
            rows.append((alpha, figures["krippendorff_alpha"]))
    return rows


def _agreement_table(rows: Sequence[tuple[str, float | None]], say: Say) -> str:
    body = "".join(
        f"<tr><td>{html.escape(label)}</td>"
        f"<td class=n>{'—' if value is None else f'{value:.3f}'}</td></tr>"
        for label, value in rows
    )
    measure, value = html.escape(say(Message("measure"))), html.escape(say(Message("value")))
    return f"<table><tr><th>{measure}</th><th>{value}</th></tr>{body}</table>"
