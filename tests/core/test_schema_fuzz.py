"""Fuzzing the TOML schema loader (issue #6): a valid schema, or a ``SchemaError`` naming the file.

Inputs: random bytes, TOML generated from near-valid schema structures (wrong
types, unknown keys, duplicate layers, bad references), byte-level mutations of
the default schema, and a table of hand-made nasties.  An accepted schema must
satisfy the schema's own rules and survive ``to_toml`` and back unchanged (that
is what ``annotator schema show`` prints).  Derandomised; see
``ANNOTATOR_FUZZ_SCALE`` in tests/fuzzing.py.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from annotator.core.errors import AnnotatorError, SchemaError
from annotator.core.schema import ATTRIBUTE_TYPES, RESERVED_NAMES, Schema, load_schema, parse_schema
from annotator.resources import default_schema_path
from tests.fuzzing import fuzz_settings

FUZZ = fuzz_settings(150)
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def load_or_reject(path: Path) -> Schema | None:
    try:
        schema = load_schema(path)
    except AnnotatorError as error:
        assert isinstance(error, SchemaError), f"{type(error).__name__}: {error}"
        message = str(error)
        assert message.startswith(str(path)), message
        assert error.reason.strip(), message
        assert len(message) < 1_000 + len(str(path)), f"message of {len(message)} characters"
        if error.line is not None:
            assert 1 <= error.line <= path.read_bytes().count(b"\n") + 1, message
        return None
    check_schema(schema)
    return schema


def check_schema(schema: Schema) -> None:
    assert schema.layers
    names = [layer.name for layer in schema.layers]
    assert len(set(names)) == len(names)
    keys = [layer.key for layer in schema.layers if layer.key]
    assert len(set(keys)) == len(keys)
    for layer in schema.layers:
        assert IDENTIFIER.match(layer.name)
        assert re.fullmatch(r"#[0-9a-f]{6}", layer.color)
        assert layer.scope in ("span", "document")
        assert isinstance(layer.title, str)
        assert layer.title
        attribute_names = [a.name for a in layer.attributes]
        assert len(set(attribute_names)) == len(attribute_names)
        for attribute in layer.attributes:
            assert IDENTIFIER.match(attribute.name)
            assert attribute.name not in RESERVED_NAMES
            assert attribute.type in ATTRIBUTE_TYPES
            assert bool(attribute.choices) == (attribute.type == "choice")
            assert all(isinstance(c, str) and c for c in attribute.choices)
            assert set(attribute.layers) <= set(names)
    # `annotator schema show` prints to_toml(): it must read back as the same schema.
    again = parse_schema(schema.to_toml(), source="round-trip.toml")
    assert again == schema
    assert json.loads(schema.to_json()) == json.loads(again.to_json())


# -- TOML from structures --------------------------------------------------------


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def toml_string(text: str) -> str:
    """A TOML basic string: every control character (DEL too) escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub("[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", escaped) + '"'


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


def toml_document(data: dict[str, Any], tables: bool) -> str:
    """``[[layer]]`` / ``[[layer.attribute]]`` tables, or everything inline."""
    lines = [f"{toml_key(k)} = {toml_value(v)}" for k, v in data.items() if k != "layer"]
    layers = data.get("layer")
    if not tables or not isinstance(layers, list) or not all(isinstance(x, dict) for x in layers):
        if "layer" in data:
            lines.append(f"layer = {toml_value(layers)}")
        return "\n".join(lines) + "\n"
    for layer in layers:
        lines.append("[[layer]]")
        lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in layer.items() if k != "attribute"]
        attributes = layer.get("attribute")
        if isinstance(attributes, list) and all(isinstance(a, dict) for a in attributes):
            for attribute in attributes:
                lines.append("  [[layer.attribute]]")
                lines += [f"  {toml_key(k)} = {toml_value(v)}" for k, v in attribute.items()]
        elif "attribute" in layer:
            lines.append(f"attribute = {toml_value(attributes)}")
    return "\n".join(lines) + "\n"


