"""Label Studio's JSON export: a list of tasks, each with ``data`` and annotations.

Reading: ``annotations[].result`` (and the old ``completions``) give the
annotator's labels: ``labels`` results become spans (their ``text`` is
checked, so UTF-16 offsets of older exports are converted, and said so),
``choices`` results document labels, ``relation`` results ``ref`` attributes
on the ``from`` span; a region's ``meta.text`` becomes its note.  The
annotator is ``--annotator``, else ``completed_by`` (its e-mail, or
``user-<id>``).  ``predictions`` become suggestions (``labelstudio:<model
version>``), never annotations.  Everything else (images, text areas,
cancelled annotations) is named in the import's notes.

Writing: the same JSON (code-point offsets, each span's ``text`` included,
``completed_by`` as ``{"email": annotator}``) and, beside it, the labeling
configuration Label Studio needs for those labels (``<name>.label_config.xml``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import InputError
from annotator.core.messages import Message, Text
from annotator.core.model import Annotation, Origin
from annotator.core.schema import Schema
from annotator.io.atomic import atomic_text_writer
from annotator.io.decoding import read_decoded
from annotator.io.foreign_labels import LabelDeclaration
from annotator.io.format_protocol import ExportResult, ImportOptions
from annotator.io.json_lines import array_item_lines, parse_json_line
from annotator.io.records import ParsedDocument, document_from_fields, stable_annotation_id
from annotator.io.sniffing import first_json_record
from annotator.io.span_text import SpanChecker, SpanTextMismatch, conversion_note

if TYPE_CHECKING:
    from annotator.io.exporter import ExportSelection
    from annotator.store.project import Project

_RESULT_KEYS = ("annotations", "completions", "predictions")
_LINK = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|/data/(?:upload|local-files)/)\S*$", re.I)
"""A task's link to the file it labels (``https://…/cat.jpg``, ``s3://…``, Label Studio's
``/data/upload/29/example.png``): not the text of a text task."""


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _LINK.match(value)


def looks_like_labelstudio(path: Path, head: str) -> bool:
    """A task: an object with ``data`` and annotations, completions or predictions."""
    task = first_json_record(head)
    if isinstance(task, dict) and isinstance(task.get("data"), dict):
        return any(key in task for key in _RESULT_KEYS)
    return False


def looks_like_labelstudio_min(path: Path, head: str) -> bool:
    """Label Studio's JSON-MIN export: each task flattened into one object, its data
    beside each control's results and ``annotator``/``annotation_id`` (label-studio-
    converter's ``convert_to_json_min``); no ``data`` object."""
    task = first_json_record(head)
    return (
        isinstance(task, dict)
        and "data" not in task
        and "annotation_id" in task
        and "annotator" in task
    )


# -- reading ---------------------------------------------------------------------


