"""Exports: the gold-label CSV, native JSONL, and a per-document progress CSV.

The CSV is built for people who open it in a spreadsheet or pandas: one row
per annotation, one column per attribute, the covered text included, the
annotator on every row (see README "CSV columns").
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from annotator.core.attribute_types import attribute_type, csv_cell
from annotator.core.model import GOLD, Annotation, DocumentProgress, Status
from annotator.core.schema import Schema
from annotator.io.atomic import atomic_text_writer
from annotator.io.native_jsonl import annotation_object, write_native_line
from annotator.store.project import Project

BASE_COLUMNS = ["document", "document_id", "annotator", "layer", "start", "end", "text"]
TAIL_COLUMNS = ["note", "origin", "annotation_id", "created_at", "updated_at"]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportSelection:
    """Which annotators and layers to export.

    No annotators named means every annotator except ``gold``; ``gold=True``
    adds the adjudicated labels (alone, if no annotator is named).
    """

    annotators: tuple[str, ...] = ()
    gold: bool = False
    layers: tuple[str, ...] = ()

    def resolve(self, project: Project) -> list[str]:
        names = list(self.annotators)
        if self.gold and GOLD not in names:
            names.append(GOLD)
        if not names:
            names = [a for a in project.annotations.annotators() if a != GOLD]
        return names


def csv_columns(project: Project) -> list[str]:
    return BASE_COLUMNS + project.schema.attribute_columns() + TAIL_COLUMNS


def export_csv(
    project: Project, target: str | Path, selection: ExportSelection, *, excel: bool = False
) -> int:
    """Write the annotations CSV; returns the number of rows.

    Rows are built straight from the store's plain rows (no ``Annotation``
    objects): this runs once per annotation, a million times for a large project.
    """
    annotators = selection.resolve(project)
    attribute_columns = project.schema.attribute_columns()
    refs_by_layer: dict[str, list[tuple[str, int]]] = {}
    for layer in project.schema.layers:
        for a in layer.attributes:
            if a.type == "ref":
                position = len(BASE_COLUMNS) + attribute_columns.index(f"{a.name}_text")
                refs_by_layer.setdefault(layer.name, []).append((a.name, position))
    blank = [""] * len(attribute_columns)
    column_cells = _column_cells(project.schema, attribute_columns)
    references: dict[str, Annotation] = {}
    reference_document = -1

    def rows() -> Iterator[list[Any]]:
        nonlocal references, reference_document
        for row, name, text in project.annotations.rows(annotators, selection.layers):
            ident, document_id, annotator, layer, start, end, attributes, *tail = row
            if attributes == "{}":
                values: dict[str, Any] = {}
                cells = [name, document_id, annotator, layer, start, end, text[start:end], *blank]
            else:
                values = json.loads(attributes)
                cells = [name, document_id, annotator, layer, start, end, text[start:end]]
                cells += [cell(values.get(column)) for column, cell in column_cells]
            for key, position in refs_by_layer.get(layer, ()):
                value = values.get(key)
                if not value:
                    continue
                if reference_document != document_id:
                    references = {a.id: a for a in project.annotations(document_id)}
                    reference_document = document_id
                target_annotation = references.get(str(value))
                if target_annotation is not None:
                    cells[position] = target_annotation.covered_text(text)
            note, origin, created_at, updated_at = tail
            cells += (note, origin, ident, created_at, updated_at)
            yield [_neutralise_formula(cell) for cell in cells] if excel else cells

    with atomic_text_writer(target, bom=excel) as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(BASE_COLUMNS + attribute_columns + TAIL_COLUMNS)
        if not annotators:
            return 0
        count = 0
        for cells in rows():
            writer.writerow(cells)
            count += 1
    return count


def _column_cells(schema: Schema, columns: Sequence[str]) -> list[tuple[str, Callable[[Any], Any]]]:
    """Each attribute column with its type's CSV cell (a ref's ``_text`` column: plain)."""
    types = {a.name: attribute_type(a.type) for layer in schema.layers for a in layer.attributes}
    return [(column, types[column].cell if column in types else csv_cell) for column in columns]


def _neutralise_formula(cell: Any) -> Any:
    """Prefix a quote so Excel shows ``=cmd|...`` as text instead of running it."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def export_jsonl(project: Project, target: str | Path, selection: ExportSelection) -> int:
    """Every document, with the selected annotations; returns the number of documents.

    The annotations come as plain rows from one query in document order (not
    one query and a list of ``Annotation`` per document), each document's put
    in reading order here: a million labels are one pass over the table.
    """
    annotators = selection.resolve(project)
    progress: dict[int, list[DocumentProgress]] = {}
    for state in project.progress.all(sorted(annotators)):
        progress.setdefault(state.document_id, []).append(state)
    selected = (
        project.annotations.rows(annotators, selection.layers, ordered=False) if annotators else ()
    )
    by_document = groupby((row for row, _name, _text in selected), key=itemgetter(1))
    pending = next(by_document, None)
    parsed: dict[str, dict[str, Any]] = {}  # attribute JSON repeats a lot: parse it once
    count = 0
    with atomic_text_writer(target) as handle:
        for document in project.documents():
            objects: list[dict[str, Any]] = []
            if pending is not None and pending[0] == document.id:
                text = document.text
                objects = [
                    annotation_object(
                        text, ident, layer, start, end, annotator,
                        _parsed(attributes, parsed), note, origin, created_at, updated_at,
                    )
                    for (
                        ident, _document, annotator, layer, start, end, attributes, note,
                        origin, created_at, updated_at,
                    ) in sorted(pending[1], key=_reading_order)
                ]  # fmt: skip
                pending = next(by_document, None)
            assert document.id is not None
            write_native_line(handle, document, objects, progress.get(document.id, ()))
            count += 1
    return count


def _reading_order(row: Sequence[Any]) -> tuple[int, int, str, str]:
    """As ``Project.annotations`` lists a document's labels: start, longest first."""
    return (row[4], -row[5], row[9], row[0])


def _parsed(attributes: str, parsed: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The attributes' JSON as a dict, shared by the labels with the same JSON (only read)."""
    known = parsed.get(attributes)
    if known is None:
        known = json.loads(attributes)
        if len(parsed) < 10_000:
            parsed[attributes] = known
    return known


def export_documents_csv(
    project: Project, target: str | Path, selection: ExportSelection, *, excel: bool = False
) -> int:
    """One row per document × annotator: status, "none present" layers, counts per layer."""
    annotators = selection.resolve(project)
    layers = list(selection.layers) or project.schema.layer_names
    counts = project.documents.layer_counts(annotators)
    progress = {(p.document_id, p.annotator): p for p in project.progress.all(annotators)}
    columns = ["document", "document_id", "annotator", "status", "none_present", "active_seconds"]
    columns += [f"{layer}_count" for layer in layers]
    count = 0
    with atomic_text_writer(target, bom=excel) as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        for document in project.documents():
            assert document.id is not None
            for annotator in annotators:
                state = progress.get((document.id, annotator))
                by_layer = counts.get((document.id, annotator), {})
                row = [
                    document.name,
                    document.id,
                    annotator,
                    (state.status if state else Status.NEW).value,
                    ";".join(sorted(state.none_present)) if state else "",
                    round(state.active_seconds, 3) if state else 0,
                ]
                row += [by_layer.get(layer, 0) for layer in layers]
                writer.writerow([_neutralise_formula(c) for c in row] if excel else row)
                count += 1
    return count
