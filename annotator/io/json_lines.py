"""Reading JSON Lines files one record at a time, with the line of every error."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.io.decoding import decode_bytes


def read_json_lines(path: Path, encoding: str | None = None) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line.

    A line that is not JSON gives its ``InputError`` as the value (rather than
    ending the file), so ``--skip-bad`` can skip that line and keep the rest.
    A file that cannot be decoded or has no lines raises.
    """
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", source=source) from None
    text = decode_bytes(raw, source, encoding)
    seen = False
    # splitlines() would also split on U+2028 inside JSON strings; JSONL lines end with \n.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        seen = True
        try:
            value = parse_json_line(line, source, number)
        except InputError as error:
            value = error
        yield number, value
    if not seen:
        raise InputError("empty file (no JSON lines)", source=source, line=1)


def parse_json_line(line: str, source: str, number: int) -> Any:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"invalid JSON: {error.msg} at column {error.colno}", source=source, line=number
        ) from None
    except ValueError as error:  # an integer of more than 4300 digits
        reason = str(error).split(";")[0]
        raise InputError(f"invalid JSON: {reason}", source=source, line=number) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", source=source, line=number) from None
    # A \ud800-style escape of half a surrogate pair gives a str that is no text at all.
    if _SURROGATE_ESCAPE.search(line) and _has_lone_surrogate(value):
        raise InputError(
            "invalid JSON: a \\u escape gives half a UTF-16 surrogate pair, not a character",
            source=source,
            line=number,
        )
    return value


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(value: Any) -> bool:
    pending = [value]  # no recursion: the value may be nested as deeply as json allows
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            pending += item.keys()
            pending += item.values()
        elif isinstance(item, list):
            pending += item
    return False


_SURROGATE = re.compile("[\ud800-\udfff]")
