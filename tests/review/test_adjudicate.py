"""Gold labels made from annotators' versions: decisions, sources, and ref links."""

from __future__ import annotations

from annotator.core.model import GOLD, Action, Annotation, Origin
from annotator.review.adjudicate import accept, reject
from annotator.review.disagreements import review_queue
from tests.schemas import fixture_schema

SCHEMA = fixture_schema("mentions_and_quotes")


def annotation(
    id_: str, annotator: str, layer: str, start: int, end: int, **attributes: object
) -> Annotation:
    return Annotation(id_, 1, annotator, layer, start, end, attributes, origin=Origin.MANUAL)


ANNOTATIONS = [
    annotation("a-m", "alice", "mention", 0, 5),
    annotation("b-m", "bob", "mention", 0, 5),
    annotation("a-q", "alice", "quote", 10, 30, speaker="a-m"),
    annotation("b-q", "bob", "quote", 12, 30, speaker="b-m"),
]


def test_queue_sees_span_and_ref_differences_and_agreements() -> None:
    items = review_queue(ANNOTATIONS, SCHEMA)
    by_layer = {item.layer: item for item in items}
    assert by_layer["mention"].agreed
    assert by_layer["quote"].differences == ("span", "speaker")


def test_accepted_ref_points_at_the_gold_copy_of_its_target() -> None:
    items = {item.layer: item for item in review_queue(ANNOTATIONS, SCHEMA)}
    mention_decision, gold_mention = accept(items["mention"], "alice", "rita")
    gold_ids = {source: gold_mention.id for source in mention_decision.sources}
    decision, gold_quote = accept(items["quote"], "bob", "rita", "bob's span", gold_ids=gold_ids)
    assert gold_quote.attributes == {"speaker": gold_mention.id}
    assert (gold_quote.start, gold_quote.end) == (12, 30)
    assert gold_quote.annotator == GOLD and gold_quote.origin == Origin.ADJUDICATED
    assert decision.action == Action.ACCEPT
    assert decision.sources == ("a-q", "b-q")
    assert decision.gold_annotation_id == gold_quote.id
    assert decision.rationale == "bob's span"


def test_decided_units_leave_the_queue_and_reject_makes_no_gold() -> None:
    items = review_queue(ANNOTATIONS, SCHEMA)
    quote = next(item for item in items if item.layer == "quote")
    decision = reject(quote, "rita", "not a quote")
    assert decision.action == Action.REJECT and decision.gold_annotation_id is None
    remaining = review_queue(ANNOTATIONS, SCHEMA, decided=[decision])
    assert [item.layer for item in remaining] == ["mention"]
