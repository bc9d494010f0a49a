"""Whether an annotation fits its document and the project's schema.

Shared by every importer and by ``annotator check``, so a file that imports
is by construction a file that checks clean.
"""

from __future__ import annotations

from collections.abc import Mapping

from annotator.core.model import Annotation
from annotator.core.schema import Schema, attribute_problems


def annotation_problems(
    schema: Schema,
    text_length: int,
    annotation: Annotation,
    layers_by_id: Mapping[str, str] | None = None,
) -> list[str]:
    """Reasons the annotation is invalid; empty when it is fine.

    ``layers_by_id`` maps the ids of the other annotations in the same
    document to their layers; when given, ``ref`` attributes are checked
    against it.
    """
    layer = schema.layer(annotation.layer)
    if layer is None:
        known = ", ".join(schema.layer_names)
        return [f"unknown layer '{annotation.layer}' (the schema has: {known})"]
    problems = []
    start, end = annotation.start, annotation.end
    if layer.scope == "document":
        if (start, end) != (0, 0):
            problems.append(f"layer '{layer.name}' labels whole documents: start and end must be 0")
    elif not 0 <= start < end <= text_length:
        problems.append(
            f"offsets {start}-{end} are not a non-empty span inside the text "
            f"(0-{text_length} code points)"
        )
    problems += attribute_problems(layer, annotation.attributes)
    if layers_by_id is not None:
        for attribute in layer.attributes:
            target = annotation.attributes.get(attribute.name)
            if attribute.type != "ref" or not target:
                continue
            target_layer = layers_by_id.get(target)
            if target_layer is None:
                problems.append(
                    f"attribute '{attribute.name}' refers to '{target}', "
                    "which is not an annotation in this document"
                )
            elif attribute.layers and target_layer not in attribute.layers:
                problems.append(
                    f"attribute '{attribute.name}' must refer to a "
                    f"{' or '.join(attribute.layers)} annotation, not {target_layer}"
                )
    return problems
