"""Confusion matrices per choice/flag attribute and annotator pair, in the agreement JSON."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Annotation
from annotator.core.schema import Schema
from annotator.review.agreement import agreement_report, confusion_matrix
from tests.review.test_agreement_report import PROJECT, SCHEMA

CHOICES = {"quote": {"stance": ["pro", "con", "neutral"]}, "topic": {"topic": ["sports"]}}


def test_counts_over_units_both_coded_rows_first_annotator_labels_in_schema_order() -> None:
    report = agreement_report(PROJECT, SCHEMA, choices=CHOICES)
    stance = report["layers"]["quote"]["attributes"]["stance"]["confusion"]
    assert set(stance) == {"alice|bob", "alice|carol", "bob|carol"}
    # Unit 1: alice pro, bob pro, carol con; unit 2: alice con, bob pro; unit 3 alice alone.
    assert stance["alice|bob"] == {
        "labels": ["pro", "con", "neutral"],
        "matrix": [[1, 0, 0], [1, 0, 0], [0, 0, 0]],
    }
    assert stance["alice|carol"]["matrix"] == [[0, 1, 0], [0, 0, 0], [0, 0, 0]]
    assert stance["bob|carol"]["matrix"] == [[0, 1, 0], [0, 0, 0], [0, 0, 0]]


def test_flags_are_true_then_false() -> None:
    report = agreement_report(PROJECT, SCHEMA, choices=CHOICES)
    direct = report["layers"]["quote"]["attributes"]["direct"]["confusion"]
    # Unit 1: alice true, bob true (carol has none); unit 2: alice true, bob false.
    assert direct["alice|bob"] == {"labels": [True, False], "matrix": [[1, 1], [0, 0]]}
    assert direct["alice|carol"]["matrix"] == [[0, 0], [0, 0]]


def test_values_missing_from_the_schema_are_added_after_it_not_dropped() -> None:
    report = agreement_report(PROJECT, SCHEMA, choices=CHOICES)
    topic = report["layers"]["topic"]["attributes"]["topic"]["confusion"]
    assert topic["alice|carol"] == {
        "labels": ["sports", "economy", "politics"],
        "matrix": [[0, 0, 0], [0, 0, 0], [0, 1, 0]],
    }


def test_confusion_matrix_skips_units_one_side_did_not_code() -> None:
    assert confusion_matrix(["a", None, "b", "a"], ["b", "a", None, "a"], ["a", "b"]) == [
        [1, 1],
        [0, 0],
    ]


def test_the_cli_json_carries_confusion_in_schema_order(
    tmp_path: Path, news_schema: Schema
) -> None:
    from tests.team.scenario import team_project

    team = team_project(tmp_path, news_schema)
    result = CliRunner().invoke(
        main, ["--project", str(team.lead), "agreement", "--format", "json"]
    )
    polarity = json.loads(result.output)["layers"]["stance"]["attributes"]["polarity"]
    confusion = polarity["confusion"]["alice|carol"]
    assert confusion["labels"] == ["favor", "against", "neutral", "unclear"]
    shared = len(set(team.plan["alice"]) & set(team.plan["carol"]))
    # alice always said "against", carol "neutral": all their shared units in one cell.
    assert confusion["matrix"][1][2] == shared > 0
    assert sum(map(sum, confusion["matrix"])) == shared


def test_equal_values_of_other_types_keep_their_own_labels() -> None:
    """A choice given as 1 in one unit and as True in another (a hand-edited project) is
    two labels, each counted where it was given, though 1 == True; the other attribute
    makes the two units different, so neither borrows the other's row."""
    labels = [
        Annotation("a1", 1, "alice", "quote", 0, 5, {"stance": 1, "speaker": "p"}),
        Annotation("b1", 1, "bob", "quote", 0, 5, {"stance": "pro", "speaker": "q"}),
        Annotation("a2", 1, "alice", "quote", 10, 15, {"stance": True, "speaker": "r"}),
        Annotation("b2", 1, "bob", "quote", 10, 15, {"stance": "pro", "speaker": "s"}),
    ]
    report = agreement_report(labels, SCHEMA, choices=CHOICES)
    confusion = report["layers"]["quote"]["attributes"]["stance"]["confusion"]["alice|bob"]
    assert confusion["labels"] == ["pro", "con", "neutral", "1", True]  # extras by repr
    assert confusion["matrix"][3] == [1, 0, 0, 0, 0]  # 1, then pro
    assert confusion["matrix"][4] == [1, 0, 0, 0, 0]  # True, then pro


def test_a_value_given_as_1_and_as_true_beside_equal_attributes_stays_itself() -> None:
    """The report remembers each combination of raw values (``Comparables``); 1 == True,
    so the key also holds their types. A text attribute given as 1 (agreeing with bob's
    "1") and, with every other attribute equal, as True (not "1") gives one agreeing and
    one disagreeing unit, as at 5b39ed4; without the types in the key True took 1's
    value and both units agreed. (The test above changes another attribute too, so it
    never met this case.)"""
    labels = [
        Annotation("a1", 1, "alice", "quote", 0, 5, {"speaker": 1, "stance": "pro"}),
        Annotation("b1", 1, "bob", "quote", 0, 5, {"speaker": "1", "stance": "pro"}),
        Annotation("a2", 1, "alice", "quote", 10, 15, {"speaker": True, "stance": "pro"}),
        Annotation("b2", 1, "bob", "quote", 10, 15, {"speaker": "1", "stance": "pro"}),
    ]
    speaker = agreement_report(labels, SCHEMA)["layers"]["quote"]["attributes"]["speaker"]
    assert (speaker["units"], speaker["percent_agreement"]) == (2, 0.5)
