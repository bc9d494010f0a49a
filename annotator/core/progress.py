"""The rules of a document's progress: when it may be marked done, ticking "none present".

Pure functions over the schema, the annotator's labels and their progress, so
the window only asks and shows, and the rules are tested without one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, replace

from annotator.core.model import Annotation, DocumentProgress, Status
from annotator.core.schema import Schema, missing_required


def with_none_present(progress: DocumentProgress, layer: str, checked: bool) -> DocumentProgress:
    """``progress`` with ``layer`` ticked (or unticked) as having no annotations.

    Ticking is work on the document, so a new document becomes in progress; a
    done one stays done.
    """
    none_present = set(progress.none_present)
    if checked:
        none_present.add(layer)
    else:
        none_present.discard(layer)
    status = progress.status if progress.status != Status.NEW else Status.IN_PROGRESS
    return replace(progress, none_present=frozenset(none_present), status=status)


@dataclass(frozen=True)
class Unfinished:
    """One reason a document cannot be marked done: an annotation with required
    attributes still empty (``missing``), or a layer with no annotation that is not
    ticked "none present" (``annotation`` None). Words are left to whoever shows it."""

    layer: str
    annotation: Annotation | None = None
    missing: tuple[str, ...] = ()


def unfinished(
    schema: Schema, annotations: Iterable[Annotation], progress: DocumentProgress
) -> list[Unfinished]:
    """Why the document cannot be marked done yet (empty: it can).

    Every required attribute must be filled, and every layer must have an
    annotation or be ticked "none present" (which tells "no quotes here" from
    "never looked for quotes").
    """
    found = []
    counts: Counter[str] = Counter()
    for annotation in annotations:
        counts[annotation.layer] += 1
        layer = schema.layer(annotation.layer)
        missing = missing_required(layer, annotation.attributes) if layer else []
        if missing:
            found.append(Unfinished(annotation.layer, annotation, tuple(missing)))
    for layer in schema.layers:
        if not counts.get(layer.name) and layer.name not in progress.none_present:
            found.append(Unfinished(layer.name))
    return found


def done_problems(
    schema: Schema,
    annotations: Iterable[Annotation],
    progress: DocumentProgress,
    excerpt: Callable[[Annotation], str],
) -> list[str]:
    """:func:`unfinished`, in English sentences."""
    problems = []
    for item in unfinished(schema, annotations, progress):
        layer = schema.layer(item.layer)
        title = layer.title if layer else item.layer
        if item.annotation is not None:
            problems.append(
                f"{title} “{excerpt(item.annotation)}”: {', '.join(item.missing)} missing"
            )
        else:
            problems.append(f"{title}: no annotation, and “none present” is not ticked")
    return problems


def next_unfinished(order: Sequence[int], current: int, done: Set[int]) -> int | None:
    """The row of the first document after row ``current`` (wrapping round, the current
    one last) that is not in ``done``; None when every document is done."""
    count = len(order)
    for step in range(1, count + 1):
        row = (current + step) % count
        if order[row] not in done:
            return row
    return None
