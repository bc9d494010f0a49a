"""Schema files: the default parses, every error names file, layer and attribute."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from annotator.core.errors import SchemaError
from annotator.core.schema import (
    Schema,
    attribute_problems,
    load_schema,
    missing_required,
    parse_schema,
    removed_from,
)
from annotator.resources import default_schema_path
from tests.stored import attribute_of, layer_of

MINIMAL = """
name = "Test"

[[layer]]
name = "claim"
title = "Claim"
key = "c"
color = "#112233"

  [[layer.attribute]]
  name = "who"
  type = "text"
"""


def write_schema(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schema.toml"
    path.write_text(text, encoding="utf-8")
    return path


def schema_error(tmp_path: Path, text: str) -> SchemaError:
    path = write_schema(tmp_path, text)
    with pytest.raises(SchemaError) as caught:
        load_schema(path)
    assert caught.value.source == str(path)
    assert str(caught.value).startswith(str(path))
    return caught.value


def test_default_schema_matches_the_spec() -> None:
    schema = load_schema(default_schema_path())
    assert schema.layer_names == ["stance", "quote", "figure"]
    stance, quote, figure = schema.layers
    assert [(a.name, a.type, a.required) for a in stance.attributes] == [
        ("holder", "text", True),
        ("target", "text", False),
        ("polarity", "choice", True),
    ]
    assert attribute_of(stance, "polarity").choices == ("favor", "against", "neutral", "unclear")
    assert [(a.name, a.type) for a in quote.attributes] == [("speaker", "text"), ("kind", "choice")]
    assert attribute_of(quote, "kind").choices == ("direct", "indirect", "partial")
    assert [(a.name, a.type) for a in figure.attributes] == [
        ("value", "number"),
        ("unit", "choice"),
        ("measures", "text"),
        ("scope", "text"),
    ]
    assert attribute_of(figure, "unit").choices == ("percent", "count", "money", "date", "other")
    assert {layer.key for layer in schema.layers} == {"s", "q", "f"}
    assert all(layer.scope == "span" for layer in schema.layers)


def test_layer_without_attributes_and_defaults(tmp_path: Path) -> None:
    schema = load_schema(write_schema(tmp_path, '[[layer]]\nname = "mention"\n'))
    layer = schema.layer("mention")
    assert layer is not None
    assert layer.attributes == ()
    assert layer.title == "Mention"
    assert layer.scope == "span"
    assert schema.name == "Untitled schema"


def test_utf8_bom_in_schema_file_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert load_schema(path).layer_names == ["claim"]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("  requird = true\n", ["layer 'claim'", "attribute 'who'", "unknown key 'requird'"]),
        ('  type = "datetime"\n', ["layer 'claim'", "attribute 'when'", "'type' must be one of"]),
        ('  type = "choice"\n', ["layer 'claim'", "attribute 'when'", "needs 'choices'"]),
        (
            '  type = "text"\n  choices = ["a"]\n',
            ["layer 'claim'", "attribute 'when'", 'only applies to type "choice"'],
        ),
        (
            '  type = "choice"\n  choices = ["a", "a"]\n',
            ["layer 'claim', attribute 'when': duplicate choice 'a'"],
        ),
        (
            '  type = "ref"\n  layers = ["nowhere"]\n',
            ["layer 'claim'", "attribute 'when'", "unknown layer 'nowhere'"],
        ),
        (
            '  type = "text"\n  layers = ["claim"]\n',
            ["layer 'claim'", "attribute 'when'", 'only applies to type "ref"'],
        ),
        (
            '  type = "flag"\n  required = "yes"\n',
            ["layer 'claim'", "attribute 'when'", "true or false"],
        ),
    ],
)
def test_attribute_errors_name_layer_and_attribute(
    tmp_path: Path, snippet: str, expected: list[str]
) -> None:
    if snippet.startswith("  requird"):
        text = MINIMAL + snippet
    else:
        text = MINIMAL + '\n  [[layer.attribute]]\n  name = "when"\n' + snippet
    message = str(schema_error(tmp_path, text))
    for part in expected:
        assert part in message


@pytest.mark.parametrize("reserved", ["text", "start", "end", "note", "annotator", "document_id"])
def test_reserved_attribute_names_are_refused(tmp_path: Path, reserved: str) -> None:
    text = MINIMAL + f'\n  [[layer.attribute]]\n  name = "{reserved}"\n  type = "text"\n'
    message = str(schema_error(tmp_path, text))
    assert f"layer 'claim', attribute '{reserved}'" in message
    assert "reserved" in message


def test_attribute_named_like_a_ref_text_column_is_refused(tmp_path: Path) -> None:
    text = MINIMAL + (
        '\n  [[layer.attribute]]\n  name = "speaker"\n  type = "ref"\n'
        '\n  [[layer.attribute]]\n  name = "speaker_text"\n  type = "text"\n'
    )
    message = str(schema_error(tmp_path, text))
    assert "attribute 'speaker_text'" in message


def test_same_attribute_name_with_different_types_is_refused(tmp_path: Path) -> None:
    text = MINIMAL + '\n[[layer]]\nname = "other"\n\n  [[layer.attribute]]\n  name = "who"\n'
    text += '  type = "number"\n'
    message = str(schema_error(tmp_path, text))
    assert "layer 'other', attribute 'who'" in message
    assert "layer 'claim'" in message


def test_duplicate_layer_name(tmp_path: Path) -> None:
    message = str(schema_error(tmp_path, MINIMAL + '\n[[layer]]\nname = "claim"\n'))
    assert "duplicate layer name 'claim'" in message


def test_duplicate_layer_key(tmp_path: Path) -> None:
    message = str(schema_error(tmp_path, MINIMAL + '\n[[layer]]\nname = "cite"\nkey = "c"\n'))
    assert "duplicate layer key 'c'" in message


def test_duplicate_attribute_name(tmp_path: Path) -> None:
    text = MINIMAL + '\n  [[layer.attribute]]\n  name = "who"\n  type = "text"\n'
    message = str(schema_error(tmp_path, text))
    assert "layer 'claim': duplicate attribute name 'who'" in message


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('color = "red"', "'color'"),
        ('color = "#12345"', "'color'"),
        ('scope = "sentence"', "'scope'"),
        ('key = "ab"', "'key'"),
        ("title = 3", "'title'"),
        ('shortcut = "x"', "unknown key 'shortcut'"),
    ],
)
def test_layer_errors_name_the_layer(tmp_path: Path, line: str, expected: str) -> None:
    text = f'[[layer]]\nname = "evidence"\n{line}\n'
    message = str(schema_error(tmp_path, text))
    assert "layer 'evidence'" in message
    assert expected in message


@pytest.mark.parametrize("name", ["has space", "1st", "", "dash-ed"])
def test_layer_name_must_be_an_identifier(tmp_path: Path, name: str) -> None:
    message = str(schema_error(tmp_path, f'[[layer]]\nname = "{name}"\n'))
    assert "layer #1" in message
    assert repr(name) in message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    message = str(schema_error(tmp_path, "version = 2\n" + MINIMAL))
    assert "unknown key 'version'" in message


def test_schema_without_layers(tmp_path: Path) -> None:
    assert "at least one [[layer]]" in str(schema_error(tmp_path, 'name = "Empty"\n'))


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    text = 'name = "Broken"\n\n[[layer]]\nname = "claim\n'
    error = schema_error(tmp_path, text)
    assert error.line == 4
    assert f"{tmp_path / 'schema.toml'}:4:" in str(error)
    assert "invalid TOML" in str(error)


def test_schema_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(b'name = "Sch\xe9ma"\n[[layer]]\nname = "a"\n')
    with pytest.raises(SchemaError) as caught:
        load_schema(path)
    assert str(path) in str(caught.value)
    assert "offset 11" in str(caught.value)


def test_missing_schema_file(tmp_path: Path) -> None:
    with pytest.raises(SchemaError) as caught:
        load_schema(tmp_path / "nope.toml")
    assert "nope.toml" in str(caught.value)


def test_to_toml_round_trip_of_the_default_schema() -> None:
    schema = load_schema(default_schema_path())
    text = schema.to_toml()
    again = parse_schema(text)
    assert again == schema
    assert again.to_toml() == text
    # It is the documented shape, readable by any TOML parser.
    assert tomllib.loads(text)["layer"][0]["attribute"][2]["choices"][0] == "favor"


def test_to_toml_round_trip_escapes_and_refs() -> None:
    source = """
