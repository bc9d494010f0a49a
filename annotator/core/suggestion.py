"""A suggestion: a label a suggester proposes, which is not an annotation until accepted.

Kept apart from :class:`~annotator.core.model.Annotation` on purpose: nothing
that reads annotations (exports, agreement, merges, adjudication) can then see
a suggestion by mistake.  Offsets are code points, as everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class SuggestionStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Suggestion:
    """One proposed span with its prefilled attributes.

    ``score`` is the suggester's own confidence in [0, 1] (used to order and
    filter, never compared across suggesters).  ``annotation_id`` names the
    annotation that accepting it created.
    """

    document_id: int
    layer: str
    start: int
    end: int
    suggester: str
    attributes: dict[str, Any] = field(default_factory=dict)
    score: float = 0.5
    status: SuggestionStatus = SuggestionStatus.OPEN
    id: int | None = None
    decided_by: str = ""
    decided_at: str = ""
    annotation_id: str | None = None
    created_at: str = ""

    @property
    def span(self) -> tuple[str, int, int]:
        return (self.layer, self.start, self.end)
