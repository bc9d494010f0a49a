"""Layers and attributes a project annotates, read from a TOML schema file.

The schema is copied into the project file, so a project describes itself and
an annotator's copy can never disagree with the reviewer's about what a
"stance" is.  Parsing is strict: unknown keys are errors, because a typo such
as ``requird = true`` silently ignored costs a whole annotation round.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core import attribute_types
from annotator.core.attribute_types import attribute_type
from annotator.core.errors import SchemaError, shown
from annotator.core.messages import Message, Text

ATTRIBUTE_TYPES = tuple(attribute_types.ATTRIBUTE_TYPES)
"""The type names a schema may use (each a row of ``core/attribute_types.py``)."""
SCOPES = ("span", "document")

# Columns the CSV export writes itself; an attribute may not shadow them.
RESERVED_NAMES = frozenset(
    {
        "document",
        "document_id",
        "annotator",
        "layer",
        "start",
        "end",
        "text",
        "note",
        "origin",
        "annotation_id",
        "created_at",
        "updated_at",
    }
)

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_SCHEMA_KEYS = {"name", "description", "layer"}
_LAYER_KEYS = {"name", "title", "key", "color", "scope", "description", "attribute"}
_ATTRIBUTE_KEYS = {"name", "type", "choices", "required", "layers", "description", "title", "role"}
ROLES = {"value": "number", "unit": "choice"}
"""What an attribute may be for, beyond its name, with the type each role needs: a figure's
``value`` and ``unit`` are pre-filled from the selected text (``core/figures.py``)."""
# Per-language versions of what people read: ``title_pl = "Stanowisko"``, ``description_uk``,
# ``choices_ru = { favor = "за" }`` (by choice; an untitled choice shows as it is). The
# window shows them when its language matches; exports and the CLI use the plain names.
_LOCALIZED = re.compile(r"^(title|description|choices)_([a-z]{2})$")
_LAYER_LOCALIZED = ("title", "description")
_ATTRIBUTE_LOCALIZED = ("title", "description", "choices")

Localized = tuple[tuple[str, str], ...]
"""(language, text) pairs: a tuple rather than a dict so layers stay hashable."""


def _in_language(texts: Localized, language: str, default: str) -> str:
    for code, text in texts:
        if code == language:
            return text
    return default


@dataclass(frozen=True)
class Attribute:
    name: str
    type: str
    title: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False
    layers: tuple[str, ...] = ()
    description: str = ""
    titles: Localized = ()
    descriptions: Localized = ()
    choice_titles: tuple[tuple[str, Localized], ...] = ()
    role: str = ""

    @property
    def label(self) -> str:
        return self.title or self.name.replace("_", " ").capitalize()

    def label_in(self, language: str) -> str:
        """The title in ``language`` when the schema has one, else :attr:`label`."""
        return _in_language(self.titles, language, self.label)

    def description_in(self, language: str) -> str:
        return _in_language(self.descriptions, language, self.description)

    def choice_label(self, choice: str, language: str) -> str:
        """How ``choice`` reads in ``language`` (the stored value itself when untranslated)."""
        for code, titles in self.choice_titles:
            if code == language:
                return _in_language(titles, choice, choice)
        return choice


@dataclass(frozen=True)
class Layer:
    name: str
    title: str
    key: str = ""
    color: str = "#888888"
    scope: str = "span"
    description: str = ""
    attributes: tuple[Attribute, ...] = ()
    titles: Localized = ()
    descriptions: Localized = ()

    def title_in(self, language: str) -> str:
        """The title in ``language`` when the schema has one, else :attr:`title`."""
        return _in_language(self.titles, language, self.title)

    def description_in(self, language: str) -> str:
        return _in_language(self.descriptions, language, self.description)

    def attribute(self, name: str) -> Attribute | None:
        for attribute in self.attributes:
            if attribute.name == name:
                return attribute
        return None

    def attribute_with_role(self, role: str) -> Attribute | None:
        """The attribute serving ``role`` (see ``ROLES``).

        A schema written before roles existed declares none; there the attribute
        named after the role (of the role's type) serves it, as it always did.
        """
        declared = [a for a in self.attributes if a.role]
        if declared:
            return next((a for a in declared if a.role == role), None)
        named = self.attribute(role)
        return named if named is not None and named.type == ROLES.get(role) else None

    @property
    def required_attributes(self) -> tuple[Attribute, ...]:
        return tuple(a for a in self.attributes if a.required)


@dataclass(frozen=True)
class Schema:
    name: str
    layers: tuple[Layer, ...]
    description: str = ""
    _by_name: dict[str, Layer] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name.update({layer.name: layer for layer in self.layers})

    def layer(self, name: str) -> Layer | None:
        return self._by_name.get(name)

    @property
    def layer_names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def attribute_columns(self) -> list[str]:
        """Every attribute name once, in schema order: the CSV's attribute columns.

        A ``ref`` attribute also gets ``<name>_text`` right after it, so a
        spreadsheet user sees what the reference points at, not only an id.
        """
        columns: list[str] = []
        for layer in self.layers:
            for attribute in layer.attributes:
                names = [attribute.name]
                if attribute.type == "ref":
                    names.append(f"{attribute.name}_text")
                for name in names:
                    if name not in columns:
                        columns.append(name)
        return columns

    # -- serialisation -------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "layer": [
                {
                    "name": layer.name,
                    "title": layer.title,
                    "key": layer.key,
                    "color": layer.color,
                    "scope": layer.scope,
                    "description": layer.description,
                    **_localized_dict(layer),
                    "attribute": [
                        {
                            "name": a.name,
                            "type": a.type,
                            "title": a.title,
                            "choices": list(a.choices),
                            "required": a.required,
                            "layers": list(a.layers),
                            "description": a.description,
                            **_localized_dict(a),
                            # Only when set: schemas without roles keep their stored form.
                            **({"role": a.role} if a.role else {}),
                        }
                        for a in layer.attributes
                    ],
                }
                for layer in self.layers
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    def to_toml(self) -> str:
        """The schema in the same TOML shape it is read from."""
        lines = [f"name = {_toml_str(self.name)}"]
        if self.description:
            lines.append(f"description = {_toml_str(self.description)}")
        for layer in self.layers:
            lines += ["", "[[layer]]", f"name = {_toml_str(layer.name)}"]
            lines.append(f"title = {_toml_str(layer.title)}")
            if layer.key:
                lines.append(f"key = {_toml_str(layer.key)}")
            lines.append(f"color = {_toml_str(layer.color)}")
            lines.append(f"scope = {_toml_str(layer.scope)}")
            if layer.description:
                lines.append(f"description = {_toml_str(layer.description)}")
            lines += [
                f"{key} = {_toml_value(value)}" for key, value in _localized_dict(layer).items()
            ]
            for a in layer.attributes:
                lines += ["", "  [[layer.attribute]]", f"  name = {_toml_str(a.name)}"]
                lines.append(f"  type = {_toml_str(a.type)}")
                if a.title:
                    lines.append(f"  title = {_toml_str(a.title)}")
                if a.choices:
                    lines.append(f"  choices = [{', '.join(_toml_str(c) for c in a.choices)}]")
                if a.layers:
                    lines.append(f"  layers = [{', '.join(_toml_str(c) for c in a.layers)}]")
                if a.required:
                    lines.append("  required = true")
                if a.role:
                    lines.append(f"  role = {_toml_str(a.role)}")
                if a.description:
                    lines.append(f"  description = {_toml_str(a.description)}")
                lines += [
                    f"  {key} = {_toml_value(value)}" for key, value in _localized_dict(a).items()
                ]
        return "\n".join(lines) + "\n"


def _localized_dict(item: Layer | Attribute) -> dict[str, str | dict[str, str]]:
    """``title_pl``, ``description_uk``, ``choices_ru``… keys of ``item``, as in the file."""
    found: dict[str, str | dict[str, str]] = {}
    for code, text in item.titles:
        found[f"title_{code}"] = text
    for code, text in item.descriptions:
        found[f"description_{code}"] = text
    if isinstance(item, Attribute):
        for code, titles in item.choice_titles:
            found[f"choices_{code}"] = dict(titles)
    return found


def _toml_value(value: str | dict[str, str]) -> str:
    if isinstance(value, str):
        return _toml_str(value)
    return "{ " + ", ".join(f"{_toml_str(k)} = {_toml_str(v)}" for k, v in value.items()) + " }"


def _toml_str(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes; JSON leaves DEL raw, TOML does not.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


# -- reading -----------------------------------------------------------------


def load_schema(path: str | Path) -> Schema:
    """Read and validate a schema file; errors name the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SchemaError(
            Message("cannot read schema file: {reason}", reason=error.strerror), source=str(path)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SchemaError(
            Message("not UTF-8 (invalid byte at offset {offset})", offset=error.start),
            source=str(path),
        ) from None
    return parse_schema(text, source=str(path))


def parse_schema(text: str, source: str = "<schema>") -> Schema:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = _toml_error_line(str(error))
        raise SchemaError(
            Message("invalid TOML: {error}", error=str(error)), source=source, line=line
        ) from None
    except ValueError as error:  # an integer of more than 4300 digits
        reason = str(error).split(";")[0]
        raise SchemaError(Message("invalid TOML: {error}", error=reason), source=source) from None
    except RecursionError:
        raise SchemaError(
            Message("invalid TOML: arrays or tables nested too deeply"), source=source
        ) from None
    return schema_from_dict(data, source)


def schema_from_json(text: str, source: str = "<project>") -> Schema:
    return schema_from_dict(json.loads(text), source)


def _toml_error_line(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def schema_from_dict(data: Mapping[str, Any], source: str = "<schema>") -> Schema:
    def fail(reason: Text) -> SchemaError:
        return SchemaError(reason, source=source)

    _reject_unknown(data, _SCHEMA_KEYS, "schema", fail)
    name = _expect_str(data.get("name", ""), "schema 'name'", fail)
    layers_raw = data.get("layer", [])
    if not isinstance(layers_raw, list) or not layers_raw:
        raise fail(Message("the schema needs at least one [[layer]]"))
    layers = [_layer_from_dict(raw, i, fail) for i, raw in enumerate(layers_raw, 1)]
    _check_unique((layer.name for layer in layers), "layer name", fail)
    _check_unique((layer.key for layer in layers if layer.key), "layer key", fail)
    names = {layer.name for layer in layers}
    for layer in layers:
        for attribute in layer.attributes:
            for target in attribute.layers:
                if target not in names:
                    raise fail(
                        Message(
                            "layer '{layer}', attribute '{attribute}': refers to unknown layer "
                            "'{target}'",
                            layer=layer.name,
                            attribute=attribute.name,
                            target=target,
                        )
                    )
    _check_column_types(layers, fail)
    return Schema(
        name=name or "Untitled schema",
        layers=tuple(layers),
        description=_expect_str(data.get("description", ""), "schema 'description'", fail),
    )


def _layer_from_dict(raw: Any, index: int, fail: Any) -> Layer:
    if not isinstance(raw, dict):
        raise fail(f"layer #{index} is not a table")
    name = raw.get("name")
    if not isinstance(name, str) or not _IDENTIFIER.match(name):
        raise fail(
            f"layer #{index}: 'name' must be an identifier such as \"stance\", got {shown(name)}"
        )
    where = f"layer '{name}'"
    localized = _localized(raw, _LAYER_LOCALIZED, where, fail)
    _reject_unknown({k: v for k, v in raw.items() if k not in localized}, _LAYER_KEYS, where, fail)
    key = _expect_str(raw.get("key", ""), f"{where}: 'key'", fail)
    # "İ".lower() is two characters: the stored (lower-case) key must be one as well.
    if key and (len(key) != 1 or len(key.lower()) != 1 or not key.isprintable() or key.isspace()):
        raise fail(f"{where}: 'key' must be a single character, got {shown(key)}")
    color = _expect_str(raw.get("color", "#888888"), f"{where}: 'color'", fail)
    if not _COLOR.match(color):
        raise fail(f"{where}: 'color' must look like \"#d95f02\", got {shown(color)}")
    scope = _expect_str(raw.get("scope", "span"), f"{where}: 'scope'", fail)
    if scope not in SCOPES:
        raise fail(f"{where}: 'scope' must be one of {', '.join(SCOPES)}, got {shown(scope)}")
    attributes_raw = raw.get("attribute", [])
    if not isinstance(attributes_raw, list):
        raise fail(f"{where}: 'attribute' must be an array of tables ([[layer.attribute]])")
    attributes = [_attribute_from_dict(a, where, i, fail) for i, a in enumerate(attributes_raw, 1)]
    _check_unique((a.name for a in attributes), f"{where}: attribute name", fail)
    _check_unique((a.role for a in attributes if a.role), f"{where}: role", fail)
    return Layer(
        name=name,
        title=_expect_str(raw.get("title", ""), f"{where}: 'title'", fail) or name.capitalize(),
        key=key.lower(),
        color=color.lower(),
        scope=scope,
        description=_expect_str(raw.get("description", ""), f"{where}: 'description'", fail),
        attributes=tuple(attributes),
        titles=_texts(raw, localized, "title", where, fail),
        descriptions=_texts(raw, localized, "description", where, fail),
    )


def _attribute_from_dict(raw: Any, layer_where: str, index: int, fail: Any) -> Attribute:
    if not isinstance(raw, dict):
        raise fail(f"{layer_where}: attribute #{index} is not a table")
    name = raw.get("name")
    if not isinstance(name, str) or not _IDENTIFIER.match(name):
        raise fail(
            f"{layer_where}: attribute #{index}: 'name' must be an identifier, got {shown(name)}"
        )
    where = f"{layer_where}, attribute '{name}'"
    if name in RESERVED_NAMES:
        raise fail(f"{where}: the name is reserved for an export column")
    localized = _localized(raw, _ATTRIBUTE_LOCALIZED, where, fail)
    _reject_unknown(
        {k: v for k, v in raw.items() if k not in localized}, _ATTRIBUTE_KEYS, where, fail
    )
    kind = raw.get("type")
    if kind not in ATTRIBUTE_TYPES:
        raise fail(
            f"{where}: 'type' must be one of {', '.join(ATTRIBUTE_TYPES)}, got {shown(kind)}"
        )
    choices = raw.get("choices", [])
    if not isinstance(choices, list) or not all(isinstance(c, str) and c for c in choices):
        raise fail(f"{where}: 'choices' must be a list of non-empty strings")
    if kind == "choice" and not choices:
        raise fail(f"{where}: a choice attribute needs 'choices'")
    if kind != "choice" and choices:
        raise fail(f"{where}: 'choices' only applies to type \"choice\"")
    _check_unique(choices, f"{where}: choice", fail)
    layers = raw.get("layers", [])
    if not isinstance(layers, list) or not all(isinstance(x, str) for x in layers):
        raise fail(f"{where}: 'layers' must be a list of layer names")
    if layers and kind != "ref":
        raise fail(f"{where}: 'layers' only applies to type \"ref\"")
    required = raw.get("required", False)
    if not isinstance(required, bool):
        raise fail(f"{where}: 'required' must be true or false")
    role = raw.get("role", "")
    if role and role not in ROLES:
        raise fail(f"{where}: 'role' must be one of {', '.join(ROLES)}, got {shown(role)}")
    if role and ROLES[role] != kind:
        raise fail(f'{where}: role {shown(role)} needs type "{ROLES[role]}"')
    return Attribute(
        name=name,
        type=kind,
        title=_expect_str(raw.get("title", ""), f"{where}: 'title'", fail),
        choices=tuple(choices),
        required=required,
        layers=tuple(layers),
        description=_expect_str(raw.get("description", ""), f"{where}: 'description'", fail),
        titles=_texts(raw, localized, "title", where, fail),
        descriptions=_texts(raw, localized, "description", where, fail),
        choice_titles=_choice_titles(raw, localized, choices, where, fail),
        role=role,
    )


def _localized(raw: Mapping[str, Any], kinds: tuple[str, ...], where: str, fail: Any) -> set[str]:
    """The per-language keys of ``raw`` (``title_pl``…); other ``*_xx`` keys are errors."""
    found = set()
    for key in raw:
        match = _LOCALIZED.match(key)
        if match is None:
            continue
        if match.group(1) not in kinds:
            raise fail(f"{where}: '{key}': only {', '.join(kinds)} may have per-language versions")
        found.add(key)
    return found


def _texts(
    raw: Mapping[str, Any], localized: set[str], kind: str, where: str, fail: Any
) -> Localized:
    """(language, text) for every ``<kind>_<language>`` key, sorted by language."""
    return tuple(
        (key.rpartition("_")[2], _expect_str(raw[key], f"{where}: '{key}'", fail))
        for key in sorted(localized)
        if key.startswith(f"{kind}_")
    )


def _choice_titles(
    raw: Mapping[str, Any], localized: set[str], choices: list[str], where: str, fail: Any
) -> tuple[tuple[str, Localized], ...]:
    """(language, ((choice, title), ...)) for every ``choices_<language> = { choice = title }``.

    A choice left out shows as it is stored. A title for a choice the attribute lacks is
    dropped rather than refused, so removing a choice takes one edit, not one per language.
    """
    found = []
    for key in sorted(localized):
        if not key.startswith("choices_"):
            continue
        titles = raw[key]
        if not isinstance(titles, dict) or not all(
            isinstance(t, str) and t for t in titles.values()
        ):
            raise fail(f"{where}: '{key}' must be a table of choice = \"title\"")
        found.append(
            (key.rpartition("_")[2], tuple((c, titles[c]) for c in choices if c in titles))
        )
    return tuple(found)


def _reject_unknown(raw: Mapping[str, Any], allowed: set[str], where: str, fail: Any) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise fail(
            f"{where}: unknown key {shown(unknown[0])} (allowed: {', '.join(sorted(allowed))})"
        )


def _expect_str(value: Any, what: str, fail: Any) -> str:
    if not isinstance(value, str):
        raise fail(f"{what} must be a string, got {shown(value)}")
    return value


def _check_unique(values: Iterable[str], what: str, fail: Any) -> None:
    # "layer 'x': attribute name" -> "layer 'x': duplicate attribute name 'y'"
    where, _, noun = what.rpartition(": ")
    prefix = f"{where}: " if where else ""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise fail(f"{prefix}duplicate {noun} {shown(value)}")
        seen.add(value)


def _check_column_types(layers: list[Layer], fail: Any) -> None:
    """Attributes sharing a name across layers share a CSV column: same type, then."""
    types: dict[str, tuple[str, str]] = {}
    ref_columns = {
        f"{a.name}_text" for layer in layers for a in layer.attributes if a.type == "ref"
    }
    for layer in layers:
        for attribute in layer.attributes:
            if attribute.name in ref_columns:
                raise fail(
                    f"layer '{layer.name}', attribute '{attribute.name}': the name is taken by "
                    "the export column of a ref attribute"
                )
            seen = types.setdefault(attribute.name, (attribute.type, layer.name))
            if seen[0] != attribute.type:
                raise fail(
                    f"layer '{layer.name}', attribute '{attribute.name}': type {attribute.type} "
                    f"differs from layer '{seen[1]}' ({seen[0]}); they share an export column"
                )


# -- checking annotations against the schema ---------------------------------


def attribute_problems(layer: Layer, attributes: Mapping[str, Any]) -> list[Text]:
    """Why these attribute values do not fit the layer; empty when they do.

    Missing required values are *not* problems here: an annotation is stored
    the moment it is created, before its form is filled.  See
    :func:`missing_required`.
    """
    problems: list[Text] = []
    for name, value in attributes.items():
        attribute = layer.attribute(name)
        if attribute is None:
            problems.append(
                Message(
                    "layer '{layer}' has no attribute '{attribute}'",
                    layer=layer.name,
                    attribute=name,
                )
            )
            continue
        if value is None:
            continue
        problem = _value_problem(attribute, value)
        if problem:
            problems.append(
                Message(
                    "layer '{layer}', attribute '{attribute}': {problem}",
                    layer=layer.name,
                    attribute=name,
                    problem=problem,
                )
            )
    return problems


def _value_problem(attribute: Attribute, value: Any) -> Text:
    return attribute_type(attribute.type).problem(value, attribute.choices)


def missing_required(layer: Layer, attributes: Mapping[str, Any]) -> list[str]:
    """Names of required attributes with no value yet."""
    return [a.name for a in layer.required_attributes if attributes.get(a.name) in (None, "", [])]


def removed_from(old: Schema, new: Schema) -> list[tuple[str, str | None, str | None]]:
    """What ``new`` drops from ``old``: (layer, attribute, choice) triples.

    ``(layer, None, None)`` is a removed layer, ``(layer, attr, None)`` a
    removed attribute, ``(layer, attr, choice)`` a removed choice.  A type
    change counts as removing the attribute.
    """
    removed: list[tuple[str, str | None, str | None]] = []
    for layer in old.layers:
        new_layer = new.layer(layer.name)
        if new_layer is None:
            removed.append((layer.name, None, None))
            continue
        for attribute in layer.attributes:
            new_attribute = new_layer.attribute(attribute.name)
            if new_attribute is None or new_attribute.type != attribute.type:
                removed.append((layer.name, attribute.name, None))
                continue
            for choice in attribute.choices:
                if choice not in new_attribute.choices:
                    removed.append((layer.name, attribute.name, choice))
    return removed
