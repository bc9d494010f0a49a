"""Inter-annotator agreement report: span agreement and attribute agreement per layer.

The report is a plain JSON-able dict so the GUI, the CLI and an export can
share it unchanged; it carries its own ``method`` paragraph because a number
without its definition gets misread the moment it leaves the tool.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations
from operator import attrgetter
from typing import Any

from annotator.core.attribute_types import ATTRIBUTE_TYPES
from annotator.core.messages import translatable
from annotator.core.model import GOLD, Annotation
from annotator.core.schema import Schema
from annotator.review.alignment import (
    MATCH_MODES,
    MatchMode,
    PairMatches,
    Unit,
    align_with_matches,
    check_match,
    pair_matches,
)
from annotator.review.coefficients import (
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    percent_agreement,
    span_scores,
)

Value = Hashable | None
PairCounts = dict[int, tuple[int, int, int]]
"""document id -> (matched, spans of the first annotator, spans of the second)."""

METHOD = translatable(
    "Annotations of different annotators are aligned into units per document and layer: "
    "'exact' pairs identical spans, 'overlap' pairs spans sharing at least one character, "
    "largest overlap first, one annotation per annotator per unit and every two members of a "
    "unit overlapping; an unmatched annotation is a unit of its own. Document-level labels "
    "(and other empty spans) pair with labels at the same offset, in creation order. "
    "Span agreement is computed per pair of annotators, only on documents where both have at "
    "least one annotation on any layer (a document someone never opened says nothing about "
    "them); with the alphabetically first annotator as reference, precision = matched / "
    "spans of the second, recall = matched / spans of the first, F1 = 2 x matched / (spans "
    "of both), which is the same in both directions, so it is already the average of the two; "
    "the layer's f1 is the mean over pairs. Attribute agreement uses the units of the chosen "
    "match mode: an annotator with no annotation in a unit, or whose annotation has no value "
    "for the attribute, is missing there, and units with fewer than two values are left out "
    "('units' counts the rest). Text values are compared after trimming and case-folding, "
    "choices and flags as given, numbers by value (interval level for Krippendorff's alpha, "
    "nominal otherwise), and a reference by the unit its target annotation was aligned to "
    "(a target outside the data is compared by its id). Krippendorff's alpha uses the "
    "coincidence matrix; it is null when the remaining values show no variation at all "
    "(undefined, 0/0) or nothing is pairable. Fleiss' kappa is computed on the units with two "
    "or more values and is null unless all of them have the same number of values. Cohen's "
    "kappa is per pair over the units both coded. Percent agreement is the share of agreeing "
    "value pairs over all pairs in all units. A confusion matrix per choice or flag attribute "
    "and pair counts the units both annotators of the pair coded: rows the first annotator's "
    "values, columns the second's, labels in schema order (flags true, then false). The "
    "annotator 'gold' is left out unless named."
)


@dataclass(frozen=True)
class _Data:
    """Everything the report and the per-document view share, computed once."""

    mode: MatchMode
    annotators: list[str]
    layers: list[str]
    schema_layers: Mapping[str, Mapping[str, str]]
    selected: list[Annotation]
    """The annotations of ``annotators``."""
    documents_of: dict[str, set[int]]
    documents_by_layer: dict[str, set[int]]
    """Documents where at least one of ``annotators`` has an annotation on the layer."""
    units_by_layer: dict[str, list[Unit]]
    ref_keys: dict[str, Hashable]
    """Annotation id → its unit; filled only when a reported attribute is a ref."""
    span_counts: Counter[tuple[str, int, str]]
    """(layer, document, annotator) → number of spans."""
    choices: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    """layer → choice attribute → its choices in schema order (labels of the confusion)."""
    matches: dict[MatchMode, PairMatches] = field(default_factory=dict)
    """:func:`pair_matches` of every layer per mode, from the alignment when it has them,
    otherwise on first use (:func:`_matches`)."""


_annotator = attrgetter("annotator")
_layer_document_annotator = attrgetter("layer", "document_id", "annotator")


def _prepare(
    annotations: Iterable[Annotation],
    schema_layers: Mapping[str, Mapping[str, str]],
    layers: Sequence[str] | None,
    annotators: Sequence[str] | None,
    match: str,
    choices: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
) -> _Data:
    mode = check_match(match)
    for layer, attributes in schema_layers.items():
        for name, kind in attributes.items():
            if kind not in ATTRIBUTE_TYPES:
                raise ValueError(f"layer {layer!r}, attribute {name!r}: unknown type {kind!r}")
    reported = list(schema_layers) if layers is None else list(layers)
    everything = list(annotations)
    if annotators is None:
        chosen = sorted(set(map(_annotator, everything)) - {GOLD})
    else:
        chosen = sorted(set(annotators))
    wanted = set(chosen)
    selected = [a for a in everything if a.annotator in wanted]
    span_counts = Counter(map(_layer_document_annotator, selected))
    documents_of: dict[str, set[int]] = {name: set() for name in chosen}
    documents_by_layer: dict[str, set[int]] = defaultdict(set)
    for layer, document_id, annotator in span_counts:
        documents_of[annotator].add(document_id)
        documents_by_layer[layer].add(document_id)
    # All layers are aligned, not only the reported ones, so refs can resolve their targets.
    units, matches = align_with_matches(selected, mode)
    units_by_layer: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        units_by_layer[unit.layer].append(unit)
    ref_keys: dict[str, Hashable] = {}
    if any(kind == "ref" for layer in reported for kind in schema_layers.get(layer, {}).values()):
        for index, unit in enumerate(units):
            for member in unit.members.values():
                ref_keys[member.id] = ("unit", index)
    return _Data(
        mode=mode,
        annotators=chosen,
        layers=reported,
        schema_layers=schema_layers,
        selected=selected,
        documents_of=documents_of,
        documents_by_layer=documents_by_layer,
        units_by_layer=units_by_layer,
        ref_keys=ref_keys,
        choices=choices or {},
        span_counts=span_counts,
        matches=matches,
    )


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a report is computed.

    A report over 300,000 annotations allocates millions of small tuples,
    dicts and units, none in reference cycles, while the annotations
    themselves stay alive: every collection the allocations trigger walks all
    of them again for nothing (about a quarter of the time).  Memory is freed
    as usual by reference counting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def pair_key(a: str, b: str) -> str:
    """``"a|b"`` with the names in alphabetical order, whatever order they come in."""
    first, second = sorted((a, b))
    return f"{first}|{second}"


def _pairs(annotators: Sequence[str]) -> list[tuple[str, str]]:
    return list(combinations(sorted(annotators), 2))


# -- attribute values ---------------------------------------------------------


def attribute_value(
    annotation: Annotation, name: str, kind: str, ref_keys: Mapping[str, Hashable]
) -> Value:
    """The comparable form of one attribute value, or ``None`` when it is missing."""
    raw = annotation.attributes.get(name)
    if raw is None or raw == "" or raw == []:
        return None
    return _comparable(raw, kind, ref_keys)


def _comparable(raw: Any, kind: str, ref_keys: Mapping[str, Hashable]) -> Value:
    """:func:`attribute_value` of a value that is present (the type table decides)."""
    return ATTRIBUTE_TYPES[kind].comparable(raw, ref_keys)


def _matrix(
    units: Sequence[Unit], annotators: Sequence[str], name: str, kind: str, data: _Data
) -> list[tuple[Value, ...]]:
    """Units × annotators, ``None`` where the annotator has no annotation or no value."""
    return _matrices(units, annotators, {name: kind}, data)[name]


def _matrices(
    units: Sequence[Unit], annotators: Sequence[str], kinds: Mapping[str, str], data: _Data
) -> dict[str, list[tuple[Value, ...]]]:
    """:func:`_matrix` of every attribute in ``kinds`` (name → type), in one pass.

    Runs over every unit and member, a few hundred thousand times on a large
    project: one pass for all of a layer's attributes, looking only at the
    members present.  Each member gives one tuple of all its comparable values
    (:class:`_Comparables`), and the unit's cells, one such tuple per annotator,
    are transposed into one row per attribute.
    """
    column = {annotator: index for index, annotator in enumerate(annotators)}
    comparables = _Comparables(kinds, data.ref_keys)
    blank: list[tuple[Value, ...]] = [comparables.missing] * len(annotators)
    matrices: list[list[tuple[Value, ...]]] = [[] for _ in kinds]
    # Units repeat a few thousand (annotator, values) combinations: the rows of each
    # combination are built once (transposing a row of 20 annotators is the cost).
    known: dict[tuple[tuple[int, tuple[Value, ...]], ...], tuple[tuple[Value, ...], ...]] = {}
    for unit in units:
        key = tuple(
            (index, comparables(member.attributes))
            for annotator, member in unit.members.items()
            if member.attributes and (index := column.get(annotator)) is not None
        )
        try:
            rows = known.get(key)
        except TypeError:  # a value that cannot be a key: built, not remembered
            rows = None
        if rows is None:
            cells = blank.copy()
            for index, values in key:
                cells[index] = values
            rows = tuple(zip(*cells, strict=True)) if kinds else ()
            if len(known) < _KNOWN_ROWS_LIMIT:
                with contextlib.suppress(TypeError):
                    known[key] = rows
        for matrix, row in zip(matrices, rows, strict=True):
            matrix.append(row)
    return dict(zip(kinds, matrices, strict=True))


_KNOWN_ROWS_LIMIT = 200_000
"""Remembered combinations in :func:`_matrices`; a bound, not a tuning knob."""


class _Comparables:
    """A member's :func:`attribute_value` of every attribute in ``kinds``, as one tuple.

    Annotators pick from a few hundred combinations of values, so the result
    is remembered per combination of raw values.  The key holds the values'
    types too: ``1``, ``1.0`` and ``True`` are equal keys in a dict, but not
    the same value of a number or text attribute.
    """

    def __init__(self, kinds: Mapping[str, str], ref_keys: Mapping[str, Hashable]) -> None:
        self.kinds = list(kinds.items())
        self.names = list(kinds)
        self.ref_keys = ref_keys
        self.missing: tuple[Value, ...] = (None,) * len(self.kinds)
        self.known: dict[tuple[tuple[Any, ...], tuple[type, ...]], tuple[Value, ...]] = {}

    def __call__(self, attributes: Mapping[str, Any]) -> tuple[Value, ...]:
        raws = tuple(map(attributes.get, self.names))
        key = (raws, tuple(map(type, raws)))
        try:
            return self.known[key]
        except KeyError:
            pass
        except TypeError:  # a list value (several choices): not hashable, not remembered
            return self._compute(raws)
        values = self.known[key] = self._compute(raws)
        return values

    def _compute(self, raws: tuple[Any, ...]) -> tuple[Value, ...]:
        return tuple(
            None if raw is None or raw == "" or raw == [] else _comparable(raw, kind, self.ref_keys)
            for raw, (_, kind) in zip(raws, self.kinds, strict=True)
        )


def _attribute_figures(
    matrix: list[tuple[Value, ...]],
    kind: str,
    annotators: list[str],
    choices: Sequence[str] = (),
) -> dict[str, Any]:
    pairable = [row for row in matrix if len(row) - row.count(None) >= 2]
    # Per pair, the values of the units both coded: only pairable rows can have two, and a
    # unit has few members, so this is one short pass rather than one pass per pair over
    # every unit (20 annotators are 190 pairs).
    coded: dict[tuple[int, int], tuple[list[Value], list[Value]]] = {
        pair: ([], []) for pair in combinations(range(len(annotators)), 2)
    }
    for row in pairable:
        present = [index for index, value in enumerate(row) if value is not None]
        for i, j in combinations(present, 2):
            first, second = coded[(i, j)]
            first.append(row[i])
            second.append(row[j])
    cohen = {
        pair_key(annotators[i], annotators[j]): cohen_kappa(*coded[(i, j)])
        for i, j in combinations(range(len(annotators)), 2)
    }
    figures: dict[str, Any] = {
        "krippendorff_alpha": krippendorff_alpha(pairable, ATTRIBUTE_TYPES[kind].level),
        "fleiss_kappa": fleiss_kappa(pairable) if pairable else None,
        "cohen_kappa": cohen,
        "percent_agreement": percent_agreement(pairable),
        "units": len(pairable),
    }
    if kind in CONFUSION_TYPES:
        labels = _labels([values for pair in coded.values() for values in pair], kind, choices)
        figures["confusion"] = {
            pair_key(annotators[i], annotators[j]): {
                "labels": labels,
                "matrix": confusion_matrix(*coded[(i, j)], labels),
            }
            for i, j in combinations(range(len(annotators)), 2)
        }
    return figures


CONFUSION_TYPES = ("choice", "flag")
"""Attribute types with a confusion matrix per annotator pair in the report."""

FLAG_LABELS: tuple[bool, ...] = (True, False)
"""The label order of a flag's confusion matrix."""


