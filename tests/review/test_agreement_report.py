"""The agreement report on a small three-annotator project computed by hand.

Layer ``quote`` (attributes speaker text, stance choice, score number, direct flag):

    doc 1  alice [0,10)  speaker "Obama"   stance pro  score 1  direct True
           alice [20,30) speaker "Merkel"  stance con  score 2  direct True
           bob   [0,10)  speaker " obama " stance pro  score 1  direct True
           bob   [22,30) speaker "Merkel"  stance pro  score 3  direct False
           carol [0,8)   speaker "Obama"   stance con  score 1
    doc 2  alice [5,15)  stance pro

Layer ``topic`` (document scope, attribute topic choice):

    doc 1  alice politics, bob politics, carol economy
    doc 2  bob sports                      (so bob "annotated" doc 2, carol did not)

Overlap units of ``quote``: U1 = {alice, bob, carol} at [0,10), U2 = {alice, bob}
at [20,30), U3 = {alice} in doc 2 -> 3 units in 2 documents.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from annotator.core.model import GOLD, Annotation
from annotator.review.agreement import (
    METHOD,
    agreement_report,
    format_table,
    per_document_agreement,
    report_to_csv_rows,
)

SCHEMA = {
    "quote": {"speaker": "text", "stance": "choice", "score": "number", "direct": "flag"},
    "topic": {"topic": "choice"},
}


def quote(id: str, who: str, start: int, end: int, doc: int = 1, **attributes: Any) -> Annotation:
    return Annotation(id, doc, who, "quote", start, end, attributes)


def topic(id: str, who: str, value: str, doc: int = 1) -> Annotation:
    return Annotation(id, doc, who, "topic", 0, 0, {"topic": value})


PROJECT = [
    quote("a1", "alice", 0, 10, speaker="Obama", stance="pro", score=1, direct=True),
    quote("a2", "alice", 20, 30, speaker="Merkel", stance="con", score=2, direct=True),
    quote("b1", "bob", 0, 10, speaker=" obama ", stance="pro", score=1, direct=True),
    quote("b2", "bob", 22, 30, speaker="Merkel", stance="pro", score=3, direct=False),
    quote("c1", "carol", 0, 8, speaker="Obama", stance="con", score=1.0),
    quote("a3", "alice", 5, 15, doc=2, stance="pro"),
    topic("ta", "alice", "politics"),
    topic("tb", "bob", "politics"),
    topic("tc", "carol", "economy"),
    topic("tb2", "bob", "sports", doc=2),
]

approx = pytest.approx


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return agreement_report(PROJECT, SCHEMA)


def test_shape(report: dict[str, Any]) -> None:
    assert set(report) == {"match", "layers", "method"}
    assert report["match"] == "overlap"
    assert report["method"] == METHOD
    assert list(report["layers"]) == ["quote", "topic"]
    layer = report["layers"]["quote"]
    assert set(layer) == {"annotators", "documents", "units", "spans", "attributes"}
    assert layer["annotators"] == ["alice", "bob", "carol"]
    assert (layer["documents"], layer["units"]) == (2, 3)
    assert set(layer["spans"]) == {"exact", "overlap"}
    assert set(layer["spans"]["exact"]["pairs"]) == {"alice|bob", "alice|carol", "bob|carol"}
    assert set(layer["attributes"]) == {"speaker", "stance", "score", "direct"}
    figures = layer["attributes"]["stance"]
    assert set(figures) == {
        "krippendorff_alpha",
        "fleiss_kappa",
        "cohen_kappa",
        "percent_agreement",
        "units",
        "confusion",
    }
    assert "confusion" not in layer["attributes"]["speaker"]  # text: no matrix
    assert json.loads(json.dumps(report)) == report


def test_span_agreement(report: dict[str, Any]) -> None:
    spans = report["layers"]["quote"]["spans"]
    # alice|bob share docs 1 and 2: alice 3 spans, bob 2. Exact: 1 match -> P 1/2,
    # R 1/3, F1 2/5. Overlap: 2 matches -> P 1, R 2/3, F1 4/5.
    assert spans["exact"]["pairs"]["alice|bob"] == approx(
        {"precision": 1 / 2, "recall": 1 / 3, "f1": 2 / 5}
    )
    assert spans["overlap"]["pairs"]["alice|bob"] == approx(
        {"precision": 1.0, "recall": 2 / 3, "f1": 4 / 5}
    )
    # alice|carol and bob|carol share doc 1 only: 2 spans vs 1. Exact: nothing
    # matches; overlap: 1 match -> P 1, R 1/2, F1 2/3.
    for pair in ("alice|carol", "bob|carol"):
        assert spans["exact"]["pairs"][pair] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        assert spans["overlap"]["pairs"][pair] == approx(
            {"precision": 1.0, "recall": 1 / 2, "f1": 2 / 3}
        )
    assert spans["exact"]["f1"] == approx(2 / 15)
    assert spans["overlap"]["f1"] == approx((4 / 5 + 4 / 3) / 3)


def test_text_attribute_trimmed_and_casefolded(report: dict[str, Any]) -> None:
    # U1 obama x3, U2 merkel x2: no disagreement, two categories -> alpha 1.
    # Fleiss: 3 values vs 2 -> null. Cohen alice|bob: (obama,obama), (merkel,merkel)
    # -> 1; the carol pairs have one shared unit with one category -> 0/0 -> null.
    speaker = report["layers"]["quote"]["attributes"]["speaker"]
    assert speaker == {
        "krippendorff_alpha": 1.0,
        "fleiss_kappa": None,
        "cohen_kappa": {"alice|bob": 1.0, "alice|carol": None, "bob|carol": None},
        "percent_agreement": 1.0,
        "units": 2,
    }


def test_choice_attribute(report: dict[str, Any]) -> None:
    # U1 pro,pro,con; U2 con,pro; U3 pro alone (dropped). n = 5 (pro 3, con 2).
    # Off-diagonal coincidences: U1 (2·1·2)/2 = 2, U2 2/1 = 2 -> 4.
    # alpha = 1 - (5-1)·4 / (25 - 13) = -1/3.
    # Cohen alice|bob over U1,U2: p_o = 1/2, p_e = (1/2)(1) = 1/2 -> 0.
    # Cohen with carol: one unit (pro vs con): (0 - 0) / (1 - 0) = 0.
    # Percent: U1 1 of 3 pairs, U2 0 of 1 -> 1/4.
    stance = report["layers"]["quote"]["attributes"]["stance"]
    assert stance["krippendorff_alpha"] == approx(-1 / 3)
    assert stance["fleiss_kappa"] is None
    assert stance["cohen_kappa"] == {"alice|bob": 0.0, "alice|carol": 0.0, "bob|carol": 0.0}
    assert stance["percent_agreement"] == 0.25
    assert stance["units"] == 2


def test_number_attribute_is_interval(report: dict[str, Any]) -> None:
    # U1 1,1,1; U2 2,3. Observed: U2 2·(3-2)²/1 = 2. Values 1,1,1,2,3 (mean 1.6,
    # Σ dev² = 3.2): expected 2·5·3.2 = 32. alpha = 1 - 4·2/32 = 0.75.
    # Cohen alice|bob: (1,1), (2,3): p_o 1/2, p_e 1/4 -> 1/3. Percent 3 of 4 pairs.
    score = report["layers"]["quote"]["attributes"]["score"]
    assert score["krippendorff_alpha"] == approx(0.75)
    assert score["cohen_kappa"] == approx(
        {"alice|bob": 1 / 3, "alice|carol": None, "bob|carol": None}
    )
    assert score["percent_agreement"] == 0.75


def test_flag_attribute_and_fleiss(report: dict[str, Any]) -> None:
    # Only alice and bob set it: U1 (T,T), U2 (T,F), both units have 2 values
    # so Fleiss is defined: P̄ = 1/2, P_e = (3/4)² + (1/4)² = 5/8 -> -1/3.
    # alpha: observed 2, n = 4, expected 16 - 10 = 6 -> 1 - 3·2/6 = 0.
    direct = report["layers"]["quote"]["attributes"]["direct"]
    assert direct["krippendorff_alpha"] == approx(0.0)
    assert direct["fleiss_kappa"] == approx(-1 / 3)
    assert direct["cohen_kappa"] == {"alice|bob": 0.0, "alice|carol": None, "bob|carol": None}
    assert direct["percent_agreement"] == 0.5


def test_document_scope_layer(report: dict[str, Any]) -> None:
    layer = report["layers"]["topic"]
    assert (layer["documents"], layer["units"]) == (2, 2)
    # alice|bob share docs 1, 2: alice 1 label, bob 2, 1 matched -> P 1/2, R 1, F1 2/3.
    assert layer["spans"]["exact"]["pairs"]["alice|bob"] == approx(
        {"precision": 1 / 2, "recall": 1.0, "f1": 2 / 3}
    )
    assert layer["spans"]["overlap"]["f1"] == approx((2 / 3 + 1 + 1) / 3)
    # One pairable unit (politics, politics, economy): alpha 1 - 2·2/(9-5) = 0;
    # Fleiss P̄ = 1/3, P_e = 5/9 -> -1/2.
    figures = layer["attributes"]["topic"]
    assert figures["krippendorff_alpha"] == approx(0.0)
    assert figures["fleiss_kappa"] == approx(-0.5)
    assert figures["percent_agreement"] == approx(1 / 3)


def test_exact_match_changes_attribute_units() -> None:
    report = agreement_report(PROJECT, SCHEMA, layers=["quote"], match="exact")
    assert report["match"] == "exact"
    assert list(report["layers"]) == ["quote"]
    # Exact units: {a1,b1}, {c1}, {a2}, {b2}, {a3} -> only one pairable unit.
    assert report["layers"]["quote"]["units"] == 5
    assert report["layers"]["quote"]["attributes"]["stance"]["units"] == 1


def test_annotator_selection_and_gold() -> None:
    gold = quote("g1", GOLD, 0, 10, stance="pro")
    default = agreement_report([*PROJECT, gold], SCHEMA)
    assert default["layers"]["quote"]["annotators"] == ["alice", "bob", "carol"]
    versus_gold = agreement_report([*PROJECT, gold], SCHEMA, annotators=["gold", "alice"])
    quote_layer = versus_gold["layers"]["quote"]
    assert quote_layer["annotators"] == ["alice", "gold"]
    # gold only annotated doc 1: alice's 2 spans there vs gold's 1, one exact match.
    assert quote_layer["spans"]["exact"]["pairs"]["alice|gold"] == approx(
        {"precision": 1.0, "recall": 1 / 2, "f1": 2 / 3}
    )


def test_refs_compare_by_the_target_unit() -> None:
    schema = {"person": {}, "quote": {"speaker": "ref"}}
    data = [
        Annotation("pa", 1, "alice", "person", 0, 5),
        Annotation("pb", 1, "bob", "person", 0, 6),
        Annotation("pb2", 1, "bob", "person", 40, 45),
        Annotation("qa", 1, "alice", "quote", 10, 20, {"speaker": "pa"}),
        Annotation("qb", 1, "bob", "quote", 10, 20, {"speaker": "pb"}),
        Annotation("qa2", 1, "alice", "quote", 30, 35, {"speaker": "pa"}),
        Annotation("qb2", 1, "bob", "quote", 30, 35, {"speaker": "pb2"}),
    ]
    figures = agreement_report(data, schema)["layers"]["quote"]["attributes"]["speaker"]
    # pa and pb align into one person unit, pb2 is alone: first quote agrees, second not.
    assert figures["percent_agreement"] == 0.5


def test_unknown_match_mode_or_type_is_rejected() -> None:
    with pytest.raises(ValueError):
        agreement_report(PROJECT, SCHEMA, match="fuzzy")
    with pytest.raises(ValueError, match="unknown type"):
        agreement_report(PROJECT, {"quote": {"stance": "colour"}})


def test_per_document_worst_first() -> None:
    rows = per_document_agreement(PROJECT, SCHEMA)
    # quote doc 1: span F1 pairs 1, 2/3, 2/3 -> 7/9; percent per attribute
    #   1, 1/4, 3/4, 1/2 -> 5/8; score (7/9 + 5/8) / 2.
    # quote doc 2: alice 1 span, bob 0 -> F1 0; no pairable unit -> score 0.
    # topic doc 1: F1 1; percent 1/3 -> score 2/3.  topic doc 2: F1 0 -> 0.
    assert [(r["document_id"], r["layer"]) for r in rows] == [
        (2, "quote"),
        (2, "topic"),
        (1, "topic"),
        (1, "quote"),
    ]
    by_key = {(r["document_id"], r["layer"]): r for r in rows}
    first = by_key[(1, "quote")]
    assert first["annotators"] == ["alice", "bob", "carol"]
    assert first["span_f1"] == approx(7 / 9)
    assert first["attribute_agreement"] == approx(5 / 8)
    assert first["score"] == approx((7 / 9 + 5 / 8) / 2)
    assert by_key[(2, "quote")]["attribute_agreement"] is None
    assert by_key[(2, "quote")]["annotators"] == ["alice", "bob"]
    assert by_key[(1, "topic")]["score"] == approx(2 / 3)


def test_csv_rows_and_table(report: dict[str, Any]) -> None:
    rows = report_to_csv_rows(report)
    assert all(list(r) == ["layer", "attribute", "measure", "pair", "value"] for r in rows)
    index = {(r["layer"], r["attribute"], r["measure"], r["pair"]): r["value"] for r in rows}
    assert index[("quote", "", "span_f1_exact", "")] == approx(2 / 15)
    assert index[("quote", "", "span_precision_overlap", "alice|bob")] == 1.0
    assert index[("quote", "stance", "cohen_kappa", "alice|carol")] == 0.0
    assert index[("quote", "speaker", "fleiss_kappa", "")] is None
    assert index[("topic", "", "units", "")] == 2
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["layer", "attribute", "measure", "pair", "value"])
    writer.writerows(rows)
    assert "quote,speaker,fleiss_kappa,,\r\n" in buffer.getvalue()

    table = format_table(report)
    lines = table.splitlines()
    assert lines[0] == "Agreement, attribute units matched by overlap"
    assert lines[1].split() == ["layer", "attribute", "measure", "pair", "value"]
    assert len(lines) == len(rows) + 3
    assert any(line.split()[-2:] == ["span_f1_exact", "0.133"] for line in lines)
    assert "n/a" in table
