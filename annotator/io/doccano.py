"""doccano's JSONL export: ``{"text": ..., "label": [[start, end, "LABEL"], ...]}``.

doccano counts offsets in code points (its backend is Python), as we do.
Labels map to layers by name or title, ignoring case, so "STANCE" and
"Stance" both land on the ``stance`` layer; anything else is an error, never
a silently dropped label.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.model import Annotation, Origin
from annotator.core.schema import Schema
from annotator.io.json_lines import read_json_lines
from annotator.io.records import ParsedDocument, document_from_fields, stable_annotation_id
from annotator.io.sniffing import first_json_line, first_json_record


def read_doccano_jsonl(
    path: Path, schema: Schema, annotator: str, encoding: str | None = None
) -> Iterator[ParsedDocument | InputError]:
    layer_names = {}
    for layer in schema.layers:
        layer_names[layer.name.casefold()] = layer.name
        layer_names.setdefault(layer.title.casefold(), layer.name)
    for number, record in read_json_lines(path, encoding):
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield _parse(record, layer_names, annotator, path, number)
        except InputError as error:
            yield error


def _parse(
    record: Any, layer_names: dict[str, str], annotator: str, path: Path, line: int
) -> ParsedDocument:
    def fail(reason: str) -> InputError:
        return InputError(reason, source=str(path), line=line)

    if not isinstance(record, dict):
        raise fail('each line must be a JSON object with "text"')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail('"text" must be a non-empty string')
    labels = record.get("label", record.get("labels", []))
    if not isinstance(labels, list):
        raise fail('"label" must be a list of [start, end, label]')
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        name = f"{path.stem}-{record['id']}" if "id" in record else f"{path.stem}-{line}"
    annotations = []
    for index, item in enumerate(labels, 1):
        if isinstance(item, dict):  # doccano's newer span format
            item = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
        ok = (
            isinstance(item, list)
            and len(item) == 3
            and all(isinstance(v, int) and not isinstance(v, bool) for v in item[:2])
            and isinstance(item[2], str)
        )
        if not ok:
            raise fail(f'label #{index} must be [start, end, "LABEL"], got {item!r}')
        layer = layer_names.get(item[2].casefold())
        if layer is None:
            raise fail(f"label #{index}: '{item[2]}' is not a layer of this project")
        annotations.append(
            Annotation(
                id=stable_annotation_id(name, index, annotator, layer, item[0], item[1]),
                document_id=0,
                annotator=annotator,
                layer=layer,
                start=item[0],
                end=item[1],
                origin=Origin.IMPORTED,
            )
        )
    fields = {k: v for k, v in record.items() if k not in ("text", "label", "labels", "name")}
    return ParsedDocument(
        document_from_fields(name, text, fields), annotations, source=str(path), line=line
    )


_DOCCANO_KEYS = ("label", "labels", "entities", "relations", "annotations", "cats")


def looks_like_doccano(path: Path, head: str) -> bool:
    """doccano's records have a text and labels in one of its shapes, and no ``name``."""
    record = first_json_record(head)
    if record is None:  # a broken first line: the first line that parses decides
        record = next((r for r in map(first_json_line, head.split("\n")) if r is not None), None)
    return (
        isinstance(record, dict)
        and isinstance(record.get("text"), str)
        and "name" not in record
        and "data" not in record
        and any(key in record for key in _DOCCANO_KEYS)
    )
