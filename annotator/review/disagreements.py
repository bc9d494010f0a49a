"""What a reviewer has to look at: units where annotators differ, and what differs.

A unit (see ``alignment``) is a disagreement when an annotator is missing
from it, when the members' spans differ, or when any attribute value differs
(text compared after trimming and case-folding, as in the agreement report).
Units already ruled on (any member among a decision's sources) leave the
queue.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
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
    if len(present) < 2:  # nothing to compare with (a unit of one, common in big projects)
        return tuple(differences)
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
    return review_items(pool, schema, names, ruled_sources(decided), match)


def ruled_sources(decided: Iterable[Decision]) -> set[str]:
    """Ids of the annotations some decision already ruled on."""
    return {source for decision in decided for source in decision.sources}


def review_items(
    pool: Iterable[Annotation],
    schema: Schema,
    names: tuple[str, ...],
    ruled: set[str],
    match: str = "overlap",
) -> list[ReviewItem]:
    """:func:`review_queue` for a pool already restricted to ``names`` (sorted, no gold).

    Units never span documents, so the queue of a project is the concatenation
    of the queues of its documents in id order: the review window fills its
    queue this way, a batch of documents at a time.
    """
    items = []
    for unit in align_units(pool, match):
        if ruled and any(member.id in ruled for member in unit.members.values()):
            continue
        items.append(ReviewItem(unit, names, unit_differences(unit, names, schema)))
    items.sort(key=queue_order)
    return items


def started_among(
    names: Sequence[str], annotations: Iterable[Annotation], started: Collection[str]
) -> tuple[str, ...]:
    """Of ``names``, those who started or finished a document: an annotation in it, or
    a status past "new" (``started``: e.g. every layer ticked "none present").

    The queue compares a document only among them, as the agreement report does: a
    document someone never opened says nothing about them, and listing it as their
    "presence" disagreement would let a reviewer turn unfinished work into gold.
    """
    present = {a.annotator for a in annotations} | set(started)
    return tuple(name for name in names if name in present)


def queue_order(item: ReviewItem) -> tuple[int, int, int, str]:
    """Document, then position, then layer: the order of the queue."""
    return (item.unit.document_id, item.unit.start, item.unit.end, item.unit.layer)
