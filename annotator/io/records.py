"""What every importer produces: a document, its annotations, and where it came from."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from annotator.core.messages import Text
from annotator.core.model import KNOWN_METADATA, Annotation, Document, DocumentProgress

# Other spellings of the known metadata fields met in front matter and CSV headers.
_ALIASES = {
    "lang": "language",
    "link": "url",
    "source_url": "url",
    "date": "published",
    "published_at": "published",
    "authors": "author",
    "publisher": "site",
    "source": "site",
}


@dataclass
class ParsedDocument:
    document: Document
    annotations: list[Annotation] = field(default_factory=list)
    source: str = ""
    progress: list[DocumentProgress] = field(default_factory=list)  # native JSONL only
    line: int | None = None
    # Other tools' formats: each annotation's layer is still the file's label, declared
    # here (label -> foreign_labels.LabelDeclaration) until foreign_labels resolves it.
    declared: dict[str, Any] | None = None
    # What the file holds that annotator cannot (said in the import's output).
    notes: list[Text] = field(default_factory=list)
    # doccano's per-user files: the same text is the same document, whatever its name.
    match_by_text: bool = False
    # Labels without ids of ours: one already stored (same annotator, layer, span) is that one.
    match_by_content: bool = False
    # A model's predictions (Label Studio): stored as suggestions, never as annotations;
    # each one's ``annotator`` is the suggester's name.
    predictions: list[Annotation] = field(default_factory=list)
    # Native JSONL read for the streamed import: the labels as insert rows instead of
    # ``annotations`` (``native_jsonl._label_row``; checked by ``label_rows.LabelRows``).
    rows: list[list[Any]] | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


_ID_NAMESPACE = uuid.UUID("5b0f5a43-3f0e-4c55-9d43-6a1f3b7f2c11")
# ``json.dumps`` with options builds a new encoder per call; one is enough.
_ID_KEY_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def stable_annotation_id(document_name: str, index: int, *content: Any) -> str:
    """An id for an imported label that came without one.

    Derived from the document, the label's position in the record and its
    content, so importing the same file twice finds the labels already there
    instead of adding them again.  Exactly ``uuid.uuid5(_ID_NAMESPACE, key)``
    of the canonical JSON ``key`` (ids stored by earlier versions must be found
    again), computed without the ``UUID`` object, which costs as much as the
    hash: this runs for every label of a model's pre-annotations.
    """
    key = _ID_KEY_ENCODER.encode([document_name, index, *content])
    digest = bytearray(hashlib.sha1(_ID_NAMESPACE.bytes + key.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def document_from_fields(name: str, text: str, fields: dict[str, Any]) -> Document:
    """A document whose known metadata is lifted out of ``fields``; the rest is kept in meta."""
    known: dict[str, str] = {}
    meta: dict[str, Any] = {}
    for key, value in fields.items():
        target = _ALIASES.get(key.lower(), key.lower())
        if target in KNOWN_METADATA and target not in known and value not in (None, ""):
            known[target] = _as_text(value)
        else:
            meta[key] = jsonable(value)
    return Document(id=None, name=name, text=text, meta=meta, **known)


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_as_text(v) for v in value)
    if isinstance(value, _dt.date | _dt.datetime | _dt.time):
        return value.isoformat()
    return str(value)


def jsonable(value: Any) -> Any:
    """YAML gives dates and other non-JSON values; keep them as text."""
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        pass
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return _as_text(value)
