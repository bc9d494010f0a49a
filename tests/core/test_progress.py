"""The rules of a document's progress, without a window."""

from __future__ import annotations

from annotator.core.model import Annotation, DocumentProgress, Status
from annotator.core.progress import done_problems, with_none_present
from annotator.core.schema import Schema


def label(layer: str, **attributes: object) -> Annotation:
    return Annotation(f"{layer}-{len(attributes)}", 1, "alice", layer, 0, 4, dict(attributes))


def excerpt(annotation: Annotation) -> str:
    return "Kazakhstan"


def test_ticking_none_present_starts_a_new_document_and_keeps_done() -> None:
    new = DocumentProgress(1, "alice")
    ticked = with_none_present(new, "quote", True)
    assert ticked.none_present == {"quote"} and ticked.status == Status.IN_PROGRESS
    done = DocumentProgress(1, "alice", Status.DONE, frozenset({"quote"}))
    unticked = with_none_present(done, "quote", False)
    assert unticked.none_present == frozenset() and unticked.status == Status.DONE


def test_every_layer_needs_a_label_or_a_tick(news_schema: Schema) -> None:
    progress = DocumentProgress(1, "alice", none_present=frozenset({"quote"}))
    stance = label("stance", holder="Kazakhstan", polarity="against")
    problems = done_problems(news_schema, [stance], progress, excerpt)
    assert problems == ["Figure: no annotation, and “none present” is not ticked"]
    figure = label("figure", value=93.0)
    assert done_problems(news_schema, [stance, figure], progress, excerpt) == []


def test_missing_required_attributes_are_named_with_the_excerpt(news_schema: Schema) -> None:
    everything_ticked = DocumentProgress(
        1, "alice", none_present=frozenset({"stance", "quote", "figure"})
    )
    problems = done_problems(news_schema, [label("stance")], everything_ticked, excerpt)
    assert problems == ["Stance “Kazakhstan”: holder, polarity missing"]


def test_next_unfinished_wraps_and_skips_done() -> None:
    from annotator.core.progress import next_unfinished

    order = [10, 11, 12, 13]
    assert next_unfinished(order, 1, {12}) == 3
    assert next_unfinished(order, 3, {10}) == 1
    assert next_unfinished(order, 0, {11, 12, 13}) == 0  # the current one, last
    assert next_unfinished(order, 0, set(order)) is None
    assert next_unfinished([], 0, set()) is None
