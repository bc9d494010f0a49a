"""Guess a figure's value and unit from the text an annotator selected.

When an annotator selects "aż 93 proc. osób" the figure form should already say
``93`` / ``percent``, so they only confirm instead of retyping.  The guess is a
convenience, never an authority: when the text is ambiguous we would rather leave
a field empty than pre-fill a wrong number that a tired annotator accepts.

How numbers are read (the hard part is delegated to Babel's CLDR data):

* The document language decides the decimal separator: "1,234" is 1234 in
  English and 1.234 in Polish.  ``babel.numbers.parse_decimal(strict=True)``
  rejects readings whose grouping is malformed ("12,34" is not English).
* If the language is empty, unknown, or cannot read the number (an English
  article quoting "99,23 %"), we try one locale per separator convention
  (en: ``1,234.5``; de: ``1.234,5``; pl: ``1 234,5``).  When they disagree the
  number has a lone separator followed by exactly three digits ("1,234",
  "1.234"); we then read that separator as a thousands separator, because
  news figures with three decimals are rare and grouped thousands are common.
* Spaces of any kind (U+0020, U+00A0, U+202F, ...) group digits only in runs of
  exactly three digits, so "93 7" stays two numbers.

Decisions for the fuzzy cases:

* Dates ("27 września", "September 6", "2022-09-28", "28.09.2022", "2022 r.")
  give ``FigureGuess(None, "date")``: a day number is not a quantity and would
  look like a plausible count if pre-filled.
* Vague quantities with no digits ("tens of thousands", "dziesiątki tysięcy",
  "десятки тысяч") give ``FigureGuess(None, "count")``: the unit is known, the
  value is not.
* Spelled-out numbers ("seven", "четырёх") are not read: ``FigureGuess(None, None)``.
* A number followed by a unit of measure or duration ("120 km", "7 months")
  is ``"other"``; a plain number is ``"count"``.
* When a selection holds several figures, the first one wins; only the first
  1000 characters of a selection are looked at.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from annotator.core.schema import Layer

if TYPE_CHECKING:
    from babel import Locale

# babel is imported by the functions that read a number or a date, on the first figure
# read: the window imports this module for its pre-fill and would otherwise load babel's
# locale machinery before its first paint (bench row 7).

__all__ = ["UNITS", "FigureGuess", "figure_from_text"]

PERCENT = "percent"
COUNT = "count"
MONEY = "money"
DATE = "date"
OTHER = "other"
UNITS = (PERCENT, COUNT, MONEY, DATE, OTHER)


@dataclass(frozen=True)
class FigureGuess:
    """What the figure form should be pre-filled with; ``None`` leaves a field empty."""

    value: float | None
    unit: str | None  # one of UNITS, or None


_NOTHING = FigureGuess(None, None)

# One locale per separator convention, tried when the document language cannot
# decide: comma-grouped (en), dot-grouped (de, ro), space-grouped (pl, ru, uk).
_FALLBACK_LOCALES = ("en", "de", "pl")

# Languages whose month names we recognise; others fall back to all of them.
_MONTH_LANGUAGES = ("en", "pl", "ru", "uk", "de", "ro")

# Languages in which the word "billion" means 10**12 (long scale).
_LONG_SCALE_BILLION = frozenset({"de", "fr"})

# Longer than this, a number cannot be a finite float anyway; refusing early also
# keeps Decimal arithmetic from overflowing on pathological input.
_MAX_DIGITS = 300

# Only the start of a selection is examined: the first figure wins anyway, and an
# annotator who selects a whole article must not freeze the UI for seconds.
_MAX_SCAN_CHARS = 1000

# ---------------------------------------------------------------------------
# Normalisation


_SEPARATOR_TRANSLATION = str.maketrans(
    {
        "\u066b": ".",  # ARABIC DECIMAL SEPARATOR: always a decimal point
        "\u066c": "",  # ARABIC THOUSANDS SEPARATOR: always grouping, drop it
        "\u066a": "%",  # ARABIC PERCENT SIGN
        "\u2212": "-",  # MINUS SIGN
    }
)


def _ascii_digits(text: str) -> str:
    """Map every Unicode decimal digit (Arabic-Indic, Devanagari...) to ASCII.

    Babel reads Latin digits only; the Unicode database knows each digit's value.
    """
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text
    )


def _normalise(text: str) -> str:
    """Fold the many spellings of digits, spaces and signs into one.

    NFKC turns NO-BREAK SPACE, NARROW NO-BREAK SPACE and THIN SPACE into a plain
    space and full-width digits and percent signs into ASCII, so the patterns
    below only need to know one form of each.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_SEPARATOR_TRANSLATION)
    return _ascii_digits(folded)


