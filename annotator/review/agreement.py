"""Inter-annotator agreement report: span agreement and attribute agreement per layer.

The report is a plain JSON-able dict so the GUI, the CLI and an export can
share it unchanged; it carries its own ``method`` paragraph because a number
without its definition gets misread the moment it leaves the tool.
"""

from __future__ import annotations

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
from operator import itemgetter
from typing import Any

from annotator.core.attribute_types import ATTRIBUTE_TYPES
from annotator.core.messages import translatable
from annotator.core.model import GOLD, Annotation
from annotator.core.schema import Schema
from annotator.review.agreement_rows import (
    Comparables,
    Row,
    Value,
    attribute_rows,
    counted,
    unit_keys,
)
from annotator.review.agreement_rows import attribute_value as attribute_value  # public here
from annotator.review.alignment import (
    MATCH_MODES,
    Group,
    Label,
    MatchMode,
    Members,
    aligned_groups,
    check_match,
    labels_of,
)
from annotator.review.coefficients import (
    cohen_kappa_of_counts,
    fleiss_kappa_of_counts,
    krippendorff_alpha_of_counts,
    percent_agreement_of_counts,
    span_scores,
)

_annotator = itemgetter(4)

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
    groups_by_layer: dict[str, list[tuple[Group, Counter[str]]]]
    """Every aligned (document, layer) of the chosen annotators by layer, in document
    order, with its spans per annotator."""
    present: dict[int, list[str]]
    """Document → the chosen annotators with an annotation in it on any layer, sorted."""
    ref_keys: dict[str, Hashable]
    """Annotation id → its unit; filled only when a reported attribute is a ref."""
    choices: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    """layer → choice attribute → its choices in schema order (labels of the confusion)."""


