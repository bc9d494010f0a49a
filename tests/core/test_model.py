"""The model's bulk constructor builds the same frozen annotations as the class."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields

import pytest

from annotator.core.model import Annotation, Origin, annotation_of_fields


def test_annotation_of_fields_is_the_same_frozen_annotation() -> None:
    values = ("a1", 7, "alice", "stance", 3, 9, {"polarity": "against"}, "n", Origin.IMPORTED,
              "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")  # fmt: skip
    made = annotation_of_fields(*values)
    assert made == Annotation(*values)
    assert [getattr(made, f.name) for f in fields(Annotation)] == list(values)
    assert repr(made) == repr(Annotation(*values))
    with pytest.raises(FrozenInstanceError):
        made.start = 4  # type: ignore[misc]
