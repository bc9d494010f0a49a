"""INCEpTION's (and WebAnno's) project export, as a folder or as the zip itself.

Unzipped, the export is::

    exportedproject.json              the project: its documents and who annotated which
    source/<document>                 the uploaded file, in its own format
    annotation/<document>/<user>.tsv  each user's annotations, in the export's format
    annotation/<document>/INITIAL_CAS.tsv   the document as uploaded, before anyone
    curation/<document>/CURATION_USER.tsv   the curator's result
    annotation_ser/, curation_ser/    INCEpTION's binary copies (not read)

Each document is imported once, named as in ``exportedproject.json``, with every
user's labels under that user's name.  Which user a file belongs to is decided by
``exportedproject.json``'s ``annotation_documents`` (the users of each document),
not by the file name alone: INCEpTION names a file ``<user>.tsv`` only when the
user name is a valid one, and older versions wrote a temporary name such as
``ep_16405719629333389288.tsv`` or ``yes8090299544098498525.tsv``.  A file
matches the user of its document whose name it is, or whose name it starts with
followed by digits; a file that matches none, or two, is refused.

The annotation files must be WebAnno TSV 3 (INCEpTION's export format "WebAnno
TSV v3.3"); other formats (UIMA CAS XMI or JSON, ...) are refused, naming the
file and the format to choose.  The text of a document is the one its TSV files
rebuild (``webanno.parse_webanno``); all of a document's files must agree.

``INITIAL_CAS`` is not anyone's work (each user's copy starts from it): it gives
the text of a document nobody annotated, and labels it holds are left out and
said so.  ``CURATION_USER`` becomes the annotator ``curation``, not ``gold``:
gold labels in annotator are made by review decisions (``annotator check``
requires each to have one), so the lead accepts the curator's labels into gold
in Review → Disagreements like any annotator's.

Progress: each user's document state (``annotation_documents[].state``:
``IN_PROGRESS``, ``FINISHED``) becomes that annotator's status on the document,
and the document's curation state (``CURATION_IN_PROGRESS``,
``CURATION_FINISHED``) the curator's, with the time INCEpTION last changed it;
as in any import, a status changed in annotator since (a newer one) stays.

``CORRECTION_USER`` (WebAnno's correction and automation projects): the
document as automatically annotated before the users corrected it; WebAnno's
exporter puts it in ``curation/`` "for convenience", but it is a machine's
proposal, not a person's labels and not a curation, so its labels become
suggestions of the suggester ``webanno:correction`` (accepted or rejected like
any suggestion); the users' corrected copies are their labels.

A user named ``gold`` is no
exception: its labels come in as ``gold-imported`` (``gold_labels``, the rule
of every format).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.errors import InputError
from annotator.core.messages import Message, translatable
from annotator.core.model import DocumentProgress, Status
from annotator.core.schema import Schema
from annotator.io.foreign_labels import LabelDeclaration
from annotator.io.format_protocol import ImportOptions
from annotator.io.records import ParsedDocument
from annotator.io.webanno import looks_like_webanno, parse_webanno

PROJECT_FILE = re.compile(r"exportedproject\d*\.json")
"""INCEpTION writes ``exportedproject.json``; WebAnno 3 wrote ``exportedproject<id>.json``."""
INITIAL = "INITIAL_CAS"
CURATION_USER = "CURATION_USER"
CURATION_ANNOTATOR = "curation"
"""The annotator INCEpTION's curated labels are imported as (see the module's docstring)."""
CORRECTION_USER = "CORRECTION_USER"
CORRECTION_SUGGESTER = "webanno:correction"
"""The suggester WebAnno's automatic annotation (``CORRECTION_USER``) is imported as."""
_USER_STATES = {"IN_PROGRESS": Status.IN_PROGRESS, "FINISHED": Status.DONE}
"""INCEpTION's ``AnnotationDocumentState`` as a status (``NEW``: none yet; ``IGNORE``: the
user was taken off the document, so nothing to say)."""
_CURATION_STATES = {"CURATION_IN_PROGRESS": Status.IN_PROGRESS, "CURATION_FINISHED": Status.DONE}
"""INCEpTION's ``SourceDocumentState`` as the curator's status."""
TSV_FORMAT = "WebAnno TSV v3.3"
"""The name of the format to choose in INCEpTION's project export dialog."""

