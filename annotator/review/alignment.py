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
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, groupby
from operator import attrgetter, itemgetter
from typing import Any, Literal

from annotator.core.model import Annotation

MatchMode = Literal["exact", "overlap"]
MATCH_MODES: tuple[MatchMode, ...] = ("exact", "overlap")

PairMatches = Counter[tuple[int, str, str, str]]
"""(document, layer, annotator a, annotator b) → matched spans, ``a < b``."""

Label = tuple[int, str, int, int, str, str, int, str, Any]
"""One annotation as alignment reads it: ``(document_id, layer, start, end, annotator, id,
order, created_at, payload)``.

A plain tuple, so that a list of them sorts without a key into exactly the order
alignment needs (document, layer, then the span order of :data:`_span_order`), and
so that the store can hand them over straight from a query
(``Annotations.agreement_labels``) without building an :class:`Annotation` per row.
``order`` breaks ties between labels that are otherwise the same (the input
position, for callers that may pass one id twice; 0 from the store, where ids are
unique); ``payload`` is what the caller wants back in the units: the
:class:`Annotation` itself (:func:`labels_of`) or the attributes as JSON text."""

Members = tuple[Label, ...]
"""The labels of one unit, one per annotator, in annotator order."""

Pairs = Counter[tuple[str, str]]
"""(annotator a, annotator b) → matched spans of one document and layer, ``a < b``."""


@dataclass(frozen=True)
class Group:
    """The alignment of one document and layer: what the report and the queue share."""

    document_id: int
    layer: str
    labels: list[Label]
    """Sorted (the tuple order of :data:`Label`)."""
    units: list[Members]
    """In unit order (start, end, then the first member's annotator and id)."""
    overlap: Pairs
    """Greedy one-to-one matches of overlapping spans per pair (empty unless asked for)."""
    exact: Pairs
    """Matches of identical spans per pair (empty unless asked for)."""


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


_label_fields = attrgetter("document_id", "layer", "start", "end", "annotator", "id")


def labels_of(annotations: Iterable[Annotation]) -> list[Label]:
    """``annotations`` as :data:`Label` tuples carrying each annotation as the payload."""
    return [(*_label_fields(a), order, a.created_at, a) for order, a in enumerate(annotations)]


def align_units(annotations: Iterable[Annotation], match: str = "overlap") -> list[Unit]:
    """Units for every (document, layer), sorted by document, layer, start, end.

    The result depends only on the set of annotations, never on input order,
    so a report computed twice is identical.
    """
    mode = check_match(match)
    return [
        _unit(group.document_id, group.layer, members)
        for group in aligned_groups(labels_of(annotations), mode, with_matches=False)
        for members in group.units
    ]


def align_with_matches(
    annotations: Iterable[Annotation], match: str = "overlap"
) -> tuple[list[Unit], dict[MatchMode, PairMatches]]:
    """:func:`align_units`, with :func:`pair_matches` of the same annotations in both
    modes (``exact`` and ``overlap``)."""
    mode = check_match(match)
    units: list[Unit] = []
    matches: dict[MatchMode, PairMatches] = {"exact": Counter(), "overlap": Counter()}
    for group in aligned_groups(labels_of(annotations), mode, with_matches=True):
        document_id, layer = group.document_id, group.layer
        units += [_unit(document_id, layer, members) for members in group.units]
        _add_pairs(matches["overlap"], document_id, layer, group.overlap)
        _add_pairs(matches["exact"], document_id, layer, group.exact)
    return units, matches


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
    result: PairMatches = Counter()
    for group in aligned_groups(labels_of(annotations), mode, with_matches=True, units=False):
        pairs = group.exact if mode == "exact" else group.overlap
        _add_pairs(result, group.document_id, group.layer, pairs)
    return result


def _add_pairs(into: PairMatches, document_id: int, layer: str, pairs: Pairs) -> None:
    for (a, b), n in pairs.items():
        into[(document_id, layer, a, b)] += n


def _unit(document_id: int, layer: str, members: Members) -> Unit:
    if len(members) == 1:  # the common case, kept cheap for large projects
        (only,) = members
        return Unit(document_id, layer, only[2], only[3], {only[4]: only[8]})
    return Unit(
        document_id,
        layer,
        min(map(_start, members)),
        max(map(_end, members)),
        {member[4]: member[8] for member in members},
    )


_start = itemgetter(2)
_end = itemgetter(3)
_annotator = itemgetter(4)
_document_and_layer = itemgetter(0, 1)
_span_order = itemgetter(2, 3, 4, 5, 6)
"""Start, end, annotator, id, input order: the total order used for every tie, so results
never depend on input order (it is also the tuple order of a label after its place)."""
_creation_order = itemgetter(2, 3, 4, 7, 5, 6)
"""Start, end, annotator, then creation time: how labels on one empty span are paired."""


