"""Align the annotations of several annotators into comparable units.

Agreement coefficients compare *values per unit*, but annotators draw their own
spans, so something has to decide which spans are "the same thing".  A unit is
that decision: within one document and one layer it holds at most one
annotation per annotator.  An annotation that matches nothing still forms a
unit of its own, because "only Alice saw a quote here" is a disagreement the
coefficients must see (as missing data), not something to drop.

Two modes:

``exact``
    spans pair only when ``start`` and ``end`` are identical.
``overlap`` (default)
    spans pair when they share at least one code point.  Candidate pairs are
    taken greedily, largest overlap first, so one long span of A overlapping
    two spans of B goes with the B span it shares most text with and the other
    B span stays alone.  With three or more annotators a unit only grows while
    *every* pair of its members overlaps (complete linkage): chaining A-B-C
    through B would otherwise put spans that share nothing into one unit.

Empty spans (``start == end``; document-scope labels are ``0, 0``) cannot
overlap anything, so in both modes they pair only with empty spans at the same
offset: each annotator's labels there are ordered by ``(created_at, id)`` and
the k-th label of every annotator goes into the k-th unit.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations, groupby
from operator import attrgetter
from typing import Literal

from annotator.core.model import Annotation

MatchMode = Literal["exact", "overlap"]
MATCH_MODES: tuple[MatchMode, ...] = ("exact", "overlap")


@dataclass(frozen=True)
class Unit:
    """Annotations of different annotators that are taken to mark the same thing.

    ``start``/``end`` are the *union* of the members' spans, so a unit always
    covers everything any member marked (useful for showing it side by side).
    ``members`` maps annotator name to that annotator's annotation.
    """

    document_id: int
    layer: str
    start: int
    end: int
    members: dict[str, Annotation]

    @property
    def annotators(self) -> list[str]:
        return sorted(self.members)


def check_match(match: str) -> MatchMode:
    """Reject an unknown mode early: a typo would otherwise silently mean "overlap"."""
    if match == "exact":
        return "exact"
    if match == "overlap":
        return "overlap"
    raise ValueError(f"unknown match mode {match!r}; expected one of {', '.join(MATCH_MODES)}")


def align_units(annotations: Iterable[Annotation], match: str = "overlap") -> list[Unit]:
    """Units for every (document, layer), sorted by document, layer, start, end.

    The result depends only on the set of annotations, never on input order,
    so a report computed twice is identical.
    """
    mode = check_match(match)
    groups: dict[tuple[int, str], list[Annotation]] = defaultdict(list)
    for annotation in annotations:
        groups[(annotation.document_id, annotation.layer)].append(annotation)
    units: list[Unit] = []
    for document_id, layer in sorted(groups):
        group = groups[(document_id, layer)]
        empty = [a for a in group if a.start >= a.end]
        spans = [a for a in group if a.start < a.end]
        clusters = _pair_identical(empty)
        clusters += _pair_identical(spans) if mode == "exact" else _pair_overlapping(spans)
        made = [_make_unit(document_id, layer, cluster) for cluster in clusters]
        made.sort(key=_unit_key)
        units += made
    return units


def pair_matches(
    annotations: Iterable[Annotation], match: str = "overlap"
) -> Counter[tuple[int, str, str, str]]:
    """Matched spans per (document, layer, annotator a, annotator b), ``a < b``.

    The number of units :func:`align_units` would give ``a`` and ``b`` together
    if only their two sets of annotations were aligned, for every pair at once
    and without building units.  With two annotators the greedy complete-linkage
    clustering is a greedy one-to-one matching, and the candidate pairs of two
    annotators are, in the same order, those of the whole group restricted to
    them (the order only depends on the spans themselves), so one sweep per
    document and layer serves every pair.
    """
    mode = check_match(match)
    groups: dict[tuple[int, str], list[Annotation]] = defaultdict(list)
    for annotation in annotations:
        groups[(annotation.document_id, annotation.layer)].append(annotation)
    result: Counter[tuple[int, str, str, str]] = Counter()
    for (document_id, layer), group in groups.items():
        empty = [a for a in group if a.start >= a.end]
        spans = [a for a in group if a.start < a.end]
        counts = _identical_matches(empty)
        counts.update(_identical_matches(spans) if mode == "exact" else _overlap_matches(spans))
        for (a, b), n in counts.items():
            result[(document_id, layer, a, b)] += n
    return result


def _identical_matches(annotations: Sequence[Annotation]) -> Counter[tuple[str, str]]:
    """Slot-wise pairing of identical spans matches min(count of a, count of b) per span."""
    labels = Counter(map(_span_and_annotator, annotations))
    by_span: dict[tuple[int, int], list[tuple[str, int]]] = defaultdict(list)
    for (start, end, annotator), count in labels.items():
        by_span[(start, end)].append((annotator, count))
    matches: Counter[tuple[str, str]] = Counter()
    for counts in by_span.values():
        if len(counts) > 1:
            for (a, n_a), (b, n_b) in combinations(sorted(counts), 2):
                matches[(a, b)] += min(n_a, n_b)
    return matches


def _overlap_matches(annotations: Sequence[Annotation]) -> Counter[tuple[str, str]]:
    """Greedy one-to-one matching per annotator pair over the ranked candidate pairs."""
    items = sorted(annotations, key=_span_order)
    taken: dict[tuple[str, str], set[int]] = defaultdict(set)
    matches: Counter[tuple[str, str]] = Counter()
    for _, _, i, j in _candidate_pairs(items):
        a, b = items[i].annotator, items[j].annotator
        pair = (a, b) if a < b else (b, a)
        used = taken[pair]
        if i not in used and j not in used:
            used.add(i)
            used.add(j)
            matches[pair] += 1
    return matches


def _make_unit(document_id: int, layer: str, cluster: Sequence[Annotation]) -> Unit:
    if len(cluster) == 1:  # the common case, kept cheap for large projects
        only = cluster[0]
        return Unit(document_id, layer, only.start, only.end, {only.annotator: only})
    return Unit(
        document_id=document_id,
        layer=layer,
        start=min(a.start for a in cluster),
        end=max(a.end for a in cluster),
        members={a.annotator: a for a in sorted(cluster, key=lambda a: a.annotator)},
    )


def _unit_key(unit: Unit) -> tuple[int, int, str, str]:
    """Order of units within one document and layer.

    Members' annotators and ids are unique, so the first member (``_make_unit``
    orders them by annotator) decides any tie.
    """
    first = next(iter(unit.members.values()))
    return (unit.start, unit.end, first.annotator, first.id)


_span_and_annotator = attrgetter("start", "end", "annotator")
_span_order = attrgetter("start", "end", "annotator", "id")
"""Total order used for every tie, so results never depend on input order."""


def _pair_identical(annotations: Sequence[Annotation]) -> list[list[Annotation]]:
    """Slot-wise pairing of identical spans: k-th of each annotator together.

    Ordering by ``created_at`` first means that when an annotator gave two
    labels to the same span, their first labels are compared with each other.
    """
    ordered = sorted(annotations, key=lambda a: (a.start, a.end, a.annotator, a.created_at, a.id))
    clusters: list[list[Annotation]] = []
    for _, group in groupby(ordered, key=lambda a: (a.start, a.end)):
        slots: list[list[Annotation]] = []
        seen: dict[str, int] = {}
        for annotation in group:
            slot = seen.get(annotation.annotator, 0)
            seen[annotation.annotator] = slot + 1
            if slot == len(slots):
                slots.append([])
            slots[slot].append(annotation)
        clusters.extend(slots)
    return clusters


def _overlap(a: Annotation, b: Annotation) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _candidate_pairs(items: Sequence[Annotation]) -> list[tuple[int, int, int, int]]:
    """All cross-annotator overlapping pairs, best first, by a sweep over starts.

    ``items`` must be sorted by :func:`_span_order`.  Each annotator keeps a
    heap of its spans still open at the current start, so the cost is
    O(n log n) plus the number of overlapping pairs, never all n² pairs.
    Ranking: larger overlap first, then smaller union (prefer the tighter
    match, e.g. the identical span over a longer one), then position.
    """
    open_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    pairs: list[tuple[int, int, int, int]] = []
    starts = [item.start for item in items]
    for j, current in enumerate(items):
        start, end, annotator = current.start, current.end, current.annotator
        for other, heap in open_spans.items():
            while heap and heap[0][0] <= start:
                heapq.heappop(heap)
            if other == annotator:
                continue
            for other_end, i in heap:
                # (-overlap, union, i, j): larger overlap first, then the tighter match.
                if other_end < end:
                    pairs.append((start - other_end, end - starts[i], i, j))
                else:
                    pairs.append((start - end, other_end - starts[i], i, j))
        heapq.heappush(open_spans[annotator], (end, j))
    pairs.sort()
    return pairs


def _pair_overlapping(annotations: Sequence[Annotation]) -> list[list[Annotation]]:
    """Greedy complete-linkage clustering with one annotation per annotator.

    Only merged clusters get an entry in ``grown``; everything else is its own
    singleton, which keeps the common "nothing to pair" case cheap.
    """
    items = sorted(annotations, key=_span_order)
    cluster_of = list(range(len(items)))
    grown: dict[int, list[int]] = {}
    for _, _, i, j in _candidate_pairs(items):
        left, right = cluster_of[i], cluster_of[j]
        if left == right:
            continue
        left_members = grown.get(left) or [left]
        right_members = grown.get(right) or [right]
        single = len(left_members) == 1 and len(right_members) == 1
        if not single and not _can_merge(items, left_members, right_members):
            continue
        if len(left_members) < len(right_members):
            left, right = right, left
            left_members, right_members = right_members, left_members
        for member in right_members:
            cluster_of[member] = left
        grown[left] = left_members + right_members
        grown.pop(right, None)
    return [[items[i] for i in grown.get(c, [c])] for c in range(len(items)) if cluster_of[c] == c]


def _can_merge(items: Sequence[Annotation], left: list[int], right: list[int]) -> bool:
    """Merging is allowed when no annotator repeats and every cross pair overlaps.

    Clusters hold at most one span per annotator, so this is at most
    annotators² checks however large the document is.  (Two singletons need
    no check: candidate pairs are already cross-annotator and overlapping.)
    """
    for i in left:
        a = items[i]
        for j in right:
            b = items[j]
            if a.annotator == b.annotator or _overlap(a, b) <= 0:
                return False
    return True
