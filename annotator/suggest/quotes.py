"""Quotes: direct speech between quotation marks, blocks, dash dialogue, indirect speech.

How a quote is found:

* **Quotation marks** of every convention at once, read with a stack so that
  nesting works: „…” (pl), „…“ (de, cs), «…» with „…“ inside (ru, uk),
  « … » (fr), “…” / "…" / ‘…’ (en), «…» (es, it), »…« (de).  “ closes a „
  and opens otherwise; an apostrophe closes only a ‘ or ‚ it belongs to.
  Only outermost quotes are suggested.  Marks do not reach over a paragraph, except
  that a quote left open at a paragraph's end is one when the next paragraph opens
  with the same mark (English quotes over paragraphs).
* **Scare quotes** ("sham", «референдумы», "referenda": one to three words)
  are not suggested.
* **Blocks**: a paragraph that ends with a closing mark it never opened
  (the opening one was left out, as in long quotes), and a paragraph after one
  that ends in a reporting cue and ":" or "," ("He stated," / "заявил:").
* **Dash dialogue**: a paragraph opening with a dash; speech runs to the next
  dash, narration to the one after.
* **Indirect speech**: a reporting cue followed by its complementizer (że,
  что, що, that, dass, que, che, že) within a few words: the clause after it,
  to the end of the sentence.

``kind`` is prefilled (direct, partial: a quote inside a sentence of the
writer's, indirect) and ``speaker`` is the name next to the reporting cue, or
the nearest name before the quote, in the form the text uses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from annotator.core.model import Document
from annotator.core.suggestion import Suggestion
from annotator.suggest.attribution import (
    Report,
    according_to,
    attributed_by_next,
    clause_first,
    english_bare_said,
    plain_source,
)
from annotator.suggest.context import SuggestContext
from annotator.suggest.cues import is_reporting, reporting_starts
from annotator.suggest.language import language_of
from annotator.suggest.lexicon import CALLING, COMPLEMENTIZERS
from annotator.suggest.speakers import PointingBack, canonical, pointing_back, resolve
from annotator.suggest.text import (
    WORD,
    Word,
    first_words,
    first_words_end,
    holder_before,
    last_words,
    names_in,
    paragraphs,
    sentences,
    word_count,
    words,
)

NAME = "quotes"
LAYER = "quote"

# Opening mark → the marks that may close it.
_CLOSERS: dict[str, str] = {
    "„": '”“"',
    "«": "»",
    "»": "«",
    "“": '”"',
    '"': '"',
    "‚": "’‘",
    "‘": "’",
}
_MARKS = re.compile('[„«»“”"‚‘’]')
_FOOTNOTE = re.compile(r"\s*(?:\[[ivxlc\d]+\])+\s*$")
_DASHES = "—–-"
_DASH = re.compile(r"\s[—–]\s")  # a dash between spaces: where dialogue turns
_MIN_WORDS = 4  # one to three words without more are scare quotes
_TWO_STOPS = re.compile(r"[.!?].*[.!?]")  # more than one sentence
# The lower-case words after a one-word name closing its sentence ("Úřad (ERÚ).").
_NAME_TAIL = re.compile(r"(?:[ \u00a0][^\W\d_][\w’'-]*){1,4}(?=\s*(?:\(|[.!?]?$))")
_CONTINUED_REACH = 200  # characters from a quote's end to the quote that goes on from it


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue_hint: int  # where to look for the reporting cue: the quote's start
    score: float
    speaker: str | None = None  # known when found (an attribution names it), else looked up
    back: PointingBack | None = None  # the attribution's source points back ("his", a role)


def _quoted(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int]], int | None, int | None]:
    """Outermost quoted spans (content, without marks) in ``text[start:end]``, the
    position of a closing mark never opened there (a block's end), and that of an
    outermost opening mark never closed there (a quote going on in the next paragraph)."""
    found: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    stray: int | None = None
    for match in _MARKS.finditer(text, start, end):
        mark, at = match.group(), match.start()
        if mark == "’" and (not stack or stack[-1][0] not in "‚‘"):
            continue  # an apostrophe (Russia’s), not a mark
        if stack and mark in _CLOSERS[stack[-1][0]]:
            opened = stack.pop()[1]
            if not stack:
                found.append((opened + 1, at))
            continue
        if mark == "“" and not stack and _is_closing_position(text, at):
            stray = at
            continue
        if mark in _CLOSERS and not (mark == "»" and stack):
            if mark == "»" and not _opens_here(text, at):
                stray = at
                continue
            if mark == '"' and not _opens_here(text, at):
                stray = at
                continue
            stack.append((mark, at))
        elif not stack and mark in "”»":
            stray = at
    return found, stray, (stack[0][1] if stack else None)


def _opens_here(text: str, at: int) -> bool:
    """A symmetric mark opens when it follows a space or start and precedes a word."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([„«—–-:") and not after.isspace()


