"""Figures: every number written with digits, in the conventions of its language.

A figure is the number with what belongs to it: a currency sign or code
before it ("€3.2", "US$ 5"), a range ("12–15"), a scale word ("2,5 mln",
"3 тыс.", "€3.2 billion": CLDR's compact-number words for the language, via
Babel) and a unit after it ("93 proc.", "99,23 %", "5 zł").  A range written
as one span has no ``value`` (it is not one quantity), as dates and scores.  Dates with a
month name ("27 września", "Sep. 25", "6. September 2022") and numeric dates
("2022-09-28", "28.09.2022") are one figure each.  ``value`` and ``unit`` are
prefilled; the value reads the number with the language's separators (Babel),
times the scale word.

Left out on purpose: digits inside words and codes ("COVID-19", "F-16",
"G7", "eGov2"), inside web addresses, and footnote marks such as "[iii]".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names
from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

from annotator.core.model import Document
from annotator.core.suggestion import Suggestion
from annotator.suggest.context import SuggestContext
from annotator.suggest.furniture import MAX_LENGTH as FURNITURE_LENGTH
from annotator.suggest.furniture import is_furniture_line
from annotator.suggest.language import locale_language

NAME = "figures"
LAYER = "figure"

_SPACES = " \u00a0\u202f\u2009"
_SPACE = re.compile(r"\s")
_URL = re.compile(r"\S*://|www\.|[\w.-]+\.[a-z]{2,}/")


def _web_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of the words that are web addresses (their digits are no figures).

    A word here is a run of non-space characters holding a "/": found from each slash
    (a few per article) outward, not by a regex tried at every position of the text.
    """
    found = []
    slash = text.find("/")
    while slash >= 0:
        start = slash
        while start > 0 and not text[start - 1].isspace():  # str.isspace is regex \s
            start -= 1
        space = _SPACE.search(text, slash)
        end = space.start() if space is not None else len(text)
        if _URL.match(text, start, end):
            found.append((start, end))
        slash = text.find("/", end)
    return found


# English scale words are known in every language: news quote English sources.
_EXTRA_SCALES = {
    "bn": 10**9, "mln": 10**6, "mld": 10**9, "mlrd": 10**9, "tys": 10**3, "тыс": 10**3,
    "млн": 10**6, "млрд": 10**9, "тис": 10**3, "mio": 10**6, "mrd": 10**9,
}  # fmt: skip

_PERCENT_WORDS = (
    r"%|proc\.?|procent\w*|prozent|per\s?cent|percent|pour\s?cent|por\s?ciento"
    r"|per\s?cento|процент\w*|проц\.|відсот\w*|відс\."
)
_CURRENCY_CODES = r"USD|EUR|PLN|RUB|UAH|GBP|CHF|KZT|RON|MDL|BYN|CNY|JPY|CZK"
_CURRENCY_WORDS = (
    r"zł|złot\w*|dolar\w*|dollars?|euros?|euro|pounds?|funt\w*|rubl\w*|roubles?|hrywien"
    r"|hrywn\w*|hryvn\w*|руб\.|рубл\w*|доллар\w*|долар\w*|евро|євро|гривен\w*|гривн\w*|грн\.?"
    r"|tenge|тенге|korun\w*|Kč|francs?|franken|dólar\w*|sterlin\w*|lei|eur|eura|eurá"
    r"|лв\.?|лева|reais|real|دولار|جنيه|يورو|ريال|درهم|دينار|ليرة"
)
_MEASURE_WORDS = r"km|m|cm|mm|kg|t|ha|l|MW|GW|kWh|°C|km²|кг|км|тонн\w*|tonn?\w*|tys\.\s?ton"
_SIGNS = "$€£¥₽₴₸"
_NUMBER = r"\d{1,3}(?:[GROUP]\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)*"
_YEAR_WORDS = r"r\.|roku|rok|г\.|году|года|р\.|року|рік"
# A scale glued to a currency sign ("40 M€", "1,8 Md€") and its factor.
_GLUED_SCALES = r"Mds|Md|Mrd|M|k"
_GLUED_FACTORS = {"k": 10**3, "m": 10**6, "mds": 10**9, "md": 10**9, "mrd": 10**9}
# Ordinal endings written on the digits: "12e minute", "1er", "81ste", "5º", "61letý".
_ORDINALS = r"e|er|re|ère|ème|ste|de|º|ª|let[ýáéí]\w*"
# Clock time with a dot, in languages whose decimal mark is a comma ("17.00", "2.00 Uhr").
_DOT_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")


