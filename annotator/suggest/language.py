"""Which of our languages a document is in, when its metadata does not say.

A cheap guess from letters and a few frequent words: suggesters run over
10,000 documents in seconds, and a full language identifier is not needed to
tell Polish from Czech or Russian from Ukrainian in news text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from babel import Locale, UnknownLocaleError

from annotator.suggest.lexicon import LANGUAGES, word_set

_WORD = re.compile(r"\w+")

# Frequent short words that mark a language (compared on the first few KB).
_MARKERS: dict[str, frozenset[str]] = {
    "pl": word_set("się nie że jest na do w i z od dla przez oraz był jak"),
    "cs": word_set("se je že na do v a z od pro jako byl který také"),
    "en": word_set("the of and to in is that was for on with by"),
    "de": word_set("der die und das ist nicht mit den von zu ein eine dass"),
    "fr": word_set("le la les et des est une que pour dans du pas qui"),
    "es": word_set("el la los las y que de en es por una para con del"),
    "it": word_set("il la che di e non per una sono con del della gli"),
    "ru": word_set("и в не что на по это с как для от был"),
    "uk": word_set("і в не що на по це з як для від та"),
}
_UKRAINIAN_LETTERS = re.compile("[іїєґ]", re.IGNORECASE)
_RUSSIAN_LETTERS = re.compile("[ыэъё]", re.IGNORECASE)
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_CODE_END = re.compile(r"[-_@.\s]")  # "pl-PL", "en_GB.UTF-8": the code before it


@lru_cache(maxsize=8)
def language_of(text: str, declared: str = "") -> str:
    """A code from :data:`LANGUAGES` ("pl", "ru", …), or "" when none fits.

    A declared language (the document's metadata, "pl-PL") wins when we know it.
    """
    code = _CODE_END.split(declared.strip(), maxsplit=1)[0].lower()
    if code in LANGUAGES:
        return code
    sample = text[:1500]
    # More than 20 Cyrillic letters: the 21st found ends the count (near the start).
    if next(islice(_CYRILLIC.finditer(sample), 20, None), None) is not None:
        ukrainian = len(_UKRAINIAN_LETTERS.findall(sample))
        russian = len(_RUSSIAN_LETTERS.findall(sample))
        return "uk" if ukrainian > russian else "ru"
    words = Counter(map(str.lower, _WORD.findall(sample)))
    scores = {
        language: sum(words[w] for w in markers)
        for language, markers in _MARKERS.items()
        if language not in ("ru", "uk")
    }
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] else ""


def locale_language(text: str, declared: str = "") -> str:
    """The language whose CLDR data (number format, scale words, month names) reads the text.

    Unlike :func:`language_of`, a declared language is kept whenever CLDR knows it, even
    without a cue lexicon: a Dutch or Croatian article must not have its numbers read as
    English or Czech ones ("21,3 milijuna" is 21.3 million, "21 april" a date).
    """
    code = _CODE_END.split(declared.strip(), maxsplit=1)[0].lower()
    if code and code not in LANGUAGES:
        try:
            Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            pass
        else:
            return code
    return language_of(text, declared)
