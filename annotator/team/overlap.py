"""Which labels agreement and review compare once documents were handed out in packages.

Agreement only means something where two annotators were given the same
document and both worked on it; a document assigned to one person would only
add units of one. So, in a project with assignments, agreement and the review
queue see the documents assigned to more than one annotator and worked on by
at least two of them, and on each only the labels of those assigned to it (and
gold). A project without assignments is compared whole, as before.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping

from annotator.core.messages import Message
from annotator.core.model import GOLD, Annotation
from annotator.review.alignment import Label

Overlap = Mapping[int, Collection[str]] | None
"""Document id → the assigned annotators who worked on it; None: no assignments."""


def on_overlapped_documents(
    annotations: Iterable[Annotation], overlap: Overlap
) -> Iterator[Annotation]:
    """The annotations agreement and review should see (all of them when ``overlap`` is None)."""
    if overlap is None:
        yield from annotations
        return
    for annotation in annotations:
        names = overlap.get(annotation.document_id)
        if names is not None and (annotation.annotator in names or annotation.annotator == GOLD):
            yield annotation


def labels_on_overlapped_documents(labels: list[Label], overlap: Overlap) -> list[Label]:
    """:func:`on_overlapped_documents` of labels as the agreement report reads them."""
    if overlap is None:
        return labels
    return [
        label
        for label in labels
        if (names := overlap.get(label[0])) is not None and (label[4] in names or label[4] == GOLD)
    ]


def describe_scope(overlap: Overlap) -> Message:
    """One sentence for reports: which documents the figures are about (``str()`` of it
    for the JSON reports, which stay English)."""
    if overlap is None:
        return Message("all documents (the project has no work packages)")
    return Message(
        "%n document(s) assigned to more than one annotator and worked on by at least two "
        "of them; on each, only the labels of the annotators assigned to it",
        count=len(overlap),
    )


def assignees(document_id: int, overlap: Overlap, everyone: tuple[str, ...]) -> tuple[str, ...]:
    """Whose versions of the document are compared: its assignees who worked on it (among
    ``everyone``), or ``everyone`` in a project without assignments. Sorted, as the review
    queue expects; someone not assigned is never "missing" from a unit."""
    if overlap is None:
        return everyone
    return tuple(sorted(set(overlap.get(document_id, ())) & set(everyone)))
