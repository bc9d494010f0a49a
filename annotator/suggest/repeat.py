"""Repeat: other occurrences of a span someone already tagged, with its layer and attributes.

INCEpTION's string-matching recommender: once "93 proc." is a figure, every
other whole-word "93 proc." in the document (and with ``corpus_spans`` in the
context, in the corpus) is suggested the same way.  A string whose suggestion
was rejected on a layer is not suggested on that layer again; places already
tagged on the layer are skipped.
"""

from __future__ import annotations

import re
from typing import Any

from annotator.core.model import Document
from annotator.core.suggestion import Suggestion
from annotator.suggest.context import SuggestContext

NAME = "repeat"
_MIN_LENGTH = 2


def suggest_repeats(document: Document, context: SuggestContext) -> list[Suggestion]:
    assert document.id is not None
    text = document.text
    existing = [a for a in context.annotations(document.id) if a.end > a.start]
    tagged: dict[tuple[str, str], dict[str, Any]] = {}
    for annotation in existing:
        covered = text[annotation.start : annotation.end].strip()
        tagged.setdefault((annotation.layer, covered), annotation.attributes)
    for layer, covered, attributes in context.corpus_spans or ():
        tagged.setdefault((layer, covered.strip()), dict(attributes))
    taken = {(a.layer, a.start, a.end) for a in existing}
    spans_by_layer: dict[str, list[tuple[int, int]]] = {}
    for annotation in existing:
        spans_by_layer.setdefault(annotation.layer, []).append((annotation.start, annotation.end))
    found = []
    for (layer, covered), attributes in tagged.items():
        if len(covered) < _MIN_LENGTH or (layer, covered) in context.rejected:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(covered)}(?!\w)")
        for match in pattern.finditer(text):
            start, end = match.span()
            if (layer, start, end) in taken:
                continue
            if any(a < end and start < b for a, b in spans_by_layer.get(layer, ())):
                continue
            found.append(Suggestion(document.id, layer, start, end, NAME, dict(attributes), 0.7))
    return found
