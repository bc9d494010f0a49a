"""``pair_matches`` counts what aligning each pair of annotators on its own would match."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from annotator.core.model import Annotation
from annotator.review.alignment import align_units, pair_matches


def random_annotations(rng: random.Random) -> list[Annotation]:
    annotators = ["A", "B", "C", "D"][: rng.randint(2, 4)]
    result = []
    for number in range(rng.randint(0, 40)):
        start = rng.randint(0, 60)
        length = 0 if rng.random() < 0.1 else rng.randint(1, 15)
        result.append(
            Annotation(
                id=f"x{number:03d}",
                document_id=rng.randint(1, 2),
                annotator=rng.choice(annotators),
                layer=rng.choice(["quote", "stance"]),
                start=start,
                end=start + length,
                created_at=f"2026-01-0{rng.randint(1, 3)}",
            )
        )
    return result


@pytest.mark.parametrize("seed", range(150))
@pytest.mark.parametrize("match", ["overlap", "exact"])
def test_same_as_aligning_each_pair_alone(seed: int, match: str) -> None:
    annotations = random_annotations(random.Random(seed))
    expected: dict[tuple[int, str, str, str], int] = {}
    names = sorted({a.annotator for a in annotations})
    for a, b in combinations(names, 2):
        subset = [x for x in annotations if x.annotator in (a, b)]
        for unit in align_units(subset, match):
            if a in unit.members and b in unit.members:
                key = (unit.document_id, unit.layer, a, b)
                expected[key] = expected.get(key, 0) + 1
    assert dict(pair_matches(annotations, match)) == expected
