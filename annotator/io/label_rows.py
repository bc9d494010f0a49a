"""A streamed import's labels checked where they are: in the rows about to be inserted.

Native JSONL labels arrive as lists of the values of ``rows.ANNOTATION_COLUMN_LIST``
(``native_jsonl._label_row``); here they are checked against the schema and
finished in place (attributes as their stored JSON, missing times the
import's), so a label is one object from its JSON to its row, not an
``Annotation`` checked and then turned into a row again.

The costly part of a label is its attributes: their check against the layer
and their canonical JSON. They repeat (a few hundred combinations in a
million labels), so each distinct (layer, attributes) is checked and encoded
once. A label found wrong is checked again by ``core.validation.label_problems``
for the message, which is then the one every other import gives.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from annotator.core.messages import Message, Text
from annotator.core.schema import Schema, attribute_problems
from annotator.core.validation import label_problems, ref_problems
from annotator.store.rows import json_text

# Distinct (layer, attributes) remembered; past this, new ones are checked uncached
# (a file whose every label has its own attribute values).
_REMEMBERED = 20_000


class LabelRows:
    """Checks and finishes the label rows of one import's documents (one schema, one stamp)."""

    def __init__(self, schema: Schema, stamp: str) -> None:
        self._schema = schema
        self._stamp = stamp
        # Layer name -> labels whole documents (start = end = 0); absent: unknown layer.
        self._whole = {layer.name: layer.scope == "document" for layer in schema.layers}
        self._with_refs = {
            layer.name: layer
            for layer in schema.layers
            if any(a.type == "ref" for a in layer.attributes)
        }
        # (layer, attributes' items, their types) -> (stored JSON, attributes fit the layer)
        self._known: dict[Hashable, tuple[str, bool]] = {}

    def finish(self, rows: list[list[Any]], text_length: int) -> Text:
        """Check ``rows`` (one document's labels) and make them ready to insert; the
        first problem ("annotation #N: reason") or "" when every label fits.

        After a problem the rows are left as they are: the document is refused.
        """
        known, whole_layers, stamp = self._known, self._whole, self._stamp
        layers_by_id = {row[0]: row[3] for row in rows} if self._with_refs else None
        for index, row in enumerate(rows, 1):
            layer, start, end, attributes = row[3], row[4], row[5], row[6]
            try:
                key: Hashable = (
                    layer,
                    tuple(attributes.items()),
                    tuple(map(type, attributes.values())),
                )
                checked = known.get(key)
            except TypeError:  # a list or an object as a value
                key, checked = None, None
            if checked is None:
                checked = self._check_attributes(layer, attributes, key)
            whole = whole_layers.get(layer)
            if (
                not checked[1]
                or ((start != 0 or end != 0) if whole else not 0 <= start < end <= text_length)
                or (layers_by_id is not None and self._refs_wrong(layer, attributes, layers_by_id))
            ):
                problems = label_problems(
                    self._schema, text_length, layer, start, end, attributes, layers_by_id
                )
                return Message("annotation #{number}: {problem}", number=index, problem=problems[0])
            row[6] = checked[0]
            created = row[9] or stamp
            row[9] = created
            row[10] = row[10] or created
        return ""

    def _check_attributes(
        self, layer_name: str, attributes: dict[str, Any], key: Hashable | None
    ) -> tuple[str, bool]:
        layer = self._schema.layer(layer_name)
        checked = (
            json_text(attributes) if attributes else "{}",
            layer is not None and not attribute_problems(layer, attributes),
        )
        # 0.0 and -0.0 are equal keys with different JSON: such attributes are not kept.
        zero = any(type(value) is float and value == 0 for value in attributes.values())
        if key is not None and not zero and len(self._known) < _REMEMBERED:
            self._known[key] = checked
        return checked

    def _refs_wrong(
        self, layer_name: str, attributes: dict[str, Any], layers_by_id: dict[str, str]
    ) -> bool:
        layer = self._with_refs.get(layer_name)
        return layer is not None and bool(ref_problems(layer, attributes, layers_by_id))
