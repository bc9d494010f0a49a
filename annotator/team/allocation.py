"""Who gets which documents: a balanced, seeded plan with a controlled overlap.

The rules (README "Work packages"): every document goes to at least one
annotator; with an overlap fraction, that share of the documents (rounded) goes
to two, the pairs taken in turn from a round-robin schedule so every pair gets
as many as any other (±1); with ``per_document`` K every document gets K
annotators. Loads then differ by at most one document, because every further
document goes to whoever has the fewest. The plan depends only on the document
ids, the annotator names and the seed, so the same seed gives the same plan.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import cycle

from annotator.core.errors import AnnotatorError


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


def round_robin_pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """Every pair once, in rounds where each name appears at most once (circle method),
    so that any prefix of the schedule loads everyone nearly equally."""
    players: list[str | None] = list(names)
    if len(players) % 2:
        players.append(None)
    count = len(players)
    pairs: list[tuple[str, str]] = []
    for _round in range(count - 1):
        for i in range(count // 2):
            a, b = players[i], players[count - 1 - i]
            if a is not None and b is not None:
                pairs.append((a, b))
        players = [players[0], players[-1], *players[1:-1]]
    return pairs


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
        raise PlanError("name at least one annotator")
    if len(set(names)) != len(names):
        twice = next(name for name in names if names.count(name) > 1)
        raise PlanError(f"annotator '{twice}' is named twice")
    if not 0.0 <= overlap <= 1.0:
        raise PlanError(f"--overlap must be between 0 and 1 (got {overlap:g})")
    if not 1 <= per_document <= len(names):
        raise PlanError(
            f"--per-document must be between 1 and the number of annotators ({len(names)})"
        )
    if overlap > 0 and per_document > 1:
        raise PlanError("give either --overlap or --per-document, not both")
    if overlap > 0 and len(names) < 2:
        raise PlanError("an overlap needs at least two annotators")
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
        for document_id, pair in zip(
            shuffled[:doubled], cycle(round_robin_pairs(order)), strict=False
        ):
            give(document_id, pair[0])
            give(document_id, pair[1])
        rest = shuffled[doubled:]
    queue = [(loads[name], rank[name], name) for name in order]
    heapq.heapify(queue)
    for document_id in rest:
        _load, _rank, name = heapq.heappop(queue)
        give(document_id, name)
        heapq.heappush(queue, (loads[name], rank[name], name))
    return Plan(seed, {name: sorted(ids) for name, ids in chosen.items()})
