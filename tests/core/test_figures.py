"""Tests for guessing a figure's value and unit from selected text.

The table mixes real snippets from the seed corpus (/work/shared/seeds: Polish,
English and Russian news about the 2022 referendums) with constructed cases for
the separator conventions the corpus does not happen to contain.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.figures import UNITS, FigureGuess, figure_from_text

# (selected text, document language, expected value, expected unit)
CASES: list[tuple[str, str, float | None, str | None]] = [
    # --- real snippets from the seed corpus -------------------------------
    ("99.23% in favor in the Donetsk region.", "en", 99.23, "percent"),
    ("98.42% in favor in the Luhansk region.", "en", 98.42, "percent"),
    ("93.11% in favor in Zaporizhzhya, and", "en", 93.11, "percent"),
    ("87.05% in favor in Kherson.", "en", 87.05, "percent"),
    ("aż 93 proc. osób biorących udział", "pl", 93, "percent"),
    ("odmiennego zdania miało być 7 proc. głosujących.", "pl", 7, "percent"),
    ("(referenda mają trwać do 27 września)", "pl", None, "date"),
    ("29 kwietnia Dmytro Kułeba odbył rozmowę", "pl", None, "date"),
    (" date 2022-09-28 An ally of Russia", "en", None, "date"),
    ("On Sep. 6, Spokesman Aibek Smadiyarov", "en", None, "date"),
    ("advised on Sep. 25 that", "en", None, "date"),
    ("published: '2022-09-26T11:40:00+00:00'", "ro", None, "date"),
    ("deaths in the tens of thousands", "en", None, "count"),
    ("Comments / 35", "en", 35, "count"),
    ("after nearly seven months of conflict", "en", None, None),
    ("аннексии четырёх оккупированных областей", "ru", None, None),
    ("Казахстан, Турция и Сербия заявили", "ru", None, None),
    # --- percent ----------------------------------------------------------
    ("99.23%", "", 99.23, "percent"),
    ("93 proc.", "pl", 93, "percent"),
    ("93 procent", "pl", 93, "percent"),
    ("93 procenta", "pl", 93, "percent"),
    ("93 procent.", "pl", 93, "percent"),
    ("99,23 %", "pl", 99.23, "percent"),
    ("99,23 %", "ru", 99.23, "percent"),
    ("99,23 %", "de", 99.23, "percent"),
    ("99,23\u00a0%", "pl-PL", 99.23, "percent"),
    ("87.05 процента", "ru", 87.05, "percent"),
    ("87,05 процента", "ru", 87.05, "percent"),
    ("87,05 процентов", "", 87.05, "percent"),
    ("87 проц.", "ru", 87, "percent"),
    ("50 відсотків", "uk", 50, "percent"),
    ("93 la sută", "ro", 93, "percent"),
    ("-3,5%", "pl", -3.5, "percent"),
    ("99,23 %", "en", 99.23, "percent"),  # en cannot read it: fallback rule
    # --- grouping and decimal separators ----------------------------------
    ("1 234,5", "pl", 1234.5, "count"),
    ("1\u00a0234,5", "pl", 1234.5, "count"),
    ("1\u202f234,5", "pl", 1234.5, "count"),
    ("1 234,5", "ru", 1234.5, "count"),
    ("1\u00a0234,5", "ru", 1234.5, "count"),
    ("1\u202f234,5", "ru", 1234.5, "count"),
    ("1\u202f234,5", "uk", 1234.5, "count"),
    ("1,234.5", "en", 1234.5, "count"),
    ("1,234", "en", 1234, "count"),
    ("1,234", "pl", 1.234, "count"),
    ("1,234", "de", 1.234, "count"),
    ("1.234", "de", 1234, "count"),
    ("1.234.567", "de", 1234567, "count"),
    ("1.234,5", "ro", 1234.5, "count"),
    ("1,234", "", 1234, "count"),  # no language: lone 3-digit group is grouping
    ("1.234", "", 1234, "count"),
    ("12,34", "", 12.34, "count"),  # only the comma-decimal reading is valid
    ("12,34", "en", 12.34, "count"),  # malformed in en: fallback rule
    ("1 234 567", "", 1234567, "count"),
    ("1,234.5", "pl_PL", 1234.5, "count"),  # malformed in pl: fallback rule
    ("93 7", "pl", 93, "count"),  # a space groups three digits only
    # --- multipliers ------------------------------------------------------
    ("2,5 mln", "pl", 2_500_000, "count"),
    ("3 million", "", 3_000_000, "count"),
    ("3 million", "en", 3_000_000, "count"),
    ("5 tys. osób", "pl", 5000, "count"),
    ("1,5 tysiąca", "pl", 1500, "count"),
    ("10 тысяч человек", "ru", 10_000, "count"),
    ("10 тыс.", "ru", 10_000, "count"),
    ("7 млн", "", 7_000_000, "count"),
    ("2 млрд", "ru", 2_000_000_000, "count"),
    ("4 billion", "en", 4_000_000_000, "count"),
    ("3 mld", "pl", 3_000_000_000, "count"),
    ("2 bln", "pl", 2_000_000_000_000, "count"),  # Polish bilion = 10**12
    ("5 Billionen", "de", 5_000_000_000_000, "count"),
    ("10 mii", "ro", 10_000, "count"),
    # --- money ------------------------------------------------------------
    ("$5 billion", "en", 5_000_000_000, "money"),
    ("5 mld zł", "pl", 5_000_000_000, "money"),
    ("100 рублей", "ru", 100, "money"),
    ("€20", "", 20, "money"),
    ("20 €", "de", 20, "money"),
    ("USD 5", "", 5, "money"),
    ("5 PLN", "pl", 5, "money"),
    ("5 млрд грн", "uk", 5_000_000_000, "money"),
    ("1,5 mln dolarów", "pl", 1_500_000, "money"),
    ("3 млн долларов", "ru", 3_000_000, "money"),
    ("5 europejskich krajów", "pl", 5, "count"),  # "euro..." is not a currency here
    # --- dates ------------------------------------------------------------
    ("27 września", "pl", None, "date"),
    ("September 6", "en", None, "date"),
    ("2022-09-28", "", None, "date"),
    ("28.09.2022", "de", None, "date"),
    ("6. September", "de", None, "date"),
    ("27 сентября", "ru", None, "date"),
    ("27 вересня", "uk", None, "date"),
    ("w 2022 r.", "pl", None, "date"),
    ("the 5 May vote", "en", None, "date"),
    ("$5 may be enough", "en", 5, "money"),  # lower-case "may" is not a month
    ("93 proc., 27 września", "pl", 93, "percent"),  # the first figure wins
    # --- vague quantities and other units ---------------------------------
    ("tens of thousands", "en", None, "count"),
    ("dziesiątki tysięcy", "pl", None, "count"),
    ("десятки тысяч", "ru", None, "count"),
    ("120 km", "", 120, "other"),
    # --- a range is not one value (README, Suggestions) -------------------
    ("12–15", "en", None, "count"),
    ("15–20 proc.", "pl", None, "percent"),
    ("5.25%-5.50%", "en", None, "percent"),
    ("3–4 mln zł", "pl", None, "money"),
    ("$5-$7", "en", None, "money"),
    ("COVID-19", "en", 19, "count"),
    ("7 months", "en", 7, "other"),
    # --- no number, odd scripts and odd languages -------------------------
    ("", "", None, None),
    ("brak liczby", "pl", None, None),
    ("🎉🎉", "", None, None),
    ("٩٩٫٢٣", "", 99.23, "count"),
    ("٩٩٫٢٣٪", "ar", 99.23, "percent"),
    ("١٢٣", "pl-PL", 123, "count"),
    ("９３％", "", 93, "percent"),
    ("42", "💥", 42, "count"),
    ("42", "xx-YY", 42, "count"),
    ("9" * 400, "", None, "count"),  # beyond float range: keep the field empty
]


@pytest.mark.parametrize(("text", "language", "value", "unit"), CASES)
def test_figure_from_text(text: str, language: str, value: float | None, unit: str | None) -> None:
    guess = figure_from_text(text, language)
    assert guess.unit == unit
    if value is None:
        assert guess.value is None
    else:
        assert guess.value == pytest.approx(value)


# Text built from the pieces the parser cares about, so the property test reaches
# the number, separator, unit and multiplier paths far more often than st.text().
_NUMBERISH = st.lists(
    st.sampled_from(
        [*"0123456789.,-+% $€", "\u00a0", "\u202f", "٩", "٫", "٬", " proc.", " mln", " млрд"]
    ),
    max_size=40,
).map("".join)
_LANGUAGES = st.sampled_from(["", "en", "pl", "ru", "de", "ro", "uk", "pl-PL", "pl_PL", "xx"])


@given(text=st.one_of(st.text(), _NUMBERISH), language=st.one_of(_LANGUAGES, st.text(max_size=8)))
def test_never_raises_and_returns_finite_or_none(text: str, language: str) -> None:
    guess = figure_from_text(text, language)
    assert isinstance(guess, FigureGuess)
    assert guess.value is None or math.isfinite(guess.value)
    assert guess.unit is None or guess.unit in UNITS


def test_whole_article_selection_reads_only_the_start() -> None:
    article = "Comments / 35 " + "x " * 1_000_000
    assert figure_from_text(article, "en") == FigureGuess(35, "count")
