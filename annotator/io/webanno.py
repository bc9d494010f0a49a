"""WebAnno TSV 3.x, the tab-separated format of WebAnno and INCEpTION.

Reading:

- ``#T_SP=<type>|<feature>...`` span layers: each annotation becomes a span on
  the layer named after the type's last part (``...ner.type.NamedEntity`` ->
  ``NamedEntity``), its features text attributes.  Stacked annotations
  (``NE[1]|NE[2]``), multi-token spans (one ``[id]`` over several rows) and
  sub-token spans (``1-2.1`` rows) are all read.
- ``#T_RL=<type>|<feature>...|BT_<span type>`` relations become a ``ref``
  attribute named after the relation type on the source span (their feature
  values, chains ``#T_CH`` and slot features' links are named in the notes: not
  held).  A span whose features are all slots is still read: its role column (or
  ``*`` in its target column when no link is set) says where it is.
- Offsets count UTF-16 code units (Java); they are converted to code points
  in ``core/offsets.py``, and every token's text is checked against the text.
- The text is rebuilt from the ``#Text=`` lines (several lines: a sentence
  with line breaks) at their tokens' offsets; what lay between sentences is
  not in the file and becomes spaces.

Writing: one sentence per document whose ``#Text=`` lines are the document's
lines, so the text comes back exactly; tokens split at spaces and at every
span boundary.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import InputError
from annotator.core.messages import Message, Text
from annotator.core.model import Annotation, Origin
from annotator.core.offsets import OffsetMap, utf16_length
from annotator.core.schema import Schema
from annotator.io.annotator_folders import parts_of, safe_file_names, write_manifest
from annotator.io.decoding import decode_bytes
from annotator.io.foreign_labels import LabelDeclaration
from annotator.io.format_protocol import ExportResult, ImportOptions
from annotator.io.records import ParsedDocument, document_from_fields, stable_annotation_id

if TYPE_CHECKING:
    from annotator.io.exporter import ExportSelection
    from annotator.store.project import Project

FORMAT_LINE = "#FORMAT=WebAnno TSV 3"
_ID = re.compile(r"^(.*?)(?:\[(\d+)\])?$", re.S)
_BT = re.compile(r"^(\d+-\d+(?:\.\d+)?)(?:\[(\d+)_(\d+)\])?$")
_UNSET_SLOT = re.compile(r"^\*(?:\[\d+\])?$")


def looks_like_webanno(path: Path, head: str) -> bool:
    return head.lstrip("\ufeff").startswith(FORMAT_LINE)


def _unescape(value: str) -> str:
    return re.sub(
        r"\\(.)",
        lambda m: {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "b": "\b"}.get(
            m.group(1), m.group(1)
        ),
        value,
    )


def _escape_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")


def _escape_value(value: str) -> str:
    for plain, escaped in (
        ("\\", "\\\\"), ("[", "\\["), ("]", "\\]"), ("|", "\\|"), ("_", "\\_"),
        ("->", "\\->"), (";", "\\;"), ("\t", "\\t"), ("\n", "\\n"), ("*", "\\*"),
    ):  # fmt: skip
        value = value.replace(plain, escaped)
    return value


def _split_unescaped(cell: str, separator: str) -> list[str]:
    """``a|b\\|c`` -> ``["a", "b\\|c"]``: split where the separator is not escaped."""
    parts, current, escaped = [], "", False
    for char in cell:
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            current += char
            escaped = True
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


@dataclass
class _Column:
    kind: str  # "span", "relation", "slot-target" (a slot's links: "*" marks a span), "skip"
    layer: str
    feature: str
    index: int  # feature position within its layer


@dataclass
class _Span:
    layer: str
    begin: int  # UTF-16
    end: int
    row: int
    features: dict[str, str] = field(default_factory=dict)
    tokens: list[str] = field(default_factory=list)


def _short(type_name: str) -> str:
    return type_name.rsplit(".", 1)[-1] or type_name


# -- reading ---------------------------------------------------------------------


def read_webanno(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterator[ParsedDocument | InputError]:
    """The formats table's reader: one document named after the file (or as our own
    export's ``annotator-folders.json`` names it: ``options.document_name``)."""
    name = options.document_name or path.name
    yield parse_webanno(
        path.read_bytes(), str(path), name, options.default_annotator, options.encoding
    )