_FORMATS_BY_SUFFIX = {
    ".xmi": "UIMA CAS XMI",
    ".xml": "UIMA CAS XMI",
    ".json": "UIMA CAS JSON",
    ".conll": "CoNLL",
    ".conllu": "CoNLL-U",
    ".txt": translatable("plain text"),
    ".ser": translatable("INCEpTION's binary CAS"),
    ".tsv": translatable("a TSV other than WebAnno TSV 3"),
}
"""What an annotation file of another export format is, by its suffix (format names
stay as they are; the descriptions are translated in the window)."""


def is_project_file(path: Path) -> bool:
    return PROJECT_FILE.fullmatch(path.name) is not None


def looks_like_inception_project(path: Path, head: str) -> bool:
    """The formats table's sniffer: an ``exportedproject.json`` (by its name or its
    keys), or a zip holding one (at its root, or in the one folder it holds)."""
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                return _zip_project_name(archive.namelist()) is not None
        except (OSError, zipfile.BadZipFile):
            return False
    if is_project_file(path):
        return True
    return '"source_documents"' in head and '"annotation_documents"' in head


def _zip_project_name(names: list[str]) -> str | None:
    """The project file's name in the zip: INCEpTION writes it at the root (before
    2.0.8 with a leading ``/``); a zip made of the unzipped folder has it one down."""
    for name in names:
        parts = name.lstrip("/").split("/")
        if len(parts) <= 2 and PROJECT_FILE.fullmatch(parts[-1]):
            return name.lstrip("/")
    return None


# -- the export's files, from a folder or a zip ----------------------------------


