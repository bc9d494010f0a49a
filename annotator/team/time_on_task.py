"""Active time per document: a clock that counts only attended time, and its summaries.

Time counts while a document is open and the window is active; a stretch
without any input longer than :data:`IDLE_LIMIT` seconds is left out whole
(someone who went for coffee did not annotate), as INCEpTION does. The clock
is passed in, so tests drive time by hand instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from annotator.core.messages import Message, Text

IDLE_LIMIT = 120.0
"""Seconds without input after which the stretch since the last input is not counted."""

Clock = Callable[[], float]


class ActiveTimer:
    """Accumulates attended seconds for one document at a time.

    The window calls :meth:`start` when a document is shown with the window
    active, :meth:`activity` on every key or mouse input, and :meth:`stop` when
    the document changes or the window loses focus; :meth:`stop` returns the
    seconds to store for the document that was open.
    """

    def __init__(self, clock: Clock = time.monotonic, idle_limit: float = IDLE_LIMIT) -> None:
        self._clock = clock
        self._idle_limit = idle_limit
        self._last: float | None = None
        self._counted = 0.0

    @property
    def running(self) -> bool:
        return self._last is not None

    def start(self) -> None:
        if self._last is None:
            self._last = self._clock()

    def activity(self) -> None:
        """Input happened: the stretch since the last input counts unless it was idle."""
        if self._last is None:
            return
        now = self._clock()
        self._counted += self._stretch(now - self._last)
        self._last = now

    def stop(self) -> float:
        """Stop counting; returns (and forgets) the seconds counted since the last stop."""
        if self._last is not None:
            self._counted += self._stretch(self._clock() - self._last)
            self._last = None
        counted, self._counted = self._counted, 0.0
        return counted

    def _stretch(self, seconds: float) -> float:
        return seconds if 0.0 <= seconds <= self._idle_limit else 0.0


@dataclass(frozen=True)
class TimeSummary:
    """One annotator's time on task over the documents they worked on."""

    documents: int
    total: float
    median: float | None


def summarise(seconds: Iterable[float]) -> TimeSummary:
    """Median and total over documents with any recorded time."""
    import statistics  # here: it imports fractions, which the window's start does not need

    values = [value for value in seconds if value > 0]
    median = statistics.median(values) if values else None
    return TimeSummary(len(values), sum(values), median)


def format_duration(seconds: float | None) -> str:
    """``1 h 02 min``, ``3 min 05 s``, ``42 s``; ``—`` when there is nothing."""
    return str(duration(seconds))


def duration(seconds: float | None) -> Text:
    """:func:`format_duration` as a message, so the window words the units its way."""
    if seconds is None:
        return "—"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return Message("{hours} h {minutes} min", hours=hours, minutes=f"{minutes:02d}")
    if minutes:
        return Message("{minutes} min {seconds} s", minutes=minutes, seconds=f"{secs:02d}")
    return Message("{seconds} s", seconds=secs)
