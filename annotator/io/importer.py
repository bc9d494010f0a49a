"""``annotator import``: all or nothing, in one transaction.

Native JSONL files (what annotator exports, and what a model's
pre-annotations are converted to) are streamed: each document is checked as
it is read and stored at once into the open transaction, so memory holds one
document, not the file (a 1 GB file imports in under 300 MB).  Other formats
are read whole first, as their labels are resolved across all files (layers
added, the same text in several doccano files, predictions).  Either way a
bad file in a folder of a thousand, or a bad line at the end of a 1 GB file,
leaves the project exactly as it was (or, with ``skip_bad``, the good ones
are stored and the rest listed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.messages import Message, Text
from annotator.core.model import now_timestamp, text_sha256
from annotator.core.schema import Schema
from annotator.core.validation import annotation_problems
from annotator.io.foreign_labels import resolve_labels
from annotator.io.format_protocol import ImportOptions
from annotator.io.formats import IMPORT_FORMATS, FilePlan, choose_format, plan_files
from annotator.io.gold_labels import GoldCount
from annotator.io.label_rows import LabelRows
from annotator.io.native_jsonl import read_native_jsonl
from annotator.io.records import ParsedDocument
from annotator.io.stored_duplicates import drop_stored_duplicates
from annotator.io.suggestion_import import store_predictions
from annotator.store.importing import ImportWriter
from annotator.store.project import ImportSummary, Project
from annotator.store.text_lookup import document_names_by_text

FORMATS = IMPORT_FORMATS


@dataclass
class ImportPlan:
    documents: list[ParsedDocument] = field(default_factory=list)  # not when streamed
    stored: list[str] = field(default_factory=list)  # names of the documents stored
    skipped: list[InputError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    not_read: list[InputError] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)
    new_schema: Schema | None = None
    suggestions_added: int = 0
    already_stored: int = 0  # other tools' labels the project holds already
    gold: GoldCount = field(default_factory=GoldCount)  # labels a file gave to gold

    def report_lines(self) -> list[str]:
        """:meth:`report` in English, for the terminal."""
        return [str(line) for line in self.report()]

    def report(self) -> list[Text]:
        """What the user must hear about besides the counts: files left out, what
        the files hold that annotator cannot, layers added."""
        lines: list[Text] = []
        if self.new_schema is not None:
            lines.append(
                Message(
                    "schema extended (--add-layers): {layers}",
                    layers=", ".join(self.new_schema.layer_names),
                )
            )
        if self.already_stored:
            lines.append(
                Message(
                    "already present (same annotator, layer and span): %n label(s)",
                    count=self.already_stored,
                )
            )
        gold = self.gold.note()
        if gold is not None:
            lines.append(gold)
        if self.suggestions_added:
            lines.append(
                Message(
                    "predictions stored as suggestions: {number}", number=self.suggestions_added
                )
            )
        if self.notes:
            lines.append(Message("notes on what was read ({number}):", number=len(self.notes)))
            lines += [Message("  {item}", item=note) for note in self.notes]
        if self.not_read:
            lines.append(
                Message(
                    "not read, of no kind annotator knows: %n file(s)", count=len(self.not_read)
                )
            )
            lines += [Message("  {item}", item=error.message) for error in self.not_read]
        return lines


def collect_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files an import of ``paths`` reads; the first file it must refuse raises."""
    files = plan_files(paths)
    if files.refused:
        raise files.refused[0]
    return [path for path, _fmt in files.files]


def detect_format(path: Path, requested: str = "auto", encoding: str | None = None) -> str:
    """The name of the format ``path`` is read with (see ``formats.choose_format``)."""
    return choose_format(path, requested).name


