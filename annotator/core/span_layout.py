"""Which annotations cover which part of each line, for painting highlights.

The text view paints one line (Qt "block") at a time.  Keeping annotations
bucketed by line lets it colour only the lines it lays out and, after an
edit, repaint only the lines the edited annotation touches: a 1 MB document
with 10,000 annotations never gets re-coloured as a whole.

Positions are code points; the UI converts them (``core.offsets``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from annotator.core.model import Annotation

# Characters after which Qt's QTextDocument starts a new block.
BLOCK_SEPARATORS = ("\n", "\u2029")
_SEPARATOR = re.compile("[\n\u2029]")


@dataclass(frozen=True)
class Segment:
    """A run of one line covered by the same annotations, outermost first."""

    start: int
    end: int
    covering: tuple[Annotation, ...]


class LineSpanIndex:
    def __init__(self, text: str) -> None:
        self.line_starts = [0] + [m.end() for m in _SEPARATOR.finditer(text)]
        self.text_length = len(text)
        self._by_line: dict[int, dict[str, Annotation]] = {}

    def line_of(self, position: int) -> int:
        return bisect_right(self.line_starts, position) - 1

    def line_range(self, line: int) -> tuple[int, int]:
        """Code-point range of ``line`` without its separator."""
        start = self.line_starts[line]
        if line + 1 < len(self.line_starts):
            return start, self.line_starts[line + 1] - 1
        return start, self.text_length

    def lines_of(self, annotation: Annotation) -> range:
        first = self.line_of(annotation.start)
        last = self.line_of(max(annotation.start, annotation.end - 1))
        return range(first, last + 1)

    def reset(self, annotations: Iterable[Annotation]) -> None:
        """Bucket every annotation anew: ``add`` for each, inlined (a document opens
        with 10,000 of them, and most lie on one line, whose end is one look away)."""
        by_line = self._by_line
        by_line.clear()
        starts = [*self.line_starts, self.text_length + 1]  # every line has a next start
        length = self.text_length
        for annotation in annotations:
            if annotation.end > length:  # past the text (a damaged file): on the last line
                for line in self.lines_of(annotation):
                    by_line.setdefault(line, {})[annotation.id] = annotation
                continue
            first = bisect_right(starts, annotation.start) - 1
            last_position = annotation.end - 1
            if last_position < starts[first + 1]:  # (an empty span: on its start's line)
                bucket = by_line.get(first)
                if bucket is None:
                    bucket = by_line[first] = {}
                bucket[annotation.id] = annotation
            else:
                for line in range(first, bisect_right(starts, last_position, first)):
                    by_line.setdefault(line, {})[annotation.id] = annotation

    def add(self, annotation: Annotation) -> range:
        lines = self.lines_of(annotation)
        for line in lines:
            self._by_line.setdefault(line, {})[annotation.id] = annotation
        return lines

    def remove(self, annotation: Annotation) -> range:
        lines = self.lines_of(annotation)
        for line in lines:
            bucket = self._by_line.get(line)
            if bucket is not None:
                bucket.pop(annotation.id, None)
        return lines

    def on_line(self, line: int) -> list[Annotation]:
        return list(self._by_line.get(line, {}).values())

    def at(self, position: int) -> list[Annotation]:
        """Annotations covering ``position``, outermost first."""
        found = [a for a in self.on_line(self.line_of(position)) if a.start <= position < a.end]
        return sorted(found, key=lambda a: (a.start - a.end, a.start))

    def segments(self, line: int) -> list[Segment]:
        """Runs of the line with a constant set of covering annotations."""
        annotations = self.on_line(line)
        if not annotations:
            return []
        line_start, line_end = self.line_range(line)
        cuts = {line_start, line_end}
        for a in annotations:
            cuts.add(min(max(a.start, line_start), line_end))
            cuts.add(min(max(a.end, line_start), line_end))
        points = sorted(cuts)
        result = []
        for start, end in pairwise(points):
            if start == end:
                continue
            covering = [a for a in annotations if a.start <= start and a.end >= end]
            if covering:
                covering.sort(key=lambda a: (a.start - a.end, a.start, a.id))
                result.append(Segment(start, end, tuple(covering)))
        return result
