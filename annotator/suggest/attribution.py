"""Reported speech with no "that": "according to X, …", "…, X said." and "X said it …".

The reporting cue + complementizer rule of ``quotes.py`` finds "X said that …". News
report as often in three other shapes, found here:

* **an attribution opening the sentence**: "According to the central bank, …",
  "Według śledczych chodziło o …", "По словам министра, …", "Laut der Studie …",
  "Selon la direction, …" (``ATTRIBUTIONS`` in the lexicon), or "as X said," ("Jak
  dodała, …", "Как сообщил X, …", "Wie X mitteilte, …"): the rest of the sentence is
  the quote.  The same phrase closing a sentence (", according to CME Group data.")
  makes the part before its comma the quote.
* **a clause-first report**: "Inflation has eased, Hargrove said." / "…, powiedział
  dyrektor." / "…, — сказал он.": a comma or dash, a reporting cue within the next
  six words, then only the speaker (and perhaps ", adding …") to the sentence end; not
  when a complementizer follows the cue within two words, which also drops ", Hargrove
  said, adding that …" (a known miss: the guard is for "…, and officials said that …").
* **English "said" with the "that" left out**: "Judge Kimura said the majority had …".

Each finder returns ``Report``s: the quote's span and where its source is named
(``quotes.py`` turns that into the ``speaker``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from annotator.suggest.cues import is_reporting, reporting_starts
from annotator.suggest.lexicon import (
    AS_WORDS,
    ATTRIBUTION_COMMA_OPTIONAL,
    ATTRIBUTIONS,
    COMPLEMENTIZERS,
    PRONOUNS,
    THIS_REPORTED,
    word_set,
)
from annotator.suggest.text import first_words, is_capitalised, word_count, words

Span = tuple[int, int]


class Report(NamedTuple):
    start: int
    end: int
    source: Span | None  # the words naming the source ("the central bank"), None: look around
    cue: int  # where the attribution or reporting cue is


# Words that may open a sentence before its attribution ("But according to …").
_OPENERS = word_set("a ale i but and и а но і але та und aber et mais y pero e ma en maar")
# Words that join an organisation to a person in a source ("Marty Lis z Banku Pomorskiego").
_LINKS = word_set("z ze of from at de du del della di von vom aus из с от з від na")
# Words at the head of an attribution's noun phrase that are not the source itself.
_DETERMINERS = word_set(
    "the a an der die das des dem den ein eine einer eines einem la le les l el los las lo "
    "il gli i del della dei degli delle de du des d o os as do da dos das van het een"
)
# A clause-first report must not be a clause of its own after the comma ("…, and X said
# that …" is the complementizer rule's; "…, which X said …" is no report).
_NOT_AFTER_COMMA = word_set(
    "and but or which who that whom whose where when while as if because i a oraz który "
    "która które że и а или который которая что які який що und oder aber der die das "
    "welche dass et ou qui que y o que quien e che cui ma a nebo který že mas pero aber mais "
    "ale но але maar"
)
# What may follow an English "said" without opening its reported clause.
_NOT_A_CLAUSE = word_set(
    "that in on at after before during to for by with from of earlier later last this "
    "yesterday today tomorrow and but or so as when while if because about again also "
    "then there here not nothing so-called previously recently separately repeatedly "
    "privately publicly"
)
# A reported clause does not open with a preposition or participle ("At the Assembly, X
# said …", "Following the vote, officials announced …": the comma ends an adverbial).
_NOT_A_REPORT_START = word_set(
    "at after following during before since with without for by from under as when while "
    "although because if once despite amid holding asked interrogé interrogée preguntado "
    "preguntada op po podczas przed после перед після перед nach während vor seit après "
    "pendant avant tras durante antes dopo prima"
)
# Relative pronouns: "…, w którym stwierdzono …" is no clause-first report.
_RELATIVES = word_set(
    "which who whom whose który która które którym których którego której который которая "
    "которое которые которым которой которого которых який яка яке які яким якої якого яких "
    "welcher welche welches lequel laquelle dont cual cuales quien cui quale quali který "
    "která které kterým i"
)
_BARE_SAID = word_set("said says say warned warns added adds argued wrote writes noted")
_SEPARATOR = re.compile(r",\s+(?:[—–-]\s+)?|\s[—–]\s")  # not the comma of "52,3"
_COMMA_SPACE = re.compile(r",\s")
_COMMA_SPACES = re.compile(r",\s+")
_ING_CLAUSE = re.compile(r",\s+\w+ing\b")  # ", adding …": where a bare-said clause ends
_CUE_WITHIN = 6  # "…, Fed Chair Daniel Hargrove told reporters."
_MAX_SOURCE_WORDS = 12  # after a closing attribution: the source, a role, "on Tuesday"
_AFTER_CUE = 8  # after a clause-first report's cue: "told reporters after the meeting"
_MIN_CLAUSE_WORDS = 5


@lru_cache(maxsize=32)
def _opening(language: str) -> re.Pattern[str] | None:
    phrases = ATTRIBUTIONS.get(language)
    if not phrases:
        return None
    return re.compile(rf"(?i:{phrases})(?!\w)")


@lru_cache(maxsize=32)
def _anywhere(language: str) -> re.Pattern[str] | None:
    """The attribution phrases as words anywhere, their first letters looked at first."""
    phrases = ATTRIBUTIONS.get(language)
    if not phrases:
        return None
    firsts = _first_letters(phrases)
    return re.compile(rf"(?=(?i:[{firsts}]))(?<!\w)(?i:{phrases})(?!\w)")


def _first_letters(alternation: str) -> str:
    """The first letter of each top-level alternative of a regex of words ("по (?:…)|согласно"
    → "пс"): a lookahead on them lets the engine skip most positions of a text at once."""
    letters: set[str] = set()
    depth, at_start = 0, True
    for char in alternation:
        if at_start and char.isalpha():
            letters.update((char.lower(), char.upper()))
        at_start = False
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            at_start = True
    return re.escape("".join(sorted(letters)))


@lru_cache(maxsize=8)
def _positions(pattern: re.Pattern[str] | None, text: str) -> list[int]:
    return [match.start() for match in pattern.finditer(text)] if pattern is not None else []


def _holding(sentences: list[Span], positions: list[int]) -> list[Span]:
    """The sentences in which one of ``positions`` lies, in order (a few of a text's dozens)."""
    starts = [start for start, _end in sentences]
    chosen = sorted({bisect_right(starts, position) - 1 for position in positions} - {-1})
    return [sentences[index] for index in chosen]


def _between(positions: list[int], start: int, end: int) -> int | None:
    """The first of the sorted ``positions`` in ``[start, end)``, if any."""
    index = bisect_left(positions, start)
    return positions[index] if index < len(positions) and positions[index] < end else None


def _start_after_openers(text: str, start: int, end: int) -> int:
    """Past a sentence's opening "But"/"A"/"Und" (string operations: this runs per sentence)."""
    space = text.find(" ", start, min(end, start + 6))
    if space > start and text[start:space].lower() in _OPENERS:
        return space + 1
    return start


def according_to(text: str, language: str, sentences: list[Span]) -> Iterator[Report]:
    """Sentences opened or closed by an attribution: their reported part.

    The attribution phrases and "as" are found in the whole text by one regex each, so
    only the few sentences holding one are read word by word."""
    pattern = _opening(language)
    marks = _positions(_anywhere(language), text)
    as_word = AS_WORDS.get(language, "") + " "
    for start, end in sentences:
        anywhere = _between(marks, start, end) is not None
        if not anywhere and as_word.strip() not in text[start : start + 12].lower():
            continue
        end = _without_final_stop(text, start, end)
        head = _start_after_openers(text, start, end)
        found = pattern.match(text, head) if anywhere and pattern is not None else None
        if found is not None:
            report = _after_attribution(text, found.end(), end, head, language)
        else:
            report = _after_as_cue(text, head, end, language)
        if report is None and anywhere and pattern is not None:
            report = _before_closing_attribution(text, start, end, pattern)
        if report is not None:
            yield report


def _after_attribution(
    text: str, phrase_end: int, end: int, cue: int, language: str
) -> Report | None:
    """ "According to X, CLAUSE" (the comma within a dozen words) or "Według X CLAUSE":
    where the comma is optional (pl, cs, sk, de, nl) only a near one ends the source."""
    reach = 5 if language in ATTRIBUTION_COMMA_OPTIONAL else 15
    following = first_words(text, phrase_end, end, reach)
    comma = _comma(text, phrase_end, following[-1].end if following else phrase_end)
    if comma >= 0:
        named = _apposition_end(
            text, comma + 1, end
        )  # "Segundo a presidente, Cristina Sequeira, …"
        return _report(text, (phrase_end, named or comma), (named or comma) + 1, end, cue)
    source_end = _noun_phrase_end(text, phrase_end, end)
    return _report(text, (phrase_end, source_end), source_end, end, cue)


def _apposition_end(text: str, start: int, end: int) -> int | None:
    """The comma closing a name of two to four capitalised words right after ``start``."""
    found = first_words(text, start, end, 5)
    comma = _comma(text, start, end)
    if comma < 0 or not found:
        return None
    named = [word for word in found if word.end <= comma]
    fits = 2 <= len(named) <= 4 and all(is_capitalised(word.text) for word in named)
    return comma if fits and not text[start:comma].strip(" ,").count(" ") >= 4 else None


def _noun_phrase_end(text: str, start: int, end: int) -> int:
    """Where "der Studie", "Izby Rolniczej", "śledczych", "Marty Lis z Banku" ends: past
    the determiners, one word or a run of capitalised ones."""
    found = first_words(text, start, end, 8)
    index = 0
    while index < len(found) - 1 and found[index].lower in _DETERMINERS:
        index += 1
    if index >= len(found):
        return start
    last = found[index]
    if not is_capitalised(last.text):
        return last.end
    while index + 1 < len(found):
        following = found[index + 1]
        linked = following.lower in _LINKS and index + 2 < len(found)
        if linked and is_capitalised(found[index + 2].text):
            index += 2  # "Marty Lis z Banku Pomorskiego", "Smith of Harbor Point"
        elif is_capitalised(following.text):
            index += 1
        else:
            break
        last = found[index]
    return last.end


def _after_as_cue(text: str, start: int, end: int, language: str) -> Report | None:
    """ "Jak dodała, CLAUSE", "Как сообщил X, CLAUSE", "Wie die Bahn mitteilte, CLAUSE"."""
    as_word = AS_WORDS.get(language)
    if not as_word or text[start : start + len(as_word) + 1].lower() != as_word + " ":
        return None
    found = first_words(text, start, end, 6)
    if not any(is_reporting(word, language) for word in found[1:5]):
        return None
    comma = _comma(text, start, found[-1].end)
    if comma < 0:
        return None
    return _report(text, (found[0].end, comma), comma + 1, end, start)


def _before_closing_attribution(
    text: str, start: int, end: int, pattern: re.Pattern[str]
) -> Report | None:
    """ "CLAUSE, according to CME Group data." / "CLAUSE, según datos del Govern.": the
    attribution ends the sentence (after it at most a source and ", chief economist …")."""
    for comma in _COMMA_SPACES.finditer(text[start:end]):
        found = pattern.match(text, start + comma.end())
        if found is None:
            continue
        tail = words(text, found.end(), end)
        next_comma = _comma(text, found.end(), end)
        after_comma = words(text, next_comma, end) if next_comma >= 0 else []
        apposition = not after_comma or (
            len(after_comma) <= 5 and any(is_capitalised(w.text) for w in after_comma)
        )  # ", chief economist at Kenwood Capital", not ", становить від 8 500 грн"
        if len(tail) <= _MAX_SOURCE_WORDS and apposition:
            return _report(text, (found.end(), end), start, start + comma.start(), found.start())
    return None


def _comma(text: str, start: int, end: int) -> int:
    """The first comma before a space in ``text[start:end]`` (not the one of "52,3"), or -1."""
    found = _COMMA_SPACE.search(text, start, end + 1)
    return found.start() if found is not None and found.start() < end else -1


def clause_first(text: str, language: str, sentences: list[Span]) -> Iterator[Report]:
    """ "CLAUSE, Hargrove said." / "CLAUSE, — сказал он." / "CLAUSE, mówią organizatorzy."."""
    complementizers = COMPLEMENTIZERS.get(language, frozenset())
    attribution = _opening(language)
    cues = reporting_starts(text, language)
    for start, end in _holding(sentences, cues):
        if text[end : end + 1] == ":" or text[end - 1 : end] == ":":
            continue  # "…, he answered:" introduces what follows
        end = _without_final_stop(text, start, end)
        opening = first_words(text, start, end, 1)
        if not opening or opening[0].lower in _NOT_A_REPORT_START:
            continue
        if (attribution is not None and attribution.match(text, start)) or (
            opening[0].lower == AS_WORDS.get(language)
        ):
            continue  # "According to X, …, teens say …": the attribution's finder has it
        separators = list(_SEPARATOR.finditer(text, start, end))
        for number, separator in enumerate(separators):
            near = _between(cues, separator.end(), end)
            if near is None or word_count(text, separator.end(), near) >= _CUE_WITHIN:
                continue
            after = first_words(text, separator.end(), end, _CUE_WITHIN)
            if not after or after[0].lower in _NOT_AFTER_COMMA:
                continue
            index = next((i for i, w in enumerate(after) if is_reporting(w, language)), -1)
            if index < 0:
                continue
            after = first_words(text, separator.end(), end, _MAX_SOURCE_WORDS + 2)
            cue = after[index]
            if number + 1 < len(separators) and separators[number + 1].start() < cue.start:
                continue  # "In March, prices rose, the ministry said": the comma nearest the cue
            if attribution is not None and attribution.match(text, cue.start):
                continue  # "podľa", "według": an attribution, not a verb
            if any(w.lower in _RELATIVES for w in after[:index]):
                break
            rest = [w for w in after if w.start > cue.start]
            if any(w.lower in complementizers for w in rest[:2]):
                break  # "…, and officials said that …": the complementizer rule's
            following_comma = _comma(text, cue.end, end)
            short = word_count(text, cue.end, end) <= _AFTER_CUE
            limit = rest[5].start if len(rest) > 5 else end
            if short or 0 <= following_comma <= limit:
                report = _report(text, None, start, separator.start(), cue.start)
                if report is None or word_count(text, report.start, report.end) < (
                    _MIN_CLAUSE_WORDS
                ):
                    continue  # "WASHINGTON, … employers added 187,000 jobs": not yet the report
                yield report
            break


def english_bare_said(text: str, language: str, sentences: list[Span]) -> Iterator[Report]:
    """ "The company said it would appeal": English leaves out "that" after "said"."""
    if language != "en":
        return
    for start, end in _holding(sentences, reporting_starts(text, language)):
        end = _without_final_stop(text, start, end)
        found = words(text, start, end)
        for index, word in enumerate(found[1:-3], start=1):
            following = found[index + 1]
            if (
                word.lower in _BARE_SAID
                and text[word.end : following.start] == " "
                and not is_capitalised(following.text)
                and following.lower not in _NOT_A_CLAUSE
            ):
                stop = _ING_CLAUSE.search(text, following.start, end)
                clause_end = stop.start() if stop is not None else end
                report = _report(text, (start, word.start), following.start, clause_end, word.start)
                if report is not None:
                    yield report
                break


def attributed_by_next(text: str, language: str, sentences: list[Span]) -> Iterator[Report]:
    """A sentence whose source is named by the short one after it: "… пострадали 4 рабочих.
    Об этом в пятницу сообщила пресс-служба суда." / "… Poinformował o tym rzecznik.": a
    word of ``THIS_REPORTED`` and a reporting cue among its first five words, at most
    twelve words in all, in the same paragraph as the sentence it sends back to."""
    pointers = THIS_REPORTED.get(language)
    lower = text.lower()
    if not pointers or not any(pointer in lower for pointer in pointers):
        return  # most texts: no pointer at all, and no sentence is read
    cues = reporting_starts(text, language)
    starts = [start for start, _end in sentences]
    # Only the sentences holding a cue (a few of a text's dozens), in order, from the second.
    for index in sorted({bisect_right(starts, position) - 1 for position in cues} - {-1, 0}):
        start, end = sentences[index]
        cue = _between(cues, start, end)
        if cue is None or "\n" in text[sentences[index - 1][1] : start]:
            continue
        opening = first_words(text, start, end, 5)
        at = next((i for i, w in enumerate(opening) if w.start == cue), -1)
        if at < 0 or not text[start].isalpha():
            continue  # not a quotation ("„To kolejny stracony sezon” – mówi …")
        head = " " + " ".join(w.lower for w in opening[: at + 3]) + " "
        if not any(f" {pointer} " in head for pointer in pointers):
            continue
        if word_count(text, start, end) > _MAX_SOURCE_WORDS:
            continue
        before_start, before_end = sentences[index - 1]
        if text[before_start:before_end].rstrip().endswith("?"):
            continue
        source_start = (
            opening[min(at + 1, len(opening) - 1)].start
            if at + 1 < len(opening)
            else (opening[at].end)
        )
        report = _report(
            text, (source_start, _without_final_stop(text, start, end)), before_start,
            _without_final_stop(text, before_start, before_end), cue,
        )  # fmt: skip
        if report is not None and word_count(text, report.start, report.end) >= _MIN_CLAUSE_WORDS:
            yield report


def plain_source(text: str, source: Span, language: str) -> str:
    """The source an attribution names in common words ("la direction", "śledczych",
    "organizatorzy protestu"), without determiners and cue words; "" when it is only a
    pronoun ("По его словам", "Podle ní"), whose person is found elsewhere."""
    found = [
        word
        for word in words(text, *source)
        if word.lower not in _DETERMINERS and not is_reporting(word, language)
    ][:4]
    if not found or any(word.lower in PRONOUNS for word in found):
        return ""
    return text[found[0].start : found[-1].end]


def _report(text: str, source: Span | None, start: int, end: int, cue: int) -> Report | None:
    """The quote ``text[start:end]`` trimmed of spaces and edge punctuation, if it has
    three words or more."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    if word_count(text, start, end) < 3 or text[end : end + 1] == ":":
        return None  # "the votes were as follows:" introduces what follows
    return Report(start, end, source, cue)


def _without_final_stop(text: str, start: int, end: int) -> int:
    return end - 1 if end > start and text[end - 1] in ".!?" else end