def parse_webanno(
    data: bytes, source: str, name: str, annotator: str, encoding: str | None = None
) -> ParsedDocument:
    """One WebAnno TSV 3 file's document ``name``, its labels ``annotator``'s.

    Apart from ``read_webanno`` so that the files of an INCEpTION project export
    (``inception.py``), read from a folder or a zip, name their document and
    annotator from the project's description, not from the file's name.
    """

    def fail(line: int, reason: Text) -> InputError:
        return InputError(reason, source=source, line=line)

    lines = decode_bytes(data, source, encoding).split("\n")
    columns: list[_Column] = []
    notes: list[Text] = []

    def not_held(line: int, what: Message) -> None:
        notes.append(
            Message("not imported: {source}:{line}: {what}", source=source, line=line, what=what)
        )

    sentences: list[tuple[int, list[str]]] = []  # (line, text lines)
    rows: list[tuple[int, list[str]]] = []
    sentence_of_row: list[int] = []
    pending_text: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if line.startswith("#FORMAT="):
            continue
        if line.startswith(("#T_SP=", "#T_RL=", "#T_CH=")):
            kind = {"#T_SP=": "span", "#T_RL=": "relation", "#T_CH=": "skip"}[line[:6]]
            type_name, *names = line[6:].split("|")
            if kind == "skip":
                not_held(number, Message("chain layer {layer}", layer=_short(type_name)))
                names = ["referenceType", "referenceRelation"]
            for index, feature in enumerate(names or [""]):
                column_kind = kind
                if feature.startswith("ROLE_"):
                    # The links are not held, but the cell says where the span is: a
                    # layer whose features are all slots has no other column to say it.
                    column_kind, feature = "span", ""
                    not_held(number, Message("slot feature {feature}", feature=names[index]))
                if kind == "span" and index > 0 and names[index - 1].startswith("ROLE_"):
                    column_kind = "slot-target"  # the links' targets: only "*" says a span
                columns.append(_Column(column_kind, _short(type_name), feature, index))
            continue
        if line.startswith("#Text="):
            pending_text.append(_unescape(line[6:]))
            continue
        if not line.strip() or line.startswith("#"):
            continue
        if pending_text:
            sentences.append((number, pending_text))
            pending_text = []
        cells = line.split("\t")
        if len(cells) < 3 or not re.match(r"^\d+-\d+(\.\d+)?$", cells[0]):
            raise fail(
                number, Message("not a WebAnno TSV token line: {line}", line=repr(line[:60]))
            )
        if not re.match(r"^\d+-\d+$", cells[1]):
            raise fail(
                number,
                Message(
                    "token {token}: offsets {offsets} are not BEGIN-END",
                    token=cells[0],
                    offsets=repr(cells[1][:30]),
                ),
            )
        rows.append((number, cells))
        sentence_of_row.append(len(sentences) - 1)
    if not rows:
        raise fail(1, Message("no token lines (a WebAnno TSV file holds at least one sentence)"))
    text = _rebuild_text(sentences, rows, sentence_of_row, fail)
    offsets = OffsetMap(text)
    spans: dict[tuple[str, str], _Span] = {}
    span_order: list[tuple[str, str]] = []
    at_token: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (token, layer) -> span keys
    relations: list[tuple[int, str, str, str, str | None, str | None, list[str]]] = []
    for number, cells in rows:
        token_id, bounds = cells[0], cells[1]
        begin, end = (int(x) for x in bounds.split("-"))
        cp_begin, cp_end = offsets.to_code_point(begin), offsets.to_code_point(end)
        if text[cp_begin:cp_end] != _unescape(cells[2]):
            raise fail(
                number,
                Message(
                    "token {token} says {claimed} at {bounds} (UTF-16), "
                    "but the text there is {found}",
                    token=token_id,
                    claimed=repr(cells[2]),
                    bounds=bounds,
                    found=repr(text[cp_begin:cp_end]),
                ),
            )
        values = cells[3:]
        by_layer: dict[str, list[list[str]]] = {}
        for column, cell in zip(columns, values, strict=False):
            if column.kind == "skip" or cell in ("_", ""):
                continue
            if column.kind == "slot-target":  # a host without links: "*" here, "_" as role
                if not all(_UNSET_SLOT.match(item) for item in _split_unescaped(cell, "|")):
                    continue
                column = _Column("span", column.layer, "", column.index)
            by_layer.setdefault(f"{column.kind}:{column.layer}", []).append(
                [column.feature, *_split_unescaped(cell, "|")]
            )
        for key, feature_cells in by_layer.items():
            kind, layer = key.split(":", 1)
            if kind == "span":
                for stack, item in enumerate(zip(*(c[1:] for c in feature_cells), strict=False)):
                    ident = None
                    features = {}
                    for (feature, *_), value in zip(feature_cells, item, strict=False):
                        match = _ID.match(value)
                        assert match is not None
                        plain, ident = match.group(1), match.group(2) or ident
                        if feature and plain not in ("*", "_", ""):
                            features[feature] = _unescape(plain)
                    span_key = (layer, ident or f"{token_id}#{stack}")
                    span = spans.get(span_key)
                    if span is None:
                        span = spans[span_key] = _Span(layer, begin, end, number, features)
                        span_order.append(span_key)
                    span.begin, span.end = min(span.begin, begin), max(span.end, end)
                    span.tokens.append(token_id)
                    at_token.setdefault((token_id, layer), []).append(span_key)
            else:
                base = feature_cells[-1]
                for stack, address in enumerate(base[1:]):
                    match = _BT.match(address)
                    if match is None:
                        raise fail(
                            number,
                            Message(
                                "relation source {address} is not a token address",
                                address=repr(address),
                            ),
                        )
                    extra = [c[1 + stack] for c in feature_cells[:-1] if len(c) > 1 + stack]
                    relations.append(
                        (number, layer, match.group(1), token_id, match.group(2), match.group(3),
                         [e for e in extra if e not in ("*", "_", "")])
                    )  # fmt: skip
    annotations: list[Annotation] = []
    declared: dict[str, LabelDeclaration] = {}
    index_of: dict[tuple[str, str], int] = {}
    for span_key in span_order:
        span = spans[span_key]
        start, end = offsets.to_code_point(span.begin), offsets.to_code_point(span.end)
        if end <= start:
            not_held(
                span.row,
                Message(
                    "a zero-width {layer} at {offset} "
                    "(annotator spans cover at least one character)",
                    layer=span.layer,
                    offset=span.begin,
                ),
            )
            continue
        declaration = declared.setdefault(span.layer, LabelDeclaration("span"))
        for feature in span.features:
            declaration.add_attribute(feature, "text")
        index_of[span_key] = len(annotations)
        annotations.append(
            Annotation(
                id=stable_annotation_id(
                    name, len(annotations) + 1, annotator, span.layer, start, end
                ),
                document_id=0,
                annotator=annotator,
                layer=span.layer,
                start=start,
                end=end,
                attributes=dict(span.features),
                origin=Origin.IMPORTED,
            )
        )  # fmt: skip
    for number, kind, source_token, target_token, source_id, target_id, extra in relations:
        found = []
        for token, ident in ((source_token, source_id), (target_token, target_id)):
            keys = [
                k
                for layer_keys in (v for (t, _l), v in at_token.items() if t == token)
                for k in layer_keys
                if ident in (None, "0") or k[1] == ident
            ]
            found.append(keys[0] if len(keys) >= 1 and keys[0] in index_of else None)
        if None in found:
            not_held(number, Message("relation {kind}: no span at one end", kind=kind))
            continue
        position = index_of[found[0]]  # type: ignore[index]
        annotation = annotations[position]
        if kind in annotation.attributes:
            not_held(number, Message("a second {kind} from one span", kind=kind))
            continue
        if extra:
            not_held(
                number,
                Message(
                    "the feature values of relation {kind} ({values})",
                    kind=kind,
                    values=", ".join(extra),
                ),
            )
        declared[annotation.layer].add_attribute(kind, "ref")
        target = annotations[index_of[found[1]]]  # type: ignore[index]
        attributes = {**annotation.attributes, kind: target.id}
        annotations[position] = Annotation(**{**annotation.__dict__, "attributes": attributes})
    if offsets.length_u16 != offsets.length_cp:
        notes.append(
            Message(
                "{source}: UTF-16 offsets converted to code points "
                "({number} astral character(s) in the text)",
                source=source,
                number=offsets.length_u16 - offsets.length_cp,
            )
        )
    return ParsedDocument(
        document_from_fields(name, text, {}),
        annotations,
        source=source,
        line=1,
        declared=declared,
        notes=notes,
    )


