"""The attribute types: one table row each, with everything a type decides.

A schema attribute's ``type`` names a row here. The row says how a value is
checked (``problem``), how two annotators' values are compared for agreement
(``comparable``) and at which measurement level (``level``: Krippendorff's
alpha treats "interval" values as near or far, "nominal" ones as equal or not),
how it reads on screen (``display``), what goes into a CSV cell (``cell``)
and which form field edits it (``field``: a key of the UI's field table,
``ui/views/attribute_form.py:FIELDS``, since the core knows no widgets).

Adding a type is adding a row here and, if no existing field fits, one field
class in the form; the schema loader, agreement, export, the label table and
the review window all read this table.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from annotator.core.errors import shown
from annotator.core.messages import Message, Text

Comparable = Hashable | None
"""An attribute value as agreement compares it (None: no value)."""


@dataclass(frozen=True)
class AttributeType:
    name: str
    problem: Callable[[Any, Sequence[str]], Text]
    """Why ``value`` does not fit (given the attribute's choices); empty when it does."""
    comparable: Callable[[Any, Mapping[str, Hashable]], Comparable]
    """The value as agreement compares it; ``ref_keys`` maps annotation ids to unit keys."""
    level: Literal["nominal", "interval"]
    field: str
    display: Callable[[Any], str]
    cell: Callable[[Any], Any]


# -- display and CSV: one formatter for every type ------------------------------


def display_text(value: Any) -> str:
    """How a value reads on screen, the same in the label table, the review window and
    the agreement report: yes/no for flags, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, list | tuple):
        return ", ".join(display_text(v) for v in value)
    return str(value)


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: empty for none, true/false, whole numbers without ".0"."""
    if value is None:
        return ""
    if type(value) is str:  # the common case first: a million rows pass here
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


# -- checking ------------------------------------------------------------------


def _string_problem(value: Any, _choices: Sequence[str]) -> Text:
    if isinstance(value, str):
        return ""
    return Message("expected a string, got {value}", value=shown(value))


def _choice_problem(value: Any, choices: Sequence[str]) -> Text:
    if value in choices:
        return ""
    return Message(
        "{value} is not one of {choices}", value=shown(value), choices=", ".join(choices)
    )


def _number_problem(value: Any, _choices: Sequence[str]) -> Text:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Message("expected a number, got {value}", value=shown(value))
    if math.isfinite(value):
        return ""
    return Message("expected a finite number, got {value}", value=shown(value))


def _flag_problem(value: Any, _choices: Sequence[str]) -> Text:
    if isinstance(value, bool):
        return ""
    return Message("expected true or false, got {value}", value=shown(value))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: Any) -> _dt.date | None:
    """An ISO 8601 calendar date ``YYYY-MM-DD``, or None when ``value`` is not one."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


def _date_problem(value: Any, _choices: Sequence[str]) -> Text:
    if parse_date(value) is None:
        return Message("expected a date as YYYY-MM-DD, got {value}", value=shown(value))
    return ""


# -- comparing -----------------------------------------------------------------


def hashable(raw: Any) -> Hashable:
    """Lists (a multi-valued choice) compare as the set of their values."""
    if isinstance(raw, list | tuple | set | frozenset):
        return tuple(sorted((hashable(v) for v in raw), key=repr))
    if isinstance(raw, dict):
        return tuple(sorted((str(k), hashable(v)) for k, v in raw.items()))
    return raw if isinstance(raw, Hashable) else repr(raw)


def _same_value(raw: Any, _ref_keys: Mapping[str, Hashable]) -> Comparable:
    return raw if type(raw) is str or type(raw) is bool else hashable(raw)


def _text_value(raw: Any, _ref_keys: Mapping[str, Hashable]) -> Comparable:
    return str(raw).strip().casefold() or None


def as_number(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _number_value(raw: Any, _ref_keys: Mapping[str, Hashable]) -> Comparable:
    return as_number(raw)


def _ref_value(raw: Any, ref_keys: Mapping[str, Hashable]) -> Comparable:
    targets = raw if isinstance(raw, list | tuple) else [raw]
    keys = [ref_keys.get(str(t), ("id", str(t))) for t in targets]
    return keys[0] if len(keys) == 1 else tuple(sorted(keys, key=repr))


def _date_value(raw: Any, _ref_keys: Mapping[str, Hashable]) -> Comparable:
    """Days since year 1, so agreement sees a day apart as nearer than a year apart."""
    date = parse_date(raw)
    return float(date.toordinal()) if date is not None else hashable(raw)


ATTRIBUTE_TYPES: dict[str, AttributeType] = {
    row.name: row
    for row in (
        AttributeType("text", _string_problem, _text_value, "nominal", "text", display_text,
                      csv_cell),
        AttributeType("choice", _choice_problem, _same_value, "nominal", "choice", display_text,
                      csv_cell),
        AttributeType("number", _number_problem, _number_value, "interval", "number",
                      display_text, csv_cell),
        AttributeType("flag", _flag_problem, _same_value, "nominal", "flag", display_text,
                      csv_cell),
        AttributeType("ref", _string_problem, _ref_value, "nominal", "ref", display_text,
                      csv_cell),
        AttributeType("date", _date_problem, _date_value, "interval", "date", display_text,
                      csv_cell),
    )
}  # fmt: skip
"""Every attribute type a schema may name, by name."""


def attribute_type(name: str) -> AttributeType:
    """The row for ``name`` (the schema loader refuses unknown names, so this is a bug)."""
    try:
        return ATTRIBUTE_TYPES[name]
    except KeyError:
        raise ValueError(f"unknown attribute type {name!r}") from None
