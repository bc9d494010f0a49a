"""What a suggester may know besides the document: the run's shared state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from annotator.core.model import Annotation


def _no_annotations(document_id: int) -> list[Annotation]:
    return []


@dataclass
class SuggestContext:
    """Shared by every suggester of one run.

    ``annotations`` gives a document's existing annotations (for the repeat
    suggester); ``rejected`` holds (layer, covered text) of every rejected
    suggestion; ``corpus_spans`` (layer, text, attributes), when not None,
    makes the repeat suggester look for spans tagged in other documents too.
    """

    annotations: Callable[[int], Sequence[Annotation]] = _no_annotations
    rejected: set[tuple[str, str]] = field(default_factory=set)
    corpus_spans: list[tuple[str, str, dict[str, object]]] | None = None
