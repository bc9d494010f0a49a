"""Looking at the start of a file to say what it is: the shared helpers of every sniffer.

Only the first 64 KiB are read, decoded leniently (a sniffer must never fail;
the reader that is chosen reports decoding problems with their line).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.io.decoding import BOMS

HEAD_BYTES = 64 * 1024


def read_head(path: Path) -> str:
    """The file's first 64 KiB as text ("" when it cannot be read)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEAD_BYTES)
    except OSError:
        return ""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace")
    return raw.decode("utf-8", errors="replace")


def first_json_line(head: str) -> Any:
    """The first non-blank line parsed as JSON, or None when it is not JSON."""
    for line in head.split("\n"):
        if line.strip():
            try:
                return json.loads(line)
            except (ValueError, RecursionError):
                return None
    return None


def first_json_record(head: str) -> Any:
    """The first object of a JSON document, a JSON array or JSON lines, or None.

    A head cut at 64 KiB is usually not a whole JSON document, so when the
    whole does not parse the first object is parsed on its own.
    """
    text = head.lstrip()
    if not text:
        return None
    decoder = json.JSONDecoder()
    start = 0
    if text.startswith("["):
        start = 1
        while start < len(text) and text[start] in " \t\r\n":
            start += 1
    try:
        value, _ = decoder.raw_decode(text, start)
    except (ValueError, RecursionError):
        return None
    return value


def first_content_line(head: str) -> int:
    """1-based number of the first non-blank line: where a sniffed file's content begins."""
    for number, line in enumerate(head.split("\n"), 1):
        if line.strip():
            return number
    return 1
