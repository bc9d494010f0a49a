"""Stable ids of imported labels that came without one."""

from __future__ import annotations

import json
import uuid

import pytest

from annotator.io.records import stable_annotation_id

NAMESPACE = uuid.UUID("5b0f5a43-3f0e-4c55-9d43-6a1f3b7f2c11")


def first_version(document_name: str, index: int, *content: object) -> str:
    """The id as the first versions computed it: stored ids must be found again."""
    key = json.dumps([document_name, index, *content], ensure_ascii=False, sort_keys=True)
    return str(uuid.uuid5(NAMESPACE, key))


@pytest.mark.parametrize(
    "content",
    [
        ("doc.txt", 1, "alice", "stance", 0, 10, {}, ""),
        ("Казахстан 🇰🇿.txt", 7, "model", "figure", 3, 9, {"value": 87.05, "unit": "percent"}, ""),
        ("a", 100_000, " bob", "quote", 5, 6, {"z": None, "a": True, "m": "x\u2028y"}, "note\n"),
        ("e\u0301", 2, "imported", "topic", 0, 0, {"label": "«ref»", "n": [1, 2]}, "😀"),
    ],
)
def test_stable_id_is_the_uuid5_of_the_canonical_key(content: tuple[object, ...]) -> None:
    name, index, *rest = content
    assert isinstance(name, str) and isinstance(index, int)
    assert stable_annotation_id(name, index, *rest) == first_version(name, index, *rest)
    assert uuid.UUID(stable_annotation_id(name, index, *rest)).version == 5


def test_stable_id_changes_with_position_and_content() -> None:
    base = stable_annotation_id("doc", 1, "alice", "stance", 0, 10, {"polarity": "favor"}, "")
    assert base != stable_annotation_id(
        "doc", 2, "alice", "stance", 0, 10, {"polarity": "favor"}, ""
    )
    assert base != stable_annotation_id(
        "doc", 1, "alice", "stance", 0, 10, {"polarity": "against"}, ""
    )
