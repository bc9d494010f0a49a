"""The formats table: every file format annotator knows, in one place.

The CLI's ``--format`` choices (import and export), ``auto`` detection (by
suffix, then by content), the Import and Export dialogs' file filters and the
File → Export menu are all generated from ``FORMATS``.  Adding a format means
writing its module (reader, writer, sniffer) and adding one row here.

Detection never guesses silently: a file is read as text only when its
suffix says text (or ``--format text`` is given); anything else is either
recognised by its content or refused with what it looks like.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import InputError
from annotator.core.messages import Message, translatable
from annotator.core.schema import Schema
from annotator.io import foreign_kinds
from annotator.io.format_protocol import ExportResult, ImportOptions, Reader, Sniffer, Writer
from annotator.io.records import ParsedDocument
from annotator.io.sniffing import first_content_line, first_json_line, read_head
from annotator.store.open_projects import project_file_in_use

if TYPE_CHECKING:
    from annotator.io.annotator_folders import Manifest
    from annotator.io.exporter import ExportSelection
    from annotator.store.project import Project


class UnknownKind(InputError):
    """A file nothing recognises (a README, a PDF): in a folder it is listed and left out."""


@dataclass(frozen=True)
class Format:
    """One row of the table.

    ``suffixes`` claim files for ``auto``; when several formats share a suffix
    (``.jsonl``, ``.json``, ``.tsv``) their sniffers decide, and a format with
    ``suffix_is_enough`` takes the file when none of them recognises it.
    ``folder``: the writer writes a folder (brat), not one file.  A row
    without reader and writer only serves to name a file annotator refuses.
    """

    name: str
    title: str
    suffixes: tuple[str, ...] = ()
    reader: Reader | None = None
    writer: Writer | None = None
    sniff: Sniffer | None = None
    suffix_is_enough: bool = True
    folder: bool = False
    hint: str = ""
    # False: a file of the suffix that the sniffer does not recognise is of no known
    # kind (a .zip of something else, left out of a folder), not "neither this nor that".
    claims_suffix: bool = True

    def file_filter(self) -> str:
        """A Qt file-dialog filter such as ``doccano JSONL (*.jsonl *.json)``."""
        patterns = " ".join(f"*{s}" for s in self.suffixes) or "*"
        return f"{self.title} ({patterns})"


def _later(module: str, name: str) -> Any:
    """``module.name``, imported when it is first called.

    The table is read whenever the window starts (its menus and file filters) and
    the command line parses its choices, while a format's reader, writer and
    sniffer run only on an import or an export: their modules (about 100 kB of
    source, and YAML) are not loaded before then (bench row 7, start-up).
    """

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(import_module(f"annotator.io.{module}"), name)(*args, **kwargs)

    call.__qualname__ = call.__name__ = name
    return call


# -- adapters for the formats that predate the table ---------------------------


def _read_text(path: Path, schema: Schema, options: ImportOptions) -> Iterator[ParsedDocument]:
    from annotator.io.text_files import read_text_file

    yield read_text_file(path, options.encoding)


def _read_native(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterable[ParsedDocument | InputError]:
    from annotator.io.native_jsonl import read_native_jsonl

    return read_native_jsonl(path, options.default_annotator, options.encoding)


def _write_csv(project: Project, target: Path, selection: ExportSelection) -> ExportResult:
    from annotator.io.exporter import export_csv

    return ExportResult(export_csv(project, target, selection), "annotation(s)")


def _write_native(project: Project, target: Path, selection: ExportSelection) -> ExportResult:
    from annotator.io.exporter import export_jsonl

    return ExportResult(export_jsonl(project, target, selection), "document(s)")


def _looks_like_native(path: Path, head: str) -> bool:
    record = first_json_line(head)
    return isinstance(record, dict) and "name" in record and "text" in record


FORMATS: tuple[Format, ...] = (
    Format("text", "Plain text", (".txt", ".text"), _read_text),
    Format("markdown", "Markdown", (".md", ".markdown"), _read_text),
    Format(
        "jsonl", "annotator JSONL", (".jsonl", ".ndjson"), _read_native, _write_native,
        _looks_like_native,
    ),
    Format(
        "labelstudio-min", "Label Studio JSON-MIN", (".json",),
        sniff=_later("labelstudio", "looks_like_labelstudio_min"), suffix_is_enough=False,
        claims_suffix=False,
        hint=translatable(
            "export the project again in Label Studio as JSON, not JSON-MIN: JSON-MIN "
            "leaves out each result's type, so a one-choice answer cannot be told from "
            "the task's own data"
        ),
    ),
    Format(
        "doccano", "doccano JSONL", (".jsonl", ".json"),
        _later("doccano", "read_doccano"), _later("doccano", "write_doccano"),
        _later("doccano", "looks_like_doccano"), suffix_is_enough=False,
    ),
    Format("csv", "CSV", (".csv", ".tsv"), _later("csv_documents", "read_csv"), _write_csv),
    Format(
        "labelstudio", "Label Studio JSON", (".json",),
        _later("labelstudio", "read_labelstudio"), _later("labelstudio", "write_labelstudio"),
        _later("labelstudio", "looks_like_labelstudio"), suffix_is_enough=False,
    ),
    Format(
        "webanno", "WebAnno TSV 3", (".tsv",),
        _later("webanno", "read_webanno"), _later("webanno", "write_webanno"),
        _later("webanno", "looks_like_webanno"), suffix_is_enough=False, folder=True,
    ),
    Format(
        "inception", "INCEpTION project export", (".json", ".zip"),
        _later("inception", "read_inception_project"),
        sniff=_later("inception", "looks_like_inception_project"), suffix_is_enough=False,
        claims_suffix=False,
    ),
    Format(
        "brat", "brat standoff", (".ann",),
        _later("brat", "read_brat"), _later("brat", "write_brat"),
        _later("brat", "looks_like_brat_ann"), folder=True,
    ),
    Format(
        "brat-config", "brat configuration", (".conf",),
        sniff=_later("brat", "looks_like_brat_config"),
        hint=translatable(
            "import the folder that holds it with the .txt and .ann files (--format brat)"
        ),
    ),
    Format(
        "annotator-folders", "annotator folder list",
        sniff=_later("annotator_folders", "looks_like_manifest"),
        hint=translatable(
            "import the folder that holds it (it says whose labels each folder beside it holds)"
        ),
    ),
    Format(
        "conll", "CoNLL column", (".conll", ".conllu", ".iob", ".bio"),
        sniff=foreign_kinds.looks_like_conll,
        hint=translatable(
            "annotator does not read CoNLL; export it from your tool as brat, doccano or "
            "WebAnno TSV instead"
        ),
    ),
)  # fmt: skip

_BY_NAME = {f.name: f for f in FORMATS}
IMPORT_FORMATS: tuple[str, ...] = ("auto", *(f.name for f in FORMATS if f.reader))
EXPORT_FORMATS: tuple[str, ...] = tuple(f.name for f in FORMATS if f.writer)


def format_named(name: str) -> Format:
    found = _BY_NAME.get(name)
    if found is None:
        raise InputError(
            Message(
                "unknown format '{name}' (choose from {formats})",
                name=name,
                formats=", ".join(IMPORT_FORMATS),
            )
        )
    return found


def import_file_filter() -> str:
    """The Import dialog's filter: every readable suffix, then one entry per format."""
    readable = [f for f in FORMATS if f.reader]
    suffixes = sorted({s for f in readable for s in f.suffixes})
    every = "Articles and annotations (" + " ".join(f"*{s}" for s in suffixes) + ")"
    return ";;".join([every, *(f.file_filter() for f in readable), "All files (*)"])


