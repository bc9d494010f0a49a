"""Who a pronoun, a left-out subject or a role in an attribution stands for.

News name a speaker once, then write "he said", "– dodał." (no subject at all), "— признал
министр", "La ministra añadió que …", "По словам губернатора, …". The quote rules read the
words around the reporting cue; when those words name nobody but point back, the nearest
name before the quote is often someone else (a firm in an apposition, a place, a person
the speaker talked about). Here:

* ``pointing_back`` says whether the words that would name the subject point back: a
  pronoun, no subject at all, or a role with no name beside it;
* ``resolve`` turns that into a speaker: for a pronoun or no subject, the speaker of the
  nearest earlier quote or the nearest earlier person, whichever is nearer; for a role, the
  person named beside an earlier mention of the same role ("la ministra de Vivienda, Marta
  Villalobos"), else an earlier quote's speaker given as that role, else the role as
  written with the words that complete it ("Министр ЖКХ и энергетики региона");
* ``canonical`` gives a person as the text first names them in full ("Karaca" → "Selim
  Karaca"; "Олег Петрович", the interviewer's form of address → "Олег Самойлов").

A person is a run of two or more capitalised words outside quotation marks, once a role at
its head is taken off ("Prezes NBP Adam Glapiński" is a person, "Министр ЖКХ" is not).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from annotator.suggest.lexicon import (
    NOT_ROLES,
    PRONOUNS,
    ROLE_COMPOUNDS,
    ROLES,
    SUBJECT_PRONOUNS,
    word_set,
)
from annotator.suggest.text import WORD, Word, first_words, last_words, names_in, words

Span = tuple[int, int]

_NEAR = 8  # words read on each side of a cue
_REACH = 1500  # how far back (characters) a pronoun's person is looked for
_ROLE_REACH = 3000  # how far back an earlier mention of a role is looked for
# Words that may stand between a sentence's start and its cue without being its subject
# ("Dodał też, że …", "And added that …", "Añadió también que …").
_FILLERS = word_set(
    "and but also then later too i a ale też także również ponadto и а но также тоже ещё "
    "і та але також теж und aber auch zudem et mais aussi y pero también e ma anche en "
    "maar ook i a ale také tiež"
)
# Words that open an adverbial after a cue with no subject ("– napisał w mediach
# społecznościowych", "– сказал в интервью", "lamentó durante la rueda de prensa").
_PREPOSITIONS = word_set(
    "in on at to during after before for with w we na do z ze po dla podczas przed przy "
    "в во на для у с со из при після під з за im am bei vor nach gegenüber auf à au aux "
    "en dans devant lors après a al ante durante tras con da nel nella alla dopo em no na "
    "ao nos v ve pri op tijdens tegen bij u pred na v пред след по"
)
# Prepositions before a name that make it an object ("dla Władimira Putina").
_OBJECT_MARKERS = _PREPOSITIONS | word_set(
    "of from by with about against dla przez od o przeciw przeciwko z ze против для от о об "
    "про без над від про проти für von gegen mit über pour contre avec par para contra con "
    "per contro di della del dello degli de du des do da dos das"
)
# Verbs that may stand between a role and its reporting cue ("La Première ministre a
# annoncé", "the mayor has said"): the role's words end before them.
_AUXILIARIES = word_set(
    "a has have had is was ha han hat hatte ist war est était è é ha je jest był była było "
    "byli был была было были був була було heeft had zijn е бе bol bola"
)
_CANONICAL_TRIES = 6  # occurrences of a surname read to find its first full form
_TWO_WORDS = re.compile(r"[^\W\d_][\w-]* [^\W\d_][\w-]*")
_PRONOUN_PARTS = re.compile(r"[-'’]")  # "a-t-il", "l'a-t-elle": the last part
_STOP = re.compile(r"[.!?\n]")
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-ZА-ЯЁІЇЄҐ])|\n")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|ївна|івна)$")


@dataclass(frozen=True)
class PointingBack:
    """A subject that points back: a role (with the words completing it), or none."""

    role: Word | None = None
    phrase: str = ""  # the role as written here: "Министр ЖКХ и энергетики региона"


def is_role(word: Word, language: str) -> bool:
    """Is the word a role noun ("ministra", "Rzeczniczka", "Bezirksleiter")?"""
    return bool(role_stem(word.lower, language))


@lru_cache(maxsize=50_000)
def role_stem(lower: str, language: str) -> str:
    """The role a word names, as the lexicon's stem ("ministr" for "ministra" and
    "ministro", "minister" for "Gesundheitsminister"); "" when it names none."""
    pattern = _role_pattern(language)
    if pattern is None or lower.startswith(NOT_ROLES):
        return ""
    found = pattern.match(lower)
    if found is None and language in ROLE_COMPOUNDS:
        found = pattern.search(lower, 3)
        if found is not None and len(lower) - found.end() > 3:
            found = None
    return found.group() if found else ""


@lru_cache(maxsize=32)
def _role_pattern(language: str) -> re.Pattern[str] | None:
    stems = ROLES.get(language)
    if not stems:
        return None
    return re.compile("|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True)))


def is_pronoun(word: Word, language: str) -> bool:
    """A pronoun standing for a person ("he", "она", "a-t-il": its last part)."""
    lower = word.lower
    subjects = SUBJECT_PRONOUNS.get(language, frozenset())
    if lower in subjects or lower in PRONOUNS:
        return True
    if "-" not in lower and "'" not in lower and "’" not in lower:
        return False
    return _PRONOUN_PARTS.split(lower)[-1] in subjects


def persons(text: str, start: int, end: int, language: str) -> list[Span]:
    """Names of people in ``text[start:end]``: capitalised runs of two words or more once a
    role at their head is taken off ("Prezes NBP Adam Glapiński" → "NBP Adam Glapiński")."""
    found = []
    for name_start, name_end in names_in(text, start, end):
        parts = words(text, name_start, name_end)
        while parts and (is_role(parts[0], language) or is_pronoun(parts[0], language)):
            parts = parts[1:]
        if len(parts) >= 2:
            found.append((parts[0].start, parts[-1].end))
    return found


def _names_a_person(text: str, start: int, end: int, language: str) -> bool:
    """``bool(persons(…))`` read on the names' text alone (asked for nearly every quote)."""
    for name_start, name_end in names_in(text, start, end):
        parts = text[name_start:name_end].split()
        while parts and (role_stem(parts[0].lower(), language) or _pronoun(parts[0], language)):
            parts = parts[1:]
        if len(parts) >= 2:
            return True
    return False


