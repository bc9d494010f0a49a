"""Which annotations a ``ref`` attribute may point at."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.model import Annotation
from annotator.core.schema import Schema


def ref_targets(
    schema: Schema, annotation: Annotation, candidates: Iterable[Annotation]
) -> list[Annotation]:
    """The ``candidates`` that ``annotation``'s ref attributes may point at.

    None when its layer has no ref attribute; otherwise every other candidate
    in the layers the ref attributes name (any layer when none is named).
    """
    layer = schema.layer(annotation.layer)
    if layer is None or not any(a.type == "ref" for a in layer.attributes):
        return []
    allowed = {name for a in layer.attributes if a.type == "ref" for name in a.layers}
    return [
        candidate
        for candidate in candidates
        if candidate.id != annotation.id and (not allowed or candidate.layer in allowed)
    ]
