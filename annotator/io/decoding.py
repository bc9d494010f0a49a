"""Turning a file's bytes into text, or saying exactly why not.

Encodings are detected only where that is certain (a byte-order mark);
anything else must be valid UTF-8 unless the user names the encoding.  No
guessing: a wrongly guessed Windows-1250 file silently corrupts every Polish
letter of a gold dataset.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.messages import Message

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A strict UTF-8/16/32 decode never yields these; codecs such as unicode_escape can.
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRICT_UTF = frozenset(
    ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
)


def read_decoded(path: Path, encoding: str | None = None) -> str:
    """The whole file as text (see ``decode_bytes``); unreadable files said as InputError."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(
            Message("cannot read: {reason}", reason=error.strerror), source=str(path)
        ) from None
    return decode_bytes(raw, str(path), encoding)


def decode_bytes(raw: bytes, source: str, encoding: str | None = None) -> str:
    """Decode ``raw``; a leading BOM picks the encoding unless one is given."""
    body = raw
    if encoding is None:
        encoding = "utf-8"
        for bom, name in BOMS:
            if raw.startswith(bom):
                encoding, body = name, raw[len(bom) :]
                break
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(
                Message("unknown encoding '{encoding}'", encoding=encoding), source=source
            ) from None
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        offset = error.start + (len(raw) - len(body))
        line = raw[:offset].count(b"\n") + 1
        byte = raw[offset : offset + 1].hex()
        reason = (
            Message(
                "not valid {encoding}: byte 0x{byte} at byte offset {offset}",
                encoding=encoding,
                byte=byte,
                offset=offset,
            )
            if encoding != "utf-8"
            else Message(
                "not valid {encoding}: byte 0x{byte} at byte offset {offset}; "
                "name the encoding with --encoding if it is not UTF-8",
                encoding=encoding,
                byte=byte,
                offset=offset,
            )
        )
        raise InputError(reason, source=source, line=line) from None
    except UnicodeError as error:  # codecs such as punycode or idna say no more than this
        raise InputError(
            Message("not valid {encoding}: {error}", encoding=encoding, error=str(error)),
            source=source,
        ) from None
    except LookupError:  # rot13, base64, zlib ... are codecs, but not text encodings
        raise InputError(
            Message("'{encoding}' is not a text encoding", encoding=encoding), source=source
        ) from None
    if codecs.lookup(encoding).name not in _STRICT_UTF:
        surrogate = _SURROGATE.search(text)
        if surrogate:
            raise InputError(
                Message(
                    "decoding as {encoding} gives a lone surrogate (U+{code}), "
                    "which is not a character",
                    encoding=encoding,
                    code=f"{ord(surrogate.group()):04X}",
                ),
                source=source,
                line=text.count("\n", 0, surrogate.start()) + 1,
            )
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(
            Message("contains a NUL character: this looks like a binary file, not text"),
            source=source,
            line=text.count("\n", 0, nul) + 1,
        )
    return text


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets do not depend on the file's origin OS."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
