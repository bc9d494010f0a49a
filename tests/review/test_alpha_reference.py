"""Our Krippendorff's alpha against the reference implementation (the ``krippendorff`` package).

The worked examples in ``test_coefficients.py`` pin a few published figures;
this compares every level on random matrices with missing values, ragged
units, repeated rows and units that drop out, which is what real reports see.
"""

from __future__ import annotations

import math
import random

import pytest

from annotator.review.coefficients import Level, krippendorff_alpha

krippendorff = pytest.importorskip("krippendorff")
np = pytest.importorskip("numpy")


def random_matrix(rng: random.Random, categories: list[float]) -> list[list[float | None]]:
    coders = rng.randint(2, 5)
    units = rng.randint(2, 60)
    missing = rng.choice([0.0, 0.2, 0.5])
    truth = [rng.choice(categories) for _ in range(units)]
    return [
        [
            None
            if rng.random() < missing
            else (value if rng.random() < 0.7 else rng.choice(categories))
            for _ in range(coders)
        ]
        for value in truth
    ]


def reference(matrix: list[list[float | None]], level: str) -> float:
    data = np.array([[np.nan if v is None else v for v in row] for row in matrix], dtype=float)
    return float(krippendorff.alpha(reliability_data=data.T, level_of_measurement=level))


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("level", ["nominal", "interval"])
def test_alpha_matches_the_krippendorff_package(seed: int, level: Level) -> None:
    rng = random.Random(seed)
    categories = [1.0, 2.0, 3.0] if seed % 2 else [0.5, 2.0, 7.25, 10.0, 12.5, 100.0]
    matrix = random_matrix(rng, categories)
    ours = krippendorff_alpha(matrix, level)
    pairable = [row for row in matrix if sum(v is not None for v in row) >= 2]
    values = {v for row in pairable for v in row if v is not None}
    if len(values) < 2:  # no variation: undefined, where the package says 1.0 or nan
        assert ours is None
        return
    expected = reference(matrix, level)
    assert ours is not None
    assert math.isclose(ours, expected, rel_tol=1e-9, abs_tol=1e-12), (ours, expected)


def test_rows_in_any_order_and_as_tuples_give_the_same_alpha() -> None:
    rng = random.Random(7)
    matrix = random_matrix(rng, [1.0, 2.0, 3.0, 4.0])
    shuffled = [tuple(reversed(row)) for row in reversed(matrix)]
    levels: tuple[Level, ...] = ("nominal", "interval")
    for level in levels:
        first = krippendorff_alpha(matrix, level)
        second = krippendorff_alpha(shuffled, level)
        assert first == pytest.approx(second, rel=1e-12)