def _is_closing_position(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    return not before.isspace() and before not in "([„«—–-:"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _DASHES):
        start += 1
    # A footnote mark ends the span ("…[iii]"): searched for only then (the regex, tried
    # from every position of a paragraph-long quote, costs more than the rest of a trim).
    footnote = (
        _FOOTNOTE.search(text, start, end) if text[start:end].rstrip().endswith("]") else None
    )
    if footnote:
        end = footnote.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_count(text: str, start: int, end: int) -> int:
    return word_count(text, start, end)


def _ends_with_cue(text: str, start: int, end: int, language: str) -> bool:
    """Does the paragraph end with a reporting cue and ":" or "," ("He stated,")?"""
    last = text[end - 1] if end > start else ""
    if last not in (":", ",") and (
        not last.isspace() or not text[start:end].rstrip().endswith((":", ","))
    ):
        return False  # the last character says it, unless it is a space (then strip)
    tail = last_words(text, max(start, end - 80), end, 4)
    return any(is_reporting(word, language) for word in tail)


def _kind(text: str, start: int, sentence_start: int) -> str:
    """Direct when the quote is a sentence of its own or follows a colon; partial otherwise."""
    before = text[sentence_start : max(sentence_start, start - 1)].rstrip()
    first = text[start : start + 1]
    if not before or before.endswith((":", "—", "–", "-")) or first.isupper():
        return "direct"
    return "partial"