def read_import(paths: Sequence[str | Path], schema: Schema, options: ImportOptions) -> ImportPlan:
    """Parse and check everything; raise the first problem unless ``skip_bad``."""
    plan = ImportPlan()

    def reject(error: InputError) -> None:
        if not options.skip_bad:
            raise error
        plan.skipped.append(error)

    files = plan_files(paths, options.format)
    refuse_one_name_for_many(files, options)
    plan.not_read = files.not_read
    for error in files.refused:
        reject(error)
    read: list[ParsedDocument] = []
    for path, fmt in files.files:
        assert fmt.reader is not None
        try:
            items = list(fmt.reader(path, schema, options_for_file(options, files, path)))
        except InputError as error:
            reject(error)
            continue
        for item in items:
            if isinstance(item, InputError):
                reject(item)
            else:
                read.append(item)
    plan.gold.add(read)
    plan.new_schema = resolve_labels(read, schema, options.add_layers)
    schema = plan.new_schema or schema
    name_same_texts_alike(read)
    by_name: dict[str, tuple[str, str]] = {}
    seen_ids: set[str] = set()
    # Files an annotator-folders.json gives an annotator: each annotator's folder holds
    # its own copy of every document, one document with everybody's labels.
    in_parts = {str(path) for path in files.annotators}
    first: dict[str, ParsedDocument] = {}
    for item in read:
        plan.notes += item.notes
        problem = _batch_problem(item, by_name, seen_ids) or _first_problem(schema, item)
        if problem == "duplicate":
            if item.source not in in_parts:
                plan.duplicates.append(item.where)
        elif problem:
            reject(InputError(problem, source=item.source, line=item.line))
        else:
            by_name[item.document.name] = (text_sha256(item.document.text), item.where)
            seen_ids.update(a.id for a in item.annotations)
            earlier = first.get(item.document.name)
            if earlier is not None and {earlier.source, item.source} <= in_parts:
                earlier.annotations += item.annotations
                earlier.predictions += item.predictions
                earlier.progress += item.progress
            else:
                first[item.document.name] = item
                plan.documents.append(item)
    return plan


def options_for_file(options: ImportOptions, files: FilePlan, path: Path) -> ImportOptions:
    """The annotator ``annotator-folders.json`` names for ``path``, unless ``--annotator``
    names one for everything (see ``refuse_one_name_for_many``), and the name of the
    document the file holds, when the manifest records it (our WebAnno export)."""
    found = files.annotators.get(path)
    if found is None:
        return options
    annotator, manifest = found
    document = manifest.documents.get(path.name)
    if options.annotator is not None:
        return replace(options, document_name=document) if document else options
    return replace(options, annotator=annotator, document_name=document)


def refuse_one_name_for_many(files: FilePlan, options: ImportOptions) -> None:
    """``--annotator`` over an export of several annotators would make their labels one
    annotator's (and equal labels one id): refused, naming the manifest that says so."""
    if options.annotator is None:
        return
    first: dict[str, tuple[str, int]] = {}
    for annotator, manifest in files.annotators.values():
        entry = next(e for e in manifest.entries.values() if e.annotator == annotator)
        first.setdefault(annotator, (str(manifest.path), entry.line))
    if len(first) < 2:
        return
    source, line = sorted(first.values())[1]
    raise InputError(
        Message(
            "these folders hold the labels of %n annotator(s) ({names}); --annotator would "
            "make them all {name}'s: leave it out, or import one annotator's folder with it",
            count=len(first),
            names=", ".join(sorted(first)),
            name=options.annotator,
        ),
        source=source,
        line=line,
    )


def _batch_problem(
    item: ParsedDocument, by_name: dict[str, tuple[str, str]], seen_ids: set[str] | None
) -> Text:
    """A problem of ``item`` among the documents read before it in the same import.

    ``by_name`` gives each name read so far its text hash and place.  Ids
    repeated across documents are caught through ``seen_ids``; when it is None
    the store catches them (``ImportWriter``), so that a streamed import does
    not hold every id it has seen.
    """
    ids = [a.id for a in item.annotations] if item.rows is None else [r[0] for r in item.rows]
    earlier = by_name.get(item.document.name)
    if earlier is not None:
        if earlier[0] != text_sha256(item.document.text):
            return Message(
                "document '{name}' appears again with different text (first at {first})",
                name=item.document.name,
                first=earlier[1],
            )
        if not ids:
            return "duplicate"
    unique = set(ids)
    if len(unique) == len(ids) and (seen_ids is None or unique.isdisjoint(seen_ids)):
        return ""
    repeated = {i for i, n in Counter(ids).items() if n > 1}
    if seen_ids is not None:
        repeated |= unique & seen_ids
    if repeated:
        return Message("annotation id '{id}' is used twice", id=sorted(repeated)[0])
    return ""


