"""Finding the lexicon's cues in a text: reporting verbs, stance verbs, negations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from annotator.suggest.lemmas import cue_forms, cue_lemma
from annotator.suggest.lexicon import FORMS, NEGATIONS, REPORTING, STANCE, STANCE_FORMS
from annotator.suggest.text import WORD, Word


@lru_cache(maxsize=32)
def _prefixes(language: str, table: str) -> frozenset[str]:
    """First four letters of every cue of a table: words that cannot be cues are
    never lemmatised (the lemmatiser is the slowest step)."""
    lemmas = (
        REPORTING.get(language, frozenset())
        if table == "reporting"
        else STANCE.get(language, {}).keys()
    )
    return frozenset(word[:4] for word in lemmas)


def is_reporting(word: Word, language: str) -> bool:
    """Is the word a form of a reporting verb ("said", "заявил", "podkreślił")?"""
    return _is_reporting_form(word.lower, language)


@lru_cache(maxsize=100_000)
def _is_reporting_form(lower: str, language: str) -> bool:
    if lower in FORMS.get(language, ()):
        return True
    cues = REPORTING.get(language)
    if not cues:
        return False
    prefixes = _prefixes(language, "reporting")
    if lower[:4] not in prefixes and lower[:3] not in prefixes and len(lower) > 3:
        # Irregular forms ("said", "told", "řekl") are in FORMS; the rest share a prefix
        # (three letters when the lemma has three: "add" → "added", "adds").
        return False
    return cue_lemma(lower, language) in cues


@lru_cache(maxsize=4)
def reporting_starts(text: str, language: str) -> list[int]:
    """Where the reporting cues of ``text`` start, in order: found once per document, so
    rules that look for a cue near every comma ask a sorted list, not the lemmatiser.
    A regex of the cues' first letters finds the few candidate words (as for stance)."""
    found = []
    for match in _reporting_candidates(language).finditer(text):
        whole = WORD.match(text, match.start())
        if whole is not None and _is_reporting_form(whole.group().lower(), language):
            found.append(whole.start())
    return found


@lru_cache(maxsize=32)
def _reporting_candidates(language: str) -> re.Pattern[str]:
    """Words that may be reporting cues: a cue lemma's first four letters, a listed form,
    or a cue's form of three letters or fewer ("zei", "dit": not held to the prefixes)."""
    cues = REPORTING.get(language, frozenset())
    short = {
        form for form, lemma in cue_forms(language).items() if len(form) <= 3 and lemma in cues
    }
    starts = _prefixes(language, "reporting") | set(FORMS.get(language, ())) | short
    if not starts:
        return re.compile("(?!)")
    alternation = "|".join(re.escape(start) for start in sorted(starts, key=len, reverse=True))
    firsts = "".join(sorted({re.escape(start[0]) for start in starts}))
    # At a word's start only: not the "за" of "из-за" (WORD joins hyphens and apostrophes).
    return re.compile(rf"(?=(?i:[{firsts}]))(?<!\w)(?<!\w[-'’])(?i:{alternation})")


def stance_polarity(word: Word, language: str) -> str | None:
    """ "favor"/"against" when the word is a stance cue (before negation), else None."""
    lower = word.lower
    forms = STANCE_FORMS.get(language, {})
    if lower in forms:
        return forms[lower]
    cues = STANCE.get(language)
    prefixes = _prefixes(language, "stance")
    if not cues or (lower[:4] not in prefixes and lower[:3] not in prefixes):
        return None
    found = cue_lemma(word.lower, language)
    return cues.get(found) if found else None


def is_negation(word: Word, language: str) -> bool:
    return word.lower in NEGATIONS.get(language, ())


@lru_cache(maxsize=32)
def _stance_candidates(language: str) -> re.Pattern[str]:
    """Words that may be stance cues: a cue's first four letters, or a listed form."""
    starts = sorted(_prefixes(language, "stance") | set(STANCE_FORMS.get(language, {})))
    if not starts:
        return re.compile("(?!)")
    alternation = "|".join(re.escape(start) for start in starts)
    # The first letters, looked at first, let the regex engine skip most positions
    # before trying the alternatives one by one (three times faster on news text).
    firsts = "".join(sorted({re.escape(start[0]) for start in starts}))
    return re.compile(rf"(?=(?i:[{firsts}]))(?<!\w)(?i:{alternation})\w*")


def stance_cues(text: str, language: str) -> Iterator[tuple[Word, str]]:
    """(word, polarity before negation) of every stance cue in the text, in order.

    A regex finds the few candidate words, so the lemmatiser and Python see only those.
    """
    for match in _stance_candidates(language).finditer(text):
        whole = WORD.match(text, match.start())
        if whole is None:
            continue
        word = Word(whole.start(), whole.end(), whole.group(), whole.group().lower())
        polarity = stance_polarity(word, language)
        if polarity is not None:
            yield word, polarity