def _pronoun(word: str, language: str) -> bool:
    lower = word.lower()
    return lower in SUBJECT_PRONOUNS.get(language, frozenset()) or lower in PRONOUNS


def pointing_back(text: str, before: Span, after: Span, language: str) -> PointingBack | None:
    """Do the words next to a reporting cue point back rather than name the subject?

    ``before``: the span between the sentence's start (or the quote's end) and the cue;
    ``after``: the span after the cue (its first eight words are read). None when they name
    someone (a person, or a capitalised name such as "Apartur" or "Opozycja")."""
    last = last_words(text, *before, _NEAR)
    if last and is_pronoun(last[-1], language):
        return PointingBack()  # "he said", "“…,” she told a rally outside City Hall"
    if last and _names_a_person(text, *before, language):
        return None
    first = first_words(text, *after, _NEAR)  # read only when the words before say nothing
    if first and is_pronoun(first[0], language):
        return PointingBack()  # "said he", "säger hon", "— сказал он"
    if first and _names_a_person(text, first[0].start, first[-1].end, language):
        return None
    region = last + first
    roles = [word for word in region if is_role(word, language)]
    if roles:
        part = last if roles[0] in last else first
        phrase = [word for word in part if word.start >= roles[0].start]
        for index, word in enumerate(phrase[1:], start=1):
            if word.lower in _AUXILIARIES or "," in text[phrase[index - 1].end : word.start]:
                phrase = phrase[:index]
                break
        return PointingBack(roles[0], text[phrase[0].start : phrase[-1].end])
    if any(word.text[:1].isupper() for word in region if word.lower not in _FILLERS):
        return None
    named_after = first and first[0].lower not in _PREPOSITIONS
    only_fillers = len(last) < _NEAR and all(word.lower in _FILLERS for word in last)
    if only_fillers and not named_after:
        return PointingBack()  # "– dodał.", "Dodał też, że …", "lamentó durante …"
    return None


def resolve(
    text: str,
    at: int,
    back: PointingBack,
    earlier: list[tuple[int, str]],
    quotes: list[Span],
    language: str,
) -> str:
    """The speaker ``back`` stands for at position ``at``; "" when nothing fits.

    ``earlier``: (position, speaker) of the quotes before, in order; ``quotes``: every
    quote's span, sorted (a name inside a quote is not who speaks it)."""
    if back.role is None:
        return _person_before(text, at, earlier, quotes, language)
    stem = role_stem(back.role.lower, language)
    for mention in reversed(
        _mentions(text, max(0, at - _ROLE_REACH), back.role.start, stem, language)
    ):
        named = _named_beside(text, mention, quotes, language)
        if named:
            return canonical(text, named)
    for _position, speaker in reversed(earlier):
        # (Read with a regex: ``words`` of another string would push the document's
        # word offsets out of their cache.)
        if any(role_stem(word.lower(), language) == stem for word in WORD.findall(speaker)):
            return speaker
    return back.phrase