def _prepare(
    labels: Iterable[Label],
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
    everything = labels if isinstance(labels, list) else list(labels)
    if annotators is None:
        chosen = sorted(set(map(_annotator, everything)) - {GOLD})
    else:
        chosen = sorted(set(annotators))
    wanted = set(chosen)
    selected = [label for label in everything if label[4] in wanted]
    groups_by_layer: dict[str, list[tuple[Group, Counter[str]]]] = defaultdict(list)
    present: dict[int, set[str]] = defaultdict(set)
    ref_keys: dict[str, Hashable] = {}
    refs = any(
        kind == "ref" for layer in reported for kind in schema_layers.get(layer, {}).values()
    )
    units = 0
    # All layers are aligned, not only the reported ones, so refs can resolve their targets.
    for group in aligned_groups(selected, mode, with_matches=True):
        spans = Counter(map(_annotator, group.labels))
        groups_by_layer[group.layer].append((group, spans))
        present[group.document_id].update(spans)
        if refs:
            for members in group.units:
                key = ("unit", units)
                units += 1
                for member in members:
                    ref_keys[member[5]] = key
    return _Data(
        mode=mode,
        annotators=chosen,
        layers=reported,
        schema_layers=schema_layers,
        groups_by_layer=groups_by_layer,
        present={document: sorted(names) for document, names in present.items()},
        ref_keys=ref_keys,
        choices=choices or {},
    )


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a report is computed.

    A report over 300,000 annotations allocates millions of small tuples,
    dicts and units, none in reference cycles, while the annotations
    themselves stay alive: every collection the allocations trigger walks all
    of them again for nothing (about a quarter of the time).  Memory is freed
    as usual by reference counting.  Public so that a caller can read the labels
    under the same pause (300,000 row tuples, whose allocation triggers the same
    collections).
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


def _layer_rows(
    units: Sequence[Members], kinds: Mapping[str, str], data: _Data
) -> tuple[list[list[tuple[Row, int]]], Comparables]:
    """Per attribute of ``kinds``, the (row, units) of the units' distinct keys
    (:func:`attribute_rows`), and the values met (for :meth:`Comparables.plain`)."""
    column = {annotator: index for index, annotator in enumerate(data.annotators)}
    values = Comparables(kinds, data.ref_keys)
    keys = unit_keys(units, column, values)
    return attribute_rows(keys, len(data.annotators), list(kinds)), values


def _attribute_figures(
    rows: list[tuple[Row, int]],
    kind: str,
    annotators: list[str],
    choices: Sequence[str] = (),
    plain: bool = True,
) -> dict[str, Any]:
    """Every figure of one attribute from its rows (:func:`attribute_rows`).

    ``plain``: the attribute's values are all text or flags, so the confusion
    matrices can be counted on the merged rows, where equal values look the same.
    """
    width = len(annotators)
    pairable_rows = [(row, n) for row, n in rows if width - row.count(None) >= 2]
    pairable = counted(pairable_rows)
    # Per pair, the value pairs of the units both coded: only pairable rows can have two,
    # and a unit has few members, so this is one short pass over the distinct rows rather
    # than one pass per pair over every unit (20 annotators are 190 pairs).
    pairs = list(combinations(range(width), 2))
    coded: dict[tuple[int, int], Counter[tuple[Value, Value]]] = {pair: Counter() for pair in pairs}
    for row, n in pairable.items():
        present = [index for index, value in enumerate(row) if value is not None]
        for i, j in combinations(present, 2):
            coded[(i, j)][(row[i], row[j])] += n
    figures: dict[str, Any] = {
        "krippendorff_alpha": krippendorff_alpha_of_counts(pairable, ATTRIBUTE_TYPES[kind].level),
        "fleiss_kappa": fleiss_kappa_of_counts(pairable) if pairable else None,
        "cohen_kappa": {
            pair_key(annotators[i], annotators[j]): cohen_kappa_of_counts(coded[(i, j)])
            for i, j in pairs
        },
        "percent_agreement": percent_agreement_of_counts(pairable),
        "units": sum(pairable.values()),
    }
    if kind in CONFUSION_TYPES:
        # Labels are what the values look like: where 1, 1.0 and True could meet, the
        # rows are taken as the units wrote them, not merged by equality.
        source = list(pairable.items()) if plain else pairable_rows
        labels = _labels([row for row, _ in source], kind, choices)
        figures["confusion"] = {
            pair_key(annotators[i], annotators[j]): {
                "labels": labels,
                "matrix": _confusion_of_rows(source, i, j, labels),
            }
            for i, j in pairs
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
    return _confusion_of_rows(
        [((a, b), 1) for a, b in zip(first, second, strict=True)], 0, 1, labels
    )


def _confusion_of_rows(
    rows: Sequence[tuple[Row, int]], first: int, second: int, labels: Sequence[Any]
) -> list[list[int]]:
    """:func:`confusion_matrix` of columns ``first`` and ``second`` of counted rows."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for row, n in rows:
        a, b = row[first], row[second]
        if a is not None and b is not None:
            matrix[index[_label(a)]][index[_label(b)]] += n
    return matrix


# -- span agreement -----------------------------------------------------------


def _span_sections(data: _Data, layer: str) -> dict[str, Any]:
    """Span agreement of every pair in both modes.

    Per pair, only documents where both annotated something (any layer) count:
    their spans on this layer, and the matches of the two (:func:`pair_matches`,
    counted by the alignment; a match needs a span of each, so it is always in such
    a document).
    """
    totals = {mode: {pair: [0, 0, 0] for pair in _pairs(data.annotators)} for mode in MATCH_MODES}
    exact, overlap = totals["exact"], totals["overlap"]
    for group, spans in data.groups_by_layer.get(layer, ()):
        for pair in combinations(data.present[group.document_id], 2):
            n_a, n_b = spans[pair[0]], spans[pair[1]]
            if n_a or n_b:
                for figures, matches in (
                    (exact[pair], group.exact),
                    (overlap[pair], group.overlap),
                ):
                    figures[0] += matches[pair]
                    figures[1] += n_a
                    figures[2] += n_b
    sections: dict[str, Any] = {}
    for mode in MATCH_MODES:
        pairs: dict[str, dict[str, Any]] = {
            pair_key(a, b): dict(span_scores(matched, n_a, n_b))
            for (a, b), (matched, n_a, n_b) in totals[mode].items()
        }
        sections[mode] = {"f1": _mean(p["f1"] for p in pairs.values()), "pairs": pairs}
    return sections


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return math.fsum(present) / len(present) if present else None


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
    with gc_paused():
        return agreement_report_of_labels(
            labels_of(annotations), schema_layers, layers, annotators, match, choices
        )


def agreement_report_of_labels(
    labels: Iterable[Label],
    schema_layers: Mapping[str, Mapping[str, str]],
    layers: list[str] | None = None,
    annotators: list[str] | None = None,
    match: str = "overlap",
    choices: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
) -> dict[str, Any]:
    """:func:`agreement_report` of labels as the store reads them for it
    (``Annotations.agreement_labels``: no :class:`Annotation` per row)."""
    with gc_paused():
        return _report(_prepare(labels, schema_layers, layers, annotators, match, choices))


def _report(data: _Data) -> dict[str, Any]:
    report_layers: dict[str, Any] = {}
    for layer in data.layers:
        groups = data.groups_by_layer.get(layer, [])
        units = [members for group, _ in groups for members in group.units]
        kinds = data.schema_layers.get(layer, {})
        rows, values = _layer_rows(units, kinds, data)
        layer_choices = data.choices.get(layer, {})
        attributes = {
            name: _attribute_figures(
                attribute_rows,
                kind,
                data.annotators,
                layer_choices.get(name, ()),
                values.plain(index),
            )
            for index, ((name, kind), attribute_rows) in enumerate(
                zip(kinds.items(), rows, strict=True)
            )
        }
        report_layers[layer] = {
            "annotators": list(data.annotators),
            "documents": len(groups),
            "units": len(units),
            "spans": _span_sections(data, layer),
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
    with gc_paused():
        data = _prepare(labels_of(annotations), schema_layers, layers, annotators, match)
        for layer in data.layers:
            rows.extend(_document_rows(data, layer))
    rows.sort(key=lambda r: (r["score"] is None, r["score"] or 0.0, r["document_id"], r["layer"]))
    return rows


def _document_rows(data: _Data, layer: str) -> list[dict[str, Any]]:
    kinds = data.schema_layers.get(layer, {})
    rows = []
    for group, spans in data.groups_by_layer.get(layer, ()):
        present = data.present[group.document_id]
        if len(present) < 2 or not group.units:
            continue
        f1s = []
        for pair in combinations(present, 2):
            n_a, n_b = spans[pair[0]], spans[pair[1]]
            if n_a or n_b:
                f1s.append(span_scores(group.overlap[pair], n_a, n_b)["f1"])
        span_f1 = _mean(f1s)
        attribute_rows, _ = _layer_rows(group.units, kinds, data)
        attribute_agreement = _mean(
            percent_agreement_of_counts(counted(rows_of_attribute))
            for rows_of_attribute in attribute_rows
        )
        rows.append(
            {
                "document_id": group.document_id,
                "layer": layer,
                "annotators": present,
                "units": len(group.units),
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
