"""The reliability rows of a layer's units, counted: what every attribute coefficient reads.

A unit's row for an attribute holds each annotator's comparable value (``None``
where the annotator has no member or no value).  Every coefficient depends only
on how many units have each distinct row, so rows are counted instead of
listed, in the order they first occur (the order decides how floating-point
sums round, so it is kept as a list of the units would give it).

Units repeat a few thousand combinations of (annotator, values): a unit is
first reduced to one hashable key (its members' annotator columns and
comparable values), the keys are counted in C, and only each distinct key is
turned into rows.  Attribute JSON text from the store is compared as text
first: an annotator picks from a few hundred combinations of values, so it is
parsed and made comparable once per distinct text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from annotator.core.attribute_types import ATTRIBUTE_TYPES
from annotator.core.model import Annotation
from annotator.review.alignment import Members

Value = Hashable | None
Row = tuple[Value, ...]
Key = tuple[tuple[int, tuple[Value, ...]], ...]
"""A unit reduced to (annotator column, that member's comparable values) per member."""


def attribute_value(
    annotation: Annotation, name: str, kind: str, ref_keys: Mapping[str, Hashable]
) -> Value:
    """The comparable form of one attribute value, or ``None`` when it is missing."""
    raw = annotation.attributes.get(name)
    if raw is None or raw == "" or raw == []:
        return None
    return comparable(raw, kind, ref_keys)


def comparable(raw: Any, kind: str, ref_keys: Mapping[str, Hashable]) -> Value:
    """:func:`attribute_value` of a value that is present (the type table decides)."""
    return ATTRIBUTE_TYPES[kind].comparable(raw, ref_keys)


class Comparables:
    """A member's :func:`attribute_value` of every attribute in ``kinds``, as one tuple.

    Annotators pick from a few hundred combinations of values, so the result
    is remembered per combination of raw values.  The key holds the values'
    types too: ``1``, ``1.0`` and ``True`` are equal keys in a dict, but not
    the same value of a number or text attribute.
    """

    def __init__(self, kinds: Mapping[str, str], ref_keys: Mapping[str, Hashable]) -> None:
        self.kinds = list(kinds.items())
        self.names = list(kinds)
        self.ref_keys = ref_keys
        self.missing: tuple[Value, ...] = (None,) * len(self.kinds)
        self.known: dict[tuple[tuple[Any, ...], tuple[type, ...]], tuple[Value, ...]] = {}
        self.by_text = _ByText(self)
        self.types: list[set[type]] = [set() for _ in self.kinds]
        """Per attribute, the types of the comparable values met so far."""

    def __call__(self, attributes: Mapping[str, Any]) -> tuple[Value, ...]:
        raws = tuple(map(attributes.get, self.names))
        key = (raws, tuple(map(type, raws)))
        try:
            return self.known[key]
        except KeyError:
            pass
        except TypeError:  # a list value (several choices): not hashable, not remembered
            return self._compute(raws)
        values = self.known[key] = self._compute(raws)
        return values

    def of_annotation(self, annotation: Annotation) -> tuple[Value, ...] | None:
        """The values of an annotation; ``None`` when it has no attributes at all (then it
        adds nothing to a unit's key)."""
        attributes = annotation.attributes
        return self(attributes) if attributes else None

    def plain(self, index: int) -> bool:
        """Whether attribute ``index`` only had text, flags or nothing: then values that
        are equal are also written the same (``1 == 1.0 == True`` cannot happen)."""
        return self.types[index] <= {str, bool, type(None)}

    def _compute(self, raws: tuple[Any, ...]) -> tuple[Value, ...]:
        values = tuple(
            None if raw is None or raw == "" or raw == [] else comparable(raw, kind, self.ref_keys)
            for raw, (_, kind) in zip(raws, self.kinds, strict=True)
        )
        for seen, value in zip(self.types, values, strict=True):
            seen.add(type(value))
        return values


class _ByText(dict[str, tuple[Value, ...] | None]):
    """Attribute JSON text → :meth:`Comparables.of_annotation` of it, parsed on first use."""

    def __init__(self, comparables: Comparables) -> None:
        super().__init__()
        self.comparables = comparables

    def __missing__(self, text: str) -> tuple[Value, ...] | None:
        attributes = json.loads(text)
        values = self[text] = self.comparables(attributes) if attributes else None
        return values


def unit_keys(
    units: Sequence[Members], column: Mapping[str, int], values: Comparables
) -> Counter[Key]:
    """Each unit as a :data:`Key`, counted (first occurrence first).

    A label's payload is its attributes' JSON text (from the store) or its
    :class:`Annotation`; a member without attributes adds nothing to the key.
    """
    if not units:
        return Counter()
    if type(units[0][0][8]) is str:
        text = values.by_text
        return Counter(
            [
                tuple(
                    [
                        (column[member[4]], found)
                        for member in members
                        if (found := text[member[8]]) is not None
                    ]
                )
                for members in units
            ]
        )
    of = values.of_annotation
    return Counter(
        [
            tuple(
                [
                    (column[member[4]], found)
                    for member in members
                    if (found := of(member[8])) is not None
                ]
            )
            for members in units
        ]
    )


def attribute_rows(
    keys: Counter[Key], width: int, names: Sequence[str]
) -> list[list[tuple[Row, int]]]:
    """Per attribute of ``names``, (row, units) of each distinct key, first occurrence first.

    Not merged: two keys that differ only in other attributes give equal rows here,
    each as its units gave it (:func:`counted` merges them).
    """
    blank: tuple[Value, ...] = (None,) * len(names)
    result: list[list[tuple[Row, int]]] = [[] for _ in names]
    for key, weight in keys.items():
        cells = [blank] * width
        for index, values in key:
            cells[index] = values
        for rows, row in zip(result, zip(*cells, strict=True), strict=False):  # no rows: no cells
            rows.append((row, weight))
    return result


def counted(rows: Sequence[tuple[Row, int]]) -> Counter[Row]:
    """Units per distinct row, in the order the rows first occur (a ``RowCounts``)."""
    counts: Counter[Row] = Counter()
    for row, weight in rows:
        counts[row] += weight
    return counts