def export_formats() -> list[Format]:
    return [f for f in FORMATS if f.writer]


def export_format_for(target: Path, requested: str | None) -> Format:
    """``--format`` if given, else the first format whose main suffix the target has
    (``.jsonl``: native JSONL, ``.json``: Label Studio), else CSV."""
    if requested:
        return format_named(requested)
    suffix = target.suffix.lower()
    for fmt in export_formats():
        if fmt.suffixes and suffix == fmt.suffixes[0]:
            return fmt
    return _BY_NAME["csv"]


# -- deciding what a file is ----------------------------------------------------


def _what_it_is(fmt: Format) -> Message:
    """``looks like a Label Studio JSON file: use --format labelstudio`` (or the row's hint).

    English's "a"/"an" is in the templates, not glued on: a translation has its own."""
    if fmt.reader is not None:
        if _takes_an(fmt.title):
            return Message(
                "looks like an {title} file: use --format {name}", title=fmt.title, name=fmt.name
            )
        return Message(
            "looks like a {title} file: use --format {name}", title=fmt.title, name=fmt.name
        )
    hint = Message.constant(fmt.hint)  # marked translatable() in the table above
    if _takes_an(fmt.title):
        return Message("looks like an {title} file: {hint}", title=fmt.title, hint=hint)
    return Message("looks like a {title} file: {hint}", title=fmt.title, hint=hint)


