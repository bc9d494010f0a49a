"""Span edges follow words, never white space (issue 11, item 3)."""

from __future__ import annotations

import pytest

from annotator.core.words import (
    moved_edge,
    next_word_end,
    next_word_start,
    previous_word_end,
    previous_word_start,
    snap_to_words,
    trim_space,
)

POLISH = "Rosji. Zachód zdecydowanie zapowiedział, że aż 93 proc. osób poparło."
RUSSIAN = "заявили, что не признают «референдумы» на оккупированных территориях"


def covered(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_growing_the_start_takes_the_word_not_the_separator_before_it() -> None:
    start, end = span_of(POLISH, "zdecydowanie")
    assert covered(POLISH, moved_edge(POLISH, start, end, "start", 1)) == "Zachód zdecydowanie"


def test_shrinking_the_start_lands_on_the_next_word() -> None:
    span = span_of(POLISH, "aż 93 proc.")
    assert covered(POLISH, moved_edge(POLISH, *span, "start", -1)) == "93 proc."


def test_growing_the_end_over_an_abbreviation_keeps_its_period() -> None:
    span = span_of(POLISH, "aż 93")
    assert covered(POLISH, moved_edge(POLISH, *span, "end", 1)) == "aż 93 proc."


def test_shrinking_the_end_keeps_the_period_of_the_abbreviation_left_at_the_end() -> None:
    span = span_of(POLISH, "93 proc. osób")
    assert covered(POLISH, moved_edge(POLISH, *span, "end", -1)) == "93 proc."


def test_a_sentence_period_is_not_an_abbreviation() -> None:
    span = span_of(POLISH, "Zachód")
    assert covered(POLISH, moved_edge(POLISH, *span, "start", 1)) == "Rosji. Zachód"
    span = span_of(POLISH, "osób")
    assert covered(POLISH, moved_edge(POLISH, *span, "end", 1)) == "osób poparło"


def test_growing_the_end_includes_the_closing_guillemet() -> None:
    span = span_of(RUSSIAN, "не признают")
    assert covered(RUSSIAN, moved_edge(RUSSIAN, *span, "end", 1)) == "не признают «референдумы»"


def test_growing_the_start_includes_the_opening_guillemet() -> None:
    span = span_of(RUSSIAN, "на оккупированных")
    grown = moved_edge(RUSSIAN, *span, "start", 1)
    assert covered(RUSSIAN, grown) == "«референдумы» на оккупированных"


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ("93 pro", "93 proc."),
        ("93 proc", "93 proc."),
        (" 93 proc. ", "93 proc."),
        ("референдумы", "референдумы"),  # inside quotes: neither mark alone
        ("«референдумы", "«референдумы»"),  # the opener is there: its closer joins
        ("еферендумы»", "«референдумы»"),
        ("ji. Zachód zdecy", "Rosji. Zachód zdecydowanie"),
    ],
)
def test_snapping(selected: str, expected: str) -> None:
    text = POLISH + " " + RUSSIAN
    span = span_of(text, selected)
    assert covered(text, snap_to_words(text, *span)) == expected


def test_known_abbreviations_in_our_languages_keep_their_period() -> None:
    for text, needle in (
        ("w 2022 r. za 5 tys. zł", "5 tys"),
        ("это 5 тыс. рублей", "5 тыс"),
        ("около 3 млн. человек", "3 млн"),
        ("ca. 40 people", "ca"),
        ("approx. 40 people", "approx"),
        ("2 mln. osób", "2 mln"),
    ):
        snapped = covered(text, snap_to_words(text, *span_of(text, needle)))
        assert snapped == needle + ".", (text, snapped)


def test_no_edge_function_ever_lands_on_white_space() -> None:
    text = POLISH + '  "referenda",  w sprawie (mowa) ' + RUSSIAN
    for position in range(len(text) + 1):
        for move in (next_word_end, previous_word_end):
            landed = move(text, position)
            if landed != position:
                assert not text[landed - 1].isspace(), (move.__name__, position)
        for move in (previous_word_start, next_word_start):
            landed = move(text, position)
            if landed != position:
                assert not text[landed].isspace(), (move.__name__, position)


def test_moving_an_edge_never_empties_the_span() -> None:
    span = span_of(POLISH, "Zachód")
    assert moved_edge(POLISH, *span, "end", -1) == span
    assert moved_edge(POLISH, *span, "start", -1) == span


def test_trim_space() -> None:
    assert trim_space(" \n a b \t", 0, 8) == (3, 6)
    assert trim_space("   ", 0, 3) == (3, 3)


def test_edges_past_the_end_of_the_text_stay_inside_it() -> None:
    """A span from elsewhere (a suggestion over a changed text) may point past the end."""
    assert snap_to_words("93 proc.", 20, 25) == (8, 8)
    assert snap_to_words("93 proc.", 3, 25) == (3, 8)
    assert trim_space("93 proc.", 30, 12) == (8, 8)


def test_an_opening_mark_joins_only_with_its_closing_one() -> None:
    text = 'Smadiyarov cited "the principle of integrity," as reasoning'
    span = span_of(text, "principle of integrity")
    assert covered(text, moved_edge(text, *span, "start", 1)) == "the principle of integrity"
    span = span_of(text, "principle of integrity,")
    grown = moved_edge(text, *span, "end", 1)
    assert covered(text, moved_edge(text, *grown, "start", 1)) == '"the principle of integrity," as'
