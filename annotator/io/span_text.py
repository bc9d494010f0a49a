"""Checking a span against the text the file itself gives for it.

brat, Label Studio and WebAnno write each span's text beside its offsets.
When ``text[start:end]`` differs, the offsets may count UTF-16 code units
(JavaScript, Java, older Label Studio): if the span matches in those units it
is converted (``core/offsets.py`` does the arithmetic) and the import says
so; otherwise the line is refused showing both texts, never imported shifted.
"""

from __future__ import annotations

from annotator.core.messages import Message
from annotator.core.offsets import OffsetMap


class SpanTextMismatch(ValueError):
    """The file's span text is neither at these code points nor at these UTF-16 units.

    Its one argument is a :class:`Message` (``str()`` of the error is its English)."""


class SpanChecker:
    """Checks the spans of one document; remembers how many it converted."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._map: OffsetMap | None = None
        self.converted = 0

    def check(self, start: int, end: int, claimed: str | None) -> tuple[int, int]:
        """The span in code points; raises ``SpanTextMismatch`` with both texts."""
        if claimed is None or self.text[start:end] == claimed:
            return start, end
        if self._map is None:
            self._map = OffsetMap(self.text)
        if end <= self._map.length_u16:
            cp_start, cp_end = self._map.to_code_point(start), self._map.to_code_point(end)
            if (
                self._map.to_utf16(cp_start) == start
                and self._map.to_utf16(cp_end) == end
                and self.text[cp_start:cp_end] == claimed
            ):
                self.converted += 1
                return cp_start, cp_end
        raise SpanTextMismatch(
            Message(
                "the file says the span {start}-{end} is {claimed}, but the text there is "
                "{actual} (in code points or UTF-16 units alike)",
                start=start,
                end=end,
                claimed=_shown(claimed),
                actual=_shown(self.text[start:end]),
            )
        )


def _shown(text: str, limit: int = 60) -> str:
    shown = repr(text)
    return shown if len(shown) <= limit else shown[: limit - 4] + "...'"


def conversion_note(source: str, document: str, count: int) -> Message:
    # "span(s)" stays as written in English (a value, not a plural count): the CLI's
    # wording is unchanged; the translations word the number their own way.
    return Message(
        "{source}: document '{document}': {number} span(s) counted in UTF-16 units, "
        "converted to code points (the file's span texts match after conversion)",
        source=source,
        document=document,
        number=count,
    )
