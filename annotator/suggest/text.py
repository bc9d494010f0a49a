"""Reading a news text the way the rule-based suggesters need it: paragraphs,
sentences, words with their offsets and lemmas, and names.

Lemmas come from ``simplemma`` (it ships its dictionaries: nothing is
downloaded), cached, and only for words that may be cues: lemmatising every
word of 10,000 articles would cost more than all the suggesters together.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

import simplemma

from annotator.suggest.lexicon import SIMPLEMMA_CODES, word_set

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# The same words as a capturing split (possessive: a word never gives back letters):
# splitting makes no match objects, so the offsets come from the pieces' lengths.
_WORD_SPLIT = re.compile(r"([^\W\d_]++(?:['’-][^\W\d_]++)*+)")
# A sentence ends at . ! ? … (and a closing quotation mark after it) before a
# space and an upper-case letter, a quotation mark, a dash, a digit, or at a line break.
# Written to open with one set of characters, so the engine passes over every other
# character at once (it does that only for a leading set, not for a lookahead or a choice).
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)\n*"
    r"|(?<=[.!?…])[\"”“»«’]?(?=\s+[\"„“«»—–\-A-ZА-ЯЁІЇЄҐĄĆĘŁŃÓŚŹŻŠČŘŽÉÈÀÜÖÄ\d]))"
)
_ABBREVIATIONS = word_set(
    "dr mr mrs ms prof gen sen rep st sep sept jan feb mar apr jun jul aug oct nov "
    "dec ul tzw np m.in prez min ok ds im gen płk г ст им тыс млн млрд proc tys mln "
    "mld dz nr no art vs e.c"
)


class Word(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every word, found once per document: each suggester asks for
    the words of many small ranges of the same text (Word objects are made only then).

    The split alternates between-words and words, so the running sum of the pieces'
    lengths gives every word's start and end without a Python step per word."""
    offsets = list(accumulate(map(len, _WORD_SPLIT.split(text)), initial=0))
    return offsets[1:-1:2], offsets[2::2]


def _range(text: str, start: int, end: int) -> tuple[int, int]:
    starts, ends = _tokens(text)
    first = bisect_left(starts, start)
    last = bisect_left(starts, end, lo=first)
    while last > first and ends[last - 1] > end:
        last -= 1
    return first, last


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words lying wholly in ``text[start:end]``, with offsets into ``text``."""
    first, last = _range(text, start, len(text) if end is None else end)
    return _words(text, first, last)


def first_words(text: str, start: int, end: int, count: int) -> list[Word]:
    """``words(text, start, end)[:count]``, without making the words after those."""
    first, last = _range(text, start, end)
    return _words(text, first, min(last, first + count))


def last_words(text: str, start: int, end: int, count: int) -> list[Word]:
    """``words(text, start, end)[-count:]``, without making the words before those."""
    first, last = _range(text, start, end)
    return _words(text, max(first, last - count), last)


def first_words_end(text: str, start: int, end: int, count: int) -> int | None:
    """``first_words(text, start, end, count)[-1].end`` (None when there is no word),
    read on the offsets alone: no Word is made."""
    first, last = _range(text, start, end)
    last = min(last, first + count)
    return _tokens(text)[1][last - 1] if last > first else None


def _words(text: str, first: int, last: int) -> list[Word]:
    """The Words of the document's tokens ``first`` to ``last`` (one comprehension, no
    call per word: the rules ask for words tens of thousands of times per 1,000 texts)."""
    starts, ends = _tokens(text)
    # The one-element loop binds the slice (CPython makes it an assignment, no call);
    # tuple.__new__ makes the same Word as Word(…) without the Python frame of its __new__.
    return [
        _new_tuple(Word, (a, b, found, found.lower()))
        for a, b in zip(starts[first:last], ends[first:last], strict=True)
        for found in (text[a:b],)
    ]


_new_tuple = tuple.__new__


def word_count(text: str, start: int, end: int) -> int:
    first, last = _range(text, start, end)
    return last - first


@lru_cache(maxsize=4)
def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        at = match.start()
        if text[at] == "\n":
            end = at
        else:
            end = match.end()
            before = text[max(start, end - 12) : end].rstrip('"”“»«’.!?…').rsplit(maxsplit=1)
            last = before[-1].lower() if before else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue  # "Sep. 6", "Dr. E.C. Beuck": not an end
        # (_append_trimmed, inline: this runs for every sentence of every text)
        part = text[start:end]
        stripped = part.strip()
        if stripped:
            offset = start + len(part) - len(part.lstrip())
            spans.append((offset, offset + len(stripped)))
        start = match.end()
    _append_trimmed(text[start:], start, spans)
    return spans


def _append_trimmed(part: str, offset: int, spans: list[tuple[int, int]]) -> None:
    """Append the span of ``part`` (found at ``offset``) without its edge spaces, if any."""
    stripped = part.strip()  # the same white space as str.isspace
    if stripped:
        offset += len(part) - len(part.lstrip())
        spans.append((offset, offset + len(stripped)))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, trimmed (news paragraphs are lines)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        _append_trimmed(line, offset, spans)
        offset += len(line) + 1
    return spans


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The word's lemma in ``language`` (lower case); the word itself when unknown."""
    if not language:
        return word.lower()
    try:
        code = SIMPLEMMA_CODES.get(language, language)
        return str(simplemma.lemmatize(word.lower(), lang=code)).lower()
    except ValueError:  # a language simplemma does not know
        return word.lower()


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


