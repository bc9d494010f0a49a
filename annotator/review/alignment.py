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

PairMatches = Counter[tuple[int, str, str, str]]
"""(document, layer, annotator a, annotator b) → matched spans, ``a < b``."""


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
    return _align(annotations, check_match(match), with_matches=False)[0]


def align_with_matches(
    annotations: Iterable[Annotation], match: str = "overlap"
) -> tuple[list[Unit], dict[MatchMode, PairMatches]]:
    """:func:`align_units`, with :func:`pair_matches` of the same annotations.

    The agreement report needs both.  In ``overlap`` mode the sweep that ranks
    the candidate pairs serves the units and the matches of both modes (an
    identical span is a candidate too), so the result holds both; in
    ``exact`` mode only the exact matches.
    """
    mode = check_match(match)
    units, overlap, exact = _align(annotations, mode, with_matches=True)
    return units, {"exact": exact} if mode == "exact" else {"overlap": overlap, "exact": exact}


def pair_matches(annotations: Iterable[Annotation], match: str = "overlap") -> PairMatches:
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
    if mode == "exact":
        return _identical_matches(annotations)
    everything = list(annotations)
    result = _identical_matches(a for a in everything if a.start >= a.end)
    for (document_id, layer), group in _groups(a for a in everything if a.start < a.end).items():
        items = sorted(group, key=_span_order)
        for (a, b), n in _greedy_matches(items, _candidate_pairs(items))[0].items():
            result[(document_id, layer, a, b)] += n
    return result


def _groups(annotations: Iterable[Annotation]) -> dict[tuple[int, str], list[Annotation]]:
    groups: dict[tuple[int, str], list[Annotation]] = defaultdict(list)
    for annotation in annotations:
        groups[(annotation.document_id, annotation.layer)].append(annotation)
    return groups


def _align(
    annotations: Iterable[Annotation], mode: MatchMode, with_matches: bool
) -> tuple[list[Unit], PairMatches, PairMatches]:
    """Units, and ``with_matches`` the overlap (``overlap`` mode only) and exact matches."""
    everything = list(annotations)
    groups = _groups(everything)
    overlap: PairMatches = Counter()
    exact: PairMatches = Counter()
    if with_matches and mode == "exact":
        exact = _identical_matches(everything)
    elif with_matches:  # empty spans pair the same way in both modes
        overlap = _identical_matches(a for a in everything if a.start >= a.end)
        exact = overlap.copy()
    units: list[Unit] = []
    for document_id, layer in sorted(groups):
        group = groups[(document_id, layer)]
        empty = [a for a in group if a.start >= a.end]
        spans = [a for a in group if a.start < a.end] if empty else group
        clusters = _pair_identical(empty) if empty else []
        if mode == "exact":
            clusters += _pair_identical(spans)
        else:
            items = sorted(spans, key=_span_order)
            candidates = _candidate_pairs(items)
            clusters += _pair_overlapping(items, candidates)
            if with_matches:
                overlapping, identical = _greedy_matches(items, candidates)
                for (a, b), n in overlapping.items():
                    overlap[(document_id, layer, a, b)] += n
                for (a, b), n in identical.items():
                    exact[(document_id, layer, a, b)] += n
        made = [_make_unit(document_id, layer, cluster) for cluster in clusters]
        made.sort(key=_unit_key)
        units += made
    return units, overlap, exact


def _identical_matches(annotations: Iterable[Annotation]) -> PairMatches:
    """Slot-wise pairing of identical spans matches min(count of a, count of b) per span.

    Counted over all documents and layers at once: a span is identical only
    within its own document and layer, which are part of the key.
    """
    labels = Counter(map(_place_and_annotator, annotations))
    by_span: dict[tuple[int, str, int, int], list[tuple[str, int]]] = defaultdict(list)
    for (document_id, layer, start, end, annotator), count in labels.items():
        by_span[(document_id, layer, start, end)].append((annotator, count))
    matches: PairMatches = Counter()
    for (document_id, layer, _, _), counts in by_span.items():
        if len(counts) > 1:
            for (a, n_a), (b, n_b) in combinations(sorted(counts), 2):
                matches[(document_id, layer, a, b)] += min(n_a, n_b)
    return matches


def _greedy_matches(
    items: Sequence[Annotation], candidates: Sequence[tuple[int, int, int, int]]
) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Greedy one-to-one matching per annotator pair: over every ranked candidate
    pair (overlap), and over the pairs of identical spans only (exact).

    ``items`` are sorted by :func:`_span_order`, ``candidates`` their
    :func:`_candidate_pairs`.  The identical spans of two annotators at one
    place can all be paired with each other, so any greedy order matches
    min(count of a, count of b) of them, as :func:`_identical_matches` counts.
    """
    names = list(map(_annotator, items))
    taken: dict[tuple[str, str], set[int]] = defaultdict(set)
    taken_identical: dict[tuple[str, str], set[int]] = defaultdict(set)
    overlap: Counter[tuple[str, str]] = Counter()
    exact: Counter[tuple[str, str]] = Counter()
    for minus_overlap, union, i, j in candidates:
        a, b = names[i], names[j]
        pair = (a, b) if a < b else (b, a)
        used = taken[pair]
        if i not in used and j not in used:
            used.add(i)
            used.add(j)
            overlap[pair] += 1
        if union == -minus_overlap:  # the overlap is the union: the same span
            used = taken_identical[pair]
            if i not in used and j not in used:
                used.add(i)
                used.add(j)
                exact[pair] += 1
    return overlap, exact


def _make_unit(document_id: int, layer: str, cluster: Sequence[Annotation]) -> Unit:
    if len(cluster) == 1:  # the common case, kept cheap for large projects
        only = cluster[0]
        return Unit(document_id, layer, only.start, only.end, {only.annotator: only})
    return Unit(
        document_id,
        layer,
        min(map(_start, cluster)),
        max(map(_end, cluster)),
        {a.annotator: a for a in sorted(cluster, key=_annotator)},
    )


def _unit_key(unit: Unit) -> tuple[int, int, str, str]:
    """Order of units within one document and layer.

    Members' annotators and ids are unique, so the first member (``_make_unit``
    orders them by annotator) decides any tie.
    """
    first = next(iter(unit.members.values()))
    return (unit.start, unit.end, first.annotator, first.id)


_start = attrgetter("start")
_end = attrgetter("end")
_annotator = attrgetter("annotator")
_place_and_annotator = attrgetter("document_id", "layer", "start", "end", "annotator")
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


def _pair_overlapping(
    items: Sequence[Annotation], candidates: Sequence[tuple[int, int, int, int]]
) -> list[list[Annotation]]:
    """Greedy complete-linkage clustering with one annotation per annotator.

    ``items`` are sorted by :func:`_span_order`, ``candidates`` their
    :func:`_candidate_pairs`.  Only merged clusters get an entry in ``grown``;
    everything else is its own singleton, which keeps the common "nothing to
    pair" case cheap.
    """
    cluster_of = list(range(len(items)))
    grown: dict[int, list[int]] = {}
    for _, _, i, j in candidates:
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
            if a.annotator == b.annotator or a.start >= b.end or b.start >= a.end:
                return False  # the same annotator, or no code point in common
    return True