def aligned_groups(
    labels: list[Label], mode: MatchMode, *, with_matches: bool, units: bool = True
) -> Iterator[Group]:
    """The alignment of every (document, layer) of ``labels``, in document and layer order.

    ``labels`` is sorted in place (cheap when the store sorted it already), so
    each document and layer is one run of it.  ``with_matches`` also counts the
    matches of both modes; ``units=False`` skips building units (pair counts only).
    """
    labels.sort()
    bits = _Bits()
    for (document_id, layer), run in groupby(labels, _document_and_layer):
        group = list(run)
        empty = [label for label in group if label[2] >= label[3]]
        spans = [label for label in group if label[2] < label[3]] if empty else group
        # Empty spans pair the same way in both modes: only with the same empty span.
        overlap = _identical_matches(empty) if with_matches and empty else Counter()
        exact = overlap.copy()
        matches = (overlap, exact, bits) if with_matches else None
        clusters: list[Members] = []
        if units:
            clusters = _pair_identical(empty) if empty else []
        if mode == "exact":
            if units:
                clusters += _pair_identical(spans)
            if with_matches:
                _overlapping(spans, matches, cluster=False)
        elif units or with_matches:
            clusters += _overlapping(spans, matches, cluster=units)
        yield Group(document_id, layer, group, _in_unit_order(clusters), overlap, exact)


def _in_unit_order(clusters: list[Members]) -> list[Members]:
    """Units by (start, end, first member's annotator, its id); members are unique per
    annotator, so only a label given twice (one id twice) can tie, and then the order
    the clusters were made in stands."""
    keyed: list[tuple[int, int, str, str, int, Members]] = []
    for position, members in enumerate(clusters):
        first = members[0]
        if len(members) == 1:
            keyed.append((first[2], first[3], first[4], first[5], position, members))
        else:
            start = min(map(_start, members))
            end = max(map(_end, members))
            keyed.append((start, end, first[4], first[5], position, members))
    keyed.sort()
    return [item[5] for item in keyed]


def _identical_matches(labels: list[Label]) -> Pairs:
    """Slot-wise pairing of identical spans matches min(count of a, count of b) per span.

    ``labels`` are sorted, so the labels of one span are next to each other and
    in annotator order.  (A greedy one-to-one matching of the identical spans of two
    annotators at one place pairs all it can: the fewer of the two.)
    """
    matches: Pairs = Counter()
    if len(labels) < 2:
        return matches
    counts = Counter(map(_place, labels))
    run: list[tuple[str, int]] = []
    previous: tuple[int, int] | None = None
    for (start, end, annotator), count in counts.items():
        if (start, end) != previous:
            if len(run) > 1:
                _add_identical(matches, run)
            run = []
            previous = (start, end)
        run.append((annotator, count))
    if len(run) > 1:
        _add_identical(matches, run)
    return matches


_place = itemgetter(2, 3, 4)


def _add_identical(matches: Pairs, run: list[tuple[str, int]]) -> None:
    for (a, n_a), (b, n_b) in combinations(run, 2):
        matches[(a, b)] += min(n_a, n_b)


def _pair_identical(labels: Sequence[Label]) -> list[Members]:
    """Slot-wise pairing of identical spans: k-th of each annotator together.

    Ordering by ``created_at`` first means that when an annotator gave two
    labels to the same span, their first labels are compared with each other.
    """
    ordered = sorted(labels, key=_creation_order)
    clusters: list[Members] = []
    for _, run in groupby(ordered, key=_start_end):
        slots: list[list[Label]] = []
        seen: dict[str, int] = {}
        for label in run:
            slot = seen.get(label[4], 0)
            seen[label[4]] = slot + 1
            if slot == len(slots):
                slots.append([])
            slots[slot].append(label)
        clusters.extend(map(tuple, slots))
    return clusters


_start_end = itemgetter(2, 3)