def _rebuild_text(
    sentences: list[tuple[int, list[str]]],
    rows: list[tuple[int, list[str]]],
    sentence_of_row: list[int],
    fail: Any,
) -> str:
    """The document's text: each sentence at the UTF-16 offset of its first token."""
    first_row: dict[int, list[str]] = {}
    for (_number, cells), sentence_index in zip(rows, sentence_of_row, strict=True):
        first_row.setdefault(sentence_index, cells)
    parts: list[str] = []
    length_u16 = 0
    for index, (number, text_lines) in enumerate(sentences):
        sentence = "\n".join(text_lines)
        first = first_row.get(index)
        if first is None:
            continue
        begin = int(first[1].split("-")[0])
        inside = sentence.find(_unescape(first[2])) if first[2] else 0
        start = begin - utf16_length(sentence[: max(inside, 0)])
        if start < length_u16:
            raise fail(
                number,
                Message("sentence starts at {start}, inside the one before it", start=start),
            )
        parts.append(" " * (start - length_u16))
        parts.append(sentence)
        length_u16 = start + utf16_length(sentence)
    return "".join(parts)


# -- writing ---------------------------------------------------------------------


def write_webanno(project: Project, target: Path, selection: ExportSelection) -> ExportResult:
    """One TSV file per document and annotator, in a new folder ``target``: a subfolder
    per annotator when there are several, and ``annotator-folders.json`` naming whose
    labels each holds (``annotator_folders``)."""
    from annotator.io.atomic import atomic_folder_writer

    annotators = selection.resolve(project) or [""]  # none yet: the texts alone
    layers = set(selection.layers) or set(project.schema.layer_names)
    skipped: dict[str, int] = {}
    result = ExportResult(0, "document(s)")
    parts = parts_of(annotators)
    documents = list(project.documents())
    # One file per document, named so that no two are one file anywhere (a/b, A and a);
    # annotator-folders.json says which document each holds (read back: its name).
    files = safe_file_names({d.name: d.name.removesuffix(".tsv") for d in documents}, ".tsv")
    with atomic_folder_writer(target) as folder:
        write_manifest(folder, parts, {files[d.name]: d.name for d in documents})
        for annotator in annotators:
            where = folder / parts[annotator]
            where.mkdir(exist_ok=True)
            for document in documents:
                assert document.id is not None
                annotations = [
                    a for a in project.annotations(document.id, annotator) if a.layer in layers
                ]
                text = _document_tsv(project.schema, document.text, annotations, skipped)
                (where / files[document.name]).write_text(text, encoding="utf-8", newline="")
                result.count += 1
    result.not_written = [f"{what}: {count}" for what, count in sorted(skipped.items())]
    return result