scalars = st.one_of(
    st.none().map(lambda _: "") | st.text(max_size=6),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.sampled_from([10**30, "#d95f02", "#D95F02", "#xyz123", "span", "document", "page"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
identifiers = st.sampled_from(["stance", "quote", "a", "_x", "Layer2", "2bad", "", "has space"])
attribute_names = st.sampled_from(["holder", "kind", "value", "speaker", "text", "start", "x-y"])
free_text = st.text(st.characters(codec="utf-8"), max_size=8)


def maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return value | value | value | values


attributes = st.fixed_dictionaries(
    {"name": maybe(attribute_names), "type": maybe(st.sampled_from([*ATTRIBUTE_TYPES, "int"]))},
    optional={
        "choices": maybe(st.lists(st.sampled_from(["a", "b", "c", ""]), max_size=3)),
        "required": maybe(st.booleans()),
        "layers": maybe(st.lists(identifiers, max_size=2)),
        "title": maybe(free_text),
        "description": maybe(free_text),
        "requird": st.booleans(),
    },
)
layers = st.fixed_dictionaries(
    {"name": maybe(identifiers)},
    optional={
        "title": maybe(free_text),
        "key": maybe(st.sampled_from(["s", "S", "q", "ß", "İ", "ab", " ", "\t", "1"]) | free_text),
        "color": maybe(st.sampled_from(["#d95f02", "#ABCDEF", "red", "#12345"])),
        "scope": maybe(st.sampled_from(["span", "document", "Span"])),
        "description": maybe(free_text),
        "attribute": maybe(st.lists(attributes, max_size=3)),
        "colour": values,
    },
)
schemas = st.fixed_dictionaries(
    {"layer": maybe(st.lists(layers, max_size=4))},
    optional={"name": maybe(free_text), "description": maybe(free_text), "version": values},
)


@pytest.fixture
def schema_file(tmp_path: Path) -> Path:
    return tmp_path / "fuzz-schema.toml"


@FUZZ
@given(data=schemas, tables=st.booleans())
@example(data={"layer": [{"name": "a", "title": "Del \x7f"}]}, tables=True)
@example(data={"layer": [{"name": "a", "key": "İ"}]}, tables=True)
@example(data={"layer": [{"name": "a"}, {"name": "a"}]}, tables=True)  # duplicate layers
def test_generated_schemas(
    schema_file: Path, count_case: Callable[[str], None], data: dict[str, Any], tables: bool
) -> None:
    count_case("schema fuzz (hypothesis): generated TOML")
    schema_file.write_text(toml_document(data, tables), encoding="utf-8")
    load_or_reject(schema_file)


@FUZZ
@given(raw=st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
@example(raw=b"a = " + b"[" * 100_000)
@example(raw=b"n = " + b"1" * 5000)
@example(raw=b"\xef\xbb\xbf[[layer]]\nname = 'bom'\n")
def test_random_bytes(schema_file: Path, count_case: Callable[[str], None], raw: bytes) -> None:
    count_case("schema fuzz (hypothesis): random bytes")
    schema_file.write_bytes(raw)
    load_or_reject(schema_file)


@FUZZ
@given(data=st.data())
def test_mutated_default_schema(
    schema_file: Path, count_case: Callable[[str], None], data: st.DataObject
) -> None:
    count_case("schema fuzz (hypothesis): mutated default schema")
    raw = bytearray(default_schema_path().read_bytes())
    for _ in range(data.draw(st.integers(1, 3))):
        position = data.draw(st.integers(0, len(raw)))
        if data.draw(st.booleans()):
            raw[position:position] = data.draw(
                st.binary(min_size=1, max_size=3)
                | st.sampled_from([b"[", b"]", b'"', b"\n", b"=", b"[[layer]]\n", b"#"])
            )
        else:
            del raw[position : position + data.draw(st.integers(1, 12))]
    schema_file.write_bytes(bytes(raw))
    load_or_reject(schema_file)


def test_the_default_schema_passes_the_checks() -> None:
    schema = load_or_reject(default_schema_path())
    assert schema is not None
    assert schema.layer_names == ["stance", "quote", "figure"]


# -- hand-made nasties --------------------------------------------------------------

LAYER = '[[layer]]\nname = "a"\n'
NASTIES = [
    ("empty", "", "at least one [[layer]]"),
    ("layer-is-a-string", 'layer = "stance"\n', "at least one [[layer]]"),
    ("layer-is-a-table", '[layer]\nname = "a"\n', "at least one [[layer]]"),
    ("layer-item-not-table", "layer = [1, 2]\n", "layer #1 is not a table"),
    ("name-not-string", f"name = 3\n{LAYER}", "schema 'name' must be a string"),
    ("unknown-top-key", f"version = 2\n{LAYER}", "unknown key 'version'"),
    ("unknown-layer-key", f'{LAYER}colour = "#000000"\n', "unknown key 'colour'"),
    (
        "misspelt-required",
        f'{LAYER}[[layer.attribute]]\nname = "x"\ntype = "text"\nrequird = true\n',
        "unknown key 'requird'",
    ),
    ("duplicate-layer", LAYER + LAYER, "duplicate layer name 'a'"),
    (
        "duplicate-key",
        '[[layer]]\nname = "a"\nkey = "k"\n[[layer]]\nname = "b"\nkey = "K"\n',
        "duplicate layer key 'k'",
    ),
    ("layer-name-number", "[[layer]]\nname = 5\n", "'name' must be an identifier"),
    ("layer-name-spaces", '[[layer]]\nname = "my layer"\n', "'name' must be an identifier"),
    ("key-two-chars", f'{LAYER}key = "ab"\n', "single character"),
    ("key-whitespace", f'{LAYER}key = " "\n', "single character"),
    ("color-word", f'{LAYER}color = "red"\n', "'color' must look like"),
    ("color-number", f"{LAYER}color = 0xd95f02\n", "'color' must be a string"),
    ("scope-unknown", f'{LAYER}scope = "page"\n', "'scope' must be one of"),
    ("attribute-not-array", f'{LAYER}attribute = "x"\n', "'attribute' must be an array"),
    (
        "attribute-type-unknown",
        f'{LAYER}[[layer.attribute]]\nname = "x"\ntype = "int"\n',
        "'type' must be one of",
    ),
    (
        "attribute-type-array",
        f'{LAYER}[[layer.attribute]]\nname = "x"\ntype = ["text"]\n',
        "'type' must be one of",
    ),
    (
        "choice-without-choices",
        f'{LAYER}[[layer.attribute]]\nname = "x"\ntype = "choice"\n',
        "needs 'choices'",
    ),
    (
        "choices-not-strings",
        f'{LAYER}[[layer.attribute]]\nname = "x"\ntype = "choice"\nchoices = [1, 2]\n',
        "non-empty strings",
    ),
    (
        "duplicate-choice",
        f'{LAYER}[[layer.attribute]]\nname = "x"\ntype = "choice"\nchoices = ["a", "a"]\n',
        "duplicate choice 'a'",
    ),
    (
        "required-string",
        f'{LAYER}[[layer.attribute]]\nname = "x"\ntype = "text"\nrequired = "yes"\n',
        "'required' must be true or false",
    ),
    ("reserved-name", f'{LAYER}[[layer.attribute]]\nname = "start"\ntype = "number"\n', "reserved"),
    (
        "ref-to-unknown-layer",
        f'{LAYER}[[layer.attribute]]\nname = "r"\ntype = "ref"\nlayers = ["ghost"]\n',
        "unknown layer 'ghost'",
    ),
    (
        "same-column-other-type",
        f'{LAYER}[[layer.attribute]]\nname = "v"\ntype = "text"\n'
        '[[layer]]\nname = "b"\n[[layer.attribute]]\nname = "v"\ntype = "number"\n',
        "share an export column",
    ),
    ("huge-value-is-cut", f"{LAYER}title = [{', '.join(['1'] * 100_000)}]\n", "must be a string"),
    ("deep-arrays", "x = " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),
    ("deep-inline-tables", "x = " + "{a = " * 50_000 + "1" + "}" * 50_000 + "\n", "too deeply"),
    ("huge-int", "n = " + "9" * 5000 + f"\n{LAYER}", "4300 digits"),
    ("duplicate-toml-key", f'{LAYER}name = "b"\n', "invalid TOML"),
    ("nul", f'{LAYER}title = "a\x00b"\n', "invalid TOML"),
    ("lone-surrogate-escape", f'{LAYER}title = "\\ud800"\n', "invalid TOML"),
]


@pytest.mark.parametrize(("text", "reason"), [n[1:] for n in NASTIES], ids=[n[0] for n in NASTIES])
def test_nasty_schema_files(
    schema_file: Path, count_case: Callable[[str], None], text: str, reason: str
) -> None:
    count_case("hand-made nasties: schema files")
    schema_file.write_text(text, encoding="utf-8", errors="surrogatepass")
    with pytest.raises(SchemaError) as caught:
        load_schema(schema_file)
    message = str(caught.value)
    assert message.startswith(f"{schema_file}"), message
    assert reason in message, message
    assert len(message) < 500, message
    assert load_or_reject(schema_file) is None


def test_invalid_utf8_names_the_file_and_offset(schema_file: Path) -> None:
    schema_file.write_bytes(LAYER.encode() + b'title = "\xff"\n')
    with pytest.raises(SchemaError, match=rf"^{re.escape(str(schema_file))}: not UTF-8 .* 30\)"):
        load_schema(schema_file)
