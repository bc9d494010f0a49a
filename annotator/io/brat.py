"""brat standoff: a folder of ``name.txt`` + ``name.ann`` pairs, with ``annotation.conf``.

Reading (one ``.ann`` with the ``.txt`` beside it):

- ``T`` lines become spans on the layer of their type; the span text the line
  carries is checked (``span_text``), so UTF-16 offsets are converted or refused;
- ``A``/``M`` lines become attributes (a flag, or a choice with its value);
- ``R`` lines become ``ref`` attributes named after the relation, on Arg1;
- ``#`` AnnotatorNotes lines become the note of their span;
- what annotator cannot hold (discontinuous spans, events, equivalences
  ``*``, normalisations ``N``, a second relation of one type from one span,
  attributes and notes of events or relations) is named in the import's
  notes with its file and line, never dropped in silence.

``annotation.conf`` (in the folder or a parent, as brat looks for it)
declares the entity types and their attributes, which ``--add-layers`` adds.

Writing: a folder brat opens, with ``annotation.conf`` for the schema (see
``write_brat``).  brat has no document labels and no free-text or number
attributes: those are listed as not written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import InputError
from annotator.core.messages import Message, Text
from annotator.core.model import Annotation, Origin
from annotator.core.schema import Schema
from annotator.io.annotator_folders import parts_of, safe_file_names, write_manifest
from annotator.io.decoding import decode_bytes, normalise_newlines
from annotator.io.foreign_labels import LabelDeclaration
from annotator.io.format_protocol import ExportResult, ImportOptions
from annotator.io.records import ParsedDocument, document_from_fields, stable_annotation_id
from annotator.io.span_text import SpanChecker, SpanTextMismatch, conversion_note

if TYPE_CHECKING:
    from annotator.io.exporter import ExportSelection
    from annotator.store.project import Project

_ANN_LINE = re.compile(r"^(T\d+\t\S+ \d+ \d+|[RAMEN#*]\d*\t)")
_CONF_SECTION = re.compile(r"^\[(entities|relations|events|attributes)\]\s*$", re.MULTILINE)
CONFIG_FILES = frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"})


def looks_like_brat_ann(path: Path, head: str) -> bool:
    """The first non-blank line is a brat annotation line (``T1<TAB>Label 0 5<TAB>...``)."""
    for line in head.split("\n"):
        if line.strip():
            return bool(_ANN_LINE.match(line))
    return path.suffix == ".ann"  # an empty .ann: a document nobody annotated yet


def looks_like_brat_config(path: Path, head: str) -> bool:
    return path.name in CONFIG_FILES or bool(_CONF_SECTION.search(head))


# -- annotation.conf -------------------------------------------------------------


@dataclass
class BratConfig:
    entities: list[str] = field(default_factory=list)
    relations: dict[str, list[str]] = field(default_factory=dict)  # type -> Arg1 types
    attributes: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)


def find_config(folder: Path, levels: int = 4) -> Path | None:
    """``annotation.conf`` of ``folder`` or its nearest parent (brat's own rule)."""
    for candidate in [folder, *list(folder.parents)[:levels]]:
        path = candidate / "annotation.conf"
        if path.is_file():
            return path
    return None


def read_config(path: Path, encoding: str | None = None) -> BratConfig:
    text = decode_bytes(path.read_bytes(), str(path), encoding)
    config = BratConfig()
    section = ""
    macros: dict[str, str] = {}
    for raw in text.split("\n"):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        heading = re.match(r"^\[(\w+)\]$", line.strip())
        if heading:
            section = heading.group(1)
            continue
        stripped = line.strip()
        macro = re.match(r"^(<[^>]+>)=(.*)$", stripped)
        if macro:
            macros[macro.group(1)] = macro.group(2)
            continue
        name, rest = _split_name(stripped)
        if name.startswith("!"):
            continue  # brat's abstract types: hierarchy only, never annotated
        if section == "entities":
            config.entities.append(name)
        elif section == "relations" and not name.startswith("<"):
            arguments = _arguments(rest, macros)
            config.relations.setdefault(name, []).extend(arguments.get("Arg1", []))
        elif section == "attributes":
            arguments = _arguments(rest, macros)
            config.attributes[name] = (arguments.get("Arg", []), arguments.get("Value", []))
    return config


def _split_name(line: str) -> tuple[str, str]:
    parts = re.split(r"\s+", line, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _arguments(rest: str, macros: dict[str, str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for part in rest.split(","):
        if ":" not in part:
            continue
        role, _, types = part.strip().partition(":")
        role = re.sub(r"[?*+]$|\{\d+\}$", "", role.strip())
        values = []
        for value in types.split("|"):
            values += macros.get(value.strip(), value.strip()).split("|")
        found.setdefault(role, []).extend(v for v in values if v)
    return found


def _declarations(config: BratConfig) -> dict[str, LabelDeclaration]:
    """Every entity type of the configuration, with the attributes it may carry."""
    declared = {name: LabelDeclaration("span") for name in config.entities}
    for kind, arg1 in config.relations.items():
        for entity in arg1 if arg1 and "<ANY>" not in arg1 else config.entities:
            declared.setdefault(entity, LabelDeclaration("span")).add_attribute(kind, "ref")
    for name, (targets, values) in config.attributes.items():
        applies = (
            config.entities if "<ENTITY>" in targets else [t for t in targets if t in declared]
        )
        for entity in applies:
            declaration = declared.setdefault(entity, LabelDeclaration("span"))
            if values:
                for value in values:
                    declaration.add_attribute(name, "choice", value)
            else:
                declaration.add_attribute(name, "flag")
    return declared


# -- reading ---------------------------------------------------------------------


def read_brat(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterator[ParsedDocument | InputError]:
    """The document of one ``.ann`` file (given the ``.ann`` or its ``.txt``), named after
    the ``.txt`` file (or as our own export's ``annotator-folders.json`` names it)."""
    ann = path.with_suffix(".ann")
    txt = path.with_suffix(".txt")
    for needed in (ann, txt):
        if not needed.is_file():
            raise InputError(
                Message(
                    "a brat document needs {txt} and {ann} side by side; {missing} is missing",
                    txt=txt.name,
                    ann=ann.name,
                    missing=needed.name,
                ),
                source=str(path),
            )
    raw_text = decode_bytes(txt.read_bytes(), str(txt), options.encoding)
    text = normalise_newlines(raw_text)
    if not text.strip():
        raise InputError(Message("empty document (no text to annotate)"), source=str(txt))
    config_path = find_config(ann.parent)
    config = read_config(config_path, options.encoding) if config_path else BratConfig()
    lines = decode_bytes(ann.read_bytes(), str(ann), options.encoding).split("\n")
    name = options.document_name or txt.name  # our own export's manifest names it
    reader = _AnnReader(ann, name, text, _newline_shift(raw_text), options.default_annotator)
    reader.declared.update(_declarations(config))
    for number, line in enumerate(lines, 1):
        if line.strip():
            reader.line(number, line.rstrip("\r"))
    yield reader.document()


def _newline_shift(raw: str) -> list[int]:
    """Positions of the ``\\r`` of each ``\\r\\n`` (or lone ``\\r``): brat counts them."""
    return [m.start() for m in re.finditer(r"\r", raw)]


class _AnnReader:
    def __init__(self, ann: Path, name: str, text: str, crs: list[int], annotator: str) -> None:
        self.source = str(ann)
        self.name = name
        self.text = text
        self.crs = crs
        self.annotator = annotator
        self.checker = SpanChecker(text)
        self.by_brat_id: dict[str, int] = {}
        self.annotations: list[Annotation] = []
        self.declared: dict[str, LabelDeclaration] = {}
        self.notes: list[Text] = []
        self.pending: list[tuple[int, str]] = []  # A/M/R/# lines, after every T line

    def fail(self, number: int, reason: Text) -> InputError:
        return InputError(reason, source=self.source, line=number)

    def not_held(self, number: int, what: Message) -> None:
        self.notes.append(
            Message(
                "not imported: {source}:{line}: {what}", source=self.source, line=number, what=what
            )
        )

    def line(self, number: int, line: str) -> None:
        ident, _, rest = line.partition("\t")
        kind = ident[:1]
        if kind == "T":
            self.textbound(number, ident, rest)
        elif kind in "AMR#":
            self.pending.append((number, line))
        elif kind == "E":
            self.not_held(
                number,
                Message(
                    "event {ident} ({kind}): brat events have no counterpart here; "
                    "their trigger spans are imported",
                    ident=ident,
                    kind=rest.split(" ")[0],
                ),
            )
        elif kind == "*":
            self.not_held(number, Message("equivalence {what}: not held", what=rest))
        elif kind == "N":
            self.not_held(
                number,
                Message("normalisation {ident} ({what}): not held", ident=ident, what=rest.strip()),
            )
        else:
            raise self.fail(
                number, Message("not a brat annotation line: {line}", line=repr(line[:60]))
            )

    def _to_normalised(self, offset: int) -> int:
        return offset - bisect_left(self.crs, offset) if self.crs else offset

    def textbound(self, number: int, ident: str, rest: str) -> None:
        spec, _, claimed = rest.partition("\t")
        label, _, ranges = spec.partition(" ")
        fragments = []
        for fragment in ranges.split(";"):
            bounds = fragment.split()
            if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
                raise self.fail(
                    number,
                    Message(
                        "{ident}: offsets must be 'start end', got {ranges}",
                        ident=ident,
                        ranges=repr(ranges),
                    ),
                )
            fragments.append((int(bounds[0]), int(bounds[1])))
        if len(fragments) > 1:
            self.not_held(
                number,
                Message(
                    "{ident} {label}: a discontinuous span of %n fragment(s) ({ranges}); "
                    "annotator spans are continuous",
                    count=len(fragments),
                    ident=ident,
                    label=label,
                    ranges=ranges,
                ),
            )
            return
        start, end = (self._to_normalised(o) for o in fragments[0])
        try:
            start, end = self.checker.check(start, end, claimed.replace("\r\n", "\n"))
        except SpanTextMismatch as error:
            raise self.fail(
                number, Message("{result}: {error}", result=ident, error=error.args[0])
            ) from None
        self.declared.setdefault(label, LabelDeclaration("span"))
        index = len(self.annotations) + 1
        self.by_brat_id[ident] = len(self.annotations)
        self.annotations.append(
            Annotation(
                id=stable_annotation_id(self.name, index, self.annotator, label, start, end),
                document_id=0,
                annotator=self.annotator,
                layer=label,
                start=start,
                end=end,
                origin=Origin.IMPORTED,
            )
        )

    def _update(self, position: int, **changes: Any) -> None:
        self.annotations[position] = replace(self.annotations[position], **changes)

    def attached(self, number: int, line: str) -> None:
        ident, _, rest = line.partition("\t")
        kind = ident[:1]
        if kind in "AM":
            parts = rest.split()
            if len(parts) not in (2, 3):
                raise self.fail(
                    number,
                    Message(
                        "{ident}: expected 'Name T1 [Value]', got {rest}",
                        ident=ident,
                        rest=repr(rest),
                    ),
                )
            name, target = parts[0], parts[1]
            if target not in self.by_brat_id:
                self.not_held(
                    number,
                    Message(
                        "attribute {name} of {target}: only spans hold attributes",
                        name=name,
                        target=target,
                    ),
                )
                return
            position = self.by_brat_id[target]
            annotation = self.annotations[position]
            value: Any = parts[2] if len(parts) == 3 else True
            self.declared[annotation.layer].add_attribute(
                name, "choice" if len(parts) == 3 else "flag", parts[2] if len(parts) == 3 else None
            )
            self._update(position, attributes={**annotation.attributes, name: value})
        elif kind == "R":
            parts = rest.split()
            args = dict(p.split(":", 1) for p in parts[1:] if ":" in p)
            source, target = args.get("Arg1", ""), args.get("Arg2", "")
            if source not in self.by_brat_id or target not in self.by_brat_id:
                self.not_held(
                    number,
                    Message(
                        "relation {ident} {kind}: its arguments are not spans",
                        ident=ident,
                        kind=parts[0],
                    ),
                )
                return
            position = self.by_brat_id[source]
            annotation = self.annotations[position]
            if parts[0] in annotation.attributes:
                self.not_held(
                    number,
                    Message(
                        "relation {ident} {kind}: {source} already has a {kind} relation, "
                        "and an attribute holds one",
                        ident=ident,
                        kind=parts[0],
                        source=source,
                    ),
                )
                return
            target_id = self.annotations[self.by_brat_id[target]].id
            self.declared[annotation.layer].add_attribute(parts[0], "ref")
            self._update(position, attributes={**annotation.attributes, parts[0]: target_id})
        elif kind == "#":
            head, _, note = rest.partition("\t")
            target = head.split()[-1] if head.split() else ""
            if target not in self.by_brat_id:
                self.not_held(
                    number, Message("note on {target}: only spans hold notes here", target=target)
                )
                return
            position = self.by_brat_id[target]
            earlier = self.annotations[position].note
            self._update(position, note=f"{earlier}\n{note}" if earlier else note)

    def document(self) -> ParsedDocument:
        for number, line in self.pending:
            self.attached(number, line)
        if self.checker.converted:
            self.notes.append(conversion_note(self.source, self.name, self.checker.converted))
        return ParsedDocument(
            document_from_fields(self.name, self.text, {}),
            self.annotations,
            source=self.source,
            declared=self.declared,
            notes=self.notes,
        )


# -- writing ---------------------------------------------------------------------


def write_brat(project: Project, target: Path, selection: ExportSelection) -> ExportResult:
    """A brat folder: ``<document>.txt`` + ``.ann`` each, and ``annotation.conf``.

    One annotator's labels per folder: with several annotators selected, each
    gets a subfolder named after them (brat files have no annotator), and
    ``annotator-folders.json`` says whose each is (``annotator_folders``).  Span
    layers become entity types, ``ref`` attributes relations, flag and choice
    attributes brat attributes, notes ``AnnotatorNotes``.  What brat cannot
    hold (document labels, text and number attributes) is listed, not dropped
    in silence.
    """
    from annotator.io.atomic import atomic_folder_writer

    annotators = selection.resolve(project) or [""]  # none yet: the texts alone
    layers = set(selection.layers) or set(project.schema.layer_names)
    result = ExportResult(0, "document(s)")
    skipped: dict[str, int] = {}
    parts = parts_of(annotators, reserved=CONFIG_FILES)
    documents = list(project.documents())
    # As the WebAnno export: a pair of files per document named so that no two are one
    # pair anywhere (a/b and a_b; Zoë in either Unicode form; CON), and the manifest
    # says which document each .ann holds, so an export imported back into the project
    # it came from finds its documents (a document named without .txt came back new).
    files = safe_file_names({d.name: d.name.removesuffix(".txt") for d in documents}, ".ann")
    with atomic_folder_writer(target) as folder:
        (folder / "annotation.conf").write_text(_config_text(project.schema), encoding="utf-8")
        write_manifest(folder, parts, {files[d.name]: d.name for d in documents})
        for annotator in annotators:
            where = folder / parts[annotator]
            where.mkdir(exist_ok=True)
            if parts[annotator] != ".":
                (where / "annotation.conf").write_text(
                    _config_text(project.schema), encoding="utf-8"
                )
            for document in documents:
                assert document.id is not None
                stem = files[document.name].removesuffix(".ann")
                annotations = [
                    a for a in project.annotations(document.id, annotator) if a.layer in layers
                ]
                lines = _ann_lines(project.schema, document.text, annotations, skipped)
                (where / f"{stem}.txt").write_text(document.text, encoding="utf-8", newline="")
                (where / f"{stem}.ann").write_text(
                    "".join(f"{line}\n" for line in lines), encoding="utf-8", newline=""
                )
                result.count += 1
    result.not_written = [f"{what}: {count}" for what, count in sorted(skipped.items())]
    return result


def _brat_type(name: str) -> str:
    return re.sub(r"\s+", "_", name.strip())


def _layer_type(schema: Schema, name: str) -> str:
    """A layer's brat type: its title (the tool's own label, for layers added on import)."""
    layer = schema.layer(name)
    return _brat_type(layer.title if layer is not None and layer.title else name)


def _attribute_type(attribute: Any) -> str:
    return _brat_type(attribute.title or attribute.name)


def _ann_lines(
    schema: Schema, text: str, annotations: list[Annotation], skipped: dict[str, int]
) -> list[str]:
    lines: list[str] = []
    t_ids: dict[str, str] = {}
    spans = [a for a in annotations if a.end > a.start]
    for annotation in annotations:
        if annotation.end <= annotation.start:
            key = f"document label on layer '{annotation.layer}' (brat has none)"
            skipped[key] = skipped.get(key, 0) + 1
    for number, annotation in enumerate(spans, 1):
        t_ids[annotation.id] = f"T{number}"
        covered = text[annotation.start : annotation.end]
        if "\n" in covered:  # brat's span text is one line: a span over a line break is two
            pieces = []
            position = annotation.start
            for part in covered.split("\n"):
                if part:
                    pieces.append(f"{position} {position + len(part)}")
                position += len(part) + 1
            lines.append(
                f"T{number}\t{_layer_type(schema, annotation.layer)} {';'.join(pieces)}\t"
                + covered.replace("\n", " ")
            )
        else:
            lines.append(
                f"T{number}\t{_layer_type(schema, annotation.layer)} "
                f"{annotation.start} {annotation.end}\t{covered}"
            )
    a_number = r_number = n_number = 0
    for annotation in spans:
        layer = schema.layer(annotation.layer)
        ident = t_ids[annotation.id]
        for name, value in sorted(annotation.attributes.items()):
            attribute = layer.attribute(name) if layer is not None else None
            if attribute is None or value in (None, "", False):
                continue
            if attribute.type == "ref":
                if str(value) in t_ids:
                    r_number += 1
                    kind = _attribute_type(attribute)
                    lines.append(f"R{r_number}\t{kind} Arg1:{ident} Arg2:{t_ids[str(value)]}\t")
            elif attribute.type == "flag":
                a_number += 1
                lines.append(f"A{a_number}\t{_attribute_type(attribute)} {ident}")
            elif attribute.type == "choice" and " " not in str(value):
                a_number += 1
                lines.append(f"A{a_number}\t{_attribute_type(attribute)} {ident} {value}")
            else:
                key = f"{attribute.type} attribute '{name}' (brat attributes take one-word values)"
                skipped[key] = skipped.get(key, 0) + 1
        if annotation.note:
            n_number += 1
            note = annotation.note.replace("\n", " ")
            lines.append(f"#{n_number}\tAnnotatorNotes {ident}\t{note}")
    return lines


def _config_text(schema: Schema) -> str:
    """annotation.conf: entity types, relations and attributes of the schema."""
    entities = [layer for layer in schema.layers if layer.scope == "span"]
    lines = ["# Written by annotator from the project's schema.", "", "[entities]", ""]
    lines += [_layer_type(schema, layer.name) for layer in entities]
    lines += ["", "[relations]", ""]
    seen_relations: set[str] = set()
    for layer in entities:
        for attribute in layer.attributes:
            if attribute.type == "ref" and attribute.name not in seen_relations:
                owners = [
                    _layer_type(schema, x.name)
                    for x in entities
                    if x.attribute(attribute.name) is not None
                ]
                targets = [_layer_type(schema, t) for t in attribute.layers] or ["<ANY>"]
                kind = _attribute_type(attribute)
                lines.append(f"{kind}\tArg1:{'|'.join(owners)}, Arg2:{'|'.join(targets)}")
                seen_relations.add(attribute.name)
    lines += ["<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>", ""]
    lines += ["[events]", "", "[attributes]", ""]
    seen_attributes: set[str] = set()
    for layer in entities:
        for attribute in layer.attributes:
            if attribute.name in seen_attributes or attribute.type not in ("flag", "choice"):
                continue
            owners = [
                _layer_type(schema, x.name)
                for x in entities
                if x.attribute(attribute.name) is not None
            ]
            entry = f"{_attribute_type(attribute)}\tArg:{'|'.join(owners)}"
            if attribute.type == "choice":
                entry += ", Value:" + "|".join(c for c in attribute.choices if " " not in c)
            lines.append(entry)
            seen_attributes.add(attribute.name)
    return "\n".join(lines) + "\n"