def _type_name(title: str) -> str:
    return "webanno.custom." + re.sub(r"\W+", "_", title)


def _document_tsv(
    schema: Schema, text: str, annotations: list[Annotation], skipped: dict[str, int]
) -> str:
    spans = [a for a in annotations if a.end > a.start]
    for a in annotations:
        if a.end <= a.start:
            skipped["document labels (WebAnno TSV has none)"] = (
                skipped.get("document labels (WebAnno TSV has none)", 0) + 1
            )
    used = [x for x in schema.layers if any(a.layer == x.name for a in spans)]
    header = ["#FORMAT=WebAnno TSV 3.3"]
    span_columns: list[tuple[str, list[str]]] = []
    relation_columns: list[tuple[str, str]] = []
    for layer in used:
        plain = [a.name for a in layer.attributes if a.type != "ref"]
        titles = [a.title or a.name for a in layer.attributes if a.type != "ref"]
        header.append(f"#T_SP={_type_name(layer.title or layer.name)}|" + "|".join(titles))
        span_columns.append((layer.name, plain))
    for layer in used:
        for attribute in layer.attributes:
            if attribute.type == "ref":
                relation_columns.append((layer.name, attribute.name))
                header.append(
                    f"#T_RL={_type_name(attribute.title or attribute.name)}|"
                    f"BT_{_type_name(layer.title or layer.name)}"
                )
    boundaries = {0, len(text)}
    for a in spans:
        boundaries.update((a.start, a.end))
    tokens: list[tuple[int, int]] = []
    for match in re.finditer(r"\S+", text):
        cuts = sorted(b for b in boundaries if match.start() < b < match.end())
        points = [match.start(), *cuts, match.end()]
        tokens += list(itertools.pairwise(points))
    starts = {s for s, _ in tokens}
    ends = {e for _, e in tokens}
    offsets = OffsetMap(text)
    stack_id: dict[str, int] = {}
    kept = []
    for a in spans:
        if a.start not in starts or a.end not in ends:
            skipped["spans starting or ending in white space"] = (
                skipped.get("spans starting or ending in white space", 0) + 1
            )
            continue
        kept.append(a)
        stack_id[a.id] = len(stack_id) + 1
    token_of = {start: f"1-{n}" for n, (start, _e) in enumerate(tokens, 1)}
    lines = [*header, "", ""]
    lines += [f"#Text={_escape_text(line)}" for line in text.split("\n")]
    for number, (start, end) in enumerate(tokens, 1):
        covering = [a for a in kept if a.start <= start and end <= a.end]
        cells = [f"1-{number}", f"{offsets.to_utf16(start)}-{offsets.to_utf16(end)}"]
        cells.append(_escape_text(text[start:end]))
        for layer_name, plain in span_columns:
            here = [a for a in covering if a.layer == layer_name]
            for column in plain or [""]:
                if not here:
                    cells.append("_")
                    continue
                values = []
                for a in here:
                    value = a.attributes.get(column) if column else None
                    shown = "*" if value in (None, "") else _escape_value(_as_text(value))
                    values.append(f"{shown}[{stack_id[a.id]}]")
                cells.append("|".join(values))
        for layer_name, ref in relation_columns:
            sources = [
                a
                for a in kept
                if a.layer == layer_name
                and a.attributes.get(ref)
                and any(t.id == a.attributes[ref] and t.start == start for t in kept)
            ]
            if not sources:
                cells.append("_")
                continue
            addresses = []
            for a in sources:
                target_id = stack_id[str(a.attributes[ref])]
                addresses.append(f"{token_of[a.start]}[{stack_id[a.id]}_{target_id}]")
            cells.append("|".join(addresses))
        lines.append("\t".join(cells) + "\t")
    return "\n".join(lines) + "\n"


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
