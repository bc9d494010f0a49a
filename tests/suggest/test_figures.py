"""Figures in each language's conventions, with value and unit prefilled."""

from __future__ import annotations

import pytest

from annotator.suggest.figures import figure_spans


def _found(text: str, language: str) -> list[tuple[str, float | None, str | None]]:
    return [(text[s:e], value, unit) for s, e, value, unit in figure_spans(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "aż 93 proc. osób", [("93 proc.", 93.0, "percent")]),
        ("pl", "to 2,5 mln zł dla 1 234,5 osób", [("2,5 mln zł", 2.5e6, "money"),
                                                 ("1 234,5", 1234.5, "count")]),
        ("pl", "do 27 września", [("27 września", None, "date")]),
        ("ru", "3 тыс. человек и 87,05%", [("3 тыс.", 3000.0, "count"),
                                            ("87,05%", 87.05, "percent")]),
        ("en", "On Sep. 6, 99.23% and €3.2 billion", [("Sep. 6", None, "date"),
                                                      ("99.23%", 99.23, "percent"),
                                                      ("€3.2 billion", 3.2e9, "money")]),
        ("en", "12–15 people", [("12–15", None, "count")]),
        ("fr", "99,23\u202f% des voix", [("99,23\u202f%", 99.23, "percent")]),
        ("de", "4,5 Prozent und 3 Mrd. Euro", [("4,5 Prozent", 4.5, "percent"),
                                               ("3 Mrd. Euro", 3e9, "money")]),
        ("es", "45 por ciento", [("45 por ciento", 45.0, "percent")]),
        ("cs", "3 mil. korun", [("3 mil. korun", 3e6, "money")]),
        ("en", "since 2014", [("2014", None, "date")]),
    ],
)  # fmt: skip
def test_figures_of_each_convention(language: str, text: str, expected: list[object]) -> None:
    assert _found(text, language) == expected


def test_codes_addresses_and_footnotes_are_not_figures() -> None:
    text = "COVID-19 and F-16 at https://example.com/2024/05 [iii] G7"
    assert _found(text, "en") == []