def _sentence_around(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """The sentence holding ``position``, else the first after it, else the last one.

    Sentences are in order and apart, so that is the first one ending after
    ``position``: the one before the first starting after it, or that one (bisect: the
    speaker rules ask this of every quote)."""
    index = bisect_left(spans, (position + 1,))  # the sentences starting at or before it
    if index and spans[index - 1][1] > position:
        return spans[index - 1]
    return spans[index] if index < len(spans) else (spans[-1] if spans else (0, 0))


def _speaker(
    text: str,
    quote: tuple[int, int],
    sentence_spans: list[tuple[int, int]],
    language: str,
) -> str:
    """The name beside the reporting cue nearest the quote, else the nearest name before it."""
    start, end = quote
    sentence_start = _sentence_around(sentence_spans, start)[0]
    sentence_end = max(_sentence_around(sentence_spans, max(start, end - 1))[1], end)
    after_words = first_words(text, end, min(sentence_end + 2, len(text)), 8)
    for index, word in enumerate(after_words):
        if is_reporting(word, language):
            # Eight words after the cue: "sostuvo el presidente de la asociación Apartur,
            # Enrique Soler" names the person past the role.
            # A name before the cue is its subject ("…, the Labor Department said on
            # Friday"); else the name after it ("said Dana Whitfield").
            names = names_in(text, end, word.start)
            if names:
                return text[names[-1][0] : names[-1][1]]
            subject_end = first_words_end(text, word.end, min(sentence_end + 2, len(text)), 8)
            names = names_in(text, word.end, word.end if subject_end is None else subject_end)
            if names:
                return _named_to_the_end(text, _person_first(text, names), sentence_end)
            break
        if index > 4:
            break
    before_names = names_in(text, sentence_start, start)
    if before_names:
        return _likeliest(text, before_names, language)
    # The sentences ending before this one, nearest first, while within 1,500 characters
    # (sentences are in order: bisect to them and stop at the first too far away).
    before = bisect_right(sentence_spans, sentence_start, key=itemgetter(1))
    for earlier_start, earlier_end in reversed(sentence_spans[:before]):
        if sentence_start - earlier_end >= 1500:
            break
        names = names_in(text, earlier_start, earlier_end)
        if names:
            return _likeliest(text, names, language)
    return ""


def _named_to_the_end(text: str, name: str, sentence_end: int) -> str:
    """A one-word name closing the sentence with the lower-case words after it: the body's
    whole name ("oznámil v pondělí Energetický regulační úřad (ERÚ).", "повідомило
    Міністерство охорони здоров’я.")."""
    if " " in name:
        return name
    at = text.rfind(name, 0, sentence_end)
    rest = text[at + len(name) : sentence_end]
    tail = _NAME_TAIL.match(rest)
    if at < 0 or tail is None or not all(w[:1].islower() for w in tail.group().split()):
        return name
    return name + tail.group()


def _person_first(text: str, names: list[tuple[int, int]]) -> str:
    """After "said": the first name of two words or more ("said Dana Whitfield, chief
    economist at Harbor Point"; "afirmó la ministra de Vivienda, Lucía Herrero"), else the first."""
    people = [span for span in names if " " in text[span[0] : span[1]]]
    start, end = (people or names)[0]
    return text[start:end]


def _subject_before_cue(text: str, sentence_start: int, cue: int, language: str) -> str:
    """Who reports in "<role of organisation> <First Last> <cue>, that …": the last name of
    two words or more before the cue ("Президент Союза нефтепромышленников Виктор Гуляев
    сказал"), else the sentence's holder; never the cue itself ("Dodał, że …")."""
    names = [
        span
        for span in names_in(text, sentence_start, cue)
        if not any(is_reporting(w, language) for w in words(text, *span))
        and not _in_description(text, sentence_start, span, cue)
    ]
    people = [span for span in names if " " in text[span[0] : span[1]]]
    if people:
        return text[people[-1][0] : people[-1][1]]
    before = first_words(text, sentence_start, cue, 1)
    if not before or is_reporting(before[0], language):
        return ""
    holder = holder_before(text, sentence_start, cue)
    subject = text[sentence_start:cue].strip()
    if (
        holder
        and subject.startswith(holder)
        and "," not in subject
        and 1 < word_count(text, sentence_start, cue) <= 6
    ):
        return subject  # "Ministerstvo průmyslu a obchodu odhaduje, že": the body's whole name
    return holder


def _in_description(text: str, start: int, name: tuple[int, int], end: int) -> bool:
    """Is the name inside an apposition that describes the subject ("Michael Osei, a senior
    strategist at Lakeline Capital, said": the firm is not who speaks)? The apposition
    opens with a lower-case word after a comma and closes with a comma before ``end``."""
    comma = text.rfind(",", start, name[0])
    if comma < 0 or "," not in text[name[1] : end] or not names_in(text, start, comma):
        return False  # "O líder da bancada, deputado Caio Menezes, afirmou": the subject
    between = words(text, comma + 1, name[0])
    return bool(between) and between[0].text[:1].islower()


def _likeliest(text: str, names: list[tuple[int, int]], language: str) -> str:
    """The name right after or before a reporting cue (the speaker of the quote before:
    “A,” said Dana Whitfield, chief economist at Harbor Point Advisors. “B.”), else the
    last name of two words or more (a person: "Nikola Selakovic"), else the last one."""
    for start, end in reversed(names):
        if " " not in text[start:end]:
            continue  # one word: not looked at beside (the words are read only for people)
        beside = last_words(text, max(0, start - 40), start, 2) + first_words(
            text, end, end + 40, 2
        )
        if any(is_reporting(w, language) for w in beside):
            return text[start:end]
    people = [span for span in names if " " in text[span[0] : span[1]]]
    start, end = (people or names)[-1]
    return text[start:end]


def _has_cue_near(text: str, quote: tuple[int, int], language: str) -> bool:
    """A reporting cue among the six words before the quote (within 120 characters) or the
    six after it (within 80), read from the document's list of cue positions."""
    start, end = quote
    cues = reporting_starts(text, language)
    index = bisect_left(cues, max(0, start - 120))
    while index < len(cues) and cues[index] < start:
        if word_count(text, cues[index], start) <= 6:
            return True
        index += 1
    index = bisect_left(cues, end)
    while index < len(cues) and cues[index] < end + 80:
        cue_end = WORD.match(text, cues[index])
        if cue_end is not None and cue_end.end() <= end + 80:
            return word_count(text, end, cues[index]) < 6
        index += 1
    return False


def _marked_and_block_quotes(text: str, language: str) -> list[_Found]:
    found: list[_Found] = []
    turns: list[_Turn] = []
    previous: tuple[int, int] | None = None
    spans = paragraphs(text)
    for number, (start, end) in enumerate(spans):
        # Most paragraphs hold no quotation mark: one regex search says so.
        quoted, stray, unclosed = (
            _quoted(text, start, end) if _MARKS.search(text, start, end) else ([], None, None)
        )
        if unclosed is not None and _reopened(text, unclosed, spans[number + 1 : number + 2]):
            # “… (no closing mark) ¶ “…: the English way of quoting over paragraphs.
            block = _trim(text, unclosed + 1, end)
            if _word_count(text, *block) >= _MIN_WORDS:
                found.append(_Found(*block, "direct", block[0], 0.7))
        if stray is not None and not quoted:
            # Closed by a mark only: the whole paragraph up to it is the quote.
            block = _trim(text, start, stray)
            if _word_count(text, *block) >= _MIN_WORDS:
                found.append(_Found(*block, "direct", start, 0.7))
        elif (
            not quoted
            and text[start] not in _DASHES
            and previous is not None
            and _ends_with_cue(text, *previous, language)  # looked at last: the costliest
        ):
            block = _trim(text, start, end)
            if _word_count(text, *block) >= _MIN_WORDS:
                found.append(_Found(*block, "direct", start, 0.7))
        elif not quoted and not _may_hold_speech(text, start, end):
            pass  # no mark, colon or dash: none of the rules below finds anything here
        else:
            for quote in quoted:
                span = _trim(text, *quote)
                if _word_count(text, *span) >= _MIN_WORDS:
                    found.append(_Found(*span, "", span[0], 0.8))
                elif (verb := _called(text, span, start, language)) is not None:
                    found.append(_Found(*span, "partial", verb, 0.5))
            found.extend(_colon_block(text, start, end, quoted, language))
            # Names and scare quotes in a turn («Металлурга») do not make it a quote.
            long_quotes = [q for q in quoted if _word_count(text, *q) >= _MIN_WORDS]
            dialogue = _dash_dialogue(text, start, end, long_quotes)
            found.extend(dialogue)
            if not dialogue and not long_quotes:
                found.extend(_dash_speech_inside(text, start, end, language))
            if _is_turn(text, start):
                turns.append(_Turn(number, "?" in text[start:end], dialogue))
        previous = (start, end)
    asked = _interviewer_turns(turns)
    return [item for item in found if not any(item is q for turn in asked for q in turn.quotes)]


def _may_hold_speech(text: str, start: int, end: int) -> bool:
    """Could a paragraph without quotation marks hold a colon block, a dash turn or speech
    after a dash?  Those rules each need a colon or a dash; most paragraphs have neither,
    and then they are not called (they are asked of every paragraph of every text)."""
    return (
        text.find(":", start, end) >= 0
        or text.find("—", start, end) >= 0
        or text.find("–", start, end) >= 0
    )


def _reopened(text: str, opening: int, following: list[tuple[int, int]]) -> bool:
    """Does the next paragraph open with the same quotation mark as the one left open?"""
    return bool(following) and text[following[0][0]] == text[opening]


@dataclass
class _Turn:
    """A paragraph of dash dialogue: its number, whether it asks, the speech found in it."""

    paragraph: int
    asks: bool
    quotes: list[_Found]


def _called(text: str, span: tuple[int, int], paragraph_start: int, language: str) -> int | None:
    """Where the verb stands when a phrase of one to three words in quotation marks is what
    someone called a thing ("called it “close to collapse”", "назвал ситуацию «провалом»"):
    a calling verb among the four words before its mark, and a word of the phrase in lower
    case (names in quotation marks, «Укренерго», are not quotes). None otherwise."""
    pattern = _calling_pattern(language)
    reach = max(paragraph_start, span[0] - 80)
    if pattern is None or pattern.search(text, reach, span[0]) is None:
        return None  # most short quotes: no verb of calling near (one regex, no words)
    inside = words(text, *span)
    if not inside or all(word.text[:1].isupper() for word in inside):
        return None
    calling = CALLING.get(language, frozenset())
    verbs = [word.start for word in last_words(text, reach, span[0], 4) if word.lower in calling]
    return verbs[-1] if verbs else None


@lru_cache(maxsize=32)
def _calling_pattern(language: str) -> re.Pattern[str] | None:
    forms = CALLING.get(language)
    if not forms:
        return None
    # The forms' first letters looked at first: most positions are passed over before the
    # lookbehind and the alternatives are tried (this runs for every short quote).
    firsts = "".join(sorted({re.escape(form[0]) for form in forms}))
    alternation = "|".join(sorted(map(re.escape, forms)))
    return re.compile(rf"(?i)(?=[{firsts}])(?<!\w)(?:{alternation})(?!\w)")


def _is_turn(text: str, start: int) -> bool:
    return text[start] in "—–" and text[start + 1 : start + 2].isspace()


def _interviewer_turns(turns: list[_Turn]) -> list[_Turn]:
    """In an interview (consecutive dash turns), the turns of the side that asks.

    Questions and answers alternate; the side most of whose turns hold a question mark,
    more than the other side's, is the interviewer, whose words are not quotes
    ("— Сказалась ли усталость? Это был третий матч за четыре дня.").
    """
    asked: list[_Turn] = []
    runs: list[list[_Turn]] = []
    for turn in turns:
        if runs and runs[-1][-1].paragraph == turn.paragraph - 1:
            runs[-1].append(turn)
        else:
            runs.append([turn])
    for run in runs:
        if len(run) < 2:
            continue
        sides = (run[0::2], run[1::2])
        shares = [sum(turn.asks for turn in side) / len(side) for side in sides]
        for side, share, other in (
            (sides[0], shares[0], shares[1]),
            (sides[1], shares[1], shares[0]),
        ):
            if share >= 0.5 and share > other:
                asked.extend(side)
    return asked


def _colon_block(
    text: str, start: int, end: int, quoted: list[tuple[int, int]], language: str
) -> list[_Found]:
    """ "Он заявил: Мы не признаем…" with no opening mark: from the colon to the paragraph end."""
    colon = text.find(":", start, end)
    if colon < 0 or any(a - 1 <= colon + 2 and colon < b for a, b in quoted):
        return []
    rest = text[colon + 1 : end].lstrip()
    if not rest or not rest[0].isupper() or _MARKS.match(rest):
        return []
    if quoted and quoted[0][0] > colon:
        return []
    cue = last_words(text, max(start, colon - 60), colon, 3)
    if not any(is_reporting(word, language) for word in cue):
        return []
    span = _trim(text, colon + 1, end)
    if _word_count(text, *span) < _MIN_WORDS:
        return []
    return [_Found(*span, "direct", colon, 0.6)]


def _dash_dialogue(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[_Found]:
    """ "— Мы не признаем, — сказал он. — Никогда." : the speech parts of the paragraph."""
    if quoted or text[start] not in "—–" or not text[start + 1 : start + 2].isspace():
        return []
    parts = _DASH.split(text[start + 1 : end])
    found: list[_Found] = []
    offset = start + 1
    for index, part in enumerate(parts):
        if index % 2 == 0:
            span = _trim(text, offset, offset + len(part))
            span = (span[0], span[1] - (1 if text[span[1] - 1 : span[1]] == "," else 0))
            if _word_count(text, *span) >= 3:
                found.append(_Found(*span, "direct", span[0], 0.7))
        offset += len(part) + 3
    return found


_SPEECH_AFTER_SENTENCE = re.compile(r"(?<=[.!?…])\s+[—–]\s+")


def _dash_speech_inside(text: str, start: int, end: int, language: str) -> list[_Found]:
    """ "…przesłuchano 112 świadków. – Jesteśmy usatysfakcjonowani. Sąd przyjął … – stwierdziła.":
    speech opened by a dash after a sentence of narration, closed by a dash and a reporting cue."""
    found: list[_Found] = []
    if text.find(" –", start, end) < 0 and text.find(" —", start, end) < 0:
        return found
    for opening in _SPEECH_AFTER_SENTENCE.finditer(text, start, end):
        closing = _DASH.search(text, opening.end(), end)
        if closing is None:
            continue
        after = first_words(text, closing.end(), end, 1)
        if not after or not is_reporting(after[0], language):
            continue  # "– stwierdziła.", "— сказал он.": the verb right after the dash
        span = _trim(text, opening.end(), closing.start())
        span = (span[0], span[1] - (1 if text[span[1] - 1 : span[1]] == "," else 0))
        if _word_count(text, *span) >= _MIN_WORDS:
            found.append(_Found(*span, "direct", span[0], 0.7))
    return found


def _indirect(
    text: str, language: str, sentence_spans: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[_Found]:
    """A reporting cue, then within four words its complementizer: the clause after it."""
    complementizers = COMPLEMENTIZERS.get(language)
    if not complementizers:
        return []
    found: list[_Found] = []
    starts = [start for start, _end in sentence_spans]
    done: set[int] = set()
    # The complementizers are found by one regex; only their neighbourhoods are read.
    for match in _complementizer_pattern(language).finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index < 0 or index in done:
            continue
        sentence_start, sentence_end = sentence_spans[index]
        if match.start() >= sentence_end:
            continue
        window = last_words(text, sentence_start, match.start(), 5)
        cues = [cue for cue in window if is_reporting(cue, language)]
        if not cues:
            continue
        span = _trim(text, match.end(), sentence_end)
        span = (span[0], span[1] - (1 if text[span[1] - 1 : span[1]] in ".!?" else 0))
        if _word_count(text, *span) < 3:
            continue
        if _overlaps(text, span, taken):
            continue
        done.add(index)  # one indirect quote per sentence
        found.append(_Found(*span, "indirect", cues[-1].start, 0.6))
    return found


def _reports(
    text: str, language: str, sentence_spans: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[_Found]:
    """Reported speech without a complementizer (``attribution.py``), where no quote is yet."""
    found: list[_Found] = []
    for finder in (according_to, clause_first, english_bare_said, attributed_by_next):
        for report in finder(text, language, sentence_spans):
            span = (report.start, report.end)
            if _overlaps(text, span, taken):
                continue
            taken.append(span)
            speaker = _source_speaker(text, report, sentence_spans, language)
            back = _source_points_back(text, report, sentence_spans, language)
            found.append(_Found(*span, "indirect", report.cue, 0.5, speaker, back))
    return found


def _source_speaker(
    text: str, report: Report, sentence_spans: list[tuple[int, int]], language: str
) -> str:
    """The person or body an attribution names ("По словам … Павла Шилова" → the name;
    "Selon la direction" → "direction"), else the speaker found around the quote."""
    if report.source is not None:
        names = [
            span
            for span in names_in(text, *report.source)
            if not any(is_reporting(word, language) for word in words(text, *span))
            and (text[span[0] - 1 : span[0]] or " ") not in '«„“"»'  # «Сигма Капитал»: a firm
        ]
        if names:
            return _person_first(text, names)
        plain = plain_source(text, report.source, language)
        if plain:
            return plain
    return _speaker(text, (report.start, report.end), sentence_spans, language)


def _source_points_back(
    text: str, report: Report, sentence_spans: list[tuple[int, int]], language: str
) -> PointingBack | None:
    """Does an attribution's source point back ("По его словам", "Según la ministra",
    "…, — сказал он.", "…, dodał.")?"""
    if report.source is not None:
        return pointing_back(text, report.source, (report.source[1],) * 2, language)
    sentence_end = _sentence_around(sentence_spans, report.start)[1]
    return _after_cue_points_back(text, report.end, sentence_end, language)[1]


def _after_cue_points_back(
    text: str, end: int, sentence_end: int, language: str
) -> tuple[bool, PointingBack | None]:
    """Whether a reporting cue stands within six words after ``end``, and whether its
    subject points back ("”, she told …", "» — признал министр.", "” – dodał.").

    The cue is looked up in the document's sorted cue positions: most quotes have none
    after them, and then no word is built."""
    cues = reporting_starts(text, language)
    index = bisect_left(cues, end)
    limit = min(sentence_end + 2, len(text))
    if index == len(cues) or cues[index] >= limit or word_count(text, end, cues[index]) >= 6:
        return False, None
    cue = WORD.match(text, cues[index])
    cue_end = cue.end() if cue else cues[index]
    after = (cue_end, max(cue_end, sentence_end))
    return True, pointing_back(text, (end, cues[index]), after, language)


def _cue_points_back(
    text: str, item: _Found, kind: str, sentence_spans: list[tuple[int, int]], language: str
) -> PointingBack | None:
    """Whether the cue of a quote found by marks or by "that" has a subject that points
    back: the words before an indirect quote's cue (and between it and the quote), or those
    around the cue after a direct quote, else before it ("She added: “…”")."""
    if kind == "indirect":
        cue = WORD.match(text, item.cue_hint)
        cue_end = cue.end() if cue else item.cue_hint
        start = _sentence_around(sentence_spans, item.cue_hint)[0]
        complementizer = last_words(text, cue_end, item.start, 1)
        between_end = complementizer[0].start if complementizer else cue_end
        return pointing_back(text, (start, item.cue_hint), (cue_end, between_end), language)
    end_sentence = max(_sentence_around(sentence_spans, max(item.start, item.end - 1))[1], item.end)
    cue_after, back = _after_cue_points_back(text, item.end, end_sentence, language)
    if cue_after:
        return back
    sentence_start = _sentence_around(sentence_spans, item.start)[0]
    cues = reporting_starts(text, language)
    index = bisect_left(cues, item.start) - 1
    if index < 0 or cues[index] < sentence_start or word_count(text, cues[index], item.start) > 12:
        return None
    cue = WORD.match(text, cues[index])
    cue_end = cue.end() if cue else cues[index]
    return pointing_back(text, (sentence_start, cues[index]), (cue_end, item.start), language)


def _continued(
    text: str,
    item: _Found,
    kind: str,
    earlier: list[tuple[int, str]],
    language: str,
) -> str:
    """The speaker of a direct quote with no reporting cue of its own that goes on from the
    quote before: nothing but marks between them (a quote continued in the next paragraph),
    or only that quote's attribution ("“A,” she told a rally outside City Hall. “B.”"). ""
    otherwise."""
    if kind != "direct" or not earlier or not earlier[-1][1]:
        return ""
    end, speaker = earlier[-1]
    if not 0 <= item.start - end <= _CONTINUED_REACH or _has_cue_near(
        text, (item.start, item.end), language
    ):
        return ""
    between = words(text, end, item.start)
    if not between:
        return speaker
    one_clause = len(between) <= 12 and not _TWO_STOPS.search(text[end : item.start])
    if one_clause and any(is_reporting(word, language) for word in between):
        return speaker
    return ""


def _without_partials_inside_indirect(
    text: str, found: list[_Found], sentence_spans: list[tuple[int, int]]
) -> list[_Found]:
    """A phrase in quotation marks inside reported speech ("she said the plan was “too
    little, too late”") is part of that indirect quote, not a quote of its own."""
    indirect = [(f.start, f.end) for f in found if f.kind == "indirect"]
    return [
        f
        for f in found
        if f.kind == "indirect"
        or not any(a <= f.start and f.end <= b and (a, b) != (f.start, f.end) for a, b in indirect)
        or (f.kind or _kind(text, f.start, _sentence_around(sentence_spans, f.start)[0]))
        == "direct"
    ]


def _mid_sentence(text: str, quote_start: int) -> bool:
    """Is the quote opening at ``quote_start`` (after its mark) inside a sentence?"""
    before = text[max(0, quote_start - 4) : quote_start - 1].rstrip()
    return bool(before) and before[-1] not in ".!?:…\n"


def _overlaps(text: str, span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Does ``span`` clash with a quote already found?  A quote lying inside it (the
    partial quote of "she said the plan was “too little, too late”") does not, as long
    as three words of the clause stand outside the quotes."""
    start, end = span
    inside = [(a, b) for a, b in taken if start <= a and b <= end and _mid_sentence(text, a)]
    if any(a < end and start < b for a, b in taken if (a, b) not in inside):
        return True
    inner = sum(word_count(text, a, b) for a, b in inside)
    return bool(inside) and word_count(text, start, end) - inner < 3


@lru_cache(maxsize=32)
def _complementizer_pattern(language: str) -> re.Pattern[str]:
    words_of_language = sorted(COMPLEMENTIZERS.get(language, ()), key=len, reverse=True)
    if not words_of_language:
        return re.compile("(?!)")
    alternation = "|".join(re.escape(word) for word in words_of_language)
    # First letters first: most positions are skipped before the lookbehind and alternatives.
    firsts = "".join(sorted({re.escape(word[0]) for word in words_of_language}))
    return re.compile(rf"(?=(?i:[{firsts}]))(?<!\w)(?i:{alternation})(?!\w)")


def suggest_quotes(document: Document, context: SuggestContext) -> list[Suggestion]:
    assert document.id is not None
    text = document.text
    language = language_of(text, document.language)
    sentence_spans = sentences(text)
    found = _marked_and_block_quotes(text, language)
    taken = [(item.start, item.end) for item in found]
    found += _indirect(text, language, sentence_spans, taken)
    found += _reports(text, language, sentence_spans, [(item.start, item.end) for item in found])
    found = _without_partials_inside_indirect(text, found, sentence_spans)
    suggestions = []
    found.sort(key=lambda f: f.start)
    quote_spans = [(item.start, item.end) for item in found]
    earlier: list[tuple[int, str]] = []  # (position, speaker) of the quotes before
    for item in found:
        span = (item.start, item.end)
        kind = item.kind or _kind(text, item.start, _sentence_around(sentence_spans, item.start)[0])
        attributes: dict[str, object] = {"kind": kind}
        if item.speaker is not None:
            speaker = item.speaker
        elif kind == "indirect" or item.cue_hint < item.start:  # or a phrase someone "called"
            sentence_start = _sentence_around(sentence_spans, item.cue_hint)[0]
            speaker = _subject_before_cue(text, sentence_start, item.cue_hint, language) or (
                _speaker(text, (item.cue_hint, item.end), sentence_spans, language)
            )
        else:
            speaker = _speaker(text, span, sentence_spans, language)
        back = item.back or (
            None
            if item.speaker is not None
            else _cue_points_back(text, item, kind, sentence_spans, language)
        )
        if back is not None:
            speaker = resolve(text, item.start, back, earlier, quote_spans, language) or speaker
        elif item.speaker is None and (kept := _continued(text, item, kind, earlier, language)):
            speaker = kept
        elif speaker:
            speaker = canonical(text, speaker)
        earlier.append((item.end, speaker))
        if speaker:
            attributes["speaker"] = speaker
        score = item.score if kind == "indirect" or _has_cue_near(text, span, language) else 0.5
        suggestions.append(Suggestion(document.id, LAYER, *span, NAME, attributes, score))
    return suggestions


__all__ = ["Word", "suggest_quotes"]
