"""Who gets which documents: a balanced, seeded plan with a controlled overlap.

The rules (README "Work packages"): every document goes to at least one
annotator; with an overlap fraction, that share of the documents (rounded) goes
to two, each to the least loaded and, among the least loaded others, the one who
shared fewest with them, so the pairs fill evenly; with ``per_document`` K every document gets K
annotators. Loads then differ by at most one document, because every further
document goes to whoever has the fewest. The plan depends only on the document
ids, the annotator names and the seed, so the same seed gives the same plan.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.errors import AnnotatorError
from annotator.core.messages import Message


class PlanError(AnnotatorError):
    """Options that cannot make a plan (too few annotators, an overlap outside 0…1)."""


@dataclass(frozen=True)
class Plan:
    """Annotator → their document ids (ascending), in the order the names were given."""

    seed: int
    documents: dict[str, list[int]]

    def loads(self) -> dict[str, int]:
        return {name: len(ids) for name, ids in self.documents.items()}

    def annotators_of(self) -> dict[int, list[str]]:
        """Document id → its annotators."""
        result: dict[int, list[str]] = {}
        for name, ids in self.documents.items():
            for document_id in ids:
                result.setdefault(document_id, []).append(name)
        return result


def plan_assignments(
    document_ids: Sequence[int],
    annotators: Sequence[str],
    *,
    seed: int,
    overlap: float = 0.0,
    per_document: int = 1,
) -> Plan:
    """Hand ``document_ids`` out to ``annotators`` (see the module docstring)."""
    names = list(annotators)
    if not names:
        raise PlanError(Message("name at least one annotator"))
    if len(set(names)) != len(names):
        twice = next(name for name in names if names.count(name) > 1)
        raise PlanError(Message("annotator '{name}' is named twice", name=twice))
    if not 0.0 <= overlap <= 1.0:
        raise PlanError(
            Message("--overlap must be between 0 and 1 (got {value})", value=f"{overlap:g}")
        )
    if not 1 <= per_document <= len(names):
        raise PlanError(
            Message(
                "--per-document must be between 1 and the number of annotators ({number})",
                number=len(names),
            )
        )
    if overlap > 0 and per_document > 1:
        raise PlanError(Message("give either --overlap or --per-document, not both"))
    if overlap > 0 and len(names) < 2:
        raise PlanError(Message("an overlap needs at least two annotators"))
    rng = random.Random(seed)
    shuffled = sorted(document_ids)
    rng.shuffle(shuffled)
    order = list(names)
    rng.shuffle(order)  # who is first in line for ties depends on the seed, not the typing
    rank = {name: index for index, name in enumerate(order)}
    chosen: dict[str, list[int]] = {name: [] for name in names}
    loads = dict.fromkeys(names, 0)

    def give(document_id: int, name: str) -> None:
        chosen[name].append(document_id)
        loads[name] += 1

    rest = shuffled
    if per_document > 1:
        for number, document_id in enumerate(shuffled):
            # Fewest documents first; among equals, a rotating start spreads the combinations.
            ranked = sorted(order, key=lambda n: (loads[n], (rank[n] - number) % len(order)))
            for name in ranked[:per_document]:
                give(document_id, name)
        rest = []
    elif overlap > 0:
        doubled = math.floor(len(shuffled) * overlap + 0.5)
        shared: Counter[frozenset[str]] = Counter()
        for number, document_id in enumerate(shuffled[:doubled]):
            # The two go to the least loaded (that keeps loads within one, whatever the
            # count); the second is, among the least loaded others, the one who has shared
            # fewest documents with the first, so the pairs fill evenly. (A fixed round-robin
            # schedule cut short mid-round left loads two apart with an odd team.)
            turn = {n: (rank[n] - number) % len(order) for n in order}
            first = min(order, key=lambda n: (loads[n], turn[n]))
            second = min(
                (n for n in order if n != first),
                key=lambda n: (loads[n], shared[frozenset((first, n))], turn[n]),
            )
            shared[frozenset((first, second))] += 1
            give(document_id, first)
            give(document_id, second)
        rest = shuffled[doubled:]
    queue = [(loads[name], rank[name], name) for name in order]
    heapq.heapify(queue)
    for document_id in rest:
        _load, _rank, name = heapq.heappop(queue)
        give(document_id, name)
        heapq.heappush(queue, (loads[name], rank[name], name))
    return Plan(seed, {name: sorted(ids) for name, ids in chosen.items()})
