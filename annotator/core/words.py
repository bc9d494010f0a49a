"""Word boundaries for snapping selections and moving span edges, on code points.

A span edge always sits on a word boundary and never on white space: what
is stored is what is exported, so a span must not start with the separator
before its first word (``". Zachód"``) or end with the one after its last.
The rule is a pure-Python form of Unicode word segmentation (UAX #29) with
the three refinements annotators of news text need:

- a *word* is a run of word characters (letters, digits, combining marks,
  the underscore; emoji and other symbols are words of their own) plus the
  joiners that keep "99.23", "1,234" and "don't" in one piece;
- a closing quotation mark or bracket belongs to the word it closes
  (``референдумы»``), an opening one to the word it opens (``«референдумы``);
- a known abbreviation keeps its period (``93 proc.``, ``5 тыс.``), which
  plain word segmentation would leave behind.

The core has no Qt, so ``QTextBoundaryFinder`` is not available here; these
rules agree with it on the boundaries that matter for spans and add the
refinements above.
"""

from __future__ import annotations

import unicodedata

_JOINERS = frozenset(".,'’-\u00a0\u202f\u200d")

_BRACKETS_OPEN = frozenset("([{")
_BRACKETS_CLOSE = frozenset(")]}")
_QUOTES = frozenset("\"'«»„“”‘’‚‹›「」『』")
"""Quotation marks open or close by where they stand (see ``_closes``): „ opens
in German and Polish, “ closes there and opens in English."""

ABBREVIATIONS = frozenset(
    {
        # Polish
        "proc", "tys", "mln", "mld", "tzw", "np", "ok", "godz", "ul", "nr", "r", "wg",
        "ws", "dr", "prof", "pkt", "zob", "m.in", "itd", "itp", "tj", "im", "gen", "płk",
        # Russian and Ukrainian
        "тыс", "млн", "млрд", "трлн", "руб", "г", "гг", "т.е", "т.д", "т.п", "др", "им",
        "ул", "см", "долл", "проц", "тис", "грн", "р", "напр", "ген", "проф",
        # English
        "ca", "approx", "etc", "e.g", "i.e", "vs", "mr", "mrs", "ms", "st", "inc",
        "ltd", "co", "jr", "sr", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "gov", "col", "lt",
        # Romanian and German
        "mil", "dl", "dna", "lei", "bzw", "z.b", "usw", "ggf", "mio", "mrd",
    }
)  # fmt: skip
"""Words (lower case, without the final period) whose period is part of them."""


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


def _closes(text: str, index: int) -> bool:
    """Whether the mark at ``index`` closes the word before it (no space between)."""
    char = text[index]
    if char in _BRACKETS_CLOSE:
        return True
    if char not in _QUOTES or index == 0:
        return False
    before = text[index - 1]
    return is_word_char(before) or before in _BRACKETS_CLOSE or before in _QUOTES or before == "."


def _opens(text: str, index: int) -> bool:
    """Whether the mark at ``index`` opens the word after it (no space between)."""
    char = text[index]
    if char in _BRACKETS_OPEN:
        return True
    return char in _QUOTES and not _closes(text, index)


def _word_start(text: str, position: int) -> int:
    """Start of the word that holds the character before ``position``."""
    while position > 0 and (is_word_char(text[position - 1]) or _inside_word(text, position - 1)):
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    """End of the word that holds the character at ``position``."""
    while position < len(text) and (is_word_char(text[position]) or _inside_word(text, position)):
        position += 1
    return position


def _with_period(text: str, start: int, end: int) -> int:
    """``end``, or one further when the word is a known abbreviation followed by its period."""
    if end < len(text) and text[end] == "." and text[start:end].lower() in ABBREVIATIONS:
        return end + 1
    return end


def _token_end(text: str, end: int) -> int:
    """A word's end with the period of an abbreviation and the marks that close it."""
    end = _with_period(text, _word_start(text, end), end)
    while end < len(text) and _closes(text, end):
        end += 1
    return end


def _token_start(text: str, start: int) -> int:
    """A word's start with the marks that open it."""
    while start > 0 and _opens(text, start - 1):
        start -= 1
    return start


