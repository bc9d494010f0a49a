"""The team report's charts, drawn with matplotlib into PNG bytes.

Figures are built with ``matplotlib.figure.Figure`` and the Agg canvas
directly: no pyplot, so no global state, no GUI backend and nothing that
depends on a display. This module is imported only by the report and the
dashboard, so no other command pays for loading matplotlib.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from annotator.core.messages import Message, Say

DONE_COLOR = "#1b9e77"
BUSY_COLOR = "#e6ab02"
NEW_COLOR = "#d9d9d9"
BAR_COLOR = "#7570b3"
DPI = 96


def _png(figure: Figure) -> bytes:
    """One draw: margins are set by each chart (a "tight" box or constrained layout would
    draw every figure twice or more, which is most of the report's time)."""
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _margins(figure: Figure, labels: Sequence[str], *, top: float = 0.5) -> None:
    """Room on the left for the longest label, in inches turned into figure fractions."""
    width, height = figure.get_size_inches()
    longest = max((len(label) for label in labels), default=4)
    left = min(0.6, (0.25 + 0.075 * longest) / width)
    figure.subplots_adjust(
        left=left, right=1 - 0.7 / width, bottom=0.55 / height, top=1 - top / height
    )


def _height(rows: int, per_row: float = 0.35, least: float = 1.6) -> float:
    return max(least, 0.8 + per_row * rows)


def progress_chart(rows: Sequence[tuple[str, int, int, int]], say: Say = str) -> bytes:
    """Per annotator (name, done, in progress, not started): stacked horizontal bars."""
    names = [row[0] for row in rows]
    done = [row[1] for row in rows]
    busy = [row[2] for row in rows]
    new = [row[3] for row in rows]
    figure = Figure(figsize=(7.5, _height(len(rows))))
    axes = figure.add_subplot()
    positions = list(range(len(rows)))
    axes.barh(positions, done, color=DONE_COLOR, label=say(Message("done")))
    axes.barh(positions, busy, left=done, color=BUSY_COLOR, label=say(Message("in progress")))
    started = [d + b for d, b in zip(done, busy, strict=True)]
    axes.barh(positions, new, left=started, color=NEW_COLOR, label=say(Message("not started")))
    for y, (d, total) in enumerate(
        zip(done, (s + n for s, n in zip(started, new, strict=True)), strict=True)
    ):
        axes.text(total, y, f"  {d}/{total}", va="center", fontsize=8)
    axes.set_yticks(positions, names)
    axes.invert_yaxis()
    axes.set_xlabel(say(Message("documents")))
    axes.legend(loc="lower right", fontsize=8, frameon=False, ncols=3, bbox_to_anchor=(1, 1))
    axes.spines[["top", "right"]].set_visible(False)
    _margins(figure, names)
    return _png(figure)


def time_chart(seconds: Mapping[str, Sequence[float]], say: Say = str) -> bytes:
    """Minutes per document, one box (with the points) per annotator."""
    names = list(seconds)
    minutes = [[value / 60 for value in seconds[name]] for name in names]
    figure = Figure(figsize=(7.5, _height(len(names), 0.45, 2.2)))
    axes = figure.add_subplot()
    axes.boxplot(minutes, orientation="horizontal", tick_labels=names, showfliers=False)
    xs: list[float] = []
    ys: list[int] = []
    for y, values in enumerate(minutes, start=1):
        shown = values[:2000]  # the box says the rest; points beyond that only add ink
        xs += shown
        ys += [y] * len(shown)
    # One scatter for every annotator: a call per row costs more than the points.
    axes.scatter(xs, ys, s=6, alpha=0.35, color=BAR_COLOR, linewidths=0)
    axes.invert_yaxis()
    axes.set_xlabel(say(Message("active minutes per document")))
    axes.spines[["top", "right"]].set_visible(False)
    _margins(figure, names, top=0.2)
    return _png(figure)


def agreement_chart(rows: Sequence[tuple[str, float | None]], say: Say = str) -> bytes:
    """One bar per (label, value): span F1 per layer and alpha per attribute, -1…1."""
    labels = [row[0] for row in rows]
    values = [row[1] if row[1] is not None else 0.0 for row in rows]
    figure = Figure(figsize=(7.5, _height(len(rows))))
    axes = figure.add_subplot()
    positions = list(range(len(rows)))
    colors = [BAR_COLOR if row[1] is not None else NEW_COLOR for row in rows]
    axes.barh(positions, values, color=colors)
    for y, row in enumerate(rows):
        text = say(Message("n/a")) if row[1] is None else f"{row[1]:.2f}"
        axes.text(max(values[y], 0), y, f" {text}", va="center", fontsize=8)
    axes.set_yticks(positions, labels)
    axes.invert_yaxis()
    axes.set_xlim(min(-0.05, min(values, default=0) - 0.05), 1.12)
    axes.axvline(0, color="#555555", linewidth=0.6)
    axes.axvline(0.8, color="#999999", linewidth=0.6, linestyle=":")
    axes.set_xlabel(say(Message("span F1 (layers) · Krippendorff's alpha (attributes)")))
    axes.spines[["top", "right"]].set_visible(False)
    _margins(figure, labels, top=0.2)
    return _png(figure)


def confusion_chart(
    panels: Sequence[tuple[str, str, str, Sequence[Any], Sequence[Sequence[int]]]],
    columns: int = 3,
) -> bytes:
    """Heat maps with counts, one panel per (title, row annotator, column annotator,
    labels, matrix); rows are the first annotator's values."""
    count = len(panels)
    across = min(columns, count)
    down = (count + across - 1) // across
    size = max(len(panel[3]) for panel in panels)
    longest = max((len(str(label)) for panel in panels for label in panel[3]), default=4)
    margin = 0.45 + 0.07 * longest  # inches for a panel's tick labels and axis titles
    side = 0.42 * size
    cell_w, cell_h = side + margin + 0.2, side + margin + 0.35
    figure = Figure(figsize=(cell_w * across, cell_h * down))
    figure.subplots_adjust(
        left=margin / (cell_w * across),
        right=1 - 0.2 / (cell_w * across),
        bottom=margin / (cell_h * down),
        top=1 - 0.35 / (cell_h * down),
        wspace=(margin + 0.2) / side,
        hspace=(margin + 0.35) / side,
    )
    for index, (title, first, second, labels, matrix) in enumerate(panels):
        axes = figure.add_subplot(down, across, index + 1)
        axes.imshow(matrix, cmap="Blues", vmin=0, aspect="equal")
        peak = max((max(row) for row in matrix), default=0)
        shown = [str(label).lower() if isinstance(label, bool) else str(label) for label in labels]
        for i, row in enumerate(matrix):
            for j, value in enumerate(row):
                dark = peak and value > peak / 2
                axes.text(j, i, str(value), ha="center", va="center", fontsize=7,
                          color="white" if dark else "black")  # fmt: skip
        ticks = list(range(len(labels)))
        axes.set_xticks(ticks, shown, rotation=45, ha="right", fontsize=7)
        axes.set_yticks(ticks, shown, fontsize=7)
        axes.set_ylabel(first, fontsize=8)
        axes.set_xlabel(second, fontsize=8)
        axes.set_title(title, fontsize=8)
    return _png(figure)