_NOT_NAMES = word_set(
    "the a an he she it they we i his her their this that these those on in at after "
    "but and or as of for president minister foreign spokesman according however on w "
    "we z na i a to po od do jak oraz ale tymczasem przypomnijmy в на и с по как это "
    "но а он она они мы я накануне напомним і у з та він вона вони ми der die das er "
    "sie wir ich und aber im am le la les il elle ils nous je et mais el la los las "
    "él ella ellos nosotros yo y pero il lo la gli lui lei loro noi io e ma ten ta to "
    "on ona oni my já a ale"
)


def names_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of capitalised word runs ("Aibek Smadiyarov", "Kasym-Żomart Tokajew")
    in ``text[start:end]``; a run's first word after a sentence start counts only
    when another capitalised word follows it.

    Read on the document's word offsets (no Word objects, lower case only where a
    particle or a common word must be recognised): the speaker rules call it often."""
    starts, ends = _tokens(text)
    first, last = _range(text, start, end)
    found: list[tuple[int, int]] = []
    run: list[int] = []  # token indices
    previous_end = -1
    for index in range(first, last):
        word_start = starts[index]
        capitalised = text[word_start].isupper()
        if not run:  # most words: lower case, outside a name
            if capitalised:
                run.append(index)
            previous_end = ends[index]
            continue
        joined = text[previous_end:word_start] in (" ", "\u00a0")
        if capitalised and joined:
            run.append(index)
        elif (
            joined
            and text[word_start : ends[index]].lower() in _PARTICLES
            and index + 1 < last
            and text[starts[index + 1]].isupper()
            and text[ends[index] : starts[index + 1]] in (" ", "\u00a0")
        ):
            run.append(index)  # "Marleen de Vries", "Erik van Leeuwen", "Paulo dos Santos"
        else:
            _close_run(text, starts, ends, run, found)
            if capitalised:
                run.append(index)
        previous_end = ends[index]
    if run:
        _close_run(text, starts, ends, run, found)
    return found


def _close_run(
    text: str, starts: list[int], ends: list[int], run: list[int], found: list[tuple[int, int]]
) -> None:
    """Add the run of capitalised words (token indices) to ``found`` as one name, without
    its leading common words, unless it is a lone word opening a sentence; empty the run."""
    while run and text[starts[run[0]] : ends[run[0]]].lower() in _NOT_NAMES:
        run.pop(0)
    if run:
        sentence_start = _starts_sentence(text, starts[run[0]])
        if not (sentence_start and len(run) == 1):
            found.append((starts[run[0]], ends[run[-1]]))
    run.clear()


# Lower-case particles inside a person's name.
_PARTICLES = word_set("van von de der den da das dos du di del della ter ten")


def _starts_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip(' "„“«»—–-')
    return not before or before[-1] in ".!?…\n:"


_JOINERS = re.compile(r"^(?:,?\s+(?:i|oraz|and|и|і|та|und|et|y|e|a)\s+|,\s+)$")


def holder_before(text: str, start: int, end: int) -> str:
    """The first name (or names joined by "and": "Serbia i Kazachstan") in ``text[start:end]``;
    a capitalised first word of the sentence counts, unless it is a common word."""
    spans = names_in(text, start, end)
    first = WORD.match(text, start)
    capitalised = first is not None and first.group()[:1].isupper()
    if (
        first
        and capitalised
        and first.group().lower() not in _NOT_NAMES
        and (not spans or spans[0][0] > first.start())
    ):
        spans.insert(0, (first.start(), first.end()))
    if not spans:
        return ""
    group_start, group_end = spans[0]
    for next_start, next_end in spans[1:]:
        if not _JOINERS.match(text[group_end:next_start]):
            break
        group_end = next_end
    return text[group_start:group_end]
