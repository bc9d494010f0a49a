"""Labels of other tools' files, matched to the project's layers in one place.

A foreign reader (doccano, brat, Label Studio, WebAnno) stores the file's own
label in ``Annotation.layer`` and declares, per label, whether it marks spans
or whole documents and which attributes the file gives it.  After every file
is read, ``resolve_labels`` maps each label to the layer with that name or
title (ignoring case).  Labels the project does not know are all listed at
once, with counts and the project's layers; with ``add_layers`` they become
new layers instead, so the import and the schema change are one decision.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from annotator.core.errors import InputError, SchemaError
from annotator.core.messages import Message
from annotator.core.schema import RESERVED_NAMES, Schema, schema_from_dict
from annotator.io.records import ParsedDocument


class UnknownLabelsError(InputError):
    """The files carry labels the project's schema lacks: ``--add-layers`` (in the window,
    its question "Add these labels to the schema as new layers?") would add them. A class
    of its own so the window recognises the case by type, not by the English wording."""


"""Ends the unknown-labels message; the Import dialog looks for it to offer the same."""

# Colours for added layers (ColorBrewer Dark2 and Set1, readable on light and dark).
_PALETTE = (
    "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#377eb8", "#e41a1c", "#984ea3", "#ff7f00",
)  # fmt: skip


@dataclass(frozen=True)
class AttributeDeclaration:
    name: str
    type: str  # one of the schema's attribute types
    choices: tuple[str, ...] = ()


@dataclass
class LabelDeclaration:
    """What a file says about one of its labels."""

    scope: str = "span"
    attributes: dict[str, AttributeDeclaration] = field(default_factory=dict)

    def add_attribute(self, name: str, kind: str, choice: str | None = None) -> None:
        known = self.attributes.get(name)
        choices = known.choices if known is not None else ()
        if choice is not None and choice not in choices:
            choices = (*choices, choice)
        self.attributes[name] = AttributeDeclaration(name, kind, choices)


def identifier(text: str) -> str:
    """A schema name for a foreign label or attribute: ``B-PER`` -> ``b_per``."""
    name = re.sub(r"\W+", "_", text.strip(), flags=re.ASCII).strip("_").lower() or "label"
    if name[0].isdigit():
        name = f"l_{name}"
    return f"{name}_value" if name in RESERVED_NAMES else name


def _layer_lookup(schema: Schema) -> dict[str, str]:
    found: dict[str, str] = {}
    for layer in schema.layers:
        found.setdefault(layer.name.casefold(), layer.name)
    for layer in schema.layers:
        found.setdefault(layer.title.casefold(), layer.name)
    return found


def _attribute_lookup(schema: Schema, layer_name: str) -> tuple[dict[str, str], dict[str, str]]:
    """A file's attribute names -> the layer's attributes: by exact name or title first
    (brat's TDT corpus has an attribute ``POSS`` and a relation ``poss`` on one entity
    type: two attributes), then ignoring case."""
    layer = schema.layer(layer_name)
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for attribute in layer.attributes if layer is not None else ():
        for key in (attribute.name, attribute.label):
            exact.setdefault(key, attribute.name)
            folded.setdefault(key.casefold(), attribute.name)
    return exact, folded


def resolve_labels(items: list[ParsedDocument], schema: Schema, add_layers: bool) -> Schema | None:
    """Turn every foreign label into its layer, in place; the extended schema if one was made.

    Raises one ``InputError`` naming every unknown label (with its count, the
    place it first appears and the project's layers) unless ``add_layers``.
    """
    foreign = [item for item in items if item.declared is not None]
    if not foreign:
        return None
    lookup = _layer_lookup(schema)
    unknown: Counter[str] = Counter()
    first_seen: dict[str, ParsedDocument] = {}
    declared: dict[str, LabelDeclaration] = {}
    for item in foreign:
        assert item.declared is not None
        for label, declaration in item.declared.items():
            merged = declared.setdefault(label, LabelDeclaration(declaration.scope))
            for attribute in declaration.attributes.values():
                for choice in attribute.choices or (None,):
                    merged.add_attribute(attribute.name, attribute.type, choice)
        for annotation in [*item.annotations, *item.predictions]:
            if annotation.layer.casefold() not in lookup:
                unknown[annotation.layer] += 1
                first_seen.setdefault(annotation.layer, item)
    new_schema = None
    if unknown and not add_layers:
        listed = ", ".join(f"{label} ({count})" for label, count in sorted(unknown.items()))
        first = first_seen[min(unknown, key=lambda label: _order(first_seen[label]))]
        raise UnknownLabelsError(
            Message(
                "{number} label(s) the project does not know: {labels}; the project's "
                "layers: {layers}. Add them as layers with --add-layers, or rename them "
                "in the file",
                number=len(unknown),
                labels=listed,
                layers=", ".join(schema.layer_names),
            ),
            source=first.source,
            line=first.line,
        )
    if add_layers:
        new_schema = _extended(schema, {label: declared[label] for label in declared}, lookup)
        if new_schema is not None:
            lookup = _layer_lookup(new_schema)
    final = new_schema or schema
    for item in foreign:
        item.annotations = [_mapped(a, lookup, final) for a in item.annotations]
        item.predictions = [_mapped(a, lookup, final) for a in item.predictions]
        item.declared = None
        item.match_by_content = True
    return new_schema


def _order(item: ParsedDocument) -> tuple[str, int]:
    return (item.source, item.line or 0)


def _mapped(annotation: Any, lookup: dict[str, str], schema: Schema) -> Any:
    layer = lookup[annotation.layer.casefold()]
    if not annotation.attributes:
        return replace(annotation, layer=layer)
    exact, folded = _attribute_lookup(schema, layer)
    attributes = {
        exact.get(key) or folded.get(key.casefold()) or identifier(key): value
        for key, value in annotation.attributes.items()
    }
    known = schema.layer(layer)
    for name, value in attributes.items():
        attribute = known.attribute(name) if known is not None else None
        if attribute is not None and isinstance(value, str):
            attributes[name] = _typed(value, attribute.type)
    return replace(annotation, layer=layer, attributes=attributes)


_NUMBER = re.compile(r"-?(\d+)(\.\d+)?([eE][-+]?\d+)?")


def _typed(value: str, kind: str) -> Any:
    """A WebAnno feature's text as the schema's number or flag (``99.23``, ``true``), as
    annotator's own export writes them; any other text stays text (and the import's
    check then names it)."""
    if kind == "number" and _NUMBER.fullmatch(value):
        return int(value) if value.lstrip("-").isdigit() else float(value)
    if kind == "flag" and value in ("true", "false"):
        return value == "true"
    return value


def _extended(
    schema: Schema, declared: dict[str, LabelDeclaration], lookup: dict[str, str]
) -> Schema | None:
    """The schema with a layer for every unknown label and the attributes the files declare."""
    data = schema.to_dict()
    layers: list[dict[str, Any]] = data["layer"]
    by_name = {layer["name"]: layer for layer in layers}
    changed = False
    taken = set(by_name)
    # Attributes of one name share an export column, so they must share a type too.
    column_types = {a["name"]: a["type"] for x in layers for a in x["attribute"]}
    for label, declaration in sorted(declared.items()):
        existing = lookup.get(label.casefold())
        if existing is None:
            name = identifier(label)
            while name in taken:
                name += "_"
            taken.add(name)
            layer: dict[str, Any] = {
                "name": name,
                "title": label,
                "color": _PALETTE[len(layers) % len(_PALETTE)],
                "scope": declaration.scope,
                "description": "added on import (--add-layers)",
                "attribute": [],
            }
            layers.append(layer)
            by_name[name] = layer
            lookup = {**lookup, label.casefold(): name}
            changed = True
        else:
            layer = by_name[existing]
        attributes: list[dict[str, Any]] = layer["attribute"]
        # The layer's own attributes match a file's name ignoring case; the file's own
        # names differ when their case does (``POSS`` and ``poss``: two attributes).
        have = {a["name"].casefold() for a in attributes}
        have |= {(a.get("title") or "").casefold() for a in attributes}
        added: set[str] = set()
        for attribute in declaration.attributes.values():
            if attribute.name in added or attribute.name.casefold() in have:
                continue
            name = identifier(attribute.name)
            in_layer = {a["name"] for a in attributes}
            while name in in_layer or column_types.get(name, attribute.type) != attribute.type:
                suffix = attribute.type if column_types.get(name) != attribute.type else ""
                name = f"{name}_{suffix}" if suffix else f"{name}_"
            column_types[name] = attribute.type
            attributes.append(
                {
                    "name": name,
                    "type": attribute.type,
                    "title": attribute.name,
                    "choices": list(attribute.choices),
                    "required": False,
                    "layers": [],
                    "description": "added on import (--add-layers)",
                }
            )
            added.add(attribute.name)
            changed = True
    if not changed:
        return None
    try:
        return schema_from_dict(data, source="--add-layers")
    except SchemaError as error:
        raise InputError(
            Message("cannot add the file's labels to the schema: {reason}", reason=error.reason)
        ) from None
