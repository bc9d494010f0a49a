"""Per-language titles in a schema (``title_pl``, ``description_ru``, ``choices_uk``)."""

from __future__ import annotations

import pytest

from annotator.core.errors import SchemaError
from annotator.core.schema import load_schema, parse_schema
from annotator.resources import default_schema_path

SCHEMA = """
name = "t"
[[layer]]
name = "stance"
title = "Stance"
title_pl = "Stanowisko"
description_ru = "Позиция"
  [[layer.attribute]]
  name = "polarity"
  type = "choice"
  choices = ["favor", "against"]
  choices_uk = { favor = "за", against = "проти" }
  title_pl = "Wydźwięk"
"""


def test_titles_in_a_language_fall_back_to_the_plain_ones() -> None:
    layer = parse_schema(SCHEMA).layers[0]
    polarity = layer.attributes[0]
    assert layer.title_in("pl") == "Stanowisko"
    assert layer.title_in("ru") == "Stance"
    assert layer.description_in("ru") == "Позиция" and layer.description_in("en") == ""
    assert polarity.label_in("pl") == "Wydźwięk" and polarity.label_in("uk") == "Polarity"
    assert polarity.choice_label("against", "uk") == "проти"
    assert polarity.choice_label("against", "pl") == "against"


def test_titles_of_removed_choices_are_dropped() -> None:
    schema = parse_schema(SCHEMA.replace('choices = ["favor", "against"]', 'choices = ["favor"]'))
    polarity = schema.layers[0].attributes[0]
    assert polarity.choice_titles == (("uk", (("favor", "за"),)),)


def test_a_choice_without_a_title_shows_as_it_is() -> None:
    schema = parse_schema(SCHEMA.replace('favor = "за", ', ""))
    polarity = schema.layers[0].attributes[0]
    assert polarity.choice_label("favor", "uk") == "favor"
    assert polarity.choice_label("against", "uk") == "проти"


def test_localized_keys_survive_toml_and_json_round_trips() -> None:
    schema = parse_schema(SCHEMA)
    assert parse_schema(schema.to_toml()) == schema
    from annotator.core.schema import schema_from_json

    assert schema_from_json(schema.to_json()) == schema


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('choices_pl = ["za"]', "'choices_pl' must be a table of choice"),
        ('key_pl = "x"', "unknown key 'key_pl'"),
        ("title_pl = 3", "'title_pl' must be a string"),
        ('title_polish = "x"', "unknown key 'title_polish'"),
    ],
)
def test_bad_localized_keys_are_errors(line: str, reason: str) -> None:
    with pytest.raises(SchemaError, match=reason):
        parse_schema(SCHEMA.replace('title_pl = "Wydźwięk"', line))


def test_a_layer_has_no_choices_to_translate() -> None:
    with pytest.raises(SchemaError, match="only title, description may have per-language"):
        parse_schema(SCHEMA.replace('title_pl = "Stanowisko"', 'choices_pl = ["x"]'))


def test_the_default_schema_names_everything_in_our_four_languages() -> None:
    schema = load_schema(default_schema_path())
    for layer in schema.layers:
        for language in ("pl", "ru", "uk"):
            assert layer.title_in(language) != layer.title, (layer.name, language)
            for attribute in layer.attributes:
                assert attribute.label_in(language) != attribute.label, attribute.name
                for choice in attribute.choices:
                    assert attribute.choice_label(choice, language) != choice or choice == "date"
