"""The attribute-type table: each type checks, compares, shows and exports its values,
and the ``date`` type works everywhere by being one row of it."""

from __future__ import annotations

import pytest

from annotator.core.attribute_types import ATTRIBUTE_TYPES, attribute_type, csv_cell, display_text
from annotator.core.errors import SchemaError
from annotator.core.figures import prefilled_attributes
from annotator.core.model import Annotation
from annotator.core.schema import attribute_problems, load_schema, parse_schema
from annotator.review.agreement import agreement_report
from tests.schemas import schema_path

EVENTS = schema_path("events")


def test_every_type_names_a_field_and_a_level() -> None:
    assert set(ATTRIBUTE_TYPES) == {"text", "choice", "number", "flag", "ref", "date"}
    for row in ATTRIBUTE_TYPES.values():
        assert row.level in ("nominal", "interval")
        assert row.field


def test_one_display_text_for_every_value() -> None:
    assert [display_text(v) for v in (True, False, 5.0, 5.5, None, "x", ["a", "b"])] == [
        "yes",
        "no",
        "5",
        "5.5",
        "",
        "x",
        "a, b",
    ]
    assert [csv_cell(v) for v in (True, 5.0, None, "x")] == ["true", 5, "", "x"]


def test_dates_must_be_iso_calendar_dates() -> None:
    layer = load_schema(EVENTS).layer("event")
    assert layer is not None
    assert attribute_problems(layer, {"when": "2024-03-05"}) == []
    for bad in ("2024-3-5", "05.03.2024", "2024-02-30", 20240305):
        (problem,) = attribute_problems(layer, {"when": bad})
        assert "expected a date as YYYY-MM-DD" in str(problem)


def test_dates_agree_as_an_interval_a_day_apart_is_near() -> None:
    date = attribute_type("date")
    assert date.level == "interval"
    later, earlier = date.comparable("2024-03-06", {}), date.comparable("2024-03-05", {})
    assert isinstance(later, float) and isinstance(earlier, float)
    assert later - earlier == 1.0


def test_agreement_reports_a_date_attribute() -> None:
    def event(annotator: str, when: str) -> Annotation:
        return Annotation(f"{annotator}-{when}", 1, annotator, "event", 0, 5, {"when": when})

    annotations = [event("ann", "2024-03-05"), event("bob", "2024-03-05")]
    report = agreement_report(annotations, {"event": {"when": "date"}})
    figures = report["layers"]["event"]["attributes"]["when"]
    assert figures["percent_agreement"] == 1.0


def test_a_role_must_fit_its_type_and_be_unique() -> None:
    with pytest.raises(SchemaError, match="role 'value' needs type \"number\""):
        parse_schema(
            '[[layer]]\nname = "f"\ntitle = "F"\n'
            '  [[layer.attribute]]\n  name = "v"\n  type = "text"\n  role = "value"\n'
        )
    with pytest.raises(SchemaError, match="'role' must be one of value, unit"):
        parse_schema(
            '[[layer]]\nname = "f"\ntitle = "F"\n'
            '  [[layer.attribute]]\n  name = "v"\n  type = "number"\n  role = "size"\n'
        )


def test_prefill_follows_roles_not_names() -> None:
    layer = load_schema(EVENTS).layer("event")
    assert layer is not None
    assert prefilled_attributes(layer, "93 percent", "en") == {"amount": 93.0, "measure": "percent"}


def test_schemas_without_roles_prefill_the_attributes_named_value_and_unit() -> None:
    schema = parse_schema(
        '[[layer]]\nname = "figure"\ntitle = "Figure"\n'
        '  [[layer.attribute]]\n  name = "value"\n  type = "number"\n'
        '  [[layer.attribute]]\n  name = "unit"\n  type = "choice"\n  choices = ["percent"]\n'
    )
    layer = schema.layer("figure")
    assert layer is not None
    assert prefilled_attributes(layer, "93 percent", "en") == {"value": 93.0, "unit": "percent"}


def test_roles_survive_the_toml_round_trip() -> None:
    schema = load_schema(EVENTS)
    again = parse_schema(schema.to_toml())
    assert again == schema
