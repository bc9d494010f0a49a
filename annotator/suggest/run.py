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


Allowed = dict[str, dict[str, tuple[str, ...] | None]]
"""Layer → attribute → its choices (None: any value), read once per run."""


def allowed_attributes(schema: Schema) -> Allowed:
    return {
        layer.name: {a.name: (a.choices or None) for a in layer.attributes}
        for layer in schema.layers
    }


def fit_to_schema(item: Suggestion, allowed: Allowed) -> Suggestion | None:
    """The suggestion with only the attributes and choices the schema has, or None."""
    attributes = allowed.get(item.layer)
    if attributes is None:
        return None
    kept = {
        key: value
        for key, value in item.attributes.items()
        if key in attributes and (attributes[key] is None or value in attributes[key])  # type: ignore[operator]
    }
    return item if len(kept) == len(item.attributes) else replace(item, attributes=kept)


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
    allowed = allowed_attributes(project.schema)
    ids = _document_ids(project, documents)
    context = SuggestContext(annotations=project.annotations, rejected=rejected_texts(project))
    if corpus:
        context.corpus_spans = [
            (a.layer, text[a.start : a.end], a.attributes)
            for a, _name, text in project.annotations.iterate([], list(chosen_layers))
        ]

    def found() -> Iterator[tuple[int, list[Suggestion]]]:
        for number, document_id in enumerate(ids, 1):
            document = project.documents.get(document_id)
            items: list[Suggestion] = []
            for suggester in chosen:
                for item in suggester.function(document, context):
                    fitted = fit_to_schema(item, allowed) if item.layer in wanted else None
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
        return list(project.documents.names())
    ids = []
    for name in names:
        document = project.documents.by_name(name)
        if document is None or document.id is None:
            raise AnnotatorError(f"no document named '{name}' in {project.path}")
        ids.append(document.id)
    return ids
