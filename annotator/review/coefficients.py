"""Agreement coefficients over a reliability matrix, in plain Python.

A reliability matrix is a sequence of *units*, each a sequence of the values
the coders gave it, with ``None`` where a coder gave none.  Columns need not
line up across units for alpha, Fleiss or percent agreement (they only look at
the bag of values per unit); Cohen's kappa takes two explicit columns.

Every function returns ``None`` rather than a number when the coefficient is
mathematically undefined (0/0).  In particular, when all pairable values are
identical there is no variation to be reliable about: Krippendorff states that
alpha is undefined then, and we follow him instead of reporting 1.0, because a
1.0 there would read as "perfectly reliable" on data that cannot show it.  The
percent agreement printed next to it still says 100 %.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Literal, TypedDict

Level = Literal["nominal", "interval"]
Matrix = Sequence[Sequence[Hashable | None]]


class SpanScores(TypedDict):
    precision: float | None
    recall: float | None
    f1: float | None


def _present(unit: Sequence[Hashable | None]) -> list[Hashable]:
    return [value for value in unit if value is not None]


def _pairable(units: Matrix) -> list[list[Hashable]]:
    """Units with at least two values: the only ones that carry agreement information."""
    return [values for values in map(_present, units) if len(values) >= 2]


def krippendorff_alpha(units: Matrix, level: Level = "nominal") -> float | None:
    """Krippendorff's alpha, ``1 - D_o / D_e``, via the coincidence-matrix sums.

    Missing values are simply absent; units with fewer than two values are
    dropped (Krippendorff 2011).  Both disagreements are computed in closed
    form per unit, so the cost is linear in the number of values whatever the
    number of distinct categories.  Returns ``None`` with no pairable values or
    with zero expected disagreement (see the module docstring).
    """
    if level not in ("nominal", "interval"):
        raise ValueError(f"unknown level {level!r}; expected 'nominal' or 'interval'")
    pairable = _pairable(units)
    if level == "interval":
        return _interval_alpha([[_number(v) for v in values] for values in pairable])
    return _nominal_alpha(pairable)


def _number(value: Hashable) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"interval alpha needs numbers, got {value!r}")
    return float(value)


def _nominal_alpha(pairable: list[list[Hashable]]) -> float | None:
    # Sum over c != k of o_ck is, per unit, (m² - Σ count_c²) / (m - 1).
    observed = 0.0
    totals: Counter[Hashable] = Counter()
    for values in pairable:
        counts = Counter(values)
        m = len(values)
        observed += (m * m - sum(c * c for c in counts.values())) / (m - 1)
        totals.update(counts)
    n = sum(totals.values())
    expected = n * n - sum(c * c for c in totals.values())
    if n == 0 or expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def _squared_deviation(values: list[float]) -> float:
    """Σ (x - mean)², exactly 0 for identical values despite rounding."""
    if len(set(values)) <= 1:
        return 0.0
    mean = math.fsum(values) / len(values)
    return math.fsum((x - mean) ** 2 for x in values)


def _interval_alpha(pairable: list[list[float]]) -> float | None:
    # Σ over ordered pairs (x_i - x_j)² equals 2·m·Σ(x - mean)², per unit and overall.
    observed = math.fsum(
        2 * len(values) * _squared_deviation(values) / (len(values) - 1) for values in pairable
    )
    everything = [x for values in pairable for x in values]
    n = len(everything)
    expected = 2 * n * _squared_deviation(everything)
    if n == 0 or expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def fleiss_kappa(units: Matrix) -> float | None:
    """Fleiss' kappa (1971); defined only when every unit has the same number ≥ 2 of values.

    Fleiss' chance model assumes a fixed number of ratings per subject, so a
    ragged matrix gets ``None`` rather than a number computed on a silently
    different footing.  Also ``None`` when everyone used one single category.
    """
    counted = [Counter(_present(unit)) for unit in units]
    if not counted:
        return None
    raters = {sum(counts.values()) for counts in counted}
    if len(raters) != 1:
        return None
    n = raters.pop()
    if n < 2:
        return None
    totals: Counter[Hashable] = Counter()
    agreement = 0.0
    for counts in counted:
        totals.update(counts)
        agreement += (sum(c * c for c in counts.values()) - n) / (n * (n - 1))
    grand = n * len(counted)
    chance_numerator = sum(c * c for c in totals.values())
    if chance_numerator == grand * grand:
        return None
    chance = chance_numerator / (grand * grand)
    return (agreement / len(counted) - chance) / (1 - chance)


def cohen_kappa(
    a_values: Sequence[Hashable | None], b_values: Sequence[Hashable | None]
) -> float | None:
    """Cohen's kappa over the units both coders coded (unweighted, nominal).

    Computed in integers until the last division, so "both used only one
    category" is detected exactly and returns ``None`` (0/0).
    """
    if len(a_values) != len(b_values):
        raise ValueError("cohen_kappa needs two columns of the same length")
    pairs = [
        (a, b) for a, b in zip(a_values, b_values, strict=True) if a is not None and b is not None
    ]
    n = len(pairs)
    if n == 0:
        return None
    agree = sum(1 for a, b in pairs if a == b)
    a_counts = Counter(a for a, _ in pairs)
    b_counts = Counter(b for _, b in pairs)
    chance = sum(count * b_counts[value] for value, count in a_counts.items())
    if chance == n * n:
        return None
    return (n * agree - chance) / (n * n - chance)


def percent_agreement(units: Matrix) -> float | None:
    """Share of agreeing value pairs, pooled over all pairs of all pairable units.

    Pooling pairs (rather than averaging per unit) weighs a unit coded by
    three coders by its three pairs, like the coincidence matrix of alpha.
    """
    agreeing = 0
    total = 0
    for values in _pairable(units):
        m = len(values)
        total += m * (m - 1) // 2
        agreeing += sum(c * (c - 1) // 2 for c in Counter(values).values())
    return agreeing / total if total else None


def span_scores(matched: int, reference: int, candidate: int) -> SpanScores:
    """Precision, recall and F1 of a candidate's spans against a reference's.

    ``matched`` is the number of one-to-one matched pairs, ``reference`` and
    ``candidate`` the number of spans each side has.  With one-to-one matching
    F1 = 2·matched / (reference + candidate) is symmetric, so swapping roles
    only swaps precision and recall.
    """
    if matched < 0 or matched > min(reference, candidate):
        raise ValueError("matched must be between 0 and the smaller span count")
    return {
        "precision": matched / candidate if candidate else None,
        "recall": matched / reference if reference else None,
        "f1": 2 * matched / (reference + candidate) if reference + candidate else None,
    }
