"""The review queue without a window: reading in batches, filters, decisions leaving
and coming back."""

from __future__ import annotations

import pytest

from annotator.core.model import Annotation, Document
from annotator.review.queue import QueueFilter, ReviewQueue
from annotator.store.project import Project

TEXT = "Kazakhstan will not recognize the referendums, the minister said."


def stance(annotator: str, document_id: int, polarity: str) -> Annotation:
    attributes = {"holder": "Kazakhstan", "polarity": polarity}
    return Annotation(f"{annotator}-s-{document_id}", document_id, annotator, "stance", 0, 10,
                      attributes)  # fmt: skip


def quote(annotator: str, document_id: int) -> Annotation:
    return Annotation(f"{annotator}-q-{document_id}", document_id, annotator, "quote", 11, 45)


@pytest.fixture
def queue(project: Project) -> ReviewQueue:
    """Two documents; in each, alice and bob agree on a quote and differ on a stance."""
    project.documents.add(
        [(Document(None, "a.txt", TEXT), []), (Document(None, "b.txt", TEXT + " "), [])]
    )
    for document_id in project.documents.names():
        project.annotations.add(stance("alice", document_id, "against"))
        project.annotations.add(stance("bob", document_id, "favor"))
        project.annotations.add(quote("alice", document_id))
        project.annotations.add(quote("bob", document_id))
    queue = ReviewQueue(project)
    queue.reload()
    return queue


def test_reading_goes_a_document_at_a_time_and_counts(queue: ReviewQueue) -> None:
    assert queue.annotators == ("alice", "bob") and queue.pairs() == [("alice", "bob")]
    first = queue.read_more(0)  # a budget of nothing still reads one document
    assert [item.layer for item in first] == ["stance"]  # the agreed quote is not shown
    assert queue.loading
    assert (queue.read_count, queue.total) == (1, 2)
    queue.read_more(float("inf"))
    assert not queue.loading
    assert len(queue.items) == 4 and queue.agreed == 2


def test_filters_by_layer_document_and_pair(queue: ReviewQueue) -> None:
    queue.read_more(float("inf"))
    queue.filter = QueueFilter(layer="quote")
    assert queue.shown() == []
    queue.filter = QueueFilter(document="B.TXT")
    assert [queue.names[item.document_id] for item in queue.shown()] == ["b.txt"]
    queue.filter = QueueFilter(pair=("alice", "bob"))
    assert len(queue.shown()) == 2


def test_decided_units_leave_and_come_back_in_place(queue: ReviewQueue) -> None:
    queue.read_more(float("inf"))
    before = list(queue.items)
    agreements = queue.agreements()
    queue.remove(agreements)
    assert queue.agreed == 0 and len(queue.items) == 2
    queue.restore(agreements)
    assert queue.items == before and queue.agreed == 2
