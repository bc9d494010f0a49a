"""``Changes``: what a write changed, in one vocabulary for every layer."""

from __future__ import annotations

from annotator.core.changes import Changes
from annotator.core.model import Action, Annotation, Decision, DocumentProgress


def test_documents_collects_every_touched_document() -> None:
    a = Annotation("a", 1, "alice", "quote", 0, 1)
    b = Annotation("b", 2, "alice", "quote", 0, 1)
    decision = Decision("d", 4, "quote", Action.REJECT, ("a",), "rita")
    changes = Changes(added=(a,), updated=((b, b),), progress=(DocumentProgress(3, "alice"),))
    assert (changes | Changes(undecided=(decision,))).documents == {1, 2, 3, 4}
    assert changes.touches(2) and not changes.touches(5) and not changes.touches(None)


def test_all_touches_everything_and_nothing_is_false() -> None:
    assert Changes.all().touches(99) and Changes.all().annotations_changed
    assert not Changes() and Changes(schema=True)
    assert (Changes(schema=True) | Changes.all()) == Changes(schema=True, everything=True)
