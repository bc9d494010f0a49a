"""What every format module offers the formats table: a reader, a writer, a sniffer.

Kept apart from ``formats.py`` so a format module can name these types
without importing the table that imports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from annotator.core.errors import InputError
from annotator.core.schema import Schema
from annotator.io.records import ParsedDocument

if TYPE_CHECKING:
    from annotator.io.exporter import ExportSelection
    from annotator.store.project import Project

DEFAULT_ANNOTATOR = "imported"


@dataclass
class ImportOptions:
    """Everything ``annotator import`` and the Import dialog can ask for.

    ``annotator`` is None when the user named none: formats that know who
    labelled (a doccano per-user file, Label Studio's ``completed_by``) then
    use that, and everything else falls back to ``DEFAULT_ANNOTATOR``.
    """

    format: str = "auto"
    encoding: str | None = None
    annotator: str | None = None
    text_column: str = "text"
    skip_bad: bool = False
    delimiter: str | None = None
    name_column: str | None = None
    label_columns: tuple[str, ...] = ()
    add_layers: bool = False
    # Set per file by the import, not by the user: the document's name that our own
    # export's annotator-folders.json records for the file (brat and WebAnno read it).
    document_name: str | None = None

    @property
    def default_annotator(self) -> str:
        return self.annotator or DEFAULT_ANNOTATOR


class Reader(Protocol):
    """Documents of one file (or one brat pair); a bad record yields its error."""

    def __call__(
        self, path: Path, schema: Schema, options: ImportOptions
    ) -> Iterable[ParsedDocument | InputError]: ...


@dataclass
class ExportResult:
    """What a writer wrote, for the one-line summary, and what it could not write."""

    count: int
    unit: str  # "annotation(s)", "document(s)"
    not_written: list[str] = field(default_factory=list)


class Writer(Protocol):
    def __call__(
        self, project: Project, target: Path, selection: ExportSelection
    ) -> ExportResult: ...


class Sniffer(Protocol):
    """Whether ``head`` (the file's first 64 KiB as text) is this format."""

    def __call__(self, path: Path, head: str) -> bool: ...
