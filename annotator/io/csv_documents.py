"""Documents from a CSV file: one row per document, the text in one column.

Other columns become metadata (``title``, ``url`` ... land in their fields).
The document name is the ``--name-column`` (or a ``name`` column) when there
is one, else ``<file stem>-<row>``, so re-importing the same file is
recognised.  The separator is ``--delimiter``, else a tab for ``.tsv``, else
sniffed among comma, semicolon and tab (a European Excel file uses ``;``).
``--label-column`` columns hold document labels: each non-empty cell labels
the row's document with the layer of that name.  A blank or repeated header
is refused: a reader keyed by name would silently lose that column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.messages import Message
from annotator.core.model import Annotation, Origin
from annotator.core.schema import Schema
from annotator.io.decoding import normalise_newlines, read_decoded
from annotator.io.foreign_labels import LabelDeclaration
from annotator.io.format_protocol import ImportOptions
from annotator.io.records import ParsedDocument, document_from_fields, stable_annotation_id

# ``annotator export --format csv`` (exporter.BASE_COLUMNS and TAIL_COLUMNS): its ``text``
# column is each label's covered text; read as documents, every label would become one.
_LABEL_CSV_COLUMNS = frozenset(
    {"document", "document_id", "annotator", "layer", "start", "end", "text", "annotation_id"}
)


def read_csv(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterator[ParsedDocument | InputError]:
    """The formats table's reader: ``read_csv_documents`` with the import's options."""
    return read_csv_documents(
        path,
        options.text_column,
        options.encoding,
        delimiter=options.delimiter,
        name_column=options.name_column,
        label_columns=options.label_columns,
        annotator=options.default_annotator,
    )


def read_csv_documents(
    path: Path,
    text_column: str = "text",
    encoding: str | None = None,
    *,
    delimiter: str | None = None,
    name_column: str | None = None,
    label_columns: tuple[str, ...] = (),
    annotator: str = "imported",
) -> Iterator[ParsedDocument | InputError]:
    source = str(path)
    content = read_decoded(path, encoding)
    csv.field_size_limit(2**31 - 1)
    separator = delimiter or ("\t" if path.suffix.lower() == ".tsv" else _sniff(content))
    if len(separator) != 1:
        raise InputError(
            Message("--delimiter must be one character, got {given}", given=repr(separator)),
            source=source,
        )
    reader = csv.reader(io.StringIO(content, newline=""), strict=True, delimiter=separator)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(Message("empty file (no header row)"), source=source, line=1) from None
    except csv.Error as error:
        raise InputError(
            Message("invalid CSV: {error}", error=str(error)), source=source, line=1
        ) from None
    _check_header(header, source)
    if set(header) >= _LABEL_CSV_COLUMNS:
        raise InputError(
            Message(
                "this is annotator's CSV of labels (one row per label, without the documents' "
                "texts): it cannot be imported; to move labels to another project, export "
                "JSONL (--format jsonl) and import that"
            ),
            source=source,
            line=1,
        )
    for wanted, option in [(name_column, "--name-column")] + [
        (c, "--label-column") for c in label_columns
    ]:
        if wanted is not None and wanted not in header:
            raise InputError(
                Message(
                    "no column named '{column}' for {option} (columns: {columns})",
                    column=wanted,
                    option=option,
                    columns=", ".join(header),
                ),
                source=source,
                line=1,
            )
    name_key = name_column or ("name" if "name" in header else None)
    if text_column not in header:
        raise InputError(
            Message(
                "no column named '{column}' (columns: {columns}); choose one with --text-column",
                column=text_column,
                columns=", ".join(header),
            ),
            source=source,
            line=1,
        )
    text_index = header.index(text_column)
    first_data_line = reader.line_num + 1
    rows = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise InputError(
                Message("invalid CSV: {error}", error=str(error)), source=source, line=line
            ) from None
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if len(row) != len(header):
            yield InputError(
                Message(
                    "row has {fields} fields, the header has {columns}",
                    fields=len(row),
                    columns=len(header),
                ),
                source=source,
                line=line,
            )
            continue
        text = normalise_newlines(row[text_index])
        if not text.strip():
            yield InputError(
                Message("empty '{column}' cell", column=text_column), source=source, line=line
            )
            continue
        special = (text_column, name_key, *label_columns)
        cells = dict(zip(header, row, strict=True))
        fields = {k: v for k, v in cells.items() if k not in special and v != ""}
        name = (cells[name_key].strip() if name_key else "") or f"{path.stem}-{rows}"
        document = document_from_fields(name, text, fields)
        if not label_columns:
            yield ParsedDocument(document, source=source, line=line)
            continue
        labels = [cells[column].strip() for column in label_columns if cells[column].strip()]
        yield ParsedDocument(
            document,
            [
                Annotation(
                    id=stable_annotation_id(name, index, annotator, label),
                    document_id=0,
                    annotator=annotator,
                    layer=label,
                    start=0,
                    end=0,
                    origin=Origin.IMPORTED,
                )
                for index, label in enumerate(labels, 1)
            ],
            source=source,
            line=line,
            declared={label: LabelDeclaration("document") for label in labels},
        )
    if rows == 0:
        raise InputError(
            Message("no data rows under the header"), source=source, line=first_data_line
        )


def _sniff(content: str) -> str:
    """Comma, semicolon or tab: whichever splits the first lines into equal columns."""
    sample = "\n".join(content.split("\n", 20)[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _check_header(header: list[str], source: str) -> None:
    for number, name in enumerate(header, 1):
        if not name.strip():
            raise InputError(
                Message(
                    "column {number} has no name (a blank header); name it, or its values "
                    "would be lost",
                    number=number,
                ),
                source=source,
                line=1,
            )
    first: dict[str, int] = {}
    for number, name in enumerate(header, 1):
        if name in first:
            raise InputError(
                Message(
                    "columns {first} and {second} are both named '{name}'; rename one, "
                    "or its values would be lost",
                    first=first[name],
                    second=number,
                    name=name,
                ),
                source=source,
                line=1,
            )
        first[name] = number