def _language_code(language: str) -> str:
    """The primary language subtag: "pl-PL", "pl_PL", "PL" all become "pl"."""
    return re.split(r"[-_@.\s]", language.strip(), maxsplit=1)[0].lower()


@lru_cache(maxsize=64)
def _document_locale(language: str) -> Locale | None:
    """The Babel locale for a language tag, or None when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    tag = language.strip().replace("-", "_")
    for candidate in (tag, _language_code(language)):
        if not candidate:
            continue
        try:
            return Locale.parse(candidate)
        except (ValueError, TypeError, UnknownLocaleError):
            continue
    return None


# ---------------------------------------------------------------------------
# Reading the number itself

# A run of digits grouped by single spaces in threes ("1 234 567,5"), or digits
# joined by dots and commas ("1,234.5", "99,23").  The sign counts only when it
# starts a word, so "COVID-19" and "2020-2022" do not become negative.
_NUMBER = re.compile(
    r"(?P<sign>(?<![\w.,])[-+])?"
    r"(?<!\d)"
    r"(?P<body>\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*)"
)


def _strict_reading(token: str, locale: Locale | str) -> Decimal | None:
    """The token's value under one locale's separators, or None if malformed there."""
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        return parse_decimal(token, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        return None


def _prefer_grouping_reading(readings: list[Decimal]) -> Decimal:
    """Pick among readings that disagree: read the lone separator as grouping.

    Locales can only disagree about a token with one separator followed by
    exactly three digits ("1,234" → 1234 or 1.234).  The grouping reading is the
    larger one.
    """
    return max(readings, key=abs)


def _read_number(token: str, language: str) -> Decimal | None:
    """The token's value: the document's locale first, then the fallback rule."""
    if len(token) > _MAX_DIGITS:
        return None
    if token.isdigit():
        return Decimal(token)
    locale = _document_locale(language)
    if locale is not None:
        reading = _strict_reading(token, locale)
        if reading is not None:
            return reading
    readings: list[Decimal] = []
    for fallback in _FALLBACK_LOCALES:
        reading = _strict_reading(token, fallback)
        if reading is not None and reading not in readings:
            readings.append(reading)
    return _prefer_grouping_reading(readings) if readings else None


# ---------------------------------------------------------------------------
# Multipliers after the number ("2,5 mln", "3 million", "5 mld")

_THOUSAND_WORDS = (
    r"thousands?|tysi[ąę]c\w*|tys\.?|тысяч\w*|тыс\.?|тисяч\w*|тис\.?|tausend|tsd\.?|mii"
)
_MILLION_WORDS = r"million(?:s|en)?|milion\w*|mln\.?|миллион\w*|млн\.?|мільйон\w*|mio\.?|milioane"
_BILLION_WORDS = r"billions?|bn|miliard\w*|milliard\w*|mld\.?|mrd\.?|миллиард\w*|мільярд\w*|млрд\.?"
# Polish "bilion" and German "Billionen" are long-scale: 10**12.
_TRILLION_WORDS = r"trillions?|tn|billionen|bilion\w*|bln\.?|триллион\w*|трильйон\w*|трлн\.?"

_MULTIPLIERS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(rf"\s*(?:{words})(?!\w)", re.IGNORECASE), factor)
    for words, factor in (
        (_THOUSAND_WORDS, 10**3),
        (_MILLION_WORDS, 10**6),
        (_BILLION_WORDS, 10**9),
        (_TRILLION_WORDS, 10**12),
    )
)


def _multiplier_after(rest: str, language: str) -> tuple[int, int]:
    """The scale word right after a number, as (factor, characters consumed)."""
    for pattern, factor in _MULTIPLIERS:
        match = pattern.match(rest)
        if match is None:
            continue
        word = match.group().strip().lower()
        if word.startswith("billion") and language in _LONG_SCALE_BILLION:
            # German "Billion" is the English trillion.
            factor = 10**12
        return factor, match.end()
    return 1, 0


# ---------------------------------------------------------------------------
# Units

_PERCENT_AFTER = re.compile(
    r"\s*(?:%"
    r"|(?i:proc(?:ent\w*|\.|(?!\w))|procente?(?!\w)|per\s?cent\w*|pct(?:\.|(?!\w))"
    r"|процент\w*|проц(?:\.|(?!\w))|відсот\w*|відс(?:\.|(?!\w))"
    r"|prozent\w*|la\s+sut[ăa](?!\w)))"
)

# The currencies these news are about, as ISO codes.  Not Babel's full list:
# it holds codes like TOP and ALL that are ordinary words in headlines.
_ISO_CURRENCIES = r"USD|EUR|PLN|RUB|UAH|GBP|CHF|KZT|RON|MDL|BYN|CNY|JPY"

_CURRENCY_WORDS = (
    r"zł|złot\w*|zlot\w*|dolar\w*|dollar\w*|euros?|eur|pounds?|funt\w*"
    r"|rubl\w*|ruble?s?|roubles?|rubel\w*|hrywn\w*|hrywien|hryvn\w*|lei|leu|tenge"
    r"|руб(?:\.|л\w*)?|доллар\w*|долар\w*|евро|євро|гривн\w*|гривен\w*|гривень|грн\.?"
    r"|фунт\w*|тенге|юан\w*"
)

_CURRENCY_AFTER = re.compile(
    rf"\s*(?:(?:{_ISO_CURRENCIES})(?![A-Za-z])|(?i:(?:{_CURRENCY_WORDS})(?!\w)))"
)
_CURRENCY_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?:{_ISO_CURRENCIES})|US)\s*$")

_MEASURE_AFTER = re.compile(
    r"\s*(?:°\s*[CF]?|(?:km|m|cm|mm|kg|t|ha|l|kW|MW|GW|kWh|MWh|GWh|TWh)2?(?![\w])"
    r"|(?i:kilomet\w*|километр\w*|кілометр\w*|км(?!\w)|кг(?!\w)|tonn?(?:es?|y|a|ach)?(?!\w)"
    r"|тонн\w*|hektar\w*|hectares?|гектар\w*|miles?(?!\w)|metr\w*|met(?:er|re)s?(?!\w)"
    r"|метр\w*|litr\w*|lit(?:er|re)s?(?!\w)|литр\w*"
    r"|years?|months?|weeks?|days?|hours?|lat(?:a)?|miesi[ąę]c\w*|tygodni\w*|dni|dzie[nń]"
    r"|godzin\w*|лет|год(?:а|у)?|месяц\w*|недел\w*|дн(?:я|ей|і|ів)|час(?:а|ов)?"
    r"|рок(?:и|ів)|рік|місяц\w*|тижн\w*|годин\w*|jahre?n?|monate?n?|tage?n?|stunden?"
    r"|ani|luni|zile|ore)(?!\w))"
)


def _is_currency_symbol(ch: str) -> bool:
    """True for $, €, zł's cousins: anything Unicode files as a currency symbol."""
    return unicodedata.category(ch) == "Sc"


