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
from collections.abc import Hashable, Mapping, Sequence
from typing import Literal, TypedDict

Level = Literal["nominal", "interval"]
Matrix = Sequence[Sequence[Hashable | None]]
RowCounts = Mapping[tuple[Hashable | None, ...], int]
"""Distinct rows of a matrix → how many units have that row, in the order the rows first
occur (what :func:`_row_counts` gives; the ``*_of_counts`` functions take it directly)."""


class SpanScores(TypedDict):
    precision: float | None
    recall: float | None
    f1: float | None


def _row_counts(units: Matrix) -> Counter[tuple[Hashable | None, ...]]:
    """How many units have each exact row of values.

    Every coefficient here depends only on the bag of values per unit, so it
    can be computed once per *distinct* row, weighted by how often the row
    occurs.  With a handful of coders and categories there are only dozens of
    distinct rows however many units there are: counting them is a single pass
    in C (``Counter``), which is what makes 100,000 units cost milliseconds.
    """
    return Counter(map(tuple, units))


def _pairable(rows: RowCounts) -> list[tuple[list[Hashable], int]]:
    """(present values, number of units) for the distinct rows with two or more values.

    Units with fewer than two values carry no agreement information.
    """
    result = []
    for row, weight in rows.items():
        values = [value for value in row if value is not None]
        if len(values) >= 2:
            result.append((values, weight))
    return result


def krippendorff_alpha(units: Matrix, level: Level = "nominal") -> float | None:
    """Krippendorff's alpha, ``1 - D_o / D_e``, via the coincidence-matrix sums.

    Missing values are simply absent; units with fewer than two values are
    dropped (Krippendorff 2011).  Both disagreements are computed in closed
    form per distinct row of values (see :func:`_row_counts`), so the cost is
    linear in the number of units whatever the number of distinct categories.
    Returns ``None`` with no pairable values or with zero expected
    disagreement (see the module docstring).
    """
    if level not in ("nominal", "interval"):
        raise ValueError(f"unknown level {level!r}; expected 'nominal' or 'interval'")
    return krippendorff_alpha_of_counts(_row_counts(units), level)


def krippendorff_alpha_of_counts(rows: RowCounts, level: Level = "nominal") -> float | None:
    """:func:`krippendorff_alpha` of the matrix whose :func:`_row_counts` are ``rows``."""
    if level not in ("nominal", "interval"):
        raise ValueError(f"unknown level {level!r}; expected 'nominal' or 'interval'")
    pairable = _pairable(rows)
    if level == "interval":
        return _interval_alpha([([_number(v) for v in values], n) for values, n in pairable])
    return _nominal_alpha(pairable)


def _number(value: Hashable) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"interval alpha needs numbers, got {value!r}")
    return float(value)


def _nominal_alpha(pairable: list[tuple[list[Hashable], int]]) -> float | None:
    # Sum over c != k of o_ck is, per unit, (m² - Σ count_c²) / (m - 1).
    observed = 0.0
    totals: Counter[Hashable] = Counter()
    for values, weight in pairable:
        counts = Counter(values)
        m = len(values)
        observed += weight * (m * m - sum(c * c for c in counts.values())) / (m - 1)
        for value, count in counts.items():
            totals[value] += weight * count
    n = sum(totals.values())
    expected = n * n - sum(c * c for c in totals.values())
    if n == 0 or expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def _squared_deviation(counts: dict[float, int]) -> float:
    """Σ (x - mean)² over values with multiplicities; exactly 0 for identical values."""
    if len(counts) <= 1:
        return 0.0
    n = sum(counts.values())
    mean = math.fsum(x * c for x, c in counts.items()) / n
    return math.fsum(c * (x - mean) ** 2 for x, c in counts.items())


