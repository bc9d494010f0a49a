"""Code points (ours) versus UTF-16 code units (Qt's), checked against Python's own encoder."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core import offsets as core_offsets
from annotator.core.offsets import OffsetMap


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


SAMPLES = {
    "emoji": "Vote 🗳️ result: 😀 99% 🎉 done",
    "flag": "Polska 🇵🇱 i Kazachstan 🇰🇿 razem",
    "zwj": "family 👩‍👩‍👧 and 👨🏽‍💻 coder",
    "combining": "caf" + "e\u0301" + " and nai\u0308ve",
    "cyrillic": "Казахстан не признает «референдумы»",
    "arabic": "قال الرئيس إن كازاخستان لن تعترف",
    "mixed": "😀e\u0301🇵🇱Ж\u200dق𝔘x",
    "astral_only": "😀😀😀",
    "empty": "",
}


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_every_position_matches_python_utf16(text: str) -> None:
    offsets = OffsetMap(text)
    assert offsets.length_cp == len(text)
    assert offsets.length_u16 == utf16_length(text)
    for cp in range(len(text) + 1):
        u16 = utf16_length(text[:cp])
        assert offsets.to_utf16(cp) == u16
        assert offsets.to_code_point(u16) == cp


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_utf16_length_matches_python_utf16(text: str) -> None:
    assert core_offsets.utf16_length(text) == utf16_length(text)


def test_flag_is_two_code_points_and_four_units() -> None:
    text = "a🇵🇱b"
    offsets = OffsetMap(text)
    assert len(text) == 4
    assert offsets.to_utf16(3) == 5  # after the flag
    assert offsets.to_code_point(5) == 3
    assert text[1:3] == "🇵🇱"
    assert (offsets.to_utf16(1), offsets.to_utf16(3)) == (1, 5)


def test_zwj_sequence_counts_each_code_point() -> None:
    family = "👩\u200d👩\u200d👧"
    text = family + "!"
    offsets = OffsetMap(text)
    assert len(family) == 5
    assert offsets.to_utf16(len(family)) == utf16_length(family) == 8
    assert text[offsets.to_code_point(8)] == "!"


def test_combining_mark_is_its_own_code_point() -> None:
    text = "e\u0301x"  # é as e + COMBINING ACUTE ACCENT: no astral characters
    offsets = OffsetMap(text)
    assert [offsets.to_utf16(i) for i in range(4)] == [0, 1, 2, 3]
    assert [offsets.to_code_point(i) for i in range(4)] == [0, 1, 2, 3]


def test_annotated_span_after_astral_characters() -> None:
    text = "🇵🇱👩‍👩‍👧 قال Путин: «99,23%»"
    start = text.index("99,23%")
    end = start + len("99,23%")
    offsets = OffsetMap(text)
    u16_start, u16_end = offsets.to_utf16(start), offsets.to_utf16(end)
    units = text.encode("utf-16-le")
    assert units[2 * u16_start : 2 * u16_end].decode("utf-16-le") == "99,23%"
    assert text[offsets.to_code_point(u16_start) : offsets.to_code_point(u16_end)] == "99,23%"


@pytest.mark.parametrize("text", ["😀", "a😀b", "🇵🇱🇵🇱", "x👩‍👩‍👧y"])
def test_position_inside_a_surrogate_pair_snaps_back(text: str) -> None:
    offsets = OffsetMap(text)
    for cp, char in enumerate(text):
        if ord(char) > 0xFFFF:
            high = offsets.to_utf16(cp)
            # high + 1 is between the two surrogates of this character
            assert offsets.to_code_point(high + 1) == cp
            assert offsets.to_code_point(high + 2) == cp + 1


def test_out_of_range_positions_are_clamped() -> None:
    offsets = OffsetMap("a😀b")
    assert offsets.to_utf16(-5) == 0
    assert offsets.to_utf16(99) == 4
    assert offsets.to_code_point(-1) == 0
    assert offsets.to_code_point(99) == 3


@given(st.text())
def test_round_trip_for_any_text(text: str) -> None:
    offsets = OffsetMap(text)
    assert offsets.length_u16 == utf16_length(text)
    for i in range(len(text) + 1):
        u16 = offsets.to_utf16(i)
        assert u16 == utf16_length(text[:i])
        assert offsets.to_code_point(u16) == i


@given(st.text(), st.data())
def test_any_utf16_position_maps_to_a_character_boundary(text: str, data: st.DataObject) -> None:
    offsets = OffsetMap(text)
    u16 = data.draw(st.integers(0, offsets.length_u16))
    cp = offsets.to_code_point(u16)
    # The code point boundary is at or just before the UTF-16 position, never after.
    assert 0 <= u16 - utf16_length(text[:cp]) <= 1