def _money_before(before: str) -> bool:
    """A currency sign or code right before the number ("$5", "€ 20", "USD 5")."""
    stripped = before.rstrip()
    if stripped and _is_currency_symbol(stripped[-1]):
        return True
    return _CURRENCY_BEFORE.search(stripped) is not None


def _money_after(after: str) -> bool:
    """A currency sign, code or word right after the number ("5 zł", "100 рублей")."""
    stripped = after.lstrip()
    if stripped and _is_currency_symbol(stripped[0]):
        return True
    return _CURRENCY_AFTER.match(after) is not None


def _unit_around(before: str, after: str) -> str:
    """The unit implied by the words next to a number; a bare number is a count."""
    if _PERCENT_AFTER.match(after):
        return PERCENT
    if _money_before(before) or _money_after(after):
        return MONEY
    if _MEASURE_AFTER.match(after):
        return OTHER
    return COUNT


# ---------------------------------------------------------------------------
# Dates

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"


def _month_words(locales: tuple[str, ...]) -> str:
    """A regex alternation of month names (wide and abbreviated) from Babel's CLDR data.

    English names are matched capitalised only, since "may" and "march" are
    also ordinary words; other languages are matched in any case.
    """
    from babel.dates import get_month_names

    english: set[str] = set()
    others: set[str] = set()
    for code in locales:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for name in get_month_names(width, context, code).values():
                    name = name.rstrip(".")
                    if code == "en":
                        english.update({name, name.upper()})
                    else:
                        others.add(name.lower())
    if "en" in locales:
        english.update({"Sept", "SEPT"})

    def alternation(names: set[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    parts = []
    if english:
        parts.append(alternation(english))
    if others:
        parts.append(f"(?i:{alternation(others)})")
    return "|".join(parts)


@lru_cache(maxsize=16)
def _date_pattern(language: str) -> re.Pattern[str]:
    """Dates written with digits or with month names of the document's language.

    Known languages use their own month names plus English; unknown ones use
    every language we support (accepting that Romanian "mai" also means "more").
    """
    if language in _MONTH_LANGUAGES:
        locales = tuple(dict.fromkeys((language, "en")))
    else:
        locales = _MONTH_LANGUAGES
    months = _month_words(locales)
    return re.compile(
        "|".join(
            (
                # 2022-09-28 (also the start of an ISO timestamp)
                rf"(?<!\d)\d{{4}}-{_MONTH_NUMBER}-{_DAY}(?!\d)",
                # 28.09.2022, 28/09/2022 and the American 9/28/2022
                rf"(?<![\d.,]){_DAY}([./]){_MONTH_NUMBER}\1\d{{4}}(?!\d)",
                rf"(?<![\d.,]){_MONTH_NUMBER}/{_DAY}/\d{{4}}(?!\d)",
                # 27 września, 6. September, 6th of September
                rf"(?<![\d.,]){_DAY}(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?:{months})(?!\w)",
                # September 6, Sep. 25, wrzesień 2022
                rf"(?<!\w)(?:{months})\.?\s*(?:{_DAY}(?:st|nd|rd|th)?|\d{{4}})(?!\d)",
                # 2022 r., 2022 roku, 2022 году, 2022 г., 2022 р.
                r"(?<!\d)\d{4}\s*(?:r\.|roku(?!\w)|г\.|году(?!\w)|года(?!\w)|року(?!\w)|р\.)",
            )
        )
    )


# ---------------------------------------------------------------------------
# Vague quantities

_VAGUE_QUANTITY = re.compile(
    r"(?<!\w)(?:tens|dozens?|hundreds?|thousands?|millions?|billions?|several"
    r"|dziesiąt(?:ki|ek|kach)|set(?:ki|ek|kach)|tysi[ąę]c\w*|milion\w*|miliard\w*|kilk\w*"
    r"|десятк\w*|сотн\w*|сотен|тысяч\w*|миллион\w*|миллиард\w*|несколько"
    r"|тисяч\w*|мільйон\w*|кілька"
    r"|zehntausende\w*|hunderte\w*|tausende\w*|dutzende\w*|millionen|zeci|sute|mii|milioane)"
    r"(?!\w)",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# Public API


def _finite_or_none(value: Decimal) -> float | None:
    """A float for the form, or None when it would be infinite."""
    result = float(value)
    return result if math.isfinite(result) else None


_RANGE_END = re.compile(r"%?\s?[-–—]\s?[$€£¥₽₴₸]?\d")
"""After a range's first number: its dash and second number ("12–15", "5%-7%")."""


def figure_from_text(text: str, language: str = "") -> FigureGuess:
    """Guess the value and unit of the first figure in ``text``.

    ``language`` is the document's language tag ("pl", "pl-PL", "pl_PL", "" for
    unknown); it decides how separators are read.  Never raises: any input gives
    a guess, possibly ``FigureGuess(None, None)``.
    """
    normalised = _normalise(text[:_MAX_SCAN_CHARS])
    code = _language_code(language)

    number = _NUMBER.search(normalised)
    date = _date_pattern(code).search(normalised)
    if date is not None and (number is None or date.start() <= number.start("body")):
        return FigureGuess(None, DATE)
    if number is None:
        return FigureGuess(None, COUNT) if _VAGUE_QUANTITY.search(normalised) else _NOTHING

    after = normalised[number.end() :]
    factor, consumed = _multiplier_after(after, code)
    unit = _unit_around(normalised[: number.start()], after[consumed:])

    range_end = _RANGE_END.match(after)
    if range_end is not None:  # a range ("12–15") is not one value: left empty
        second = _NUMBER.search(after, range_end.end() - 1)
        rest = after[second.end() :] if second is not None else ""
        rest = rest[_multiplier_after(rest, code)[1] :]
        return FigureGuess(None, _unit_around(normalised[: number.start()], rest))
    magnitude = _read_number(number.group("body").replace(" ", ""), language)
    if magnitude is None:
        return FigureGuess(None, unit)
    signed = -magnitude if number.group("sign") == "-" else magnitude
    return FigureGuess(_finite_or_none(signed * factor), unit)


def prefilled_attributes(layer: Layer, covered: str, language: str = "") -> dict[str, Any]:
    """The attributes to fill in when ``covered`` is tagged in ``layer``.

    A layer with a ``value`` role (a number) gets the figure's value guessed from
    the text, and its ``unit`` role (a choice) the unit when it is one of the
    choices; other layers start empty. Roles, not names, decide (``schema.ROLES``).
    """
    value_attribute = layer.attribute_with_role("value")
    if value_attribute is None:
        return {}
    guess = figure_from_text(covered, language)
    attributes: dict[str, Any] = {}
    if guess.value is not None:
        attributes[value_attribute.name] = guess.value
    unit_attribute = layer.attribute_with_role("unit")
    if unit_attribute is not None and guess.unit in unit_attribute.choices:
        attributes[unit_attribute.name] = guess.unit
    return attributes
