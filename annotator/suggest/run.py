"""Running suggesters over a project: ``annotator suggest`` and the window's command.

Idempotent: each document's open suggestions from the chosen suggesters and
layers are replaced; accepted and rejected ones stay and are not proposed
again.  Suggestions are fitted to the project's schema first: a layer the
schema lacks is skipped, an attribute it lacks or a choice it does not offer
is left out, so an accepted suggestion is always a valid annotation.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.schema import Schema
from annotator.core.suggestion import Suggestion
from annotator.store.project import Project
from annotator.store.suggestions import rejected_texts, replace_open_suggestions
from annotator.suggest.context import SuggestContext
from annotator.suggest.registry import SUGGESTERS, Suggester

Progress = Callable[[int, int], None]


@dataclass
class RunSummary:
    documents: int
    suggestions: int
    kept_decided: int
    suggesters: list[str]
    layers: list[str]


def choose(
    schema: Schema, names: Collection[str] = (), layers: Collection[str] = ()
) -> tuple[list[Suggester], list[str]]:
    """The suggesters and layers a run covers; unknown names are an error."""
    known = {item.name: item for item in SUGGESTERS}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise AnnotatorError(f"no suggester '{unknown[0]}' (there are: {', '.join(known)})")
    missing = [layer for layer in layers if schema.layer(layer) is None]
    if missing:
        raise AnnotatorError(f"no layer '{missing[0]}' in the schema")
    chosen_layers = list(layers) or list(schema.layer_names)
    chosen = [
        item
        for item in SUGGESTERS
        if (not names or item.name in names) and any(item.serves(layer) for layer in chosen_layers)
    ]
    return chosen, chosen_layers


def fit_to_schema(item: Suggestion, schema: Schema) -> Suggestion | None:
    """The suggestion with only the attributes and choices the schema has, or None."""
    layer = schema.layer(item.layer)
    if layer is None:
        return None
    kept: dict[str, Any] = {}
    for attribute in layer.attributes:
        if attribute.name not in item.attributes:
            continue
        value = item.attributes[attribute.name]
        choices = attribute.choices
        if choices and value not in choices:
            continue
        kept[attribute.name] = value
    return replace(item, attributes=kept)


def run_suggesters(
    project: Project,
    names: Collection[str] = (),
    layers: Collection[str] = (),
    documents: Sequence[str] = (),
    *,
    corpus: bool = False,
    progress: Progress | None = None,
) -> RunSummary:
    """Run the chosen suggesters over the chosen documents (all by default)."""
    chosen, chosen_layers = choose(project.schema, names, layers)
    wanted = set(chosen_layers)
    ids = _document_ids(project, documents)
    context = SuggestContext(annotations=project.annotations, rejected=rejected_texts(project))
    if corpus:
        context.corpus_spans = [
            (a.layer, text[a.start : a.end], a.attributes)
            for a, _name, text in project.iter_annotations([], list(chosen_layers))
        ]

    def found() -> Iterator[tuple[int, list[Suggestion]]]:
        for number, document_id in enumerate(ids, 1):
            document = project.document(document_id)
            items: list[Suggestion] = []
            for suggester in chosen:
                for item in suggester.function(document, context):
                    fitted = fit_to_schema(item, project.schema) if item.layer in wanted else None
                    if fitted is not None:
                        items.append(fitted)
            if progress is not None:
                progress(number, len(ids))
            yield document_id, items

    inserted, dropped = replace_open_suggestions(
        project, found(), suggesters=[s.name for s in chosen], layers=chosen_layers
    )
    return RunSummary(len(ids), inserted, dropped, [s.name for s in chosen], chosen_layers)


def _document_ids(project: Project, names: Sequence[str]) -> list[int]:
    if not names:
        return list(project.document_names())
    ids = []
    for name in names:
        document = project.document_by_name(name)
        if document is None or document.id is None:
            raise AnnotatorError(f"no document named '{name}' in {project.path}")
        ids.append(document.id)
    return ids
