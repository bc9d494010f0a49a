"""``with_edit``: one edit of a label applied to the label as another window left it."""

from __future__ import annotations

from dataclasses import replace

from annotator.core.label_edits import with_edit
from annotator.core.model import Annotation

LABEL = Annotation("a1", 1, "alice", "stance", 0, 10, {"holder": "Tokayev"}, note="")


def test_an_attribute_edit_keeps_the_attributes_and_note_saved_elsewhere() -> None:
    after = replace(LABEL, attributes={"holder": "Smadiyarov"})
    stored = replace(LABEL, attributes={"holder": "Tokayev", "target": "Russia"}, note="check")
    edited = with_edit(stored, LABEL, after)
    assert edited.attributes == {"holder": "Smadiyarov", "target": "Russia"}
    assert edited.note == "check"


def test_undoing_takes_back_only_what_the_edit_changed() -> None:
    after = replace(LABEL, attributes={"holder": "Smadiyarov"})
    stored = replace(after, attributes={"holder": "Smadiyarov", "target": "Russia"}, end=12)
    undone = with_edit(stored, after, LABEL)
    assert (undone.attributes, undone.end) == ({"holder": "Tokayev", "target": "Russia"}, 12)


def test_a_removed_attribute_is_removed_and_a_moved_span_moves() -> None:
    after = replace(LABEL, attributes={}, start=2, end=8)
    stored = replace(LABEL, attributes={"holder": "Tokayev", "polarity": "against"})
    edited = with_edit(stored, LABEL, after)
    assert edited.attributes == {"polarity": "against"}
    assert (edited.start, edited.end) == (2, 8)


def test_a_flag_set_over_the_number_one_is_a_change() -> None:
    before = replace(LABEL, attributes={"certain": 1})
    after = replace(LABEL, attributes={"certain": True})
    edited = with_edit(before, before, after)
    assert edited.attributes["certain"] is True
