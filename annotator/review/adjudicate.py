"""Turning a reviewer's choice on a unit into a decision and (maybe) a gold annotation."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from annotator.core.model import GOLD, Action, Annotation, Decision, Origin, new_annotation_id
from annotator.review.disagreements import ReviewItem


def _sources(item: ReviewItem) -> tuple[str, ...]:
    return tuple(sorted(a.id for a in item.unit.members.values()))


def accept(
    item: ReviewItem,
    annotator: str,
    reviewer: str,
    rationale: str = "",
    edited: Annotation | None = None,
    gold_ids: Mapping[str, str] | None = None,
) -> tuple[Decision, Annotation]:
    """Make ``annotator``'s version (or an edited copy of it) the gold label for the unit.

    ``gold_ids`` maps annotator annotations already adjudicated to their gold
    copies: a ``ref`` value (say a quote's speaker mention) then points at the
    gold mention, so gold labels link to gold labels. Adjudicate the targets
    of refs first; a ref to a unit not yet decided keeps its original id.
    """
    version = item.version(annotator)
    if version is None:
        raise ValueError(f"{annotator} has no annotation in this unit")
    basis = edited or version
    gold = Annotation(
        id=new_annotation_id(),
        document_id=version.document_id,
        annotator=GOLD,
        layer=version.layer,
        start=basis.start,
        end=basis.end,
        attributes={
            name: (gold_ids or {}).get(value, value) if isinstance(value, str) else value
            for name, value in basis.attributes.items()
        },
        note=basis.note,
        origin=Origin.ADJUDICATED,
    )
    decision = Decision(
        id=str(uuid.uuid4()),
        document_id=version.document_id,
        layer=version.layer,
        action=Action.EDIT if edited is not None and edited != version else Action.ACCEPT,
        sources=_sources(item),
        reviewer=reviewer,
        chosen_annotator=annotator,
        gold_annotation_id=gold.id,
        rationale=rationale,
    )
    return decision, gold


def reject(item: ReviewItem, reviewer: str, rationale: str = "") -> Decision:
    """No gold annotation for this unit: none of the versions is right."""
    return Decision(
        id=str(uuid.uuid4()),
        document_id=item.unit.document_id,
        layer=item.unit.layer,
        action=Action.REJECT,
        sources=_sources(item),
        reviewer=reviewer,
        rationale=rationale,
    )
