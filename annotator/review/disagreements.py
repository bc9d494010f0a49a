"""What a reviewer has to look at: units where annotators differ, and what differs.

A unit (see ``alignment``) is a disagreement when an annotator is missing
from it, when the members' spans differ, or when any attribute value differs
(text compared after trimming and case-folding, as in the agreement report).
Units already ruled on (any member among a decision's sources) leave the
queue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import GOLD, Annotation, Decision
from annotator.core.schema import Schema
from annotator.review.alignment import Unit, align_units

PRESENCE = "presence"
SPAN = "span"


@dataclass(frozen=True)
class ReviewItem:
    unit: Unit
    annotators: tuple[str, ...]
    differences: tuple[str, ...] = field(default=())

    @property
    def agreed(self) -> bool:
        return not self.differences

    @property
    def document_id(self) -> int:
        return self.unit.document_id

    @property
    def layer(self) -> str:
        return self.unit.layer

    def version(self, annotator: str) -> Annotation | None:
        return self.unit.members.get(annotator)


def comparable(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip().casefold()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def unit_differences(unit: Unit, annotators: Sequence[str], schema: Schema) -> tuple[str, ...]:
    """``presence``, ``span`` and the names of attributes whose values differ."""
    members = [unit.members.get(name) for name in annotators]
    present = [m for m in members if m is not None]
    differences = []
    if len(present) < len(annotators):
        differences.append(PRESENCE)
    if len({(m.start, m.end) for m in present}) > 1:
        differences.append(SPAN)
    layer = schema.layer(unit.layer)
    names = [a.name for a in layer.attributes] if layer else []
    extra = sorted({k for m in present for k in m.attributes} - set(names))
    for name in [*names, *extra]:
        values = {repr(comparable(m.attributes.get(name))) for m in present}
        if len(values) > 1:
            differences.append(name)
    return tuple(differences)


def review_queue(
    annotations: Iterable[Annotation],
    schema: Schema,
    *,
    annotators: Sequence[str] = (),
    decided: Iterable[Decision] = (),
    match: str = "overlap",
) -> list[ReviewItem]:
    """Every unit not yet ruled on, by document then position, agreements included.

    The caller filters ``agreed`` items out for the disagreement queue, or in
    for bulk acceptance.  With no ``annotators`` given, every annotator but
    ``gold`` takes part.
    """
    pool = [a for a in annotations if a.annotator != GOLD]
    if annotators:
        pool = [a for a in pool if a.annotator in annotators]
    names = tuple(sorted(annotators or {a.annotator for a in pool}))
    ruled = {source for decision in decided for source in decision.sources}
    items = []
    for unit in align_units(pool, match):
        if any(member.id in ruled for member in unit.members.values()):
            continue
        items.append(ReviewItem(unit, names, unit_differences(unit, names, schema)))
    items.sort(key=lambda i: (i.unit.document_id, i.unit.start, i.unit.end, i.unit.layer))
    return items