class _Export:
    """The files of an export by their path inside it (``annotation/doc/ep.tsv``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.prefix = ""
        if path.suffix.lower() == ".zip":
            self._open_zip(path)
        else:
            root = path.parent
            self.members = {
                p.relative_to(root).as_posix(): str(p)
                for folder in ("annotation", "curation")
                if (root / folder).is_dir()
                for p in sorted((root / folder).rglob("*"))
                if p.is_file()
            }
            self.project_name = path.name
            self.members[path.name] = str(path)

    def _open_zip(self, path: Path) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
            names = self.zip.namelist()
        except (OSError, zipfile.BadZipFile) as error:
            raise InputError(
                Message("cannot read this zip file ({reason})", reason=str(error)),
                source=str(path),
            ) from None
        found = _zip_project_name(names)
        if found is None:
            self.zip.close()
            raise InputError(
                Message(
                    "this zip file holds no exportedproject.json: it is not an INCEpTION "
                    "project export"
                ),
                source=str(path),
            )
        self.prefix, self.project_name = found[: found.rfind("/") + 1], found.rsplit("/", 1)[-1]
        self.members = {
            name.lstrip("/")[len(self.prefix) :]: name
            for name in names
            if name.lstrip("/").startswith(self.prefix) and not name.endswith("/")
        }

    def shown(self, name: str) -> str:
        """How messages name a file of the export."""
        if self.zip is not None:
            return f"{self.path}!/{self.prefix}{name}"
        return str(self.path.parent / name)

    def read(self, name: str) -> bytes:
        if self.zip is not None:
            return self.zip.read(self.members[name])
        return Path(self.members[name]).read_bytes()

    def under(self, folder: str) -> list[PurePosixPath]:
        return sorted(PurePosixPath(n) for n in self.members if n.startswith(folder + "/"))

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


# -- reading ---------------------------------------------------------------------


@dataclass
class _Project:
    documents: list[str]  # names, in the project's order
    users: dict[str, list[str]]  # document -> its users
    lines: dict[str, int]  # document -> its line in the project file
    #: NFC form of each document name -> the name: a zip made on a Mac or a copy
    #: through another file system may spell a folder "Zoë" decomposed while
    #: exportedproject.json has it composed; the two look identical to the user.
    named: dict[str, str] = field(default_factory=dict)
    # (document, user) -> (status, when): the users' states; user "" is the curator.
    states: dict[tuple[str, str], tuple[Status, str]] = field(default_factory=dict)

    def document_named(self, name: str) -> str | None:
        return self.named.get(unicodedata.normalize("NFC", name))


def read_inception_project(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterator[ParsedDocument | InputError]:
    """Every document of the export at ``path`` (its project file, or the zip), each
    with every user's labels (and the curator's, as ``curation``)."""
    export = _Export(path)
    try:
        yield from _documents(export, options)
    finally:
        export.close()


def _documents(export: _Export, options: ImportOptions) -> Iterator[ParsedDocument]:
    project_source = export.shown(export.project_name)
    project = _read_project(export.read(export.project_name), project_source)
    files = export.under("annotation")
    if not files:
        raise InputError(
            Message(
                "this INCEpTION project export holds no annotation files that annotator "
                "reads (annotation/<document>/<user>.tsv): export the project again in "
                'INCEpTION with "{format}" as the format',
                format=TSV_FORMAT,
            ),
            source=project_source,
            line=1,
        )
    by_document: dict[str, list[tuple[PurePosixPath, str | None]]] = {}
    for file in files:
        document = _document_of(export, project, file)
        by_document.setdefault(document, []).append(
            (file, _user_of(export, project, file, document))
        )
    for file in export.under("curation"):
        document = _document_of(export, project, file)
        if file.stem not in (CURATION_USER, CORRECTION_USER):
            raise InputError(
                Message(
                    "a curation file other than {name}: annotator does not know whose it is",
                    name=f"{CURATION_USER}.tsv",
                ),
                source=export.shown(str(file)),
            )
        who = CURATION_ANNOTATOR if file.stem == CURATION_USER else CORRECTION_SUGGESTER
        by_document.setdefault(document, []).append((file, who))
    annotators = {
        who
        for found in by_document.values()
        for _f, who in found
        if who and who != CORRECTION_SUGGESTER
    }
    if options.annotator is not None and len(annotators) > 1:
        raise InputError(
            Message(
                "this INCEpTION project holds the labels of %n annotator(s) ({names}); "
                "--annotator would make them all {name}'s: leave it out",
                count=len(annotators),
                names=", ".join(sorted(annotators)),
                name=options.annotator,
            ),
            source=project_source,
        )
    for document in project.documents:
        found = by_document.get(document)
        if not found:
            raise InputError(
                Message(
                    "document '{name}' has no annotation file (annotation/{name}/): export "
                    'the project again in INCEpTION with "{format}" as the format',
                    name=document,
                    format=TSV_FORMAT,
                ),
                source=project_source,
                line=project.lines.get(document),
            )
        item = _one_document(export, document, found, options)
        item.progress = _progress(project, document, found, options)
        yield item


def _one_document(
    export: _Export,
    document: str,
    found: list[tuple[PurePosixPath, str | None]],
    options: ImportOptions,
) -> ParsedDocument:
    """The document's files (INITIAL_CAS first, as the text they must all agree with)
    merged into one document with everybody's labels."""
    found = sorted(found, key=lambda pair: pair[1] is not None)
    merged: ParsedDocument | None = None
    first_source = ""
    for file, who in found:
        source = export.shown(str(file))
        data = export.read(str(file))
        _refuse_other_format(file, data, source)
        if who == CORRECTION_SUGGESTER:
            annotator = CORRECTION_SUGGESTER  # a machine's proposals, whatever --annotator says
        else:
            annotator = options.annotator or who or INITIAL
        item = parse_webanno(data, source, document, annotator, options.encoding)
        if who == CORRECTION_SUGGESTER:
            item.predictions, item.annotations = item.annotations, []
        if who is None:
            item.notes = []  # about labels of its own, which are left out
        if who is None and item.annotations:
            item.notes.append(
                Message(
                    "not imported: {source}: %n label(s) of the document as uploaded "
                    "({initial}), before anyone annotated it",
                    source=source,
                    count=len(item.annotations),
                    initial=INITIAL,
                )
            )
            item.annotations = []
            item.declared = {}
        if merged is None:
            merged, first_source = item, source
            continue
        if item.document.text != merged.document.text:
            raise InputError(
                Message(
                    "the text of document '{name}' differs from the one in {other}",
                    name=document,
                    other=first_source,
                ),
                source=source,
                line=1,
            )
        if not merged.annotations and item.annotations:
            merged.source = source  # where an unknown label is first met, in messages
        merged.annotations += item.annotations
        merged.predictions += item.predictions
        merged.notes += item.notes
        _merge_declarations(merged, item)
    assert merged is not None
    return merged