def trim_space(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading or trailing white space (it is never stored)."""
    end = min(len(text), max(start, end))
    start = max(0, min(start, end))  # an edge past the text's end stays at it
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection to whole words and trim surrounding white space.

    A closing mark joins the span only when the span holds its opening mark
    (and the other way round), so ``«референдумы»`` is whole and a word
    inside quotes is not given half of the pair.
    """
    start, end = trim_space(text, start, end)
    if start == end:
        return start, end
    while _inside_word(text, start):
        start -= 1
    while _inside_word(text, end):
        end += 1
    if end > 0 and is_word_char(text[end - 1]):
        end = _with_period(text, _word_start(text, end), end)
    while end < len(text) and _closes(text, end) and _unclosed(text[start:end], text[end]):
        end += 1
    while start > 0 and _opens(text, start - 1) and _unopened(text[start:end], text[start - 1]):
        start -= 1
    return start, end


_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "„": "”“", "“": "”", "‘": "’", "‚": "’‘"}
_PAIRS |= {"‹": "›", "「": "」", "『": "』", '"': '"', "'": "'", "»": "«", "›": "‹"}


def _unclosed(span: str, closer: str) -> bool:
    """Whether ``span`` holds an opening mark that ``closer`` would close."""
    openers = [o for o, closers in _PAIRS.items() if closer in closers]
    if closer in ('"', "'"):
        return span.count(closer) % 2 == 1
    return sum(span.count(o) for o in openers) > span.count(closer)


def _unopened(span: str, opener: str) -> bool:
    """Whether ``span`` holds a closing mark that ``opener`` opens."""
    closers = _PAIRS.get(opener, "")
    if opener in ('"', "'"):
        return span.count(opener) % 2 == 1
    return any(span.count(c) > span.count(opener) for c in closers)


def next_word_end(text: str, position: int) -> int:
    """Where a span end lands when it grows by a word (``position`` if there is none)."""
    index = position
    while index < len(text) and not is_word_char(text[index]):
        index += 1
    if index == len(text):
        return position
    return _token_end(text, _word_end(text, index))


def previous_word_end(text: str, position: int) -> int:
    """Where a span end lands when it shrinks by a word: the end of the word before its last."""
    index = position
    while index > 0 and not is_word_char(text[index - 1]):
        index -= 1
    index = _word_start(text, index)
    while index > 0 and not is_word_char(text[index - 1]):
        index -= 1
    if index == 0:
        return position
    return _token_end(text, index)


def previous_word_start(text: str, position: int) -> int:
    """Where a span start lands when it grows by a word (``position`` if there is none)."""
    index = position
    while index > 0 and not is_word_char(text[index - 1]):
        index -= 1
    if index == 0:
        return position
    return _token_start(text, _word_start(text, index))


def next_word_start(text: str, position: int) -> int:
    """Where a span start lands when it shrinks by a word: the start of its second word."""
    index = position
    while index < len(text) and not is_word_char(text[index]):
        index += 1
    index = _word_end(text, index)
    while index < len(text) and not is_word_char(text[index]):
        index += 1
    if index == len(text):
        return position
    return _token_start(text, index)


def moved_edge(text: str, start: int, end: int, edge: str, direction: int) -> tuple[int, int]:
    """The span after moving its ``edge`` ("start" or "end") one word out (+1) or in (-1).

    Unchanged when the move would leave no word in the span or run off the text.
    """
    new_start, new_end = start, end
    if edge == "end":
        new_end = next_word_end(text, end) if direction > 0 else previous_word_end(text, end)
    else:
        new_start = (
            previous_word_start(text, start) if direction > 0 else next_word_start(text, start)
        )
    if new_start >= new_end:
        return start, end
    # An opening mark joins only with its closing one in the span: `"the principle`
    # with no closing `"` keeps the quotation mark out.
    while (
        new_start < new_end
        and _opens(text, new_start)
        and not _unopened(text[new_start + 1 : new_end], text[new_start])
    ):
        new_start += 1
    new_start, new_end = trim_space(text, new_start, new_end)
    return (new_start, new_end) if new_start < new_end else (start, end)
