"""The assignment plan: balance, overlap spread over the pairs, determinism."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.team.allocation import PlanError, plan_assignments

NAMES = ["alice", "bob", "carol", "dmitri", "ewa"]


def _pair_counts(plan_documents: dict[str, list[int]]) -> Counter[tuple[str, ...]]:
    by_document: dict[int, list[str]] = {}
    for name, ids in plan_documents.items():
        for i in ids:
            by_document.setdefault(i, []).append(name)
    return Counter(tuple(sorted(names)) for names in by_document.values() if len(names) == 2)


def test_every_document_once_without_overlap_and_loads_within_one() -> None:
    plan = plan_assignments(range(1, 101), NAMES[:3], seed=7)
    handed = sorted(i for ids in plan.documents.values() for i in ids)
    assert handed == list(range(1, 101))
    loads = plan.loads()
    assert max(loads.values()) - min(loads.values()) <= 1
    assert sum(loads.values()) == 100


def test_a_fifth_go_to_two_spread_evenly_over_the_pairs() -> None:
    plan = plan_assignments(range(1000), NAMES, seed=3, overlap=0.2)
    by_document = plan.annotators_of()
    assert len(by_document) == 1000
    assert Counter(len(names) for names in by_document.values()) == {1: 800, 2: 200}
    pairs = _pair_counts(plan.documents)
    assert set(pairs) == {tuple(sorted(p)) for p in combinations(NAMES, 2)}
    assert max(pairs.values()) - min(pairs.values()) <= 1  # 200 over 10 pairs: 20 each
    loads = plan.loads()
    assert max(loads.values()) - min(loads.values()) <= 1


def test_the_overlap_is_rounded() -> None:
    plan = plan_assignments(range(7), NAMES[:3], seed=1, overlap=0.5)  # 3.5 → 4
    assert sum(len(n) == 2 for n in plan.annotators_of().values()) == 4


def test_per_document_gives_every_document_k_annotators() -> None:
    plan = plan_assignments(range(50), NAMES, seed=5, per_document=3)
    by_document = plan.annotators_of()
    assert all(len(names) == 3 for names in by_document.values())
    assert len(by_document) == 50
    loads = plan.loads()
    assert max(loads.values()) - min(loads.values()) <= 1


def test_the_same_seed_gives_the_same_plan_and_another_seed_another() -> None:
    first = plan_assignments(range(200), NAMES, seed=11, overlap=0.3)
    again = plan_assignments(list(reversed(range(200))), NAMES, seed=11, overlap=0.3)
    other = plan_assignments(range(200), NAMES, seed=12, overlap=0.3)
    assert first == again
    assert first.documents != other.documents


@settings(derandomize=True, deadline=None, database=None)  # make test is deterministic
@example(documents=23, annotators=9, overlap=0.8984375, seed=0)  # an odd team, few left over
@given(
    documents=st.integers(min_value=0, max_value=300),
    annotators=st.integers(min_value=2, max_value=9),
    overlap=st.floats(min_value=0.0, max_value=0.9),
    seed=st.integers(min_value=0, max_value=2**31),
)
def test_loads_differ_by_at_most_one(
    documents: int, annotators: int, overlap: float, seed: int
) -> None:
    names = [f"a{i}" for i in range(annotators)]
    plan = plan_assignments(range(documents), names, seed=seed, overlap=overlap)
    loads = plan.loads()
    assert max(loads.values()) - min(loads.values()) <= 1
    assert len(plan.annotators_of()) == documents


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"overlap": 1.5}, "between 0 and 1"),
        ({"per_document": 4}, "between 1 and the number"),
        ({"overlap": 0.2, "per_document": 2}, "not both"),
    ],
)
def test_impossible_options_are_refused(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(PlanError, match=message):
        plan_assignments(range(10), NAMES[:3], seed=1, **kwargs)  # type: ignore[arg-type]


def test_an_overlap_needs_two_annotators() -> None:
    with pytest.raises(PlanError, match="two annotators"):
        plan_assignments(range(10), ["alice"], seed=1, overlap=0.2)
