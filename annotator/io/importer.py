"""``annotator import``: read every file first, check everything, then store it all at once.

Reading and checking happen before the project is touched, and storing is one
transaction, so a bad file in a folder of a thousand leaves the project
exactly as it was (or, with ``skip_bad``, stores the good ones and lists the
rest).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.model import text_sha256
from annotator.core.schema import Schema
from annotator.core.validation import annotation_problems
from annotator.io.csv_documents import read_csv_documents
from annotator.io.doccano import read_doccano_jsonl
from annotator.io.json_lines import read_json_lines
from annotator.io.native_jsonl import parse_native_lines, read_native_jsonl
from annotator.io.records import ParsedDocument
from annotator.io.text_files import read_text_file
from annotator.store.open_projects import project_file_in_use
from annotator.store.project import ImportSummary, Project

FORMATS = ("auto", "text", "markdown", "jsonl", "doccano", "csv")
_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}


@dataclass
class ImportOptions:
    format: str = "auto"
    encoding: str | None = None
    annotator: str = "imported"
    text_column: str = "text"
    skip_bad: bool = False


@dataclass
class ImportPlan:
    documents: list[ParsedDocument] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the importable files found under named folders."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in _SUFFIX_FORMATS
                and not p.name.startswith(".")
                and not project_file_in_use(p)
            )
            if not found:
                raise InputError("no importable files in this folder", source=str(path))
            files += found
        elif project_file_in_use(path):
            # Reading it would also drop this process's locks on it (store.open_projects).
            raise InputError(
                "this is a project file open in annotator, not a file to import",
                source=str(path),
            )
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or folder", source=str(path))
    return files


def detect_format(path: Path, requested: str = "auto", encoding: str | None = None) -> str:
    if requested != "auto":
        return requested
    fmt = _SUFFIX_FORMATS.get(path.suffix.lower(), "text")
    if fmt == "jsonl" and _looks_like_doccano(path, encoding):
        return "doccano"
    return fmt


def _looks_like_doccano(path: Path, encoding: str | None = None) -> bool:
    try:
        return _is_doccano(read_json_lines(path, encoding))
    except InputError:
        return False  # the native reader will report the problem properly


def _is_doccano(lines: Iterable[tuple[int, Any]]) -> bool:
    """Judged by the first line that parses: doccano has a label list and no name."""
    for _, record in lines:
        if isinstance(record, InputError):
            continue
        return (
            isinstance(record, dict)
            and "name" not in record
            and ("label" in record or "labels" in record)
        )
    return False


def read_import(paths: Sequence[str | Path], schema: Schema, options: ImportOptions) -> ImportPlan:
    """Parse and check everything; raise the first problem unless ``skip_bad``."""
    plan = ImportPlan()

    def reject(error: InputError) -> None:
        if not options.skip_bad:
            raise error
        plan.skipped.append(error)

    by_name: dict[str, ParsedDocument] = {}
    seen_ids: set[str] = set()
    for path in collect_files(paths):
        try:
            items = list(_read_file(path, schema, options))
        except InputError as error:
            reject(error)
            continue
        for item in items:
            if isinstance(item, InputError):
                reject(item)
                continue
            problem = _batch_problem(item, by_name, seen_ids) or _first_problem(schema, item)
            if problem == "duplicate":
                plan.duplicates.append(item.where)
            elif problem:
                reject(InputError(problem, source=item.source, line=item.line))
            else:
                by_name[item.document.name] = item
                seen_ids.update(a.id for a in item.annotations)
                plan.documents.append(item)
    return plan


def _read_file(
    path: Path, schema: Schema, options: ImportOptions
) -> Iterator[ParsedDocument | InputError]:
    if options.format == "auto" and _SUFFIX_FORMATS.get(path.suffix.lower()) == "jsonl":
        # Native or doccano: decide on the first lines while reading the file only once.
        lines = read_json_lines(path, options.encoding)
        head: list[tuple[int, Any]] = []
        for line in lines:
            head.append(line)
            if not isinstance(line[1], InputError):
                break
        if _is_doccano(head):
            yield from read_doccano_jsonl(path, schema, options.annotator, options.encoding)
        else:
            yield from parse_native_lines(chain(head, lines), options.annotator, str(path))
        return
    fmt = detect_format(path, options.format, options.encoding)
    if fmt in ("text", "markdown"):
        yield read_text_file(path, options.encoding)
    elif fmt == "jsonl":
        yield from read_native_jsonl(path, options.annotator, options.encoding)
    elif fmt == "doccano":
        yield from read_doccano_jsonl(path, schema, options.annotator, options.encoding)
    elif fmt == "csv":
        yield from read_csv_documents(path, options.text_column, options.encoding)
    else:
        raise InputError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def _batch_problem(
    item: ParsedDocument, by_name: dict[str, ParsedDocument], seen_ids: set[str]
) -> str:
    earlier = by_name.get(item.document.name)
    if earlier is not None:
        if text_sha256(earlier.document.text) != text_sha256(item.document.text):
            return (
                f"document '{item.document.name}' appears again with different text "
                f"(first at {earlier.where})"
            )
        if not item.annotations:
            return "duplicate"
    ids = [a.id for a in item.annotations]
    unique = set(ids)
    if len(unique) == len(ids) and unique.isdisjoint(seen_ids):
        return ""
    repeated = sorted({i for i, n in Counter(ids).items() if n > 1} | (unique & seen_ids))
    if repeated:
        return f"annotation id '{repeated[0]}' is used twice"
    return ""


def _first_problem(schema: Schema, item: ParsedDocument) -> str:
    text_length = len(item.document.text)
    for state in item.progress:
        unknown = sorted(state.none_present - set(schema.layer_names))
        if unknown:
            return (
                f"document '{item.document.name}', progress of '{state.annotator}': "
                f"no layer '{unknown[0]}' in the schema"
            )
    layers_by_id = {a.id: a.layer for a in item.annotations}
    for index, annotation in enumerate(item.annotations, 1):
        problems = annotation_problems(schema, text_length, annotation, layers_by_id)
        if problems:
            return f"document '{item.document.name}', annotation #{index}: {problems[0]}"
    return ""


def check_against_project(project: Project, plan: ImportPlan, skip_bad: bool) -> None:
    """Same name, other text than a stored document: an error (or skipped), never an overwrite."""
    kept = []
    taken = project.annotation_documents(a.id for p in plan.documents for a in p.annotations)
    for item in plan.documents:
        stored = project.document_by_name(item.document.name)
        problem = ""
        if stored is not None and stored.sha256 != text_sha256(item.document.text):
            name = item.document.name
            problem = f"document '{name}' is already in the project with different text"
        for annotation in item.annotations if taken else ():
            if problem:
                break
            # An id already stored for another document would be silently skipped.
            owner = taken.get(annotation.id)
            if owner is not None and (stored is None or owner != stored.id):
                problem = f"annotation id '{annotation.id}' is already used by another document"
        if problem:
            error = InputError(problem, source=item.source, line=item.line)
            if not skip_bad:
                raise error
            plan.skipped.append(error)
        else:
            kept.append(item)
    plan.documents = kept


def import_files(
    project: Project, paths: Sequence[str | Path], options: ImportOptions
) -> tuple[ImportPlan, ImportSummary]:
    """Read, check and store; one transaction for everything that is stored."""
    plan = read_import(paths, project.schema, options)
    check_against_project(project, plan, options.skip_bad)
    summary = project.import_documents(
        ((p.document, p.annotations) for p in plan.documents),
        progress={p.document.name: p.progress for p in plan.documents if p.progress},
    )
    return plan, summary
