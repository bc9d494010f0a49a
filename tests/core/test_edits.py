"""One edit applied to a label or progress record as another window left it."""

from __future__ import annotations

from dataclasses import replace

from annotator.core.edits import label_with_edit, progress_with_edit
from annotator.core.model import Annotation, DocumentProgress, Status

LABEL = Annotation("a1", 1, "alice", "stance", 0, 10, {"holder": "Tokayev"}, note="")


def test_an_attribute_edit_keeps_the_attributes_and_note_saved_elsewhere() -> None:
    after = replace(LABEL, attributes={"holder": "Smadiyarov"})
    stored = replace(LABEL, attributes={"holder": "Tokayev", "target": "Russia"}, note="check")
    edited = label_with_edit(stored, LABEL, after)
    assert edited.attributes == {"holder": "Smadiyarov", "target": "Russia"}
    assert edited.note == "check"


def test_undoing_takes_back_only_what_the_edit_changed() -> None:
    after = replace(LABEL, attributes={"holder": "Smadiyarov"})
    stored = replace(after, attributes={"holder": "Smadiyarov", "target": "Russia"}, end=12)
    undone = label_with_edit(stored, after, LABEL)
    assert (undone.attributes, undone.end) == ({"holder": "Tokayev", "target": "Russia"}, 12)


def test_a_removed_attribute_is_removed_and_a_moved_span_moves() -> None:
    after = replace(LABEL, attributes={}, start=2, end=8)
    stored = replace(LABEL, attributes={"holder": "Tokayev", "polarity": "against"})
    edited = label_with_edit(stored, LABEL, after)
    assert edited.attributes == {"polarity": "against"}
    assert (edited.start, edited.end) == (2, 8)


def test_a_flag_set_over_the_number_one_is_a_change() -> None:
    before = replace(LABEL, attributes={"certain": 1})
    after = replace(LABEL, attributes={"certain": True})
    edited = label_with_edit(before, before, after)
    assert edited.attributes["certain"] is True


def test_a_tick_and_its_undo_leave_the_other_layers_ticks_and_the_time() -> None:
    before = DocumentProgress(1, "alice", Status.IN_PROGRESS, frozenset(), active_seconds=5.0)
    after = DocumentProgress(1, "alice", Status.IN_PROGRESS, frozenset({"quote"}))
    stored = DocumentProgress(
        1, "alice", Status.IN_PROGRESS, frozenset({"quote", "figure"}), active_seconds=9.0
    )
    undone = progress_with_edit(stored, after, before)
    assert undone.none_present == {"figure"}
    assert undone.active_seconds == 9.0


def test_marking_done_changes_the_status_only() -> None:
    before = DocumentProgress(1, "alice", Status.IN_PROGRESS, frozenset({"quote"}))
    after = DocumentProgress(1, "alice", Status.DONE, frozenset({"quote"}))
    stored = DocumentProgress(1, "alice", Status.IN_PROGRESS, frozenset({"quote", "figure"}))
    done = progress_with_edit(stored, before, after)
    assert done.status == Status.DONE
    assert done.none_present == {"quote", "figure"}