def _person_before(
    text: str, at: int, earlier: list[tuple[int, str]], quotes: list[Span], language: str
) -> str:
    said = [(position, speaker) for position, speaker in earlier if position < at and speaker]
    # Only a person named after the last speaker can be nearer than that speaker.
    start = max(0, at - _REACH, said[-1][0] if said else 0)
    named = [
        span
        for span in persons(text, start, at, language)
        if not _inside(span, quotes) and not _after_preposition(text, span[0])
    ]
    if said and (not named or said[-1][0] >= named[-1][0]):
        return said[-1][1]
    if named:
        return canonical(text, text[named[-1][0] : named[-1][1]])
    return ""


def _after_preposition(text: str, start: int) -> bool:
    """A name after a preposition is an object ("dla Władimira Putina", "with Joe Biden"),
    not the person a pronoun stands for."""
    before = words(text, max(0, start - 20), start)
    return bool(before) and before[-1].lower in _OBJECT_MARKERS


def _inside(span: Span, quotes: list[Span]) -> bool:
    index = bisect_left(quotes, (span[0] + 1,))
    return bool(index) and quotes[index - 1][0] <= span[0] and span[1] <= quotes[index - 1][1]


def _mentions(text: str, start: int, end: int, stem: str, language: str) -> list[Word]:
    """The words of ``text[start:end]`` naming the role ``stem`` (found by the stem first:
    reading every word of 3,000 characters for each role would cost more)."""
    lower = text.lower()
    found: list[Word] = []
    at = lower.find(stem, start, end)
    while at >= 0:
        word_start = at
        while word_start > 0 and (
            lower[word_start - 1].isalpha() or lower[word_start - 1] in "-'’"
        ):
            word_start -= 1
        candidates = first_words(text, word_start, end, 1)
        new = candidates and (not found or found[-1].start != candidates[0].start)
        if new and role_stem(candidates[0].lower, language) == stem:
            found.append(candidates[0])
        at = lower.find(stem, at + len(stem), end)
    return found


def _named_beside(text: str, mention: Word, quotes: list[Span], language: str) -> str:
    """The person named right after a role ("la ministra de Vivienda, Marta Villalobos",
    "губернатор региона Андрей Травкин") or right before it ("Marta Villalobos, ministra")."""
    following = words(text, mention.end, min(len(text), mention.end + 80))[:8]
    stop = _sentence_break(text, mention.end, following[-1].end if following else mention.end)
    for span in persons(text, mention.start, stop, language):
        if not _inside(span, quotes):
            return text[span[0] : span[1]]
    head = max(0, mention.start - 40)
    for span in reversed(persons(text, head, mention.start, language)):
        gap = text[span[1] : mention.start]
        close = len(WORD.findall(gap)) <= 2 and not _STOP.search(gap)
        if close and not _inside(span, quotes):
            return text[span[0] : span[1]]
    return ""


def _sentence_break(text: str, start: int, end: int) -> int:
    found = _SENTENCE_BREAK.search(text[start:end])
    return start + found.start() if found else end


@lru_cache(maxsize=256)
def canonical(text: str, name: str) -> str:
    """The fullest earlier form of a person: a surname alone → the first name of two words
    or more ending in it; "Имя Отчество" → the first name with that first word."""
    parts = name.split()
    if len(parts) == 1:
        needle = " " + parts[0][: max(4, len(parts[0]) - 2)]
    elif len(parts) == 2 and _PATRONYMIC.search(parts[1]):
        needle = parts[0] + " "
    else:
        return name
    at = text.find(needle)
    for _tried in range(_CANONICAL_TRIES):
        if at < 0:
            break
        candidate = _two_words_around(text, at, needle, len(parts) == 1)
        if candidate and candidate != name:
            return candidate
        at = text.find(needle, at + 1)
    return name


def _two_words_around(text: str, at: int, needle: str, surname: bool) -> str:
    """The two capitalised words at a match of ``needle`` (a surname's start after a
    space, or a first name before one), unless the first opens a sentence."""
    start = at
    if surname:
        start = at - 1
        while start >= 0 and (text[start].isalpha() or text[start] == "-"):
            start -= 1
        start += 1
    found = _TWO_WORDS.match(text, start)
    if found is None or not all(word[:1].isupper() for word in found.group().split()):
        return ""
    opening = text[:start].rstrip(' "„“«»—–-')
    if not opening or opening[-1] in ".!?:\n":
        return ""  # "Podľa Asociácie": a capitalised first word of a sentence
    return found.group()


__all__ = [
    "PointingBack",
    "canonical",
    "is_pronoun",
    "is_role",
    "persons",
    "pointing_back",
    "resolve",
]