name = "Quotes \\"and\\" ünïcode ✓"
description = "Line one\\nline two\\tand a backslash \\\\"

[[layer]]
name = "mention"
title = "Mention «M»"
key = "m"
color = "#ABCDEF"
scope = "span"

[[layer]]
name = "quote"
description = "A \\"quoted\\" description"

  [[layer.attribute]]
  name = "speaker"
  type = "ref"
  layers = ["mention"]
  required = true
  title = "Who spoke"

  [[layer.attribute]]
  name = "verified"
  type = "flag"

[[layer]]
name = "topic"
scope = "document"
"""
    schema = parse_schema(source)
    again = parse_schema(schema.to_toml())
    assert again == schema
    assert again.name == 'Quotes "and" ünïcode ✓'
    assert again.description == "Line one\nline two\tand a backslash \\"
    assert layer_of(again, "mention").color == "#abcdef"
    assert layer_of(again, "topic").scope == "document"
    speaker = attribute_of(layer_of(again, "quote"), "speaker")
    assert (speaker.type, speaker.layers, speaker.required, speaker.title) == (
        "ref",
        ("mention",),
        True,
        "Who spoke",
    )
    assert again.attribute_columns() == ["speaker", "speaker_text", "verified"]


def test_json_round_trip_through_the_project_form() -> None:
    from annotator.core.schema import schema_from_json

    schema = load_schema(default_schema_path())
    assert schema_from_json(schema.to_json()) == schema


def _with_choices(schema: Schema, choices: str) -> Schema:
    text = schema.to_toml().replace(
        'choices = ["favor", "against", "neutral", "unclear"]', f"choices = [{choices}]"
    )
    assert text != schema.to_toml()
    return parse_schema(text)


def test_removed_from_lists_layers_attributes_and_choices() -> None:
    old = load_schema(default_schema_path())
    assert removed_from(old, old) == []

    fewer_choices = _with_choices(old, '"favor", "against"')
    assert removed_from(old, fewer_choices) == [
        ("stance", "polarity", "neutral"),
        ("stance", "polarity", "unclear"),
    ]
    # Adding is never a removal.
    assert removed_from(fewer_choices, old) == []

    without_figure = parse_schema(old.to_toml().split('[[layer]]\nname = "figure"')[0])
    assert removed_from(old, without_figure) == [("figure", None, None)]

    retyped = parse_schema(
        old.to_toml().replace(
            'name = "measures"\n  type = "text"', 'name = "measures"\n  type = "flag"'
        )
    )
    assert removed_from(old, retyped) == [("figure", "measures", None)]


def test_removed_from_with_added_choice_is_empty() -> None:
    old = load_schema(default_schema_path())
    assert (
        removed_from(old, _with_choices(old, '"favor", "against", "neutral", "unclear", "x"')) == []
    )


def test_attribute_problems_and_missing_required() -> None:
    stance = layer_of(load_schema(default_schema_path()), "stance")
    figure = layer_of(load_schema(default_schema_path()), "figure")
    assert attribute_problems(stance, {"holder": "Kazakhstan", "polarity": "against"}) == []
    assert attribute_problems(stance, {"holder": None}) == []
    problems = [
        str(p)
        for p in attribute_problems(stance, {"polarity": "maybe", "colour": "red", "holder": 3})
    ]
    assert len(problems) == 3
    assert any("'maybe' is not one of" in p for p in problems)
    assert any("no attribute 'colour'" in p for p in problems)
    assert any("attribute 'holder': expected a string" in p for p in problems)
    assert attribute_problems(figure, {"value": 99.23}) == []
    assert attribute_problems(figure, {"value": True})
    assert attribute_problems(figure, {"value": "99"})
    assert attribute_problems(figure, {"value": float("nan")})
    assert missing_required(stance, {"holder": "", "target": "x"}) == ["holder", "polarity"]
    assert missing_required(stance, {"holder": "X", "polarity": "favor"}) == []