def read_labelstudio(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterator[ParsedDocument | InputError]:
    source = str(path)
    text = read_decoded(path, options.encoding)
    whole = parse_json_line(text, source, 1)
    tasks = whole if isinstance(whole, list) else [whole]
    if not tasks:
        raise InputError(Message("an empty list of tasks"), source=source, line=1)
    lines = array_item_lines(text, len(tasks)) if isinstance(whole, list) else [1]
    for number, (line, task) in enumerate(zip(lines, tasks, strict=True), 1):
        try:
            yield _Task(path, number, line, options).parse(task)
        except InputError as error:
            yield error


class _Task:
    def __init__(self, path: Path, number: int, line: int, options: ImportOptions) -> None:
        self.path = path
        self.line = line  # where the task starts in the file
        self.where: Text = Message("task #{number}", number=number)
        self.number = number
        self.options = options
        self.annotations: list[Annotation] = []
        self.predictions: list[Annotation] = []
        self.declared: dict[str, LabelDeclaration] = {}
        self.notes: list[Text] = []

    def fail(self, reason: Text) -> InputError:
        return InputError(
            Message("{where}: {reason}", where=self.where, reason=reason),
            source=str(self.path),
            line=self.line,
        )

    def not_held(self, what: Message) -> None:
        self.notes.append(
            Message(
                "not imported: {path}: {where}: {what}",
                path=str(self.path),
                where=self.where,
                what=what,
            )
        )

    def parse(self, task: Any) -> ParsedDocument:
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise self.fail(Message('each task must be an object with "data"'))
        data = task["data"]
        if "id" in task:
            self.where = Message("task {id}", id=task["id"])
        text = data.get("text")
        if not isinstance(text, str):  # the task's first text that is not a link to a file
            text = next((v for v in data.values() if _is_text(v)), None)
        if not isinstance(text, str) or not text.strip():
            links = sorted(k for k, v in data.items() if isinstance(v, str) and _LINK.match(v))
            if links:
                raise self.fail(
                    Message(
                        '"data" holds no text, only links to files ({keys}): annotator '
                        "labels texts, not images, audio or video",
                        keys=", ".join(links),
                    )
                )
            raise self.fail(Message('"data" holds no text'))
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            name = f"{self.path.stem}-{task.get('id', self.number)}"
        self.name = name
        self.checker = SpanChecker(text)
        for key in ("annotations", "completions"):
            runs = task.get(key, [])
            if not isinstance(runs, list):
                raise self.fail(Message('"{key}" must be a list', key=key))
            for run in runs:
                self.run(run, key)
        predictions = task.get("predictions", [])
        for index, run in enumerate(predictions if isinstance(predictions, list) else [], 1):
            if isinstance(run, dict):
                version = str(run.get("model_version") or f"prediction-{index}")
                self.results(run.get("result", []), f"labelstudio:{version}", self.predictions)
        if self.checker.converted:
            self.notes.append(conversion_note(str(self.path), name, self.checker.converted))
        fields = {k: v for k, v in data.items() if k not in ("text", "name") and v != text}
        if isinstance(task.get("meta"), dict):
            fields.update(task["meta"])
        return ParsedDocument(
            document_from_fields(name, text, fields),
            self.annotations,
            source=str(self.path),
            line=self.line,
            declared=self.declared,
            notes=self.notes,
            predictions=self.predictions,
        )

    def run(self, run: Any, key: str) -> None:
        if not isinstance(run, dict):
            raise self.fail(Message('each of "{key}" must be an object', key=key))
        if run.get("was_cancelled"):
            self.not_held(Message("a cancelled annotation (id {id})", id=run.get("id")))
            return
        annotator = self.options.annotator or _annotator(run.get("completed_by"))
        self.results(run.get("result", []), annotator, self.annotations)

    def results(self, results: Any, annotator: str, into: list[Annotation]) -> None:
        if not isinstance(results, list):
            raise self.fail(Message('"{key}" must be a list', key="result"))
        by_region: dict[str, int] = {}
        relations = []
        for number, item in enumerate(results, 1):
            if not isinstance(item, dict):
                raise self.fail(Message("each result must be an object"))
            named = (
                Message("result {id}", id=item["id"])
                if item.get("id") is not None
                else Message("result #{number}", number=number)
            )
            kind = item.get("type")
            value = item.get("value", {})
            if kind == "relation":
                relations.append(item)
                continue
            if kind == "labels" and isinstance(value, dict):
                start, end = value.get("start"), value.get("end")
                if not (isinstance(start, int) and isinstance(end, int)):
                    self.not_held(
                        Message("a labels result without offsets ({result})", result=named)
                    )
                    continue
                try:
                    start, end = self.checker.check(start, end, value.get("text"))
                except SpanTextMismatch as error:
                    raise self.fail(
                        Message("{result}: {error}", result=named, error=error.args[0])
                    ) from None
                for label in value.get("labels", []):
                    by_region.setdefault(str(item.get("id")), len(into))
                    self.add(into, annotator, str(label), start, end, "span", item)
            elif kind == "choices" and isinstance(value, dict):
                for choice in value.get("choices", []):
                    self.add(into, annotator, str(choice), 0, 0, "document", item)
            else:
                self.not_held(
                    Message(
                        "a '{kind}' result ({name}): not text labels",
                        kind=kind,
                        name=item.get("from_name"),
                    )
                )
        for relation in relations:
            source, target = str(relation.get("from_id")), str(relation.get("to_id"))
            if source not in by_region or target not in by_region:
                self.not_held(
                    Message(
                        "relation {source} -> {target}: its regions are not spans",
                        source=source,
                        target=target,
                    )
                )
                continue
            label = (relation.get("labels") or ["relation"])[0]
            position = by_region[source]
            annotation = into[position]
            if label in annotation.attributes:
                self.not_held(
                    Message(
                        "relation '{label}' {source} -> {target}: one per span is held",
                        label=label,
                        source=source,
                        target=target,
                    )
                )
                continue
            self.declared[annotation.layer].add_attribute(label, "ref")
            attributes = {**annotation.attributes, label: into[by_region[target]].id}
            into[position] = Annotation(**{**annotation.__dict__, "attributes": attributes})

    def add(
        self,
        into: list[Annotation],
        annotator: str,
        label: str,
        start: int,
        end: int,
        scope: str,
        item: dict[str, Any],
    ) -> None:
        self.declared.setdefault(label, LabelDeclaration(scope))
        index = len(self.annotations) + len(self.predictions) + 1
        meta = item.get("meta")
        note = ""
        if isinstance(meta, dict) and isinstance(meta.get("text"), list):
            note = "\n".join(str(t) for t in meta["text"])
        into.append(
            Annotation(
                id=stable_annotation_id(self.name, index, annotator, label, start, end),
                document_id=0,
                annotator=annotator,
                layer=label,
                start=start,
                end=end,
                note=note,
                origin=Origin.IMPORTED,
            )
        )


def _annotator(completed_by: Any) -> str:
    if isinstance(completed_by, dict):
        email = completed_by.get("email")
        if isinstance(email, str) and email:
            return email
        completed_by = completed_by.get("id")
    if completed_by is None:
        return "imported"
    return f"user-{completed_by}"


# -- writing ---------------------------------------------------------------------


def write_labelstudio(project: Project, target: Path, selection: ExportSelection) -> ExportResult:
    """Tasks with their annotations, and the labeling configuration beside them."""
    annotators = selection.resolve(project)
    layers = set(selection.layers) or set(project.schema.layer_names)
    schema = project.schema
    skipped: dict[str, int] = {}
    tasks = []
    for number, document in enumerate(project.documents(), 1):
        assert document.id is not None
        runs = []
        for annotator in annotators:
            annotations = [
                a for a in project.annotations(document.id, annotator) if a.layer in layers
            ]
            if annotations:
                runs.append(
                    {
                        "completed_by": {"email": annotator},
                        "result": _results(schema, document.text, annotations, skipped),
                    }
                )
        data = {"text": document.text, "name": document.name, **document.metadata()}
        tasks.append({"id": number, "data": data, "annotations": runs})
    with atomic_text_writer(target) as handle:
        json.dump(tasks, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    config = target.with_name(f"{target.stem}.label_config.xml")
    with atomic_text_writer(config) as handle:
        handle.write(_label_config(schema, layers))
    result = ExportResult(len(tasks), "document(s)")
    result.not_written = [f"{what}: {count}" for what, count in sorted(skipped.items())]
    return result


def _title(schema: Schema, name: str) -> str:
    layer = schema.layer(name)
    return layer.title if layer is not None and layer.title else name


def _results(
    schema: Schema, text: str, annotations: list[Annotation], skipped: dict[str, int]
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    region = {a.id: f"r{number}" for number, a in enumerate(annotations, 1)}
    for annotation in annotations:
        title = _title(schema, annotation.layer)
        if annotation.end > annotation.start:
            item: dict[str, Any] = {
                "id": region[annotation.id],
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {
                    "start": annotation.start,
                    "end": annotation.end,
                    "text": annotation.covered_text(text),
                    "labels": [title],
                },
            }
        else:
            item = {
                "id": region[annotation.id],
                "from_name": "choice",
                "to_name": "text",
                "type": "choices",
                "value": {"choices": [title]},
            }
        if annotation.note:
            item["meta"] = {"text": [annotation.note]}
        results.append(item)
        layer = schema.layer(annotation.layer)
        for name, value in sorted(annotation.attributes.items()):
            attribute = layer.attribute(name) if layer is not None else None
            if attribute is None or value in (None, ""):
                continue
            if attribute.type == "ref" and str(value) in region:
                results.append(
                    {
                        "from_id": region[annotation.id],
                        "to_id": region[str(value)],
                        "type": "relation",
                        "direction": "right",
                        "labels": [attribute.title or attribute.name],
                    }
                )
            else:
                key = f"{attribute.type} attribute '{name}' (no Label Studio region control)"
                skipped[key] = skipped.get(key, 0) + 1
    return results


def _label_config(schema: Schema, layers: set[str]) -> str:
    from xml.sax.saxutils import quoteattr  # here: it imports urllib.request, http and ssl

    spans = [x for x in schema.layers if x.name in layers and x.scope == "span"]
    documents = [x for x in schema.layers if x.name in layers and x.scope == "document"]
    relations = sorted({a.title or a.name for x in spans for a in x.attributes if a.type == "ref"})
    lines = ["<View>", '  <Labels name="label" toName="text">']
    lines += [f"    <Label value={quoteattr(x.title or x.name)}/>" for x in spans]
    lines += ["  </Labels>", '  <Text name="text" value="$text"/>']
    if documents:
        lines.append('  <Choices name="choice" toName="text" choice="multiple">')
        lines += [f"    <Choice value={quoteattr(x.title or x.name)}/>" for x in documents]
        lines.append("  </Choices>")
    if relations:
        lines.append("  <Relations>")
        lines += [f"    <Relation value={quoteattr(r)}/>" for r in relations]
        lines.append("  </Relations>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"