def _progress(
    project: _Project,
    document: str,
    found: list[tuple[PurePosixPath, str | None]],
    options: ImportOptions,
) -> list[DocumentProgress]:
    """The statuses of the document's users (and curator) whose files are imported."""
    progress = []
    for _file, who in found:
        if who is None or who == CORRECTION_SUGGESTER:
            continue
        state = project.states.get((document, "" if who == CURATION_ANNOTATOR else who))
        if state is not None:
            status, when = state
            progress.append(DocumentProgress(0, options.annotator or who, status, updated_at=when))
    return progress


def _when(entry: dict[str, Any]) -> str:
    """When INCEpTION last changed an entry (``updated``, else ``timestamp``: milliseconds
    since 1970), as annotator's timestamps; "" (the import's time) when it says nothing."""
    for key in ("updated", "timestamp"):
        value = entry.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            try:
                moment = _dt.datetime.fromtimestamp(value / 1000, _dt.UTC)
            except (OverflowError, OSError, ValueError):
                continue
            return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return ""


def _merge_declarations(into: ParsedDocument, item: ParsedDocument) -> None:
    declared: dict[str, LabelDeclaration] = into.declared if into.declared is not None else {}
    for label, declaration in (item.declared or {}).items():
        kept = declared.setdefault(label, LabelDeclaration(declaration.scope))
        for attribute in declaration.attributes.values():
            for choice in attribute.choices or (None,):
                kept.add_attribute(attribute.name, attribute.type, choice)
    into.declared = declared


def _refuse_other_format(file: PurePosixPath, data: bytes, source: str) -> None:
    head = data[:4096].decode("utf-8", errors="replace")
    if looks_like_webanno(Path(file.name), head):
        return
    kind = _FORMATS_BY_SUFFIX.get(file.suffix.lower())
    raise InputError(
        Message(
            "annotator reads the annotations of an INCEpTION project export in WebAnno "
            "TSV 3 only, and this file is {kind}: export the project again in INCEpTION with "
            '"{format}" as the format',
            kind=Message.constant(kind) if kind else (file.suffix or file.name),
            format=TSV_FORMAT,
        ),
        source=source,
        line=1,
    )


def _document_of(export: _Export, project: _Project, file: PurePosixPath) -> str:
    """``annotation/<document>/<file>``: the document, which the project must list."""
    parts = file.parts
    if len(parts) != 3:
        raise InputError(
            Message(
                "not where an INCEpTION project export puts a file "
                "(annotation/<document>/<user file>)"
            ),
            source=export.shown(str(file)),
        )
    document = project.document_named(parts[1])
    if document is None:
        raise InputError(
            Message(
                "{project} lists no document '{name}'",
                project=export.project_name,
                name=parts[1],
            ),
            source=export.shown(str(file)),
        )
    return document


