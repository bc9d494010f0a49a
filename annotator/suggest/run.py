"""Running suggesters over a project: ``annotator suggest`` and the window's command.

Idempotent: each document's open suggestions from the chosen suggesters and
layers are replaced; accepted and rejected ones stay and are not proposed
again.  Suggestions are fitted to the project's schema first: a layer the
schema lacks is skipped, an attribute it lacks or a choice it does not offer
is left out, so an accepted suggestion is always a valid annotation.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from annotator.core.errors import AnnotatorError
from annotator.core.model import Document
from annotator.core.schema import Schema
from annotator.core.suggestion import Suggestion
from annotator.store.project import Project
from annotator.store.suggestions import rejected_texts, replace_open_suggestions
from annotator.suggest.context import SuggestContext
from annotator.suggest.registry import SUGGESTERS, Suggester, suggester

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
    workers: int | None = None,
) -> RunSummary:
    """Run the chosen suggesters over the chosen documents (all by default).

    ``workers``: processes for the suggesters that read only the document (None: one
    per core for a run over many documents, see ``parallel_workers``). The results,
    and their order, are the same with any number.
    """
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

    workers = parallel_workers(len(ids)) if workers is None else workers
    elsewhere = tuple(s.name for s in chosen if workers > 1 and not s.reads_project)

    def found() -> Iterator[tuple[int, list[Suggestion]]]:
        documents = (project.documents.get(document_id) for document_id in ids)
        for number, (document, theirs) in enumerate(
            _found_elsewhere(documents, elsewhere, workers), 1
        ):
            items: list[Suggestion] = []
            for chosen_suggester in chosen:
                proposed: Sequence[Suggestion]
                if chosen_suggester.name in theirs:
                    proposed = theirs[chosen_suggester.name]
                else:
                    proposed = chosen_suggester.function(document, context)
                for item in proposed:
                    fitted = fit_to_schema(item, allowed) if item.layer in wanted else None
                    if fitted is not None:
                        items.append(fitted)
            if progress is not None:
                progress(number, len(ids))
            assert document.id is not None
            yield document.id, items

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


PARALLEL_FROM = 64
"""Documents in a run from which worker processes pay for their start (about 0.1 s
each, against about 3 ms of suggesting per 5 kB document)."""

_BATCH = 256
"""Documents handed to the workers at a time: the next batch is being suggested while
the project takes the current one's suggestions."""


def parallel_workers(documents: int) -> int:
    """Worker processes for a run over ``documents``: one per core (at most four), or
    none for a short run. The window runs one document at a time, so only the command
    line's long runs use them."""
    if documents < PARALLEL_FROM:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def _worker_signals() -> None:
    """A worker is stopped by its pool (SIGTERM, SIGHUP) and leaves Ctrl-C to the
    command, which rolls back and ends the pool: none prints a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, number):
            signal.signal(getattr(signal, number), signal.SIG_DFL)


def _suggest_alone(job: tuple[Document, tuple[str, ...]]) -> dict[str, list[Suggestion]]:
    """In a worker: the named suggesters' proposals for one document (they read only
    the document, so an empty context is all they get)."""
    document, names = job
    context = SuggestContext()
    return {name: list(suggester(name).function(document, context)) for name in names}


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _found_elsewhere(
    documents: Iterable[Document], names: tuple[str, ...], workers: int
) -> Iterator[tuple[Document, dict[str, list[Suggestion]]]]:
    """Each document with the proposals of the suggesters ``names``, found in
    ``workers`` processes, in the documents' order. The documents are read here (the
    project's connection stays in this thread), a batch ahead of what is yielded."""
    if not names or workers <= 1:
        for document in documents:
            yield document, {}
        return
    with multiprocessing.get_context().Pool(workers, _worker_signals) as pool:
        batches = _batches(documents)
        current = next(batches, None)
        pending = pool.map_async(_suggest_alone, [(d, names) for d in current or []], 8)
        while current is not None:
            results = pending.get()
            following = next(batches, None)
            if following is not None:
                pending = pool.map_async(_suggest_alone, [(d, names) for d in following], 8)
            yield from zip(current, results, strict=True)
            current = following
