"""Alignment of several annotators' spans into units."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.model import Annotation
from annotator.review.alignment import Unit, align_units


def ann(
    id: str,
    annotator: str,
    start: int,
    end: int,
    document_id: int = 1,
    layer: str = "quote",
    created_at: str = "",
) -> Annotation:
    return Annotation(id, document_id, annotator, layer, start, end, created_at=created_at)


def shape(units: list[Unit]) -> list[tuple[int, int, list[str]]]:
    """Units as (start, end, sorted member ids): easy to compare by eye."""
    return [(u.start, u.end, sorted(a.id for a in u.members.values())) for u in units]


def test_exact_pairs_identical_spans_only() -> None:
    data = [ann("a", "A", 0, 10), ann("b", "B", 0, 10), ann("c", "C", 2, 10)]
    assert shape(align_units(data, "exact")) == [(0, 10, ["a", "b"]), (2, 10, ["c"])]


def test_overlap_pairs_overlapping_spans() -> None:
    data = [ann("a", "A", 0, 10), ann("b", "B", 0, 10), ann("c", "C", 2, 10)]
    assert shape(align_units(data)) == [(0, 10, ["a", "b", "c"])]


def test_nested_span_pairs_in_overlap_mode_and_unit_is_the_union() -> None:
    data = [ann("a", "A", 0, 20), ann("b", "B", 5, 10)]
    assert shape(align_units(data, "overlap")) == [(0, 20, ["a", "b"])]
    assert shape(align_units(data, "exact")) == [(0, 20, ["a"]), (5, 10, ["b"])]


def test_partial_overlap() -> None:
    data = [ann("a", "A", 0, 10), ann("b", "B", 5, 15)]
    unit = align_units(data)[0]
    assert (unit.start, unit.end, unit.annotators) == (0, 15, ["A", "B"])
    assert unit.members["A"].id == "a"


def test_touching_spans_do_not_overlap() -> None:
    # End-exclusive offsets: [0,5) and [5,10) share no character.
    data = [ann("a", "A", 0, 5), ann("b", "B", 5, 10)]
    assert shape(align_units(data)) == [(0, 5, ["a"]), (5, 10, ["b"])]


def test_one_to_many_takes_the_larger_overlap() -> None:
    # a overlaps b1 by 5 and b2 by 12: a-b2 pair, b1 stays alone.
    data = [ann("a", "A", 0, 20), ann("b1", "B", 0, 5), ann("b2", "B", 8, 30)]
    assert shape(align_units(data)) == [(0, 5, ["b1"]), (0, 30, ["a", "b2"])]


def test_equal_overlap_prefers_the_tighter_span() -> None:
    # Both B spans overlap a by 10; the identical one has the smaller union.
    data = [ann("a", "A", 0, 10), ann("b1", "B", 0, 20), ann("b2", "B", 0, 10)]
    assert shape(align_units(data)) == [(0, 10, ["a", "b2"]), (0, 20, ["b1"])]


def test_no_chaining_through_a_middle_span() -> None:
    # a-b overlap 5, b-c overlap 3, a-c nothing: c may not join the a-b unit.
    data = [ann("a", "A", 0, 10), ann("b", "B", 5, 15), ann("c", "C", 12, 20)]
    assert shape(align_units(data)) == [(0, 15, ["a", "b"]), (12, 20, ["c"])]


def test_same_annotator_never_shares_a_unit() -> None:
    data = [ann("a1", "A", 0, 10), ann("a2", "A", 5, 15)]
    assert shape(align_units(data)) == [(0, 10, ["a1"]), (5, 15, ["a2"])]


def test_single_annotator_spans_are_their_own_units() -> None:
    data = [ann("a", "A", 0, 10), ann("b", "B", 40, 50)]
    units = align_units(data)
    assert [u.annotators for u in units] == [["A"], ["B"]]


def test_documents_and_layers_never_mix() -> None:
    data = [
        ann("a", "A", 0, 10),
        ann("b", "B", 0, 10, document_id=2),
        ann("c", "C", 0, 10, layer="figure"),
    ]
    units = align_units(data)
    assert [(u.document_id, u.layer, u.annotators) for u in units] == [
        (1, "figure", ["C"]),
        (1, "quote", ["A"]),
        (2, "quote", ["B"]),
    ]


def test_document_scope_labels_pair_slot_by_slot() -> None:
    data = [
        ann("a2", "A", 0, 0, layer="topic", created_at="2024-01-02"),
        ann("a1", "A", 0, 0, layer="topic", created_at="2024-01-01"),
        ann("b1", "B", 0, 0, layer="topic", created_at="2024-01-05"),
        ann("c1", "C", 0, 0, layer="topic", document_id=2),
    ]
    for mode in ("exact", "overlap"):
        units = align_units(data, mode)
        assert [(u.document_id, sorted(a.id for a in u.members.values())) for u in units] == [
            (1, ["a1", "b1"]),
            (1, ["a2"]),
            (2, ["c1"]),
        ]


def test_unknown_match_mode_is_rejected() -> None:
    with pytest.raises(ValueError, match="match mode"):
        align_units([], "fuzzy")


def test_result_does_not_depend_on_input_order() -> None:
    rng = random.Random(7)
    data = [
        ann(f"{who}{i}", who, start, start + rng.randint(1, 15))
        for who in "ABC"
        for i, start in enumerate(rng.sample(range(100), 20))
    ]
    expected = shape(align_units(data))
    for _ in range(5):
        rng.shuffle(data)
        assert shape(align_units(data)) == expected


def test_large_project_aligns_quickly() -> None:
    # 3 annotators x 100,000 spans over 1,000 documents.
    rng = random.Random(1)
    data = []
    for who in "ABC":
        for document_id in range(1000):
            position = 0
            for i in range(100):
                position += rng.randint(1, 40)
                length = rng.randint(1, 60)
                identifier = f"{who}{document_id}.{i}"
                data.append(ann(identifier, who, position, position + length, document_id))
                position += length
    units = align_units(data)  # its speed is measured by make bench (bench_agreement)
    assert sum(len(u.members) for u in units) == 300_000


spans = st.tuples(st.sampled_from("ABC"), st.integers(0, 40), st.integers(0, 12))


@given(st.lists(spans, max_size=40), st.sampled_from(["exact", "overlap"]))
def test_every_annotation_lands_in_exactly_one_valid_unit(
    raw: list[tuple[str, int, int]], mode: str
) -> None:
    data = [ann(str(i), who, start, start + length) for i, (who, start, length) in enumerate(raw)]
    units = align_units(data, mode)
    placed = [a.id for u in units for a in u.members.values()]
    assert sorted(placed) == sorted(a.id for a in data)  # none lost, none twice
    for unit in units:
        members = list(unit.members.values())
        assert all(name == a.annotator for name, a in unit.members.items())
        assert unit.start == min(a.start for a in members)
        assert unit.end == max(a.end for a in members)
        for x in members:
            for y in members:
                if mode == "exact" or x.start == x.end or y.start == y.end:
                    assert (x.start, x.end) == (y.start, y.end)
                else:
                    assert min(x.end, y.end) > max(x.start, y.start)
