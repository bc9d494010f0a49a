"""The records the whole application talks about: documents, annotations, statuses.

These are plain frozen dataclasses so that every layer (store, io, review, ui)
can pass them around without knowing about SQLite or Qt.  Offsets are Unicode
code points, 0-based and end-exclusive: ``document.text[start:end]``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

GOLD = "gold"
"""Reserved annotator name for adjudicated labels."""

KNOWN_METADATA = ("title", "language", "url", "published", "author", "site")
"""Metadata fields with their own column; anything else goes into ``meta``."""


class Origin(StrEnum):
    MANUAL = "manual"
    IMPORTED = "imported"
    SUGGESTED = "suggested"
    ADJUDICATED = "adjudicated"


class Status(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"


def now_timestamp() -> str:
    """UTC time as ISO 8601 with microseconds: sorts lexicographically in time order."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_annotation_id() -> str:
    return str(uuid.uuid4())


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One source text. Its text never changes after import."""

    id: int | None
    name: str
    text: str
    title: str = ""
    language: str = ""
    url: str = ""
    published: str = ""
    author: str = ""
    site: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""
    imported_at: str = ""

    @property
    def display_title(self) -> str:
        """The title, or the first non-empty line when the file had none."""
        return self.title or title_from_text(self.text) or self.name

    def metadata(self) -> dict[str, Any]:
        """Known fields that are set, followed by the free-form ``meta``."""
        known = {key: getattr(self, key) for key in KNOWN_METADATA if getattr(self, key)}
        return {**known, **self.meta}


_NOT_SPACE = re.compile(r"\S")  # (\s is what str.isspace calls white space)
_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # str.splitlines' breaks


def title_from_text(text: str, limit: int = 120) -> str:
    """The first non-empty line, cut to ``limit``: a title for files that have none.

    Found where it starts rather than by splitting all of a text into lines (a
    megabyte, when a long document opens): the first line with more than white
    space is the one that holds the text's first character that is not.
    """
    first = _NOT_SPACE.search(text)
    if first is None:
        return ""
    end = _LINE_BREAK.search(text, first.start())
    line = text[first.start() : end.start() if end else len(text)]
    return _shorten(line.rstrip(), limit)


def _shorten(text: str, limit: int) -> str:
    """Cut at a word boundary so a first paragraph can serve as a title."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


@dataclass(frozen=True)
class Annotation:
    """One labelled span (or a whole-document label when ``start == end == 0``
    on a document-scope layer)."""

    id: str
    document_id: int
    annotator: str
    layer: str
    start: int
    end: int
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    origin: Origin = Origin.MANUAL
    created_at: str = ""
    updated_at: str = ""

    def covered_text(self, text: str) -> str:
        return text[self.start : self.end]


_new_object = object.__new__


def annotation_of_fields(
    id: str,
    document_id: int,
    annotator: str,
    layer: str,
    start: int,
    end: int,
    attributes: dict[str, Any],
    note: str,
    origin: Origin,
    created_at: str,
    updated_at: str,
) -> Annotation:
    """``Annotation(...)`` with every field given, for bulk readers.

    A frozen dataclass sets each field through ``object.__setattr__``; filling
    the instance's ``__dict__`` directly is the same object (no field has a
    default to compute or a check to run) at an eighth of the cost, which is
    most of reading 300,000 annotations for an agreement report.
    """
    annotation = _new_object(Annotation)
    fields = annotation.__dict__
    fields["id"] = id
    fields["document_id"] = document_id
    fields["annotator"] = annotator
    fields["layer"] = layer
    fields["start"] = start
    fields["end"] = end
    fields["attributes"] = attributes
    fields["note"] = note
    fields["origin"] = origin
    fields["created_at"] = created_at
    fields["updated_at"] = updated_at
    return annotation


@dataclass(frozen=True)
class DocumentProgress:
    """One annotator's state on one document.

    ``none_present`` lists the layers the annotator has explicitly checked and
    found empty, which is what distinguishes "done with zero quotes" from
    "never looked for quotes".
    """

    document_id: int
    annotator: str
    status: Status = Status.NEW
    none_present: frozenset[str] = frozenset()
    updated_at: str = ""
    active_seconds: float = 0.0
    """Attended time on the document (window active, idle stretches left out)."""


class Action(StrEnum):
    ACCEPT = "accept"
    EDIT = "edit"
    REJECT = "reject"


@dataclass(frozen=True)
class Decision:
    """A reviewer's ruling on one unit: which sources, what became gold (if anything), why."""

    id: str
    document_id: int
    layer: str
    action: Action
    sources: tuple[str, ...]
    reviewer: str
    chosen_annotator: str = ""
    gold_annotation_id: str | None = None
    rationale: str = ""
    decided_at: str = ""
