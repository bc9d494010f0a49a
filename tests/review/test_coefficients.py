"""Coefficients against published worked examples and small hand-computed cases."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import permutations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.review.coefficients import (
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    percent_agreement,
    span_scores,
)

N = None

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# 4 observers x 12 units with missing data; unit 12 has one value and is dropped.
KRIPPENDORFF_2011: list[tuple[int | None, ...]] = list(
    zip(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
        [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
        strict=True,
    )
)

# Fleiss (1971) as given on Wikipedia: 10 subjects, 14 raters, counts per category 1..5.
FLEISS_COUNTS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_krippendorff_worked_example_nominal() -> None:
    assert krippendorff_alpha(KRIPPENDORFF_2011, "nominal") == pytest.approx(0.743, abs=5e-4)


def test_krippendorff_worked_example_interval() -> None:
    assert krippendorff_alpha(KRIPPENDORFF_2011, "interval") == pytest.approx(0.849, abs=5e-4)


def test_fleiss_wikipedia_example() -> None:
    units = [[c for c, n in enumerate(row, 1) for _ in range(n)] for row in FLEISS_COUNTS]
    assert fleiss_kappa(units) == pytest.approx(0.210, abs=5e-4)


def test_cohen_wikipedia_example() -> None:
    # 50 proposals: yes/yes 20, A yes B no 5, A no B yes 10, no/no 15.
    # p_o = 35/50 = 0.7, p_e = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.2/0.5 = 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_alpha_missing_data_by_hand() -> None:
    # Pairable units (a,a), (a,b), (b,b); (a,-) is dropped. n = 6, n_a = n_b = 3.
    # Off-diagonal coincidences: only unit 2 -> o_ab = o_ba = 1, sum 2.
    # alpha = 1 - (n-1) * 2 / (n² - Σ n_c²) = 1 - 5*2/18 = 4/9
    units: list[list[str | None]] = [["a", "a"], ["a", "b"], ["b", "b", N], ["a", N]]
    assert krippendorff_alpha(units) == pytest.approx(4 / 9)


def test_alpha_single_value_units_change_nothing() -> None:
    base: list[list[str | None]] = [["a", "a"], ["a", "b"], ["b", "b"]]
    with_singles: list[list[str | None]] = [*base, ["a"], [N, "b", N], [N, N]]
    assert krippendorff_alpha(with_singles) == krippendorff_alpha(base)


def test_alpha_interval_by_hand() -> None:
    # Values 1,2 | 3,3. D_o = (1/4)(1 + 1) = 0.5;
    # D_e = (2·(1·1·1) + 2·(1·2·4) + 2·(1·2·1)) / (4·3) = 22/12; alpha = 1 - 6/22
    assert krippendorff_alpha([[1, 2], [3, 3]], "interval") == pytest.approx(1 - 6 / 22)


def test_alpha_all_agree_with_variation_is_one() -> None:
    assert krippendorff_alpha([["a", "a"], ["b", "b", N]]) == 1.0
    assert krippendorff_alpha([[1.5, 1.5], [2, 2]], "interval") == 1.0


def test_alpha_without_variation_is_undefined() -> None:
    # Our documented choice: no variation at all -> None (0/0), never 1.0.
    assert krippendorff_alpha([["a", "a"], ["a", "a", "a"]]) is None
    assert krippendorff_alpha([[0.1, 0.1, 0.1], [0.1, 0.1]], "interval") is None
    assert percent_agreement([["a", "a"], ["a", "a", "a"]]) == 1.0


def test_alpha_nothing_pairable_is_undefined() -> None:
    assert krippendorff_alpha([]) is None
    assert krippendorff_alpha([["a", N], [N, "b"]]) is None


def test_alpha_rejects_bad_level_and_non_numbers() -> None:
    with pytest.raises(ValueError):
        krippendorff_alpha([[1, 2]], "ordinal")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        krippendorff_alpha([["x", "y"]], "interval")


def test_fleiss_needs_equal_counts() -> None:
    assert fleiss_kappa([["a", "a"], ["a", "b", "b"]]) is None
    assert fleiss_kappa([["a", N], ["b", "b"]]) is None  # missing makes it ragged
    assert fleiss_kappa([["a"], ["b"]]) is None  # fewer than two raters
    assert fleiss_kappa([]) is None
    assert fleiss_kappa([["a", "a"], ["a", "a"]]) is None  # one category: 0/0


def test_fleiss_small_by_hand() -> None:
    # Units (T,T), (T,F): P̄ = (1 + 0)/2; p_T = 3/4, p_F = 1/4, P_e = 10/16.
    # kappa = (0.5 - 0.625) / (1 - 0.625) = -1/3
    assert fleiss_kappa([[True, True], [True, False]]) == pytest.approx(-1 / 3)


def test_cohen_edge_cases() -> None:
    assert cohen_kappa([N, "a"], ["b", N]) is None  # no unit coded by both
    assert cohen_kappa(["a", "a"], ["a", "a"]) is None  # one category: 0/0
    assert cohen_kappa(["a", "b", N], ["a", "b", "c"]) == 1.0
    with pytest.raises(ValueError):
        cohen_kappa(["a"], ["a", "b"])


def test_percent_agreement_pools_pairs() -> None:
    # (a,a,b): 3 pairs, 1 agreeing; (a,b): 1 pair, 0 agreeing; (c) dropped -> 1/4
    assert percent_agreement([["a", "a", "b"], ["a", "b", N], ["c"]]) == 0.25
    assert percent_agreement([["c", N]]) is None


def test_span_scores() -> None:
    scores = span_scores(2, reference=4, candidate=3)
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["recall"] == pytest.approx(0.5)
    assert scores["f1"] == pytest.approx(4 / 7)
    assert span_scores(0, 0, 0) == {"precision": None, "recall": None, "f1": None}
    assert span_scores(0, 0, 2) == {"precision": 0.0, "recall": None, "f1": 0.0}
    with pytest.raises(ValueError):
        span_scores(3, 2, 5)


# -- properties -------------------------------------------------------------------


def _alpha_by_definition(
    units: Sequence[Sequence[Hashable | None]], interval: bool
) -> float | None:
    """Textbook coincidence matrix over all ordered value pairs: slow but obviously right."""
    coincidences: dict[tuple[Hashable, Hashable], float] = {}
    for unit in units:
        values = [v for v in unit if v is not None]
        if len(values) < 2:
            continue
        for x, y in permutations(values, 2):
            coincidences[(x, y)] = coincidences.get((x, y), 0.0) + 1 / (len(values) - 1)
    totals: dict[Hashable, float] = {}
    for (x, _), weight in coincidences.items():
        totals[x] = totals.get(x, 0.0) + weight
    n = sum(totals.values())

    def delta(x: Hashable, y: Hashable) -> float:
        if interval:
            assert isinstance(x, int) and isinstance(y, int)
            return float((x - y) ** 2)
        return 0.0 if x == y else 1.0

    observed = sum(w * delta(x, y) for (x, y), w in coincidences.items())
    expected = sum(totals[x] * totals[y] * delta(x, y) for x in totals for y in totals)
    if n == 0 or expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


matrices = st.lists(
    st.lists(st.one_of(st.none(), st.integers(0, 4)), min_size=3, max_size=3),
    max_size=25,
)


@given(matrices, st.booleans())
def test_alpha_matches_the_definition(units: list[list[int | None]], interval: bool) -> None:
    expected = _alpha_by_definition(units, interval)
    actual = krippendorff_alpha(units, "interval" if interval else "nominal")
    if expected is None:
        assert actual is None
    else:
        assert actual == pytest.approx(expected, abs=1e-9)


@given(st.lists(st.integers(0, 3), min_size=1, max_size=30), st.integers(2, 5))
def test_identical_coders_have_alpha_one(values: list[int], coders: int) -> None:
    units = [[value] * coders for value in values]
    expected = 1.0 if len(set(values)) > 1 else None
    assert krippendorff_alpha(units) == expected
    assert krippendorff_alpha(units, "interval") == expected
