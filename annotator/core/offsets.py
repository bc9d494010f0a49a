"""Conversion between code-point offsets (ours) and UTF-16 offsets (Qt's).

The store and every file format count Unicode code points, so that
``text[start:end]`` in Python is the annotated span.  Qt (like JavaScript)
counts UTF-16 code units, where every astral character (emoji, flags, many
CJK extensions) takes two.  Mixing the two is the classic bug of annotation
tools (doccano #2484), so the conversion lives here and only here; the UI
calls it at its boundary and nowhere else.

For long documents with few astral characters the mapping is kept as a sorted
list of the code-point positions of astral characters, so each conversion is
a binary search rather than a scan of a 1 MB text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Found by the regex engine (C speed) rather than a Python loop over a 1 MB text.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (each astral character two)."""
    return len(text) + len(_ASTRAL.findall(text))


class OffsetMap:
    """Maps positions in one text between code points and UTF-16 code units."""

    __slots__ = ("_astral_cp", "_astral_u16", "length_cp", "length_u16")

    def __init__(self, text: str) -> None:
        # Code-point index of every astral character, and the same positions
        # in UTF-16 units (each earlier astral character shifts by one).
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [cp + n for n, cp in enumerate(self._astral_cp)]
        self.length_cp = len(text)
        self.length_u16 = len(text) + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point position ``cp`` (clamped to the text)."""
        cp = max(0, min(cp, self.length_cp))
        return cp + bisect_left(self._astral_cp, cp)

    def to_code_point(self, u16: int) -> int:
        """Code-point position of UTF-16 position ``u16``.

        A position inside a surrogate pair (which Qt can produce when a
        cursor is moved by code unit) snaps back to the start of that
        character, so a span never splits one.
        """
        u16 = max(0, min(u16, self.length_u16))
        whole_before = bisect_right(self._astral_u16, u16 - 2)
        if whole_before < len(self._astral_u16) and self._astral_u16[whole_before] == u16 - 1:
            return self._astral_cp[whole_before]
        return u16 - whole_before
