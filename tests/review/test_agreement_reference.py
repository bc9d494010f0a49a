"""The agreement report against a straightforward reference, on random small projects.

The report counts distinct rows, shares one sweep between units and pair matches,
and parses attribute text once; the reference below does none of that.  It takes
the units of :func:`align_units`, builds the full units × annotators matrix of
every attribute with :func:`attribute_value`, hands it to the list-based
coefficient functions, and finds each pair's matched spans by aligning only that
pair's labels on the documents both worked on.  Both must give the same report,
float for float, in the same key order.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from itertools import combinations
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.attribute_types import ATTRIBUTE_TYPES
from annotator.core.model import GOLD, Annotation
from annotator.review.agreement import (
    CONFUSION_TYPES,
    FLAG_LABELS,
    agreement_report,
    attribute_value,
    confusion_matrix,
)
from annotator.review.alignment import align_units
from annotator.review.coefficients import (
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    percent_agreement,
    span_scores,
)
from tests.fuzzing import fuzz_settings

SCHEMA = {
    "stance": {"holder": "text", "polarity": "choice", "sure": "flag"},
    "figure": {"value": "number", "when": "date"},
    "quote": {"source": "ref", "kind": "choice"},
    "topic": {"topic": "choice"},
}
CHOICES = {"stance": {"polarity": ["favor", "against"]}, "topic": {"topic": ["a", "b"]}}


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return math.fsum(present) / len(present) if present else None


def _pair_spans(selected: list[Annotation], layer: str, a: str, b: str, mode: str) -> Any:
    documents_a = {x.document_id for x in selected if x.annotator == a}
    documents_b = {x.document_id for x in selected if x.annotator == b}
    shared = documents_a & documents_b
    mine = [
        x
        for x in selected
        if x.layer == layer and x.document_id in shared and x.annotator in (a, b)
    ]
    matched = sum(1 for u in align_units(mine, mode) if a in u.members and b in u.members)
    n_a = sum(x.annotator == a for x in mine)
    return dict(span_scores(matched, n_a, len(mine) - n_a))


def _attribute(
    matrix: list[list[Any]], kind: str, chosen: list[str], choices: Sequence[str]
) -> dict[str, Any]:
    pairable = [row for row in matrix if sum(v is not None for v in row) >= 2]
    coded = {
        (i, j): (
            [row[i] for row in pairable if row[i] is not None and row[j] is not None],
            [row[j] for row in pairable if row[i] is not None and row[j] is not None],
        )
        for i, j in combinations(range(len(chosen)), 2)
    }
    figures: dict[str, Any] = {
        "krippendorff_alpha": krippendorff_alpha(pairable, ATTRIBUTE_TYPES[kind].level),
        "fleiss_kappa": fleiss_kappa(pairable) if pairable else None,
        "cohen_kappa": {f"{chosen[i]}|{chosen[j]}": cohen_kappa(*coded[(i, j)]) for i, j in coded},
        "percent_agreement": percent_agreement(pairable),
        "units": len(pairable),
    }
    if kind in CONFUSION_TYPES:
        known: list[Any] = list(FLAG_LABELS) if kind == "flag" else list(choices)
        seen = {
            v if isinstance(v, str | bool) else str(v)
            for row in pairable
            for v in row
            if v is not None
        }
        labels = known + sorted(seen - set(known), key=repr)
        figures["confusion"] = {
            f"{chosen[i]}|{chosen[j]}": {
                "labels": labels,
                "matrix": confusion_matrix(*coded[(i, j)], labels),
            }
            for i, j in coded
        }
    return figures


def reference_report(labels: list[Annotation], match: str) -> dict[str, Any]:
    chosen = sorted({x.annotator for x in labels} - {GOLD})
    selected = [x for x in labels if x.annotator in chosen]
    units = align_units(selected, match)
    ref_keys = {m.id: ("unit", i) for i, u in enumerate(units) for m in u.members.values()}
    layers: dict[str, Any] = {}
    for layer, kinds in SCHEMA.items():
        mine = [u for u in units if u.layer == layer]
        spans = {}
        for mode in ("exact", "overlap"):
            pairs = {
                f"{a}|{b}": _pair_spans(selected, layer, a, b, mode)
                for a, b in combinations(chosen, 2)
            }
            spans[mode] = {"f1": _mean([p["f1"] for p in pairs.values()]), "pairs": pairs}
        attributes = {}
        for name, kind in kinds.items():
            matrix = [
                [
                    None if m is None else attribute_value(m, name, kind, ref_keys)
                    for m in (u.members.get(who) for who in chosen)
                ]
                for u in mine
            ]
            choices = CHOICES.get(layer, {}).get(name, [])
            attributes[name] = _attribute(matrix, kind, chosen, choices)
        layers[layer] = {
            "annotators": chosen,
            "documents": len({u.document_id for u in mine}),
            "units": len(mine),
            "spans": spans,
            "attributes": attributes,
        }
    return layers


VALUES: dict[str, st.SearchStrategy[Any]] = {
    "holder": st.sampled_from(["Kazakhstan", " kazakhstan", "STRASSE", "Straße", "", "x"]),
    "polarity": st.sampled_from(["favor", "against", "old", ["favor", "against"], []]),
    "sure": st.booleans(),
    "value": st.sampled_from([1, 1.0, "1", 2.5, "abc", True, -3]),
    "when": st.sampled_from(["2022-01-01", "2022-01-02", "2023-06-30", ""]),
    "kind": st.sampled_from(["direct", "indirect", ""]),
    "topic": st.sampled_from(["a", "b", "c"]),
}


@st.composite
def projects(draw: st.DrawFn) -> list[Annotation]:
    count = draw(st.integers(0, 40))
    labels = []
    for number in range(count):
        layer = draw(st.sampled_from([*SCHEMA, "elsewhere"]))
        start = 0 if layer == "topic" else draw(st.integers(0, 30))
        length = 0 if layer == "topic" else draw(st.sampled_from([0, 1, 3, 5, 8, 12]))
        attributes = {}
        for name in SCHEMA.get(layer, {}):
            if name == "source":
                attributes[name] = draw(st.sampled_from([f"x{draw(st.integers(0, count))}", ""]))
            elif draw(st.booleans()):
                attributes[name] = draw(VALUES[name])
        labels.append(
            Annotation(
                id=f"x{number}",
                document_id=draw(st.integers(1, 3)),
                annotator=draw(st.sampled_from(["A", "B", "C", "D", GOLD])),
                layer=layer,
                start=start,
                end=start + length,
                attributes=attributes,
                created_at=draw(st.sampled_from(["2026-01-01", "2026-01-02"])),
            )
        )
    return labels


@fuzz_settings(150)
@given(projects(), st.sampled_from(["overlap", "exact"]))
def test_report_equals_the_reference(labels: list[Annotation], match: str) -> None:
    report = agreement_report(labels, SCHEMA, match=match, choices=CHOICES)["layers"]
    assert json.dumps(report, default=repr) == json.dumps(
        reference_report(labels, match), default=repr
    )