def _overlapping(
    items: list[Label], matches: tuple[Pairs, Pairs, _Bits] | None, *, cluster: bool
) -> list[Members]:
    """Units of overlapping spans (``cluster``), and ``matches`` (overlap, exact) per pair
    (with the bits of the annotators, :class:`_Bits`).

    ``items`` are sorted (:data:`_span_order`).  Candidate pairs: every two spans
    of different annotators sharing a code point, found by a sweep over the starts
    with a heap of the spans still open (O(n log n) plus the number of overlapping
    pairs, never all n² pairs), ranked larger overlap first, then smaller union
    (prefer the tighter match, e.g. the identical span over a longer one), then
    position.  One pass over the ranked candidates serves both results:

    - units: greedy complete-linkage clustering with one annotation per annotator.
      Only merged clusters get an entry in ``grown``; everything else is its own
      singleton, which keeps the common "nothing to pair" case cheap;
    - matches: per pair of annotators, the candidates taken in the same order by a
      greedy one-to-one matching (what aligning only those two would pair); and the
      same over the identical spans only (exact mode: whatever the order, a greedy
      matching pairs min(count of a, count of b) of the identical spans at one place,
      so the sweep's order serves).
    """
    n = len(items)
    if n == 0:
        return []
    _, _, starts, ends, names, *_ = zip(*items, strict=True)
    # Open spans as (end, index, start, annotator): the heap orders them by end (the index
    # is unique, so the rest is never compared), and the loop reads all it needs from them.
    open_spans: list[tuple[int, int, int, str]] = []
    candidates: list[tuple[int, int, int, int]] = []
    identical: list[tuple[int, int, int, int]] = []
    add = candidates.append
    push, pop = heapq.heappush, heapq.heappop
    for j, start, end, name in zip(range(n), starts, ends, names, strict=True):
        while open_spans and open_spans[0][0] <= start:
            pop(open_spans)
        for other_end, i, other_start, other_name in open_spans:
            if other_name != name:
                # (-overlap, union, i, j): larger overlap first, then the tighter match.
                if other_end < end:
                    add((start - other_end, end - other_start, i, j))
                else:
                    add((start - end, other_end - other_start, i, j))
                    if other_end == end and other_start == start:
                        identical.append((0, 0, i, j))
        push(open_spans, (end, j, start, name))
    candidates.sort()
    if matches is not None:
        bits = list(map(matches[2].__getitem__, names))
        _greedy_matches(names, bits, candidates, matches[0])
        if identical:
            _greedy_matches(names, bits, identical, matches[1])
    if not cluster:
        return []
    cluster_of = list(range(n))
    grown: dict[int, list[int]] = {}
    for _, _, i, j in candidates:
        left, right = cluster_of[i], cluster_of[j]
        if left == right:
            continue
        left_members = grown.get(left)
        right_members = grown.get(right)
        if left_members is None and right_members is None:
            left_members, right_members = [left], [right]
        else:
            left_members = left_members or [left]
            right_members = right_members or [right]
            if not _can_merge(starts, ends, names, left_members, right_members):
                continue
            if len(left_members) < len(right_members):
                left, right = right, left
                left_members, right_members = right_members, left_members
        for member in right_members:
            cluster_of[member] = left
        grown[left] = left_members + right_members
        grown.pop(right, None)
    clusters: list[Members] = []
    for c in range(n):
        if cluster_of[c] == c:
            members = grown.get(c)
            if members is None:
                clusters.append((items[c],))
            else:
                clusters.append(tuple(sorted((items[i] for i in members), key=_annotator)))
    return clusters


class _Bits(dict[str, int]):
    """Annotator → a bit of its own, given out as names are first asked for."""

    def __missing__(self, name: str) -> int:
        bit = self[name] = 1 << len(self)
        return bit


def _greedy_matches(
    names: Sequence[str],
    bits: Sequence[int],
    candidates: Sequence[tuple[int, int, int, int]],
    matches: Pairs,
) -> None:
    """Per annotator pair, a greedy one-to-one matching over the ranked candidates.

    A span is taken for a pair once it is matched with a span of the pair's
    other annotator: ``taken[i]`` holds the bits of the annotators span ``i``
    is matched with (``bits[i]`` is its own annotator's).
    """
    taken = [0] * len(bits)
    counts: dict[int, int] = {}
    pairs: dict[int, tuple[str, str]] = {}
    for _, _, i, j in candidates:
        bit_i, bit_j = bits[i], bits[j]
        if taken[i] & bit_j or taken[j] & bit_i:
            continue
        taken[i] |= bit_j
        taken[j] |= bit_i
        pair = bit_i | bit_j
        count = counts.get(pair)
        if count is None:
            counts[pair] = 1
            a, b = names[i], names[j]
            pairs[pair] = (a, b) if a < b else (b, a)
        else:
            counts[pair] = count + 1
    for pair, count in counts.items():
        matches[pairs[pair]] += count


def _can_merge(
    starts: Sequence[int],
    ends: Sequence[int],
    names: Sequence[str],
    left: list[int],
    right: list[int],
) -> bool:
    """Merging is allowed when no annotator repeats and every cross pair overlaps.

    Clusters hold at most one span per annotator, so this is at most
    annotators² checks however large the document is.  (Two singletons need
    no check: candidate pairs are already cross-annotator and overlapping.)
    """
    for i in left:
        for j in right:
            if names[i] == names[j] or starts[i] >= ends[j] or starts[j] >= ends[i]:
                return False  # the same annotator, or no code point in common
    return True