def _interval_alpha(pairable: list[tuple[list[float], int]]) -> float | None:
    # Σ over ordered pairs (x_i - x_j)² equals 2·m·Σ(x - mean)², per unit and overall.
    observed = math.fsum(
        weight * 2 * len(values) * _squared_deviation(Counter(values)) / (len(values) - 1)
        for values, weight in pairable
    )
    totals: Counter[float] = Counter()
    for values, weight in pairable:
        for x in values:
            totals[x] += weight
    n = sum(totals.values())
    expected = 2 * n * _squared_deviation(totals)
    if n == 0 or expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def fleiss_kappa(units: Matrix) -> float | None:
    """Fleiss' kappa (1971); defined only when every unit has the same number ≥ 2 of values.

    Fleiss' chance model assumes a fixed number of ratings per subject, so a
    ragged matrix gets ``None`` rather than a number computed on a silently
    different footing.  Also ``None`` when everyone used one single category.
    """
    return fleiss_kappa_of_counts(_row_counts(units))


def fleiss_kappa_of_counts(rows: RowCounts) -> float | None:
    """:func:`fleiss_kappa` of the matrix whose :func:`_row_counts` are ``rows``."""
    if not rows:
        return None
    counted = [
        (Counter(value for value in row if value is not None), weight)
        for row, weight in rows.items()
    ]
    raters = {sum(counts.values()) for counts, _ in counted}
    if len(raters) != 1:
        return None
    n = raters.pop()
    if n < 2:
        return None
    totals: Counter[Hashable] = Counter()
    agreement = 0.0
    for counts, weight in counted:
        for value, count in counts.items():
            totals[value] += weight * count
        agreement += weight * (sum(c * c for c in counts.values()) - n) / (n * (n - 1))
    subjects = sum(rows.values())
    grand = n * subjects
    chance_numerator = sum(c * c for c in totals.values())
    if chance_numerator == grand * grand:
        return None
    chance = chance_numerator / (grand * grand)
    return (agreement / subjects - chance) / (1 - chance)


def cohen_kappa(
    a_values: Sequence[Hashable | None], b_values: Sequence[Hashable | None]
) -> float | None:
    """Cohen's kappa over the units both coders coded (unweighted, nominal).

    Computed in integers until the last division, so "both used only one
    category" is detected exactly and returns ``None`` (0/0).
    """
    if len(a_values) != len(b_values):
        raise ValueError("cohen_kappa needs two columns of the same length")
    return cohen_kappa_of_counts(Counter(zip(a_values, b_values, strict=True)))


def cohen_kappa_of_counts(
    pairs: Mapping[tuple[Hashable | None, Hashable | None], int],
) -> float | None:
    """:func:`cohen_kappa` of the two columns whose distinct value pairs are counted in ``pairs``
    (as in :func:`_row_counts`); pairs with a missing value are skipped."""
    n = agree = 0
    a_counts: Counter[Hashable] = Counter()
    b_counts: Counter[Hashable] = Counter()
    for (a, b), count in pairs.items():
        if a is None or b is None:
            continue
        n += count
        agree += count if a == b else 0
        a_counts[a] += count
        b_counts[b] += count
    if n == 0:
        return None
    chance = sum(count * b_counts[value] for value, count in a_counts.items())
    if chance == n * n:
        return None
    return (n * agree - chance) / (n * n - chance)


def percent_agreement(units: Matrix) -> float | None:
    """Share of agreeing value pairs, pooled over all pairs of all pairable units.

    Pooling pairs (rather than averaging per unit) weighs a unit coded by
    three coders by its three pairs, like the coincidence matrix of alpha.
    """
    return percent_agreement_of_counts(_row_counts(units))


def percent_agreement_of_counts(rows: RowCounts) -> float | None:
    """:func:`percent_agreement` of the matrix whose :func:`_row_counts` are ``rows``."""
    agreeing = 0
    total = 0
    for values, weight in _pairable(rows):
        m = len(values)
        total += weight * (m * (m - 1) // 2)
        agreeing += weight * sum(c * (c - 1) // 2 for c in Counter(values).values())
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
