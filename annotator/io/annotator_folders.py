"""Whose labels each part of an export folder holds: ``annotator-folders.json``.

brat and WebAnno files carry no annotator, so an export of several annotators
writes one subfolder each (doccano: one ``<annotator>.jsonl`` each).  A
subfolder is not always an annotator, though: real brat corpora split
``train``/``dev``/``test`` the same way.  So the export writes, at its root, a
small manifest naming the annotator of each part, and ``annotator import``
reads a part's labels as that annotator's only when such a manifest says so;
a folder without one imports as it always has (``--annotator``, else
``imported``).  As INCEpTION's project export, which relies on its
``exportedproject.json`` rather than on folder names: a name is kept exactly
(``Alice`` and ``alice``, ``a/b``) although the folder is named safely.

The file (UTF-8 JSON, written one entry per line)::

    {
      "annotator_folders": 1,
      "folders": {
        "alice": "alice",
        "a_b": "a/b"
      }
    }

``annotator_folders`` is the layout's version; ``folders`` maps a subfolder
(or file) of the manifest's folder, one name, to the annotator.  ``"."`` names
the folder itself (an export of one annotator).  A manifest that is not valid,
names something that is not there, or leaves a folder with files to import
unnamed is refused with its file, line and reason: nothing is imported.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.messages import Message
from annotator.io.decoding import read_decoded

MANIFEST = "annotator-folders.json"
VERSION = 1
_VERSION_KEY = "annotator_folders"
_UNSAFE = re.compile(r"[\\/:*?\"<>|\x00-\x1f]")


def looks_like_manifest(path: Path, head: str) -> bool:
    """The formats table's sniffer: named as the manifest, or holding its version key."""
    return path.name == MANIFEST or f'"{_VERSION_KEY}"' in head[:4096]


# -- writing ---------------------------------------------------------------------


def safe_names(
    annotators: Iterable[str], suffix: str = "", reserved: Iterable[str] = ()
) -> dict[str, str]:
    """A file or folder name for each annotator that every file system accepts and
    keeps apart: ``a/b`` -> ``a_b``; ``alice`` after ``Alice`` -> ``alice_2`` (Windows
    and macOS ignore case, macOS also the Unicode form: ``Zoë`` composed or not);
    Windows' device names get a ``_`` (``CON_``); long names are cut to 100 characters.
    ``reserved``: names the export writes beside the parts itself (brat's
    ``annotation.conf``: an annotator of that name made the export fail on mkdir).
    """
    return safe_file_names({annotator: annotator for annotator in annotators}, suffix, reserved)


def safe_file_names(
    wanted: Mapping[str, str], suffix: str = "", reserved: Iterable[str] = ()
) -> dict[str, str]:
    """``safe_names`` of each key's wanted name (the WebAnno export: a document's
    name without ``.tsv``, so ``a.tsv`` and ``a`` become ``a.tsv`` and ``a_2.tsv``)."""
    names: dict[str, str] = {}
    taken: set[str] = {_key(MANIFEST), *(_key(name) for name in reserved)}
    for annotator, name in wanted.items():
        base = _UNSAFE.sub("_", unicodedata.normalize("NFC", name))[:100].strip(". ")
        base = base or "annotator"
        if base.split(".")[0].upper() in _DEVICE_NAMES:
            base += "_"
        name, number = base, 1
        while _key(f"{name}{suffix}") in taken:
            number += 1
            name = f"{base}_{number}"
        taken.add(_key(f"{name}{suffix}"))
        names[annotator] = f"{name}{suffix}"
    return names


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
     *(f"LPT{n}" for n in range(1, 10))}
)  # fmt: skip


def parts_of(
    annotators: list[str], suffix: str = "", reserved: Iterable[str] = ()
) -> dict[str, str]:
    """Where an export writes each annotator's labels: ``"."`` (the folder itself) for one
    annotator, else a safe name each (``safe_names``); nothing for none."""
    if annotators == [""]:
        return {"": "."}  # no annotator yet: the texts alone, and no manifest
    if len(annotators) == 1:
        return {annotators[0]: "."}
    return safe_names(annotators, suffix, reserved)


