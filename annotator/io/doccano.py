"""doccano's exports, in every shape its documentation and releases use.

- sequence labelling: ``"label"`` (or ``"labels"``) as ``[start, end, "LABEL"]``
  triples or ``{"start_offset", "end_offset", "label"}`` objects;
- relation extraction: ``"entities"`` (objects with an ``id``) and
  ``"relations"`` (``from_id``, ``to_id``, ``type``): each relation becomes a
  ``ref`` attribute, named after its type, on the ``from`` annotation;
- doccano 1.x: ``"annotations"`` objects with ``label``, offsets and ``user``;
- classification: ``"label"``/``"labels"`` as a list of names, and ``"cats"``
  (a list, or spaCy's ``{"name": score}``): document-scope labels;
- ``"meta"`` is merged into the document's metadata, not nested.

Records may be JSON lines, one JSON array, or one pretty-printed object.
doccano counts offsets in code points (its backend is Python), as we do.
Labels become layers in ``foreign_labels``; the annotator is ``--annotator``,
else the one ``annotator-folders.json`` names for the file, else the record's
``annotator`` when the record is annotator's own export (below), else a 1.x
record's ``user``, else the file's name (doccano's per-user export names each
file after its user), and documents with the same text are the same document
whatever file they come from.

The record's ``annotator``: annotator's export writes it with
``annotator_labels``, a digest of the labels it wrote.  doccano keeps both as
metadata, so they also come back from a doccano project made from that export,
where doccano's users may have changed the labels since; and a doccano project's
own data may have an ``annotator`` column that names nobody's labels.  So the
record's ``annotator`` names the labels' annotator only when ``annotator_labels``
is the digest of the labels the record holds now; otherwise it is the record's
metadata and the labels are the file's (a digest that no longer matches is said
in the import's notes).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import InputError
from annotator.core.messages import Message, Text
from annotator.core.model import Annotation, Origin
from annotator.core.schema import Schema
from annotator.io.annotator_folders import safe_names, write_manifest
from annotator.io.decoding import read_decoded
from annotator.io.foreign_labels import LabelDeclaration
from annotator.io.format_protocol import ExportResult, ImportOptions
from annotator.io.json_lines import array_item_lines, parse_json_line
from annotator.io.records import ParsedDocument, document_from_fields, stable_annotation_id
from annotator.io.sniffing import first_json_line, first_json_record

if TYPE_CHECKING:
    from annotator.io.exporter import ExportSelection
    from annotator.store.project import Project

_HANDLED = ("text", "label", "labels", "entities", "relations", "annotations", "cats", "meta")
_OWN_ANNOTATOR = "annotator"  # the record's annotator, as annotator's export writes it
_OWN_DIGEST = "annotator_labels"  # ... and the digest of the labels it wrote with it

Span = tuple[str, int, int]
"""A label as doccano holds it: its name, start and end (0, 0 for a document label)."""


def labels_digest(spans: Iterable[Span], relations: Iterable[tuple[str, Span, Span]]) -> str:
    """What ``annotator_labels`` holds: a digest of a record's labels that does not
    depend on doccano's shape (triples or objects, its ids, the order)."""
    key = json.dumps(
        [sorted(map(list, spans)), sorted([kind, list(a), list(b)] for kind, a, b in relations)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def read_doccano(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterator[ParsedDocument | InputError]:
    annotator = options.annotator or path.stem
    for number, record in read_json_records(path, options.encoding):
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield _parse(record, annotator, options.annotator is not None, path, number)
        except InputError as error:
            yield error


def read_json_records(path: Path, encoding: str | None = None) -> Iterator[tuple[int, Any]]:
    """(line, record) of JSON lines, of a JSON array, or of one pretty-printed object."""
    source = str(path)
    text = read_decoded(path, encoding)
    stripped = text.lstrip()
    offset_line = text[: len(text) - len(stripped)].count("\n") + 1
    if stripped.startswith("[") or (stripped.startswith("{") and not _first_line_parses(text)):
        whole = _whole(text)
        if whole is not None or stripped.startswith("["):
            if whole is None:  # a broken array: say where
                whole = parse_json_line(text, source, offset_line)
            items = whole if isinstance(whole, list) else [whole]
            if not items:
                raise InputError(
                    Message("an empty JSON array (no records)"), source=source, line=offset_line
                )
            lines = array_item_lines(text, len(items)) if isinstance(whole, list) else [offset_line]
            yield from zip(lines, items, strict=True)
            return
    seen = False
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        seen = True
        try:
            yield number, parse_json_line(line, source, number)
        except InputError as error:
            yield number, error
    if not seen:
        raise InputError(Message("empty file (no JSON records)"), source=source, line=1)


def _whole(text: str) -> Any:
    """The file as one JSON value, or None when it is not one (then it is JSON lines)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _first_line_parses(text: str) -> bool:
    for line in text.split("\n"):
        if line.strip():
            try:
                json.loads(line)
            except (ValueError, RecursionError):
                return False
            return True
    return False


def _parse(record: Any, annotator: str, named: bool, path: Path, line: int) -> ParsedDocument:
    def fail(reason: Text) -> InputError:
        return InputError(reason, source=str(path), line=line)

    if not isinstance(record, dict):
        raise fail(Message('each record must be a JSON object with "text"'))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail(Message('"text" must be a non-empty string'))
    name = record.get("name")
    meta = record.get("meta", {})
    if (not isinstance(name, str) or not name.strip()) and isinstance(meta, dict):
        name = meta.get("name")  # where annotator's doccano export keeps the name
        meta = {k: v for k, v in meta.items() if k != "name"}
    if not isinstance(name, str) or not name.strip():
        name = f"{path.stem}-{record['id']}" if "id" in record else f"{path.stem}-{line}"
    found = _labels_of(record, name, annotator, named, fail)
    own = record.get(_OWN_ANNOTATOR)
    ours = _OWN_DIGEST in record and isinstance(own, str) and bool(own.strip())
    written_by = ours and record[_OWN_DIGEST] == found.digest()
    if written_by and not named and own != annotator:
        found = _labels_of(record, name, str(own), named, fail)
    elif ours and not written_by:
        found.notes.append(
            Message(
                "{where}: the record names '{own}', but its labels are no longer those "
                "annotator's export wrote for '{own}' (changed in doccano?): read as "
                "the labels of '{annotator}', and '{own}' kept as the document's metadata",
                where=f"{path}:{line}",
                own=own,
                annotator=annotator,
            )
        )
    fields = {
        k: v
        for k, v in record.items()
        if k not in _HANDLED
        and k != "name"
        and not (k == _OWN_DIGEST and ours)
        and not (k == _OWN_ANNOTATOR and written_by)
    }
    if isinstance(meta, dict):
        fields.update(meta)
    elif meta not in (None, ""):
        fields["meta"] = meta
    return ParsedDocument(
        document_from_fields(name, text, fields),
        found.annotations,
        source=str(path),
        line=line,
        declared=found.declared,
        notes=found.notes,
        match_by_text=True,
    )


def _labels_of(
    record: dict[str, Any], name: str, annotator: str, named: bool, fail: Any
) -> _Labels:
    """The labels of ``record``, made ``annotator``'s."""
    found = _Labels(name, annotator, named, fail)
    for key in ("label", "labels"):
        if key in record:
            found.label_list(record[key], key)
    if "entities" in record:
        found.label_list(record["entities"], "entities", spans_only=True)
    if "annotations" in record:
        found.annotations_1x(record["annotations"])
    if "cats" in record:
        found.cats(record["cats"])
    if "relations" in record:
        found.relations(record["relations"])
    return found


class _Labels:
    """The annotations of one record, gathered shape by shape."""

    def __init__(self, document: str, annotator: str, named: bool, fail: Any) -> None:
        self.document = document
        self.annotator = annotator
        self.named = named  # --annotator given: it wins over a 1.x record's user
        self.fail = fail
        self.annotations: list[Annotation] = []
        self.declared: dict[str, LabelDeclaration] = {}
        self.notes: list[Text] = []
        self.by_entity_id: dict[Any, int] = {}
        self.links: list[tuple[str, int, int]] = []  # relations: type, from, to (positions)

    def digest(self) -> str:
        """``labels_digest`` of what the record holds (see ``_OWN_DIGEST``)."""
        spans = [(a.layer, a.start, a.end) for a in self.annotations]
        return labels_digest(spans, [(k, spans[a], spans[b]) for k, a, b in self.links])

    def add(
        self, label: str, start: int, end: int, scope: str, annotator: str | None = None
    ) -> None:
        who = annotator or self.annotator
        index = len(self.annotations) + 1
        self.declared.setdefault(label, LabelDeclaration(scope))
        self.annotations.append(
            Annotation(
                id=stable_annotation_id(self.document, index, who, label, start, end),
                document_id=0,
                annotator=who,
                layer=label,
                start=start,
                end=end,
                origin=Origin.IMPORTED,
            )
        )

    def label_list(self, items: Any, key: str, *, spans_only: bool = False) -> None:
        if not isinstance(items, list):
            raise self.fail(Message('"{key}" must be a list', key=key))
        for number, item in enumerate(items, 1):
            if isinstance(item, str) and not spans_only:
                self.add(item, 0, 0, "document")
                continue
            entity_id = None
            if isinstance(item, dict):
                entity_id = item.get("id")
                item = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
            if not _is_triple(item):
                got = _short(item)
                raise self.fail(
                    Message(
                        '{key} #{number} must be [start, end, "LABEL"], got {got}',
                        key=key,
                        number=number,
                        got=got,
                    )
                    if spans_only
                    else Message(
                        '{key} #{number} must be [start, end, "LABEL"] or "LABEL", got {got}',
                        key=key,
                        number=number,
                        got=got,
                    )
                )
            if entity_id is not None:
                self.by_entity_id[entity_id] = len(self.annotations)
            self.add(item[2], item[0], item[1], "span")

    def annotations_1x(self, items: Any) -> None:
        if not isinstance(items, list):
            raise self.fail(Message('"{key}" must be a list', key="annotations"))
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict) or "label" not in item:
                raise self.fail(
                    Message('annotations #{number} must be an object with "label"', number=number)
                )
            label = str(item["label"])  # doccano 1.x names labels by their number
            user = item.get("user")
            who = None if self.named or user is None else f"user-{user}"
            if "start_offset" in item or "end_offset" in item:
                start, end = item.get("start_offset"), item.get("end_offset")
                if not (_is_triple([start, end, label]) and isinstance(start, int)):
                    raise self.fail(
                        Message("annotations #{number}: offsets must be integers", number=number)
                    )
                assert isinstance(end, int)
                self.add(label, start, end, "span", who)
            else:
                self.add(label, 0, 0, "document", who)

    def cats(self, cats: Any) -> None:
        if isinstance(cats, dict):  # spaCy's {"label": score}: present when >= 0.5
            names = [k for k, v in cats.items() if isinstance(v, int | float) and v >= 0.5]
        elif isinstance(cats, list) and all(isinstance(c, str) for c in cats):
            names = cats
        else:
            raise self.fail(Message('"cats" must be a list of labels or an object of label scores'))
        for name in names:
            self.add(name, 0, 0, "document")

    def relations(self, relations: Any) -> None:
        if not isinstance(relations, list):
            raise self.fail(Message('"{key}" must be a list', key="relations"))
        for number, relation in enumerate(relations, 1):
            if not isinstance(relation, dict):
                raise self.fail(Message("relations #{number} must be an object", number=number))
            kind, source, target = (relation.get(k) for k in ("type", "from_id", "to_id"))
            if not isinstance(kind, str) or not kind:
                raise self.fail(
                    Message('relations #{number}: "type" must be a non-empty string', number=number)
                )
            if source not in self.by_entity_id or target not in self.by_entity_id:
                missing = source if source not in self.by_entity_id else target
                raise self.fail(
                    Message(
                        "relations #{number}: no entity with id {id}",
                        number=number,
                        id=_short(missing),
                    )
                )
            position = self.by_entity_id[source]
            annotation = self.annotations[position]
            if kind in annotation.attributes:
                self.notes.append(
                    Message(
                        "not imported: {document}: relation #{number} '{kind}' "
                        "({source} -> {target}): entity {source} already has a '{kind}' "
                        "relation, and an attribute holds one",
                        document=self.document,
                        number=number,
                        kind=kind,
                        source=source,
                        target=target,
                    )
                )
                continue
            self.links.append((kind, position, self.by_entity_id[target]))
            target_id = self.annotations[self.by_entity_id[target]].id
            attributes = {**annotation.attributes, kind: target_id}
            self.annotations[position] = Annotation(
                **{**annotation.__dict__, "attributes": attributes}
            )
            self.declared[annotation.layer].add_attribute(kind, "ref")


def _is_triple(item: Any) -> bool:
    return (
        isinstance(item, list | tuple)
        and len(item) == 3
        and all(isinstance(v, int) and not isinstance(v, bool) for v in item[:2])
        and isinstance(item[2], str)
    )


def _short(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False) if _jsonable(value) else repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


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


# -- writing ---------------------------------------------------------------------


def write_doccano(project: Project, target: Path, selection: ExportSelection) -> ExportResult:
    """doccano JSONL in its relation-extraction shape (``entities``, ``relations``,
    ``cats``); the document's name and metadata in ``meta``.

    One annotator: the file ``target``.  Several: a folder ``target`` with one
    ``<annotator>.jsonl`` each, as doccano's own per-user export, which
    imports back with each file's name as its annotator; ``annotator-folders.json``
    keeps the names a file name cannot (``a/b``; ``Alice`` beside ``alice``).  doccano has no
    attributes besides relations, and no notes: those are listed as not written.
    """
    from annotator.io.atomic import atomic_folder_writer, atomic_text_writer

    annotators = selection.resolve(project) or [""]  # none yet: the texts alone
    skipped: dict[str, int] = {}
    result = ExportResult(0, "document(s)")
    if len(annotators) == 1:
        with atomic_text_writer(target) as handle:
            result.count = _write_lines(project, handle, annotators[0], selection, skipped)
    else:
        parts = safe_names(annotators, ".jsonl")
        with atomic_folder_writer(target) as folder:
            write_manifest(folder, parts)
            for annotator in annotators:
                with (folder / parts[annotator]).open("w", encoding="utf-8") as handle:
                    result.count = _write_lines(project, handle, annotator, selection, skipped)
    result.not_written = [f"{what}: {count}" for what, count in sorted(skipped.items())]
    return result


def _write_lines(
    project: Project, handle: Any, annotator: str, selection: ExportSelection,
    skipped: dict[str, int],
) -> int:  # fmt: skip
    schema = project.schema
    layers = set(selection.layers) or set(schema.layer_names)
    count = 0
    for document in project.documents():
        assert document.id is not None
        annotations = [a for a in project.annotations(document.id, annotator) if a.layer in layers]
        entity_ids = {a.id: number for number, a in enumerate(annotations) if a.end > a.start}
        entities: list[dict[str, Any]] = []
        relations: list[dict[str, Any]] = []
        cats: list[str] = []
        for annotation in annotations:
            layer = schema.layer(annotation.layer)
            title = layer.title if layer is not None and layer.title else annotation.layer
            if annotation.id not in entity_ids:
                cats.append(title)
                continue
            entities.append(
                {
                    "id": entity_ids[annotation.id],
                    "start_offset": annotation.start,
                    "end_offset": annotation.end,
                    "label": title,
                }
            )
            for name, value in sorted(annotation.attributes.items()):
                attribute = layer.attribute(name) if layer is not None else None
                if attribute is None or value in (None, ""):
                    continue
                if attribute.type == "ref" and str(value) in entity_ids:
                    relations.append(
                        {
                            "id": len(relations),
                            "from_id": entity_ids[annotation.id],
                            "to_id": entity_ids[str(value)],
                            "type": attribute.title or attribute.name,
                        }
                    )
                else:
                    key = f"{attribute.type} attribute '{name}' (doccano has none)"
                    skipped[key] = skipped.get(key, 0) + 1
            if annotation.note:
                skipped["note (doccano has none)"] = skipped.get("note (doccano has none)", 0) + 1
        spans: dict[int, Span] = {
            e["id"]: (e["label"], e["start_offset"], e["end_offset"]) for e in entities
        }
        own = {
            _OWN_ANNOTATOR: annotator,
            _OWN_DIGEST: labels_digest(
                [*spans.values(), *((title, 0, 0) for title in cats)],
                [(r["type"], spans[r["from_id"]], spans[r["to_id"]]) for r in relations],
            ),
        }
        record: dict[str, Any] = {
            "text": document.text,
            **(own if annotator else {}),
            "entities": entities,
            "relations": relations,
            "cats": cats,
            "meta": {"name": document.name, **document.metadata()},
        }
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