def _label(value: Value) -> Any:
    """A JSON-able label: choices and flags as they are, anything else (a list of several
    choices) as its text."""
    return value if isinstance(value, str | bool) else str(value)


def _labels(columns: Sequence[Sequence[Value]], kind: str, choices: Sequence[str]) -> list[Any]:
    """Schema order (choices as listed, flags true then false), then any other value met
    in the data (an old choice since removed) in sorted order, so no count is dropped."""
    known: list[Any] = list(FLAG_LABELS) if kind == "flag" else list(choices)
    seen = {_label(v) for column in columns for v in column if v is not None}
    extra = sorted(seen.difference(known), key=repr)
    return known + extra


def confusion_matrix(
    first: Sequence[Value], second: Sequence[Value], labels: Sequence[Any]
) -> list[list[int]]:
    """Counts over the units both coded: rows ``first``'s values, columns ``second``'s."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for a, b in zip(first, second, strict=True):
        if a is not None and b is not None:
            matrix[index[_label(a)]][index[_label(b)]] += 1
    return matrix


# -- span agreement -----------------------------------------------------------


def _pair_counts(data: _Data, layer: str, a: str, b: str, mode: MatchMode) -> PairCounts:
    """Per shared document, how many spans of ``a`` and ``b`` match one-to-one.

    "Match" means what aligning only ``a`` and ``b`` would pair
    (:func:`pair_matches`, computed once per mode for every layer and pair).
    """
    shared = data.documents_of.get(a, set()) & data.documents_of.get(b, set())
    first, second = sorted((a, b))
    matches = _matches(data, mode)
    spans = data.span_counts
    counts: PairCounts = {}
    for doc in sorted(shared):
        n_a, n_b = spans[(layer, doc, a)], spans[(layer, doc, b)]
        if n_a or n_b:
            counts[doc] = (matches[(doc, layer, first, second)], n_a, n_b)
    return counts


def _matches(data: _Data, mode: MatchMode) -> PairMatches:
    if mode not in data.matches:
        data.matches[mode] = pair_matches(data.selected, mode)
    return data.matches[mode]


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return math.fsum(present) / len(present) if present else None


def _span_section(data: _Data, layer: str, mode: MatchMode) -> dict[str, Any]:
    pairs: dict[str, Any] = {}
    for a, b in _pairs(data.annotators):
        counts = _pair_counts(data, layer, a, b, mode).values()
        matched = sum(c[0] for c in counts)
        pairs[pair_key(a, b)] = dict(
            span_scores(matched, sum(c[1] for c in counts), sum(c[2] for c in counts))
        )
    return {"f1": _mean(p["f1"] for p in pairs.values()), "pairs": pairs}


# -- public -------------------------------------------------------------------


def agreement_report(
    annotations: Iterable[Annotation],
    schema_layers: Mapping[str, Mapping[str, str]],
    layers: list[str] | None = None,
    annotators: list[str] | None = None,
    match: str = "overlap",
    choices: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
) -> dict[str, Any]:
    """Agreement per layer; see :data:`METHOD` (also stored in the report) for definitions.

    ``schema_layers`` maps layer -> {attribute: type}.  ``layers`` defaults to
    every schema layer; ``annotators`` to everyone in the data except gold.
    ``choices`` (layer -> attribute -> choices) orders the confusion matrices'
    labels as the schema does (:func:`schema_choices`).
    """
    with _gc_paused():
        return _report(_prepare(annotations, schema_layers, layers, annotators, match, choices))


def _report(data: _Data) -> dict[str, Any]:
    report_layers: dict[str, Any] = {}
    for layer in data.layers:
        units = data.units_by_layer.get(layer, [])
        kinds = data.schema_layers.get(layer, {})
        matrices = _matrices(units, data.annotators, kinds, data)
        layer_choices = data.choices.get(layer, {})
        attributes = {
            name: _attribute_figures(
                matrices[name], kind, data.annotators, layer_choices.get(name, ())
            )
            for name, kind in kinds.items()
        }
        report_layers[layer] = {
            "annotators": list(data.annotators),
            "documents": len(data.documents_by_layer.get(layer, ())),
            "units": len(units),
            "spans": {mode: _span_section(data, layer, mode) for mode in MATCH_MODES},
            "attributes": attributes,
        }
    return {"match": data.mode, "layers": report_layers, "method": METHOD}


def schema_choices(schema: Schema) -> dict[str, dict[str, list[str]]]:
    """layer → choice attribute → choices, as :func:`agreement_report` takes them."""
    return {
        layer.name: {a.name: list(a.choices) for a in layer.attributes if a.type == "choice"}
        for layer in schema.layers
    }


def per_document_agreement(
    annotations: Iterable[Annotation],
    schema_layers: Mapping[str, Mapping[str, str]],
    layers: list[str] | None = None,
    annotators: list[str] | None = None,
    match: str = "overlap",
) -> list[dict[str, Any]]:
    """One row per (document, layer) that two or more annotators worked on, worst first.

    ``span_f1`` is the mean overlap F1 over the pairs who both annotated the
    document, ``attribute_agreement`` the mean percent agreement over the
    layer's attributes (units from ``match``), and ``score`` the mean of
    whichever of the two exist.  Rows without any score sort last.
    """
    rows: list[dict[str, Any]] = []
    with _gc_paused():
        data = _prepare(annotations, schema_layers, layers, annotators, match)
        for layer in data.layers:
            rows.extend(_document_rows(data, layer))
    rows.sort(key=lambda r: (r["score"] is None, r["score"] or 0.0, r["document_id"], r["layer"]))
    return rows


def _document_rows(data: _Data, layer: str) -> list[dict[str, Any]]:
    f1_by_document: dict[int, list[float | None]] = defaultdict(list)
    for a, b in _pairs(data.annotators):
        for doc, (matched, n_a, n_b) in _pair_counts(data, layer, a, b, "overlap").items():
            f1_by_document[doc].append(span_scores(matched, n_a, n_b)["f1"])
    units_by_document: dict[int, list[Unit]] = defaultdict(list)
    for unit in data.units_by_layer.get(layer, []):
        units_by_document[unit.document_id].append(unit)
    rows = []
    for doc, units in sorted(units_by_document.items()):
        present = [name for name in data.annotators if doc in data.documents_of[name]]
        if len(present) < 2:
            continue
        span_f1 = _mean(f1_by_document.get(doc, []))
        attribute_agreement = _mean(
            percent_agreement(_matrix(units, present, name, kind, data))
            for name, kind in data.schema_layers.get(layer, {}).items()
        )
        rows.append(
            {
                "document_id": doc,
                "layer": layer,
                "annotators": present,
                "units": len(units),
                "span_f1": span_f1,
                "attribute_agreement": attribute_agreement,
                "score": _mean([span_f1, attribute_agreement]),
            }
        )
    return rows


def report_to_csv_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Flatten a report into ``layer, attribute, measure, pair, value`` rows (None = empty)."""
    rows: list[dict[str, Any]] = []

    def add(layer: str, attribute: str, measure: str, pair: str, value: Any) -> None:
        rows.append(
            {
                "layer": layer,
                "attribute": attribute,
                "measure": measure,
                "pair": pair,
                "value": value,
            }
        )

    for layer, section in report["layers"].items():
        add(layer, "", "documents", "", section["documents"])
        add(layer, "", "units", "", section["units"])
        for mode, spans in section["spans"].items():
            add(layer, "", f"span_f1_{mode}", "", spans["f1"])
            for pair, scores in spans["pairs"].items():
                for measure in ("precision", "recall", "f1"):
                    add(layer, "", f"span_{measure}_{mode}", pair, scores[measure])
        for attribute, figures in section["attributes"].items():
            for measure in ("krippendorff_alpha", "fleiss_kappa", "percent_agreement", "units"):
                add(layer, attribute, measure, "", figures[measure])
            for pair, value in figures["cohen_kappa"].items():
                add(layer, attribute, "cohen_kappa", pair, value)
    return rows


def report_text(report: Mapping[str, Any], fmt: str) -> str:
    """The report as ``annotator agreement --format`` writes it: json, csv or a plain table.

    One function for the CLI and the review window's Export button, so both files agree.
    """
    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, ["layer", "attribute", "measure", "pair", "value"], lineterminator="\r\n"
        )
        writer.writeheader()
        writer.writerows(report_to_csv_rows(report))
        return buffer.getvalue()
    return format_table(report) + "\n"


def _format_value(value: Any) -> str:
    """A coefficient in the report: three decimals, "n/a" when it cannot be computed."""
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_table(report: Mapping[str, Any]) -> str:
    """The CSV rows as an aligned plain-text table, for a terminal."""
    header = ("layer", "attribute", "measure", "pair", "value")
    body = [
        (r["layer"], r["attribute"], r["measure"], r["pair"], _format_value(r["value"]))
        for r in report_to_csv_rows(report)
    ]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = [f"Agreement, attribute units matched by {report['match']}"]
    if "scope" in report:
        lines.append(f"Documents: {report['scope']}")
    for row in [header, *body]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        lines.append("  ".join([*cells, row[-1].rjust(widths[-1])]).rstrip())
        if row is header:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)