@lru_cache(maxsize=32)
def _scales(language: str) -> dict[str, int]:
    """Scale word (lower case, no final dot) → factor, from CLDR's compact number formats."""
    scales = dict(_EXTRA_SCALES)
    for code in dict.fromkeys((language, "en")):
        try:
            locale = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        for width in ("short", "long"):
            for forms in locale.compact_decimal_formats.get(width, {}).values():
                for magnitude, pattern in forms.items():
                    text = str(getattr(pattern, "pattern", pattern)).replace("'", "")
                    zeros = text.count("0")
                    word = text.replace("0", "").strip(_SPACES + ".").lower()
                    if zeros and len(word) >= 2 and not any(ch.isdigit() for ch in word):
                        scales.setdefault(word, int(magnitude) // 10 ** (zeros - 1))
    return scales


@lru_cache(maxsize=32)
def _months(language: str) -> str:
    """Month names of the language and of English (capitalised only), as an alternation."""
    names: set[str] = set()
    english: set[str] = {"Sept"}
    for code in dict.fromkeys((language, "en")):
        try:
            Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        widths: tuple[Literal["wide", "abbreviated"], ...] = (
            ("wide", "abbreviated") if code == "en" else ("wide",)
        )
        for width in widths:
            for context in ("format", "stand-alone"):
                for name in get_month_names(width, context, code).values():
                    (english if code == "en" else names).add(name.rstrip("."))
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    english_alternation = "|".join(re.escape(n) for n in sorted(english, key=len, reverse=True))
    return f"(?:{english_alternation}" + (f"|(?i:{alternation}))" if alternation else ")")


@lru_cache(maxsize=32)
def _pattern(language: str) -> re.Pattern[str]:
    """One pattern for every figure of a language, dates first (they contain numbers)."""
    try:
        group = get_group_symbol(language or "en")
    except (ValueError, UnknownLocaleError):
        group = ","
    groups = re.escape("".join(dict.fromkeys(_SPACES + ",.'’" + group)))
    number = _NUMBER.replace("GROUP", groups)
    scales = "|".join(
        re.escape(word) + r"\.?" for word in sorted(_scales(language), key=len, reverse=True)
    )
    months = _months(language)
    day = r"(?:3[01]|[12]\d|0?[1-9])"
    space = f"[{_SPACES}]"
    date = "|".join(
        (
            r"\d{4}-[01]\d-[0-3]\d",
            rf"{day}[./][01]?\d[./]\d{{4}}",
            rf"{day}(?:[-–]{day})?(?:\.|st|nd|rd|th|er)?{space}?(?:de{space}|of{space})?"
            rf"(?:{months})"
            rf"(?:{space}(?:de{space})?\d{{4}}(?:{space}?(?:{_YEAR_WORDS}))?)?",
            rf"(?:{_months('en')})\.?{space}{day}(?:st|nd|rd|th)?(?:[-–]{day})?"
            rf"(?:,?{space}\d{{4}})?",
            rf"(?:{months}){space}\d{{4}}",
            rf"\d{{4}}{space}?(?:{_YEAR_WORDS})",
            r"\d{3}0s",  # a decade: "the 1980s"
            r"(?:[01]?\d|2[0-3]):[0-5]\d(?!:?\d)",  # a clock time: "14:30"
        )
    )
    score = r"\d{1,3}:\d{1,3}(?![\d:])"  # "1:4", a result or a ratio: no single value
    before = rf"(?:(?:US|R|A|C|NZ|HK)?[{_SIGNS}]{space}?|(?:{_CURRENCY_CODES}){space})"
    after = (
        rf"(?:{space}?(?i:{_PERCENT_WORDS})|{space}?(?:{_GLUED_SCALES})?[{_SIGNS}]"
        rf"|(?:{_ORDINALS})(?![\w])|{space}?°[CF]?|(?<=\d)(?:[CF]|bn|m|tn)(?![\w])"
        rf"|{space}(?:{_CURRENCY_CODES}|(?i:{_CURRENCY_WORDS})|{_MEASURE_WORDS})(?![\w]))"
    )
    figure = (
        rf"(?P<sign>(?<![^\s(])[−-](?=\d))?{before}?(?P<number>{number})"
        rf"(?P<range>%?{space}?[-–—−]{space}?{before}?(?:{number}))?"
        rf"(?:{space}?(?i:{scales})(?![\w])){{0,2}}"
        rf"(?:{after})?"
    )
    # Not inside a word, except after an Arabic letter: "and", "in" and "to" are written
    # joined to the number ("و٢٨٫٢٥٪", "and 28.25 %").
    opening = r"(?:(?<![\w\-./,\[])|(?<=[\u0621-\u064a]))"
    return re.compile(rf"{opening}(?:(?P<date>{date})|(?P<score>{score})|{figure})(?![\w])")


@lru_cache(maxsize=32)
def _decimal(language: str) -> str:
    """The language's decimal mark ("," for pl, de, fr…; "." for en)."""
    try:
        return str(get_decimal_symbol(language or "en"))
    except (ValueError, UnknownLocaleError):
        return "."


@lru_cache(maxsize=4096)
def _read(number: str, language: str) -> Decimal | None:
    """The number's value with the language's separators; a lone ",ddd" or ".ddd" groups."""
    token = "".join(ch for ch in number if ch not in _SPACES + "'’")
    if token.isdigit():
        return Decimal(token)
    for code in dict.fromkeys((language or "en", "en", "de", "pl")):
        try:
            return parse_decimal(token, locale=code, strict=True)
        except (NumberFormatError, InvalidOperation, ValueError, UnknownLocaleError):
            continue
    return None


_GLUED = re.compile(rf"[{_SPACES}]?({_GLUED_SCALES})[{_SIGNS}]")
_ENGLISH_SCALE = re.compile(r"(m|bn|tn)\b")
_LETTERS = re.compile(r"[^\W\d]+")
_DIGITS = re.compile(r"\d+")


def _scale_of(tail: str, language: str, after_sign: bool = False) -> int:
    """The factor of the scale words in ``tail`` (the figure after its number).

    Two scale words in a row multiply ("27,7 mil milhões" is 27.7 thousand million); a
    scale glued to a currency sign counts ("40 M€"), and so does an English "m"/"bn"
    glued to the digits after a sign ("£40m"; without a sign "40m" is forty metres).
    """
    scales = _scales(language)
    glued = _GLUED.match(tail)
    if glued:
        return _GLUED_FACTORS[glued.group(1).lower()]
    english = _ENGLISH_SCALE.match(tail)
    if after_sign and english:
        return {"m": 10**6, "bn": 10**9, "tn": 10**12}[english.group(1)]
    factor = 1
    for word in _LETTERS.findall(tail)[:2]:
        found = scales.get(word.lower())
        if not found:
            break
        if word.lower() == "billion" and language in ("de", "fr"):
            found = 10**12
        factor *= found
    return factor


_PERCENT = re.compile(_PERCENT_WORDS, re.IGNORECASE)
_MONEY = re.compile(
    rf"[{_SIGNS}]|(?<![A-Za-z])(?:{_CURRENCY_CODES})(?![A-Za-z])|(?i:(?<!\w)(?:{_CURRENCY_WORDS})(?!\w))"
)


_MEASURE = re.compile(rf"(?<!\w)(?:{_MEASURE_WORDS})(?!\w)")  # a whole word: not the "l" of "mil"


def _unit(span: str, number_end: int) -> str:
    """The figure's unit from the words the pattern took in with it (see UNITS in
    ``core/figures.py``): percent and currency words of every language, measures."""
    tail = span[number_end:]
    if _PERCENT.search(tail):
        return "percent"
    if _MONEY.search(span):
        return "money"
    if _MEASURE.search(tail):
        return "other"
    return "count"


_LOOK_BACK = 24  # a figure starts at most this far before its first digit ("September 6")
_DIGIT = re.compile(r"\d")


Span = tuple[int, int, float | None, str | None]
# What joins the two ends of a range written with words: "od 3 do 5 mln", "z 3 650 na
# 4 750 korun", "entre 15 et 20 millions", "30 bis 40 Prozent", "from 5 to 7 per cent".
_RANGE_WORDS = re.compile(
    rf"[{_SPACES}]+(?i:do|to|bis|až|до|на|na|et|à|y|a|e|and|und|и|і|i|tot|al)[{_SPACES}]+"
)


def figure_spans(text: str, language: str) -> Iterator[Span]:
    """(start, end, value, unit) of every figure in ``text``.

    The first number of a range written with words between ("od 3 do 5 mln zł") is a
    figure of its own that takes the scale word and unit written after the second.
    """
    held: tuple[Span, int, bool] | None = None
    for item in _figures(text, language):
        if held is not None:
            yield _sharing(text, held, item)
        held = item
    if held is not None:
        yield held[0]


def _sharing(text: str, first: tuple[Span, int, bool], second: tuple[Span, int, bool]) -> Span:
    """``first``'s figure, with ``second``'s scale and unit when they are a range's two ends."""
    (start, end, value, unit), _, bare = first
    (next_start, _, _, next_unit), factor, _ = second
    shares = factor > 1 or next_unit in ("money", "percent", "other")
    if bare and value is not None and shares and _RANGE_WORDS.fullmatch(text, end, next_start):
        return start, end, value * factor, next_unit
    return start, end, value, unit


def _figures(text: str, language: str) -> Iterator[tuple[Span, int, bool]]:
    """Every figure with its scale factor and whether it is a bare number.

    Every figure holds a digit, so the pattern is tried only a little before each
    digit not yet covered: scanning all 5,000 positions of an article with a
    pattern of month names and scale words costs ten times more.
    """
    urls = _web_addresses(text)
    pattern = _pattern(language)
    position = 0
    while True:
        digit = _DIGIT.search(text, position)
        if digit is None:
            return
        match = pattern.search(text, max(position, digit.start() - _LOOK_BACK))
        if match is None:
            return
        if match.start() > digit.start():
            position = digit.end()  # this digit belongs to no figure: look from the next
            if match.start() > position:
                position = match.start()
            continue
        position = match.end()
        yield from _figure(match, urls, language)


def _figure(
    match: re.Match[str], urls: list[tuple[int, int]], language: str
) -> Iterator[tuple[Span, int, bool]]:
    start, end = match.span()
    if urls and any(a <= start < b for a, b in urls):
        return
    span = match.group()
    if match.group("date") is not None:
        yield (start, end, None, "date"), 1, False
        return
    if match.group("score") is not None:
        yield (start, end, None, "other"), 1, False  # a result or ratio has no single value
        return
    number = match.group("number")
    if span == number and _DOT_TIME.fullmatch(number) and _decimal(language) == ",":
        yield (start, end, None, "date"), 1, False  # "17.00" in a decimal-comma language
        return
    unit = _unit(span, match.end("number") - start)
    if match.group("range") is not None:
        # A range in one span ("12–15", "15–20 proc.", "2016–2019") is not one quantity:
        # no value, like a date or a score (README, Suggestions: the value convention).
        first, *rest = _DIGITS.findall(span)
        years = _is_year(first) and all(_is_year(p) or len(p) == 2 for p in rest)
        yield (start, end, None, "date" if years and unit == "count" else unit), 1, False
        return
    value = _read(number, language)
    bare = unit == "count" and value is not None and len(number) == 4 and span == number
    if bare and value is not None and 1800 <= value <= 2100:
        yield (start, end, None, "date"), 1, False  # a bare year
        return
    if value is not None and match.group("sign"):
        value = -value
    factor = 1
    if value is not None:
        tail = span[match.end("number") - start :]
        factor = _scale_of(tail, language, after_sign=span[0] in _SIGNS or "$" in span[:3])
        value *= factor
    result = float(value) if value is not None else None
    yield (start, end, result, unit), factor, span == number


def _is_year(digits: str) -> bool:
    """A four-digit year (a range of them, "2016–2019" or "2014-15", is a date)."""
    return len(digits) == 4 and 1800 <= int(digits) <= 2100


_EASTERN = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_WESTERN = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9\u066b\u066c\u066a",
    "01234567890123456789.,%",
)


def suggest_figures(document: Document, context: SuggestContext) -> list[Suggestion]:
    assert document.id is not None
    language = locale_language(document.text, document.language)
    # Eastern Arabic and Persian digits and signs read as their Western forms, one
    # character for one, so the spans stay those of the text ("٢٧٫٢٥٪" is 27.25 %).
    text = document.text.translate(_WESTERN) if _EASTERN.search(document.text) else document.text
    furniture: dict[int, bool] = {}  # line start → whether the line is page furniture
    found = []
    for start, end, value, unit in figure_spans(text, language):
        line = text.rfind("\n", 0, start) + 1
        if line not in furniture:
            short = text.find("\n", line, line + FURNITURE_LENGTH + 2) >= 0 or (
                len(text) - line <= FURNITURE_LENGTH + 2
            )
            furniture[line] = short and is_furniture_line(text, line, language)
        if furniture[line]:
            continue  # "Comments / 35", "12.03.2026, 08:15 · updated 09:40": not the article
        attributes: dict[str, object] = {}
        if value is not None:
            attributes["value"] = int(value) if value.is_integer() else value
        if unit is not None:
            attributes["unit"] = unit
        found.append(Suggestion(document.id, LAYER, start, end, NAME, attributes, 0.9))
    return found