def _user_of(export: _Export, project: _Project, file: PurePosixPath, document: str) -> str | None:
    """The user whose annotations ``file`` holds (None: ``INITIAL_CAS``).

    The project file lists the users of each document; the file is the one
    whose name it is, or whose name it starts with followed by digits (the
    temporary names of older INCEpTION versions: ``ep_16405719629333389288``).
    """
    stem = unicodedata.normalize("NFC", file.stem)
    if stem == INITIAL:
        return None
    listed = project.users.get(document, [])
    by_form = {unicodedata.normalize("NFC", u): u for u in listed}
    users = list(by_form)
    if stem in users:
        user = stem
    else:
        matches = [u for u in users if re.fullmatch(re.escape(u) + r"_?\d+", stem)]
        if len(matches) != 1:
            raise InputError(
                Message(
                    "{project} names no user of document '{name}' whose file this is "
                    "(its users: {users})",
                    project=export.project_name,
                    name=document,
                    users=", ".join(listed) or "none",
                )
                if not matches
                else Message(
                    "this file could be the annotations of {first} or of {second} "
                    "({project} lists both for document '{name}')",
                    first=by_form[matches[0]],
                    second=by_form[matches[1]],
                    project=export.project_name,
                    name=document,
                ),
                source=export.shown(str(file)),
            )
        user = matches[0]
    user = by_form[user]
    return user


def _read_project(data: bytes, source: str) -> _Project:
    """The documents of ``exportedproject.json`` and the users of each, checked."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            Message("not UTF-8 (byte {offset})", offset=error.start), source=source
        ) from None
    try:
        value: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            Message("invalid JSON: {reason} at column {column}", reason=error.msg,
                    column=error.colno),
            source=source,
            line=error.lineno,
        ) from None  # fmt: skip
    except RecursionError:
        raise InputError(Message("invalid JSON: nested too deeply"), source=source) from None
    lines = text.split("\n")
    sources = value.get("source_documents") if isinstance(value, dict) else None
    annotations = value.get("annotation_documents") if isinstance(value, dict) else None
    if not isinstance(sources, list) or not isinstance(annotations, list):
        raise InputError(
            Message(
                'not an INCEpTION project description (it has no "source_documents" '
                'and "annotation_documents" lists)'
            ),
            source=source,
            line=1,
        )
    project = _Project([], {}, {})
    after = _line_after(lines, '"source_documents"', 0)
    for entry in sources:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name:
            raise InputError(
                Message('a source document without a "name"'),
                source=source,
                line=after or 1,
            )
        line = _line_after(lines, json.dumps(name, ensure_ascii=False), after or 0)
        after = line or after
        project.documents.append(name)
        project.lines[name] = line or 1
        project.named.setdefault(unicodedata.normalize("NFC", name), name)
        project.users.setdefault(name, [])
        curated = _CURATION_STATES.get(str(entry.get("state")))
        if curated is not None:
            project.states[(name, "")] = (curated, _when(entry))
    for entry in annotations:
        name = entry.get("name") if isinstance(entry, dict) else None
        user = entry.get("user") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not isinstance(user, str) or not user:
            raise InputError(
                Message('an annotation document without a "name" and a "user"'),
                source=source,
                line=_line_after(lines, '"annotation_documents"', 0) or 1,
            )
        document = project.document_named(name) or name
        users = project.users.setdefault(document, [])
        if user not in users:
            users.append(user)
        status = _USER_STATES.get(str(entry.get("state")))
        if status is not None:
            project.states[(document, user)] = (status, _when(entry))
    return project


def _line_after(lines: list[str], needle: str, after: int) -> int | None:
    """The first line (1-based) after line ``after`` that holds ``needle``."""
    for number, line in enumerate(lines[after:], after + 1):
        if needle in line:
            return number
    return None
