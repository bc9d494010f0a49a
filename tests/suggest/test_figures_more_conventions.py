"""Figure conventions found missing on the held-out set (tests/fixtures/suggest_heldout):
one test per general fix, each with text in the style of the articles where it failed."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.figures import figure_spans, suggest_figures
from annotator.suggest.language import language_of, locale_language


def _found(text: str, language: str) -> list[tuple[str, float | None, str | None]]:
    return [(text[s:e], value, unit) for s, e, value, unit in figure_spans(text, language)]


def test_a_declared_language_without_a_cue_lexicon_keeps_its_number_format() -> None:
    text = "România a înregistrat 21,3 milioane de înnoptări, a anunțat INS pe 12 septembrie."
    assert language_of(text, "ro") != "ro"  # no cue lexicon for Romanian
    assert locale_language(text, "ro") == "ro"
    assert locale_language(text, "xx-unknown") == language_of(text, "xx-unknown")
    document = Document(id=1, name="ro.txt", text=text, language="ro")
    found = {
        text[s.start : s.end]: s.attributes.get("value")
        for s in suggest_figures(document, SuggestContext())
    }
    assert found == {"21,3 milioane": 21_300_000, "12 septembrie": None}


def test_scale_words_and_month_names_of_more_languages() -> None:
    assert _found("€ 24,3 miljard op 9 mei", "nl") == [
        ("€ 24,3 miljard", 24.3e9, "money"),
        ("9 mei", None, "date"),
    ]
    assert _found("R$ 40 bilhões e 27,7 mil milhões de euros", "pt") == [
        ("R$ 40 bilhões", 40e9, "money"),
        ("27,7 mil milhões", 27.7e9, "count"),
    ]
    assert _found("186 mil. eur od 28. októbra", "sk") == [
        ("186 mil. eur", 186e6, "money"),
        ("28. októbra", None, "date"),
    ]
    assert _found("над 46 млрд. лв. на 4 юни", "bg") == [
        ("46 млрд. лв.", 46e9, "money"),
        ("4 юни", None, "date"),
    ]


def test_a_scale_glued_to_the_currency_sign() -> None:
    assert _found("jusqu’à 40\u00a0M€ et 1,8\u00a0Md€", "fr") == [
        ("40\u00a0M€", 40e6, "money"),
        ("1,8\u00a0Md€", 1.8e9, "money"),
    ]
    assert _found("about £40m a year, $5bn, but a 40m drop", "en") == [
        ("£40m", 40e6, "money"),
        ("$5bn", 5e9, "money"),
        ("40m", 40.0, "other"),
    ]


def test_ordinals_written_on_the_digits() -> None:
    assert [f[:2] for f in _found("dès la 12e minute, 5e place", "fr")] == [
        ("12e", 12.0),
        ("5e", 5.0),
    ]
    assert [f[:2] for f in _found("in de 81ste minuut", "nl")] == [("81ste", 81.0)]
    assert [f[:2] for f in _found("61letý manažer", "cs")] == [("61letý", 61.0)]
    assert _found("le 1er mai", "fr") == [("1er mai", None, "date")]


def test_a_minus_sign_makes_the_value_negative_but_a_range_dash_does_not() -> None:
    assert _found("морози нижче −15 °C", "uk") == [("−15 °C", -15.0, "other")]
    assert _found("in the 5.25%-5.50% range", "en") == [("5.25%-5.50%", None, "percent")]
    assert _found("COVID-19", "en") == []


def test_clock_times_scores_and_decades_have_no_single_value() -> None:
    assert _found("między 17.00 a 20.00", "pl") == [
        ("17.00", None, "date"),
        ("20.00", None, "date"),
    ]
    assert _found("um 2.00 Uhr, 2.850 Euro", "de") == [
        ("2.00", None, "date"),
        ("2.850 Euro", 2850.0, "money"),
    ]
    assert _found("со счётом 1:4 в 19:30", "ru") == [
        ("1:4", None, "other"),
        ("19:30", None, "date"),
    ]
    assert _found("since the 1980s, 1.3C warmer", "en") == [
        ("1980s", None, "date"),
        ("1.3C", 1.3, "count"),
    ]


def test_month_before_day_only_for_english_month_names() -> None:
    assert _found("ha toccato a agosto 2.962,7 miliardi", "it") == [
        ("2.962,7 miliardi", 2962.7e9, "count")
    ]
    assert _found("at its Sept. 19-20 meeting, talks on 4-6 December", "en") == [
        ("Sept. 19-20", None, "date"),
        ("4-6 December", None, "date"),
    ]


def test_a_range_in_one_span_has_no_value_and_a_range_of_years_is_a_date() -> None:
    """The value convention (README, Suggestions): a range is not one quantity."""
    assert _found("o 15–20 proc. mniej", "pl") == [("15–20 proc.", None, "percent")]
    assert _found("в 2016–2019 годах", "ru") == [("2016–2019", None, "date")]
    assert _found("the 2014-15 season", "en") == [("2014-15", None, "date")]
    assert _found("won 3-1 at home", "en") == [("3-1", None, "count")]
    # a range written with words between is two figures, each with its value: the first
    # takes the scale word and unit written after the second
    assert _found("od 3 do 5 mln zł", "pl") == [
        ("3", 3e6, "money"),
        ("5 mln zł", 5e6, "money"),
    ]
    assert _found("від 8 500 до 12 000 грн", "uk") == [
        ("8 500", 8500.0, "money"),
        ("12 000 грн", 12000.0, "money"),
    ]
    assert _found("30 bis 40 Prozent", "de") == [
        ("30", 30.0, "percent"),
        ("40 Prozent", 40.0, "percent"),
    ]
    # a bare count next to another figure is left alone
    assert _found("5 i 7 osób, 3 na 1000", "pl") == [
        ("5", 5.0, "count"),
        ("7", 7.0, "count"),
        ("3", 3.0, "count"),
        ("1000", 1000.0, "count"),
    ]


def test_eastern_arabic_digits_are_read_as_numbers() -> None:
    # ٫ is the decimal separator, ٬ the group one, ٪ the percent sign; "و" ("and") is
    # written joined to the number it precedes.
    text = (
        "وقال الوزير إن الاستثمارات ستصل إلى ١٬٢٥٠ مليار جنيه و١٥٪ من الناتج، "
        "وإن البطالة تراجعت إلى ٦٫٨٪ في عام ٢٠٢٥."
    )
    found = suggest_figures(Document(1, "d", text, language="ar"), SuggestContext())
    assert [(text[s.start : s.end], s.attributes) for s in found] == [
        ("١٬٢٥٠ مليار جنيه", {"value": 1250000000000, "unit": "money"}),
        ("١٥٪", {"value": 15, "unit": "percent"}),
        ("٦٫٨٪", {"value": 6.8, "unit": "percent"}),
        ("٢٠٢٥", {"unit": "date"}),
    ]
