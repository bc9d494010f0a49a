"""The model's bulk constructor builds the same frozen annotations as the class."""

from __future__ import annotations

import random
from dataclasses import FrozenInstanceError, fields

import pytest

from annotator.core.model import (
    Annotation,
    Origin,
    _shorten,
    annotation_of_fields,
    title_from_text,
)


def test_annotation_of_fields_is_the_same_frozen_annotation() -> None:
    values = ("a1", 7, "alice", "stance", 3, 9, {"polarity": "against"}, "n", Origin.IMPORTED,
              "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")  # fmt: skip
    made = annotation_of_fields(*values)
    assert made == Annotation(*values)
    assert [getattr(made, f.name) for f in fields(Annotation)] == list(values)
    assert repr(made) == repr(Annotation(*values))
    with pytest.raises(FrozenInstanceError):
        made.start = 4  # type: ignore[misc]


def _title_by_splitting(text: str, limit: int = 120) -> str:
    """The rule as first written: split into lines, take the first that is not blank."""
    for line in text.splitlines():
        if line.strip():
            return _shorten(line.strip(), limit)
    return ""


def test_a_title_from_text_is_its_first_line_that_is_not_blank() -> None:
    assert title_from_text("\n  \r\n\u2029  Kazakhstan will not\u2028recognize\n") == (
        "Kazakhstan will not"
    )
    assert title_from_text(" \t\n\x85 ") == ""
    assert title_from_text("") == ""
    rng = random.Random(3)
    pieces = ["a", "ż", "😀", " ", "\t", "\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e",
              "\x1f", "\x85", "\u2028", "\u2029", "\u00a0", "\u3000", "word "]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        limit = rng.choice([5, 10, 120])
        assert title_from_text(text, limit) == _title_by_splitting(text, limit), repr(text)