def _takes_an(title: str) -> bool:
    return title[:1] in "AEIOUaeiou"


def recognise(path: Path, head: str) -> Format | None:
    """The first format whose sniffer recognises the content, whatever the suffix."""
    for fmt in FORMATS:
        if fmt.sniff is not None and fmt.sniff(path, head):
            return fmt
    return None


def choose_format(path: Path, requested: str = "auto") -> Format:
    """The format to read ``path`` with, or an ``InputError`` saying what the file is.

    With an explicit format the file is still looked at, so a Label Studio
    export given ``--format doccano`` is refused rather than misread; only
    ``text`` and ``markdown`` are taken at their word.
    """
    source = str(path)
    if requested != "auto":
        fmt = format_named(requested)
        if fmt.reader is None:
            raise InputError(
                Message(
                    "cannot import {title}: {hint}",
                    title=fmt.title,
                    hint=Message.constant(fmt.hint),
                ),
                source=source,
            )
        if fmt.name in ("text", "markdown"):
            return fmt
        head = read_head(path)
        if fmt.sniff is None or not fmt.sniff(path, head):
            other = recognise(path, head)
            if other is not None and other is not fmt:
                what = _what_it_is(other)
                raise InputError(
                    Message("this is not an {title} file: it {what}", title=fmt.title, what=what)
                    if _takes_an(fmt.title)
                    else Message(
                        "this is not a {title} file: it {what}", title=fmt.title, what=what
                    ),
                    source=source,
                    line=first_content_line(head),
                )
        return fmt
    suffix = path.suffix.lower()
    candidates = [f for f in FORMATS if suffix in f.suffixes]
    head = read_head(path) if candidates != [_BY_NAME["text"]] else ""
    for fmt in candidates:
        if fmt.sniff is not None and fmt.sniff(path, head):
            return _readable(fmt, source)
    for fmt in candidates:
        if fmt.suffix_is_enough:
            return _readable(fmt, source)
    if any(f.claims_suffix for f in candidates):
        raise InputError(
            _neither(
                suffix, [f.title for f in candidates if f.claims_suffix], recognise(path, head)
            ),
            source=source,
            line=first_content_line(head),
        )
    other = recognise(path, head)
    if other is not None:
        raise InputError(
            Message(
                "unknown kind of file ('{suffix}'); it {what}",
                suffix=suffix,
                what=_what_it_is(other),
            ),
            source=source,
        )
    if candidates:
        # A .zip that is not an INCEpTION export: "unknown kind (.zip): annotator reads
        # … .zip" contradicted itself.
        raise UnknownKind(
            Message(
                "annotator reads a {suffix} file only as {titles}, and this is not one",
                suffix=suffix,
                titles=" or ".join(f.title for f in candidates),
            ),
            source=source,
        )
    known = ", ".join(sorted({s for f in FORMATS if f.reader for s in f.suffixes}))
    raise UnknownKind(
        Message(
            "unknown kind of file ('{suffix}'): annotator reads {known}; "
            "name the format with --format (e.g. --format text)",
            suffix=suffix,
            known=known,
        )
        if suffix
        else Message(
            "unknown kind of file (no suffix): annotator reads {known}; "
            "name the format with --format (e.g. --format text)",
            known=known,
        ),
        source=source,
    )


