"""A file's model predictions (Label Studio's ``predictions``) stored as suggestions.

Predictions are a model's proposals, not anyone's annotations: kept in the
suggestions table (``store/suggestions.py``), they wait for an annotator to
accept or reject them and never enter exports or agreement by themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.suggestion import Suggestion
from annotator.io.records import ParsedDocument
from annotator.store.project import Project
from annotator.store.suggestions import replace_open_suggestions


def store_predictions(project: Project, items: Sequence[ParsedDocument]) -> int:
    """Store every item's predictions (inside the import's transaction); returns how many."""
    found: list[tuple[int, list[Suggestion]]] = []
    suggesters: set[str] = set()
    layers: set[str] = set()
    for item in items:
        if not item.predictions:
            continue
        document = project.documents.by_name(item.document.name)
        assert document is not None and document.id is not None
        suggestions = [
            Suggestion(
                document_id=document.id,
                layer=p.layer,
                start=p.start,
                end=p.end,
                suggester=p.annotator,
                attributes=dict(p.attributes),
            )
            for p in item.predictions
        ]
        suggesters.update(s.suggester for s in suggestions)
        layers.update(s.layer for s in suggestions)
        found.append((document.id, suggestions))
    if not found:
        return 0
    inserted, _dropped = replace_open_suggestions(
        project, found, suggesters=sorted(suggesters), layers=sorted(layers)
    )
    return inserted
