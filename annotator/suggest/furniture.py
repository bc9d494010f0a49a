"""Page furniture: the lines of a saved web page that are not the article.

A news page pasted or scraped whole keeps "Comments / 35", "Share 1.2K", "12.03.2026, 08:15
· updated 09:40", "Updated March 4, 2026, 6:12 p.m. ET | 5 min read" and "Read also: …"
links; their numbers are not figures the article reports (the gold sets' convention). A
line is furniture when it is short, does not end a sentence, and is

* **counters**: label-and-number pieces between separators ("Comments 35 | Share 1.2K",
  "Komentarze (35) · Udostępnij 214"), or one label and one number alone ("Comments 35");
* **a time stamp**: a date with a year and a clock time ("Publié le 4 mars 2026 à 07h45,
  mis à jour à 09h12", "Madrid - 04 MAR 2026 - 10:35 CET");
* **a link to another article**: opened by "Read also:", "Czytaj także:", "Lire aussi :"…
  (``RELATED`` in the lexicon).

Only the shape is read, so it works in any language except for the third kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.suggest.lexicon import RELATED

Span = tuple[int, int]

_MAX_WORDS = 12  # a furniture line is short; a headline with a date and time rarely is
MAX_LENGTH = 160  # characters: longer lines hold more than twelve words anyway
_DIGIT = re.compile(r"\d")
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SEPARATOR = re.compile(r"\s[|·•/]\s|\s\|\s?|\s?\|\s")
_NUMBER = re.compile(r"\(?\d[\d.,\u00a0\u202f ]*[kKMm]?\)?")
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])(?:[:.]|\s?h\s?)[0-5]\d(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)[٠-٩]{4}(?![٠-٩])")
_STOPS = (".", "!", "?", "…")
_CLOSERS = '"”»“’) \t'
_PERCENT_OR_MONEY = re.compile(r"[%$€£₽]")
_ABBREVIATION_END = re.compile(r"(?:\b\w{1,3}\.)$")  # "3 Min.", "p.m.": not a sentence's end


def is_furniture_line(text: str, line_start: int, language: str) -> bool:
    """Is the line of ``text`` starting at ``line_start`` page furniture?"""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if not line or len(line) > MAX_LENGTH:
        return False  # most paragraphs: read no further
    related = _related(language) if ":" in line[:40] else None
    if related is not None and related.match(line):
        return len(_LETTER_WORD.findall(line)) <= _MAX_WORDS
    tail = line.rstrip(_CLOSERS)
    if tail.endswith(_STOPS) and not _ABBREVIATION_END.search(tail[-5:]):
        return False  # a sentence (most short lines of an article)
    return _DIGIT.search(line) is not None and _is_furniture(line)


def furniture_lines(text: str, language: str) -> list[Span]:
    """The (start, end) of every line of ``text`` that is page furniture, in order."""
    found = []
    start = 0
    for line in text.split("\n"):
        if is_furniture_line(text, start, language):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _is_furniture(line: str) -> bool:
    if len(_LETTER_WORD.findall(line)) > _MAX_WORDS:
        return False
    if _CLOCK.search(line) and _YEAR.search(line):
        return True  # a time stamp
    pieces = _SEPARATOR.split(line)
    if len(pieces) > 1:
        return all(_is_counter(piece) for piece in pieces)
    return _is_counter(line) and len(_LETTER_WORD.findall(_NUMBER.sub(" ", line))) == 1


def _is_counter(piece: str) -> bool:
    """A label with at most one number: up to two words beside it ("Comments 35", "35 de
    comentarii"), up to three without ("Compartir en Facebook")."""
    numbers = _NUMBER.findall(piece)
    label = _LETTER_WORD.findall(_NUMBER.sub(" ", piece))
    if _PERCENT_OR_MONEY.search(piece) or len(numbers) > 1:
        return False
    return len(label) <= (2 if numbers else 3)


@lru_cache(maxsize=32)
def _related(language: str) -> re.Pattern[str] | None:
    phrases = RELATED.get(language)
    if not phrases:
        return None
    return re.compile(rf"(?i:{phrases})\s*:")


__all__ = ["MAX_LENGTH", "furniture_lines", "is_furniture_line"]
