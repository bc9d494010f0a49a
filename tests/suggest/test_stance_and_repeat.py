"""Stance cues with negation; repeats of tagged spans, and rejected strings stay away."""

from __future__ import annotations

from annotator.core.model import Annotation, Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.repeat import suggest_repeats
from annotator.suggest.stance import suggest_stances


def test_a_negated_stance_cue_is_against_with_holder_and_target() -> None:
    text = "Serbia i Kazachstan nie uznają wyników referendów. Pogoda była ładna."
    [found] = suggest_stances(Document(1, "d", text, language="pl"), SuggestContext())
    assert text[found.start : found.end] == "Serbia i Kazachstan nie uznają wyników referendów"
    assert found.attributes["polarity"] == "against"
    assert found.attributes["target"] == "wyników referendów"
    assert found.attributes["holder"] == "Serbia i Kazachstan"


def test_an_english_cue_is_favor() -> None:
    text = "The European Union supports the sovereignty of Ukraine."
    [found] = suggest_stances(Document(1, "d", text, language="en"), SuggestContext())
    assert found.attributes["polarity"] == "favor"
    assert found.attributes["holder"] == "European Union"


def test_repeats_follow_tagged_spans_unless_rejected() -> None:
    text = "Turnout was 93 proc. in one region, 93 proc. in another, and 7 proc. too."
    tagged = Annotation("a", 1, "alice", "figure", 12, 20, {"value": 93, "unit": "percent"})
    other = Annotation("b", 1, "alice", "figure", 61, 68, {"value": 7})
    context = SuggestContext(annotations=lambda _doc: [tagged, other])
    document = Document(1, "d", text + " And 7 proc. again.")
    found = suggest_repeats(document, context)
    assert [(s.start, s.end, s.attributes) for s in found] == [
        (36, 44, {"value": 93, "unit": "percent"}),
        (78, 85, {"value": 7}),
    ]
    context.rejected = {("figure", "7 proc.")}
    assert [(s.start, s.end) for s in suggest_repeats(document, context)] == [(36, 44)]