def _progress_problem(schema: Schema, item: ParsedDocument) -> Text:
    for state in item.progress:
        unknown = sorted(state.none_present - set(schema.layer_names))
        if unknown:
            return Message(
                "document '{name}', progress of '{annotator}': no layer '{layer}' in the schema",
                name=item.document.name,
                annotator=state.annotator,
                layer=unknown[0],
            )
    return ""


def _first_problem(schema: Schema, item: ParsedDocument) -> Text:
    problem = _progress_problem(schema, item)
    if problem:
        return problem
    text_length = len(item.document.text)
    # Only a schema with ref attributes needs the other labels' layers (a dict per document).
    refs = any(a.type == "ref" for layer in schema.layers for a in layer.attributes)
    layers_by_id = {a.id: a.layer for a in item.annotations} if refs else None
    for index, annotation in enumerate(item.annotations, 1):
        problems = annotation_problems(schema, text_length, annotation, layers_by_id)
        if problems:
            return Message(
                "document '{name}', annotation #{number}: {problem}",
                name=item.document.name,
                number=index,
                problem=problems[0],
            )
    return ""


def name_same_texts_alike(items: Sequence[ParsedDocument]) -> None:
    """doccano's per-user files hold the same texts: each text keeps the name the first
    file gave it (the k-th record with a text takes the k-th name of that text)."""
    names: dict[str, list[str]] = {}
    first_source: dict[str, str] = {}
    seen: Counter[tuple[str, str]] = Counter()
    for item in items:
        if not item.match_by_text:
            continue
        sha = text_sha256(item.document.text)
        owner = first_source.setdefault(sha, item.source)
        if owner == item.source:
            names.setdefault(sha, []).append(item.document.name)
            continue
        seen[(sha, item.source)] += 1
        known = names[sha]
        if seen[(sha, item.source)] <= len(known):
            name = known[seen[(sha, item.source)] - 1]
            item.document = replace(item.document, name=name)


def _name_stored_texts_alike(project: Project, plan: ImportPlan) -> None:
    """A text already in the project keeps the name(s) it has there."""
    wanted = [p for p in plan.documents if p.match_by_text]
    if not wanted:
        return
    stored = document_names_by_text(project, [p.document.text for p in wanted])
    seen: Counter[tuple[str, str]] = Counter()
    for item in wanted:
        sha = text_sha256(item.document.text)
        names = stored.get(sha, [])
        seen[(sha, item.source)] += 1
        if seen[(sha, item.source)] <= len(names):
            name = names[seen[(sha, item.source)] - 1]
            item.document = replace(item.document, name=name)


def check_against_project(project: Project, plan: ImportPlan, skip_bad: bool) -> None:
    """Same name, other text than a stored document: an error (or skipped), never an overwrite."""
    _name_stored_texts_alike(project, plan)
    kept = []
    taken = project.annotations.documents_of(a.id for p in plan.documents for a in p.annotations)
    for item in plan.documents:
        stored = project.documents.by_name(item.document.name)
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
    files = plan_files(paths, options.format)
    if files.files and all(fmt.name == STREAMED_FORMAT for _path, fmt in files.files):
        return _import_streaming(project, files, options)
    plan = read_import(paths, project.schema, options)
    check_against_project(project, plan, options.skip_bad)
    plan.already_stored = drop_stored_duplicates(project, plan.documents)
    before = project.schema
    try:
        with project.transaction():  # the added layers and the documents: one decision
            if plan.new_schema is not None:
                project.replace_schema(plan.new_schema)
            summary = project.documents.add(
                ((p.document, p.annotations) for p in plan.documents),
                progress={p.document.name: p.progress for p in plan.documents if p.progress},
            )
            plan.suggestions_added = store_predictions(project, plan.documents)
            plan.stored = [p.document.name for p in plan.documents]
    except BaseException:
        project.schema = before
        raise
    return plan, summary


