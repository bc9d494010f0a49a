"""The native JSONL format: one document per line with its annotations.

Export and import are inverses: exporting a project and importing the file
into an empty project with the same schema reproduces every document and
annotation, ids and timestamps included.  See README "JSONL format".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from annotator.core.errors import InputError
from annotator.core.messages import Message, Text
from annotator.core.model import (
    Document,
    DocumentProgress,
    Origin,
    Status,
    annotation_of_fields,
)
from annotator.io.json_lines import read_json_lines
from annotator.io.records import ParsedDocument, document_from_fields, stable_annotation_id


def read_native_jsonl(
    path: Path, default_annotator: str, encoding: str | None = None, *, rows: bool = False
) -> Iterator[ParsedDocument | InputError]:
    """Documents of a native JSONL file; a bad line yields its error so callers can skip it.

    ``rows``: each document's labels come as insert rows (``ParsedDocument.rows``,
    see ``_label_row``) instead of ``Annotation`` objects; the streamed import
    checks and stores them so (``io/label_rows.py``)."""
    lines = read_json_lines(path, encoding)
    yield from parse_native_lines(lines, default_annotator, str(path), rows=rows)


def parse_native_lines(
    lines: Iterable[tuple[int, Any]], default_annotator: str, source: str, *, rows: bool = False
) -> Iterator[ParsedDocument | InputError]:
    """Documents of already parsed JSON lines (``read_json_lines``' pairs)."""
    for number, record in lines:
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield parse_native_record(record, default_annotator, source, number, rows=rows)
        except InputError as error:
            yield error


def parse_native_record(
    record: Any, default_annotator: str, source: str, line: int, *, rows: bool = False
) -> ParsedDocument:
    def fail(reason: Text) -> InputError:
        return InputError(reason, source=source, line=line)

    if not isinstance(record, dict):
        raise fail(Message('each line must be a JSON object with "name" and "text"'))
    unknown = sorted(set(record) - {"name", "text", "meta", "annotations", "progress"})
    if unknown:
        raise fail(
            Message(
                "unknown key '{key}' (expected name, text, meta, annotations, progress)",
                key=unknown[0],
            )
        )
    name, text, meta = record.get("name"), record.get("text"), record.get("meta", {})
    if not isinstance(name, str) or not name.strip():
        raise fail(Message('"name" must be a non-empty string'))
    if not isinstance(text, str) or not text.strip():
        raise fail(Message("document '{name}': \"text\" must be a non-empty string", name=name))
    if not isinstance(meta, dict):
        raise fail(Message("document '{name}': \"meta\" must be an object", name=name))
    raw_annotations = record.get("annotations", [])
    if not isinstance(raw_annotations, list):
        raise fail(Message("document '{name}': \"annotations\" must be a list", name=name))
    label_rows = [
        _label_row(item, index, name, default_annotator, fail)
        for index, item in enumerate(raw_annotations, 1)
    ]
    raw_progress = record.get("progress", [])
    if not isinstance(raw_progress, list):
        raise fail(Message("document '{name}': \"progress\" must be a list", name=name))
    progress = [
        _progress_from_record(item, index, fail) for index, item in enumerate(raw_progress, 1)
    ]
    annotators = [p.annotator for p in progress]
    if len(set(annotators)) < len(annotators):
        twice = next(a for a in annotators if annotators.count(a) > 1)
        raise fail(
            Message(
                "document '{name}': progress of '{annotator}' is given twice",
                name=name,
                annotator=twice,
            )
        )
    document = document_from_fields(name, text, meta)
    if rows:
        return ParsedDocument(
            document, [], source=source, line=line, progress=progress, rows=label_rows
        )
    annotations = [
        annotation_of_fields(
            i, 0, annotator, layer, start, end, attributes, note, _ORIGINS[origin], made, changed
        )
        for i, _, annotator, layer, start, end, attributes, note, origin, made, changed in (
            label_rows
        )
    ]
    return ParsedDocument(document, annotations, source=source, line=line, progress=progress)


_PROGRESS_KEYS = frozenset({"annotator", "status", "none_present", "updated_at", "active_seconds"})
_STATUSES = {status.value: status for status in Status}


def _progress_from_record(item: Any, index: int, fail: Any) -> DocumentProgress:
    """One annotator's status and "none present" layers on the document."""
    where = Message("progress #{number}", number=index)
    if not isinstance(item, dict):
        raise fail(Message("{where} must be an object", where=where))
    if not _PROGRESS_KEYS.issuperset(item):
        unknown = sorted(item.keys() - _PROGRESS_KEYS)[0]
        raise fail(Message("{where}: unknown key '{key}'", where=where, key=unknown))
    annotator = item.get("annotator")
    if not isinstance(annotator, str) or not annotator.strip():
        raise fail(Message('{where}: "annotator" must be a non-empty string', where=where))
    given = item.get("status", Status.NEW.value)
    status = _STATUSES.get(given) if isinstance(given, str) else None
    if status is None:
        raise fail(
            Message(
                '{where}: "status" must be one of {values}',
                where=where,
                values=", ".join(_STATUSES),
            )
        )
    none_present = item.get("none_present", [])
    if not isinstance(none_present, list) or not all(isinstance(x, str) for x in none_present):
        raise fail(Message('{where}: "none_present" must be a list of layer names', where=where))
    updated_at = item.get("updated_at", "")
    if not isinstance(updated_at, str):
        raise fail(Message('{where}: "{key}" must be a string', where=where, key="updated_at"))
    seconds = item.get("active_seconds", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds >= 0:
        raise fail(
            Message('{where}: "active_seconds" must be a number of seconds, 0 or more', where=where)
        )
    return DocumentProgress(
        0, annotator.strip(), status, frozenset(none_present), updated_at, float(seconds)
    )


_ANNOTATION_KEYS = frozenset({
    "id", "layer", "start", "end", "annotator", "attributes", "note", "origin",
    "created_at", "updated_at", "text",
})  # fmt: skip
_ORIGINS = {origin.value: origin for origin in Origin}
# One C call for the fields of a label that has them all (an exported file's labels).
_EXPORTED = itemgetter("id", "layer", "start", "end", "annotator", "attributes", "note", "origin")


def _label_row(
    item: Any, index: int, document_name: str, default_annotator: str, fail: Any
) -> list[Any]:
    """One label as a list of the values of ``rows.ANNOTATION_COLUMN_LIST``: document id
    0, attributes still a dict, origin its name, times as given (maybe "").

    The one object a label becomes between its JSON and its row (4,000,000 of
    them in a 1 GB import). A label of the expected types is checked in one
    expression; only one that fails it is checked again field by field
    (``_checked_label_row``), for the message.
    """
    if type(item) is dict and _ANNOTATION_KEYS.issuperset(item):
        if len(item) == len(_ANNOTATION_KEYS):  # every key, as an export writes it
            identifier, layer, start, end, annotator, attributes, note, given = _EXPORTED(item)
            created_at, updated_at = item["created_at"], item["updated_at"]
        else:
            get = item.get
            start, end, layer = get("start"), get("end"), get("layer")
            annotator, attributes = get("annotator", default_annotator), get("attributes", {})
            identifier, note = get("id", ""), get("note", "")
            created_at, updated_at = get("created_at", ""), get("updated_at", "")
            given = get("origin", "imported")
        if (
            type(start) is int
            and type(end) is int
            and type(layer) is str
            and type(annotator) is str
            and type(attributes) is dict
            and type(identifier) is str
            and type(note) is str
            and type(created_at) is str
            and type(updated_at) is str
            and type(given) is str
            and given in _ORIGINS
        ):
            annotator = annotator.strip()
            if annotator:
                if not identifier:
                    content = (annotator, layer, start, end, attributes, note)
                    identifier = stable_annotation_id(document_name, index, *content)
                return [
                    identifier, 0, annotator, layer, start, end, attributes, note, given,
                    created_at, updated_at,
                ]  # fmt: skip
    return _checked_label_row(item, index, document_name, default_annotator, fail)


def _checked_label_row(
    item: Any, index: int, document_name: str, default_annotator: str, fail: Any
) -> list[Any]:
    where = Message("annotation #{number}", number=index)
    if not isinstance(item, dict):
        raise fail(Message("{where} must be an object", where=where))
    if not _ANNOTATION_KEYS.issuperset(item):
        unknown = sorted(item.keys() - _ANNOTATION_KEYS)[0]
        raise fail(Message("{where}: unknown key '{key}'", where=where, key=unknown))
    start, end = item.get("start"), item.get("end")
    for key, value in (("start", start), ("end", end)):
        if type(value) is not int:  # JSON gives exact ints; this also refuses true/false
            raise fail(
                Message(
                    '{where}: "{key}" must be an integer (code point offset)', where=where, key=key
                )
            )
    layer = item.get("layer")
    if not isinstance(layer, str):
        raise fail(Message('{where}: "{key}" must be a string', where=where, key="layer"))
    annotator = item.get("annotator", default_annotator)
    if not isinstance(annotator, str) or not annotator.strip():
        raise fail(Message('{where}: "annotator" must be a non-empty string', where=where))
    attributes = item.get("attributes", {})
    if not isinstance(attributes, dict):
        raise fail(Message('{where}: "attributes" must be an object', where=where))
    identifier, note = item.get("id", ""), item.get("note", "")
    created_at, updated_at = item.get("created_at", ""), item.get("updated_at", "")
    for key, value in (
        ("id", identifier), ("note", note), ("created_at", created_at), ("updated_at", updated_at)
    ):  # fmt: skip
        if not isinstance(value, str):
            raise fail(Message('{where}: "{key}" must be a string', where=where, key=key))
    given = item.get("origin", Origin.IMPORTED.value)
    origin = _ORIGINS.get(given) if isinstance(given, str) else None
    if origin is None:
        raise fail(
            Message(
                '{where}: "origin" must be one of {values}',
                where=where,
                values=", ".join(_ORIGINS),
            )
        )
    annotator = annotator.strip()
    if not identifier:
        # Without an id, the same label in the same file gets the same id on re-import.
        content = [annotator, layer, start, end, attributes, note]
        identifier = stable_annotation_id(document_name, index, *content)
    return [
        identifier, 0, annotator, layer, start, end, attributes, note, origin.value,
        created_at, updated_at,
    ]  # fmt: skip


def annotation_object(
    text: str,
    identifier: str,
    layer: str,
    start: int,
    end: int,
    annotator: str,
    attributes: dict[str, Any],
    note: str,
    origin: str,
    created_at: str,
    updated_at: str,
) -> dict[str, Any]:
    """One label as a JSONL line holds it; ``text`` is the document's (the covered text
    is informative: import ignores it)."""
    return {
        "id": identifier,
        "layer": layer,
        "start": start,
        "end": end,
        "text": text[start:end],
        "annotator": annotator,
        "attributes": attributes,
        "note": note,
        "origin": origin,
        "created_at": created_at,
        "updated_at": updated_at,
    }


def native_record(
    document: Document,
    annotations: list[dict[str, Any]],
    progress: Iterable[DocumentProgress] = (),
) -> dict[str, Any]:
    """One JSONL line's object; ``annotations`` as ``annotation_object`` makes them."""
    record = {
        "name": document.name,
        "text": document.text,
        "meta": document.metadata(),
        "annotations": annotations,
    }
    states = [
        {
            "annotator": p.annotator,
            "status": p.status.value,
            "none_present": sorted(p.none_present),
            "updated_at": p.updated_at,
            "active_seconds": round(p.active_seconds, 3),
        }
        for p in progress
    ]
    if states:
        record["progress"] = states
    return record


def write_native_line(
    handle: IO[str],
    document: Document,
    annotations: list[dict[str, Any]],
    progress: Iterable[DocumentProgress] = (),
) -> None:
    record = native_record(document, annotations, progress)
    handle.write(json.dumps(record, ensure_ascii=False))
    handle.write("\n")