def write_manifest(
    folder: Path, parts: Mapping[str, str], documents: Mapping[str, str] | None = None
) -> None:
    """``parts`` (``parts_of``): annotator -> part name (``"."``: ``folder`` itself).

    ``documents``: the name of the document each file (in every part) holds, where
    the file's name cannot say it (WebAnno: ``old.txt.tsv`` holds ``old.txt``), so an
    export imported back finds its documents instead of making ``old.txt.tsv``."""
    if "" in parts:
        return
    folders = _object({part: who for who, part in parts.items()})
    text = f'{{\n  "{_VERSION_KEY}": {VERSION},\n  "folders": {folders}'
    if documents:
        text += f',\n  "documents": {_object(documents)}'
    (folder / MANIFEST).write_text(text + "\n}\n", encoding="utf-8")


def _object(pairs: Mapping[str, str]) -> str:
    """A JSON object written one entry per line (a refusal then names the entry's line)."""
    lines = [f"    {json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"
             for key, value in pairs.items()]  # fmt: skip
    return "{\n" + ",\n".join(lines) + "\n  }"


# -- reading ---------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    annotator: str
    line: int


@dataclass(frozen=True)
class Manifest:
    path: Path
    entries: dict[str, Entry]
    # A file's name (in any part) -> the document it holds, where the export wrote it.
    documents: dict[str, str] = field(default_factory=dict)

    def entry_for(self, file: Path) -> tuple[str, Entry | None]:
        """The part of the manifest's folder that holds ``file``, and its entry."""
        if "." in self.entries:
            return ".", self.entries["."]
        part = file.absolute().relative_to(self.path.absolute().parent).parts[0]
        return part, self.entries.get(part)


def read_manifest(path: Path) -> Manifest:
    """The manifest at ``path``, checked; an ``InputError`` naming the line otherwise."""
    source = str(path)
    text = read_decoded(path)
    lines = text.split("\n")

    def fail(reason: Message, line: int | None = 1) -> InputError:
        return InputError(reason, source=source, line=line)

    repeated: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        seen: dict[str, object] = {}
        for key, value in items:
            if key in seen:
                repeated.append(key)
            seen[key] = value
        return seen

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as error:
        reason = Message(
            "invalid JSON: {reason} at column {column}", reason=error.msg, column=error.colno
        )
        raise fail(reason, error.lineno) from None
    except RecursionError:
        raise fail(Message("invalid JSON: nested too deeply")) from None
    if not isinstance(data, dict) or _VERSION_KEY not in data:
        raise fail(
            Message(
                "not a list of annotator folders written by annotator "
                '(it has no "annotator_folders" version)'
            )
        )
    version = data[_VERSION_KEY]
    version_line = _line_of(lines, _VERSION_KEY)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = json.dumps(version, ensure_ascii=False)
        raise fail(Message('"annotator_folders" must be 1, not {value}', value=shown), version_line)
    if version > VERSION:
        raise fail(
            Message(
                "written by a newer annotator (layout version {version}; this one reads "
                "version {known}): update annotator to import this folder",
                version=version,
                known=VERSION,
            ),
            version_line,
        )
    folders = data.get("folders")
    folders_line = _line_of(lines, "folders")
    if not isinstance(folders, dict) or not folders:
        raise fail(
            Message('"folders" must map each folder to its annotator\'s name'),
            folders_line or version_line,
        )
    if repeated:
        raise fail(
            Message("{part} is named twice", part=json.dumps(repeated[0], ensure_ascii=False)),
            _line_of(lines, repeated[0], after=_line_of(lines, repeated[0], after=folders_line)),
        )
    entries: dict[str, Entry] = {}
    for part, who in folders.items():
        line = _line_of(lines, part, after=folders_line) or folders_line or 1
        shown = json.dumps(part, ensure_ascii=False)
        if not isinstance(who, str) or not who.strip():
            raise fail(
                Message("{part}: the annotator must be a name, not {value}", part=shown,
                        value=json.dumps(who, ensure_ascii=False)),
                line,
            )  # fmt: skip
        if part != "." and (part in ("", "..") or _UNSAFE.search(part)):
            raise fail(
                Message(
                    "{part}: name a folder or file beside this file, without a path", part=shown
                ),
                line,
            )
        if not (path.parent / part).exists():
            raise fail(Message("{part}: no such folder or file here", part=shown), line)
        entries[part] = Entry(who, line)
    if "." in entries and len(entries) > 1:
        raise fail(
            Message('"." (this whole folder) cannot be named beside its subfolders'),
            entries["."].line,
        )
    return Manifest(path, entries, _documents(data, lines, fail))


