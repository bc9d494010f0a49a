"""Word boundaries for snapping selections and growing spans, on code points.

A "word" is a run of word characters (letters, digits, combining marks, the
underscore) plus the joiners that keep "99.23", "1,234" and "don't" in one
piece; emoji and other symbols count as words of their own.
"""

from __future__ import annotations

import unicodedata

_JOINERS = frozenset(".,'’-\u00a0\u202f\u200d")


def is_word_char(char: str) -> bool:
    if char.isalnum() or char == "_":
        return True
    category = unicodedata.category(char)
    return category.startswith("M") or category == "So"


def _inside_word(text: str, position: int) -> bool:
    """Whether ``position`` falls between two characters of one word."""
    if position <= 0 or position >= len(text):
        return False
    before, after = text[position - 1], text[position]
    if is_word_char(before) and is_word_char(after):
        return True
    if after in _JOINERS and position + 1 < len(text):
        return is_word_char(before) and is_word_char(text[position + 1])
    if before in _JOINERS and position >= 2:
        return is_word_char(text[position - 2]) and is_word_char(after)
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection to whole words and trim surrounding white space."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while _inside_word(text, start):
        start -= 1
    while _inside_word(text, end):
        end += 1
    return start, end


def step_word(text: str, position: int, direction: int) -> int:
    """The next word end (direction > 0) or the previous word end (direction < 0)."""
    length = len(text)
    if direction > 0:
        index = position
        while index < length and not is_word_char(text[index]):
            index += 1
        while index < length and (is_word_char(text[index]) or _inside_word(text, index)):
            index += 1
        return index
    index = position
    while index > 0 and not is_word_char(text[index - 1]):
        index -= 1
    while index > 0 and (is_word_char(text[index - 1]) or _inside_word(text, index - 1)):
        index -= 1
    while index > 0 and not is_word_char(text[index - 1]):
        index -= 1
    return index
