"""Plain text and Markdown articles, with optional YAML front matter.

Front matter (a ``---`` block at the very top) becomes the document's
metadata and is not part of the text, so offsets count from the article's
first character.  It is read with PyYAML's safe loader: a YAML tag that would
build a Python object is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from annotator.core.errors import InputError
from annotator.core.messages import Message
from annotator.io.decoding import normalise_newlines, read_decoded
from annotator.io.records import ParsedDocument, document_from_fields

_FENCE = "---"
_FENCE_ENDS = ("---", "...")


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing aliases (``*name``).

    An alias can make a value refer to itself (endless when turned into JSON)
    or, nested, expand to billions of items from a few lines ("billion laughs").
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", mark
            )
        return super().compose_node(parent, index)


def read_text_file(path: Path, encoding: str | None = None) -> ParsedDocument:
    source = str(path)
    text = normalise_newlines(read_decoded(path, encoding))
    fields, body, body_line = split_front_matter(text, source)
    if not body.strip():
        raise InputError(
            Message("empty document (no text to annotate)"), source=source, line=body_line
        )
    return ParsedDocument(document_from_fields(path.name, body, fields), source=source)


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str, int]:
    """(metadata, text after the front matter, 1-based line where that text starts)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return {}, text, 1
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _FENCE_ENDS:
            break
    else:
        return {}, text, 1  # a lone "---" is a Markdown rule, not front matter
    block = "\n".join(lines[1:index])
    try:
        data = yaml.load(block, Loader=_FrontMatterLoader) if block.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(
            Message("invalid YAML front matter: {reason}", reason=reason), source=source, line=line
        ) from None
    except RecursionError:
        raise InputError(
            Message("invalid YAML front matter: nested too deeply"), source=source, line=2
        ) from None
    except ValueError as error:  # a date such as 2022-02-30, an integer of 5000 digits
        reason = str(error).split(";")[0]
        raise InputError(
            Message("invalid YAML front matter: {reason}", reason=reason), source=source, line=2
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            Message("front matter must be a mapping of names to values"), source=source, line=2
        )
    for key in data:
        if not isinstance(key, str):
            raise InputError(
                Message(
                    "front matter key {key} is read by YAML as {kind}, not text; put it in quotes",
                    key=repr(str(key)),
                    kind=type(key).__name__,
                ),
                source=source,
                line=2,
            )
    body_lines = lines[index + 1 :]
    skipped = 0
    while skipped < len(body_lines) and not body_lines[skipped].strip():
        skipped += 1
    body = "\n".join(body_lines[skipped:])
    if skipped == len(body_lines):  # nothing after the front matter: point just after it
        skipped = 0
    return data, body, index + 2 + skipped
