"""Reading JSON Lines files one record at a time, with the line of every error."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from annotator.core.errors import InputError
from annotator.core.messages import Message
from annotator.io.decoding import BOMS, decode_bytes


def read_json_lines(path: Path, encoding: str | None = None) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line, read as the file is parsed.

    A line that is not JSON (or, in UTF-8, not valid UTF-8) gives its
    ``InputError`` as the value rather than ending the file, so ``--skip-bad``
    can skip that line and keep the rest.  A file that cannot be read or
    decoded, or has no lines, raises.

    UTF-8 files (nearly all JSONL) are read a line at a time, so a 1 GB file
    costs one line of memory; other encodings are decoded whole first, as a
    line boundary cannot be found in their bytes.
    """
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(
            Message("cannot read: {reason}", reason=error.strerror), source=source
        ) from None
    with handle:
        head = handle.read(4)
        lines: Iterable[str | InputError]
        if not _streams_as_utf8(head, encoding):
            lines = decode_bytes(head + _read_rest(handle, source), source, encoding).split("\n")
        else:
            handle.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
            lines = _utf8_lines(handle, source)
        seen = False
        # splitlines() would also split on U+2028 inside JSON strings; JSONL lines end with \n.
        for number, line in enumerate(lines, 1):
            if isinstance(line, InputError):
                seen = True
                yield number, line
                continue
            if not line.strip():
                continue
            seen = True
            try:
                value = parse_json_line(line, source, number)
            except InputError as error:
                value = error
            yield number, value
    if not seen:
        raise InputError(Message("empty file (no JSON lines)"), source=source, line=1)


def _streams_as_utf8(head: bytes, encoding: str | None) -> bool:
    """UTF-8 by default or by name, and no BOM saying otherwise (``decode_bytes``' rule)."""
    if encoding is not None:
        try:
            return codecs.lookup(encoding).name == "utf-8"
        except LookupError:
            return False  # decode_bytes says which encoding is unknown
    return not any(head.startswith(bom) for bom, _ in _OTHER_BOMS)


_OTHER_BOMS = tuple(
    (bom, name) for bom, name in BOMS if name != "utf-8"
)  # utf-32-le's BOM starts like utf-16-le's: any of them means "not UTF-8"


def _read_rest(handle: IO[bytes], source: str) -> bytes:
    try:
        return handle.read()
    except OSError as error:
        raise InputError(
            Message("cannot read: {reason}", reason=error.strerror), source=source
        ) from None


def _utf8_lines(handle: IO[bytes], source: str) -> Iterator[str | InputError]:
    """Each line decoded as UTF-8, or the error ``decode_bytes`` would give for it."""
    offset = handle.tell()
    for number, raw in enumerate(handle, 1):
        start, offset = offset, offset + len(raw)
        if b"\x00" in raw:  # in UTF-8 only U+0000 has a zero byte
            yield InputError(
                Message("contains a NUL character: this looks like a binary file, not text"),
                source=source,
                line=number,
            )
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield InputError(
                Message(
                    "not valid {encoding}: byte 0x{byte} at byte offset {offset}; "
                    "name the encoding with --encoding if it is not UTF-8",
                    encoding="utf-8",
                    byte=raw[error.start : error.start + 1].hex(),
                    offset=start + error.start,
                ),
                source=source,
                line=number,
            )
            continue
        if number == 1 and line.startswith("\ufeff"):
            line = line[1:]
        yield line.removesuffix("\n")


def parse_json_line(line: str, source: str, number: int) -> Any:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            Message(
                "invalid JSON: {reason} at column {column}", reason=error.msg, column=error.colno
            ),
            source=source,
            line=number,
        ) from None
    except ValueError as error:  # an integer of more than 4300 digits
        reason = str(error).split(";")[0]
        raise InputError(
            Message("invalid JSON: {reason}", reason=reason), source=source, line=number
        ) from None
    except RecursionError:
        raise InputError(
            Message("invalid JSON: nested too deeply"), source=source, line=number
        ) from None
    # A \ud800-style escape of half a surrogate pair gives a str that is no text at all.
    if _SURROGATE_ESCAPE.search(line) and _has_lone_surrogate(value):
        raise InputError(
            Message(
                "invalid JSON: a \\u escape gives half a UTF-16 surrogate pair, not a character"
            ),
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


def array_item_lines(text: str, count: int) -> list[int]:
    """The line each of the ``count`` items of the JSON array ``text`` starts on (``text``
    parsed already): what messages point at in doccano's and Label Studio's JSON exports
    (one pretty-printed array), and what names a doccano record without ``id``."""
    decoder = json.JSONDecoder()
    position, line, counted = text.index("[") + 1, 1, 0
    lines = []
    for _ in range(count):
        while text[position] in " \t\r\n,":
            position += 1
        line += text.count("\n", counted, position)
        counted = position
        lines.append(line)
        _value, position = decoder.raw_decode(text, position)
    return lines
