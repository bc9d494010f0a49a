"""Whether an annotation fits its document and the project's schema.

Shared by every importer and by ``annotator check``, so a file that imports
is by construction a file that checks clean.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotator.core.messages import Message, Text
from annotator.core.model import Annotation
from annotator.core.schema import Layer, Schema, attribute_problems


def annotation_problems(
    schema: Schema,
    text_length: int,
    annotation: Annotation,
    layers_by_id: Mapping[str, str] | None = None,
) -> list[Text]:
    """Reasons the annotation is invalid; empty when it is fine.

    ``layers_by_id`` maps the ids of the other annotations in the same
    document to their layers; when given, ``ref`` attributes are checked
    against it.
    """
    return label_problems(
        schema,
        text_length,
        annotation.layer,
        annotation.start,
        annotation.end,
        annotation.attributes,
        layers_by_id,
    )


def label_problems(
    schema: Schema,
    text_length: int,
    layer_name: str,
    start: int,
    end: int,
    attributes: Mapping[str, Any],
    layers_by_id: Mapping[str, str] | None = None,
) -> list[Text]:
    """:func:`annotation_problems` of a label given as plain values (an import's row)."""
    layer = schema.layer(layer_name)
    if layer is None:
        known = ", ".join(schema.layer_names)
        return [
            Message(
                "unknown layer '{layer}' (the schema has: {known})", layer=layer_name, known=known
            )
        ]
    problems: list[Text] = []
    if layer.scope == "document":
        if (start, end) != (0, 0):
            problems.append(
                Message(
                    "layer '{layer}' labels whole documents: start and end must be 0",
                    layer=layer.name,
                )
            )
    elif not 0 <= start < end <= text_length:
        problems.append(
            Message(
                "offsets {start}-{end} are not a non-empty span inside the text "
                "(0-{length} code points)",
                start=start,
                end=end,
                length=text_length,
            )
        )
    problems += attribute_problems(layer, attributes)
    if layers_by_id is not None:
        problems += ref_problems(layer, attributes, layers_by_id)
    return problems


def ref_problems(
    layer: Layer, attributes: Mapping[str, Any], layers_by_id: Mapping[str, str]
) -> list[Text]:
    """Why the label's ``ref`` attributes do not name a label of the document (of the
    layers they may name); ``layers_by_id`` holds the document's labels' layers."""
    problems: list[Text] = []
    for attribute in layer.attributes:
        target = attributes.get(attribute.name)
        if attribute.type != "ref" or not target:
            continue
        target_layer = layers_by_id.get(target)
        if target_layer is None:
            problems.append(
                Message(
                    "attribute '{attribute}' refers to '{target}', which is not an annotation "
                    "in this document",
                    attribute=attribute.name,
                    target=target,
                )
            )
        elif attribute.layers and target_layer not in attribute.layers:
            problems.append(
                Message(
                    "attribute '{attribute}' must refer to a {layers} annotation, not {target}",
                    attribute=attribute.name,
                    layers=" or ".join(attribute.layers),
                    target=target_layer,
                )
            )
    return problems