def _streamed_problem(
    schema: Schema, labels: LabelRows, item: ParsedDocument, by_name: dict[str, tuple[str, str]]
) -> Text:
    """What ``_batch_problem`` then ``_first_problem`` say of a document read as rows, in
    their order; its label rows are finished for the insert (``LabelRows``)."""
    problem = _batch_problem(item, by_name, None) or _progress_problem(schema, item)
    if problem:
        return problem
    assert item.rows is not None
    problem = labels.finish(item.rows, len(item.document.text))
    if not problem:
        return ""
    return Message("document '{name}', {problem}", name=item.document.name, problem=problem)


STREAMED_FORMAT = "jsonl"
"""Native JSONL: its documents need nothing from the rest of the import, so they are
stored as they are read (no foreign labels to resolve, no texts to match by content)."""


def _import_streaming(
    project: Project, files: FilePlan, options: ImportOptions
) -> tuple[ImportPlan, ImportSummary]:
    """Each document checked and stored as it is read, all in one transaction.

    Nothing is held but the document at hand and the names seen, so the size
    of the input does not bound the import; a problem anywhere (unless
    ``skip_bad``) rolls back everything stored before it.
    """
    plan = ImportPlan(not_read=files.not_read)

    def reject(error: InputError) -> None:
        if not options.skip_bad:
            raise error
        plan.skipped.append(error)

    refuse_one_name_for_many(files, options)
    for error in files.refused:
        reject(error)
    stamp = now_timestamp()
    with project.transaction() as conn:
        writer = ImportWriter(conn, stamp, keep_going=options.skip_bad, defer_indexes=True)
        try:
            try:
                _stream_files(project.schema, LabelRows(project.schema, stamp), files, options,
                              writer, plan, reject)  # fmt: skip
            except InputError as error:
                earlier = _repeated_id(writer)  # the first problem in the input is reported
                if earlier is None:
                    raise
                raise earlier from error
            repeated = _repeated_id(writer)
            if repeated is not None:
                raise repeated
        finally:
            writer.close()
    return plan, writer.summary


def _repeated_id(writer: ImportWriter) -> InputError | None:
    """An id used twice that the writer finds only when it builds its id index."""
    found = writer.finish()
    if found is None:
        return None
    problem, (source, line) = found
    return InputError(problem, source=source, line=line)


def _stream_files(
    schema: Schema,
    labels: LabelRows,
    files: FilePlan,
    options: ImportOptions,
    writer: ImportWriter,
    plan: ImportPlan,
    reject: Callable[[InputError], None],
) -> None:
    """Read, check and store each document of the files, in their order."""
    by_name: dict[str, tuple[str, str]] = {}
    for path, fmt in files.files:
        assert fmt.name == STREAMED_FORMAT
        try:
            annotator = options_for_file(options, files, path).default_annotator
            for item in read_native_jsonl(path, annotator, options.encoding, rows=True):
                if isinstance(item, InputError):
                    reject(item)
                    continue
                plan.notes += item.notes
                plan.gold.add([item])
                problem = _streamed_problem(schema, labels, item, by_name)
                if problem == "duplicate":
                    plan.duplicates.append(item.where)
                    continue
                assert item.rows is not None
                sha = text_sha256(item.document.text)
                place = (item.source, item.line)
                problem = problem or writer.store(
                    item.document, item.rows, item.progress, sha, place
                )
                if problem:
                    reject(InputError(problem, source=item.source, line=item.line))
                    continue
                by_name[item.document.name] = (sha, item.where)
                plan.stored.append(item.document.name)
        except InputError as error:
            reject(error)