def _documents(
    data: dict[str, object], lines: list[str], fail: Callable[[Message, int | None], InputError]
) -> dict[str, str]:
    """The optional ``documents`` object: file name -> document name, both strings."""
    if "documents" not in data:
        return {}
    documents = data["documents"]
    documents_line = _line_of(lines, "documents")
    if not isinstance(documents, dict):
        raise fail(
            Message('"documents" must map each file to its document\'s name'), documents_line
        )
    found: dict[str, str] = {}
    for file, name in documents.items():
        line = _line_of(lines, file, after=documents_line) or documents_line
        shown = json.dumps(file, ensure_ascii=False)
        if not isinstance(name, str) or not name:
            raise fail(
                Message("{file}: the document must be a name, not {value}", file=shown,
                        value=json.dumps(name, ensure_ascii=False)),
                line,
            )  # fmt: skip
        if file in ("", ".", "..") or _UNSAFE.search(file):
            raise fail(Message("{file}: name a file, without a path", file=shown), line)
        found[file] = name
    return found


def _line_of(lines: list[str], key: str, after: int | None = None) -> int | None:
    """The line (1-based) where ``key`` is written as a JSON key, after line ``after``."""
    pattern = re.compile(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:")
    for number, line in enumerate(lines, 1):
        if after is not None and number <= after:
            continue
        if pattern.search(line):
            return number
    return None


# -- which annotator each imported file belongs to -------------------------------


def annotators_of(given: Path, files: Iterable[Path]) -> dict[Path, tuple[str, Manifest]]:
    """For each file an import of ``given`` reads: the annotator its manifest names.

    The manifest is looked for beside the file and in each folder above it, up to
    the folder that holds ``given`` (so ``import export/alice`` finds
    ``export/annotator-folders.json``); the nearest one decides.  A file under a
    manifest that names no annotator for its part is refused: that folder holds
    something the export did not write.
    """
    top = (given if given.is_dir() else given.parent).absolute().parent
    read: dict[Path, Manifest | None] = {}
    found: dict[Path, tuple[str, Manifest]] = {}
    for file in files:
        manifest = None
        for folder in file.absolute().parents:
            if folder not in read:
                candidate = folder / MANIFEST
                read[folder] = read_manifest(_shown(candidate)) if candidate.is_file() else None
            manifest = read[folder]
            if manifest is not None or folder == top:
                break
        if manifest is None:
            continue
        part, entry = manifest.entry_for(file)
        if entry is None:
            raise InputError(
                Message(
                    "{manifest} names no annotator for {part}: add it there, or import "
                    "this folder on its own (with --annotator)",
                    manifest=str(manifest.path),
                    part=json.dumps(part, ensure_ascii=False),
                ),
                source=str(file),
            )
        found[file] = (entry.annotator, manifest)
    return found


def _shown(path: Path) -> Path:
    """``path`` as messages name it: relative to the working folder when inside it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path
