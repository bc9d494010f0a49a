"""Finding the lexicon's cues in a text: reporting verbs, stance verbs, negations."""

from __future__ import annotations

from functools import lru_cache

from annotator.suggest.lexicon import FORMS, NEGATIONS, REPORTING, STANCE, STANCE_FORMS
from annotator.suggest.text import Word, lemma


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
    lower = word.lower
    if lower in FORMS.get(language, ()):
        return True
    cues = REPORTING.get(language)
    if not cues:
        return False
    if lower[:4] not in _prefixes(language, "reporting") and len(lower) > 3:
        # Irregular forms ("said", "told", "řekl") are in FORMS; the rest share a prefix.
        return False
    return lemma(word.text, language) in cues


def stance_polarity(word: Word, language: str) -> str | None:
    """ "favor"/"against" when the word is a stance cue (before negation), else None."""
    lower = word.lower
    forms = STANCE_FORMS.get(language, {})
    if lower in forms:
        return forms[lower]
    cues = STANCE.get(language)
    if not cues or lower[:4] not in _prefixes(language, "stance"):
        return None
    return cues.get(lemma(word.text, language))


def is_negation(word: Word, language: str) -> bool:
    return word.lower in NEGATIONS.get(language, ())