def _neither(suffix: str, titles: list[str], other: Format | None) -> Message:
    """``a .json file that is neither A nor B; it looks like …``: one template per case,
    so a translation words "neither … nor" and "it looks like" its own way."""
    if len(titles) == 2:
        neither = Message(
            "a {suffix} file that is neither {first} nor {second}",
            suffix=suffix,
            first=titles[0],
            second=titles[1],
        )
    else:
        neither = Message(
            "a {suffix} file that is neither {titles}", suffix=suffix, titles=" nor ".join(titles)
        )
    if other is None:
        return neither
    return Message("{neither}; it {what}", neither=neither, what=_what_it_is(other))


def _readable(fmt: Format, source: str) -> Format:
    if fmt.reader is None:
        raise InputError(Message("this {what}", what=_what_it_is(fmt)), source=source)
    return fmt


@dataclass
class FilePlan:
    """The files an import reads, each with its format, and the files it leaves out."""

    files: list[tuple[Path, Format]]
    not_read: list[InputError]  # files of no known kind found in folders
    refused: list[InputError]  # files that must not be read as they are
    # The annotator an ``annotator-folders.json`` names for a file, and that manifest.
    annotators: dict[Path, tuple[str, Manifest]] = field(default_factory=dict)

    def annotator_of(self, path: Path) -> str | None:
        found = self.annotators.get(path)
        return found[0] if found is not None else None


def plan_files(paths: Iterable[str | Path], requested: str = "auto") -> FilePlan:
    """Files named directly must be readable (else ``InputError``).

    In a folder, a file recognised as something annotator cannot read (or must
    be told to read with ``--format``) is an error too; files of no known kind
    at all (a README, a PDF) are left out and listed, never silently dropped.
    """
    from annotator.io.annotator_folders import annotators_of

    plan = FilePlan([], [], [])
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, unknown, refused = _folder_files(path, requested)
            plan.annotators.update(annotators_of(path, [file for file, _fmt in found]))
            if not found and not refused:
                reasons = [error.message for error in unknown[:5]]
                raise InputError(
                    Message("no importable files in this folder ({reasons})", reasons=reasons)
                    if reasons
                    else Message("no importable files in this folder"),
                    source=str(path),
                )
            plan.files += found
            plan.not_read += unknown
            plan.refused += refused
        elif project_file_in_use(path):
            # Reading it would also drop this process's locks on it (store.open_projects).
            plan.refused.append(
                InputError(
                    Message("this is a project file open in annotator, not a file to import"),
                    source=str(path),
                )
            )
        elif path.exists():
            try:
                plan.files.append((path, choose_format(path, requested)))
            except InputError as error:
                plan.refused.append(error)
            else:
                plan.annotators.update(annotators_of(path, [path]))
        else:
            raise InputError(Message("no such file or folder"), source=str(path))
    return plan


def _folder_files(
    folder: Path, requested: str
) -> tuple[list[tuple[Path, Format]], list[InputError], list[InputError]]:
    from annotator.io.annotator_folders import MANIFEST
    from annotator.io.brat import CONFIG_FILES as brat_config
    from annotator.io.inception import is_project_file

    found: list[tuple[Path, Format]] = []
    unknown: list[InputError] = []
    refused: list[InputError] = []
    everything = sorted(folder.rglob("*"))
    # An INCEpTION project export: its exportedproject.json reads the files beside it.
    projects = {path.parent for path in everything if is_project_file(path) and path.is_file()}
    for path in everything:
        relative = path.relative_to(folder).parts
        if not path.is_file() or any(part.startswith(".") for part in relative):
            continue
        if not is_project_file(path) and projects.intersection(path.parents):
            continue
        if path.name in brat_config or path.name == MANIFEST or project_file_in_use(path):
            continue  # brat's configuration, and whose folder is whose: read beside the files
        if path.suffix.lower() == ".txt" and path.with_suffix(".ann").is_file():
            continue  # the text of a brat pair: read with its .ann
        try:
            found.append((path, choose_format(path, requested)))
        except UnknownKind as error:
            unknown.append(error)
        except InputError as error:
            refused.append(error)
    return found, unknown, refused
