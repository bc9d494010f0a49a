"""Other tools' labels that the project already holds, recognised by what they are.

Files of other tools carry no annotation ids of ours, so re-importing an
export (or the same brat folder twice) would add every label again.  A
label with the same annotator, layer and span as a stored one on the same
document is taken to be that one: it is not added, and references to it
point at the stored annotation.  A label a file gave to ``gold`` comes in as
``gold-imported`` (``gold_labels``): the project's own gold label of the same
layer and span is that one too, so an export with ``--gold`` imported back adds
nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from annotator.core.model import GOLD
from annotator.io.gold_labels import GOLD_IMPORTED
from annotator.io.records import ParsedDocument
from annotator.store.project import Project


def drop_stored_duplicates(project: Project, items: Sequence[ParsedDocument]) -> int:
    """Remove from ``items`` the labels already stored; returns how many were removed."""
    removed = 0
    for item in items:
        if not item.match_by_content or not item.annotations:
            continue
        stored = project.documents.by_name(item.document.name)
        if stored is None or stored.id is None:
            continue
        existing: dict[tuple[str, str, int, int], list[str]] = {}
        for annotation in project.annotations(stored.id):
            who = GOLD_IMPORTED if annotation.annotator == GOLD else annotation.annotator
            key = (who, annotation.layer, annotation.start, annotation.end)
            existing.setdefault(key, []).append(annotation.id)
        seen: Counter[tuple[str, str, int, int]] = Counter()
        same: dict[str, str] = {}
        kept = []
        for annotation in item.annotations:
            key = (annotation.annotator, annotation.layer, annotation.start, annotation.end)
            stored_ids = existing.get(key, [])
            if seen[key] < len(stored_ids):
                same[annotation.id] = stored_ids[seen[key]]
            else:
                kept.append(annotation)
            seen[key] += 1
        removed += len(same)
        if same:
            item.annotations = [
                replace(
                    a,
                    attributes={
                        k: same.get(v, v) if isinstance(v, str) else v
                        for k, v in a.attributes.items()
                    },
                )
                if any(isinstance(v, str) and v in same for v in a.attributes.values())
                else a
                for a in kept
            ]
    return removed
