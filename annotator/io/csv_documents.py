"""Documents from a CSV file: one row per document, the text in one column.

Other columns become metadata (``title``, ``url`` ... land in their fields).
The document name is the ``name`` column when there is one, else
``<file stem>-<row>``, so re-importing the same file is recognised.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from annotator.core.errors import InputError
from annotator.io.decoding import decode_bytes, normalise_newlines
from annotator.io.records import ParsedDocument, document_from_fields


def read_csv_documents(
    path: Path, text_column: str = "text", encoding: str | None = None
) -> Iterator[ParsedDocument | InputError]:
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", source=source) from None
    content = decode_bytes(raw, source, encoding)
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("empty file (no header row)", source=source, line=1) from None
    except csv.Error as error:
        raise InputError(f"invalid CSV: {error}", source=source, line=1) from None
    if text_column not in header:
        raise InputError(
            f"no column named '{text_column}' (columns: {', '.join(header)}); "
            "choose one with --text-column",
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
            raise InputError(f"invalid CSV: {error}", source=source, line=line) from None
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if len(row) != len(header):
            yield InputError(
                f"row has {len(row)} fields, the header has {len(header)}", source=source, line=line
            )
            continue
        text = normalise_newlines(row[text_index])
        if not text.strip():
            yield InputError(f"empty '{text_column}' cell", source=source, line=line)
            continue
        fields = {k: v for k, v in zip(header, row, strict=True) if k not in (text_column, "name")}
        fields = {k: v for k, v in fields.items() if v != ""}
        name = row[header.index("name")].strip() if "name" in header else ""
        yield ParsedDocument(
            document_from_fields(name or f"{path.stem}-{rows}", text, fields),
            source=source,
            line=line,
        )
    if rows == 0:
        raise InputError("no data rows under the header", source=source, line=first_data_line)
