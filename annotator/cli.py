"""The ``annotator`` command: thin commands over the core, store and io packages.

Every expected failure (bad input, unusable project) is an ``AnnotatorError``
and ends as one line on stderr and exit status 1, never a traceback.

Each command imports the machinery it needs when it runs (import, export,
merge, reports), so ``annotator gui`` starts without loading every reader and
writer first (bench row 7, start-up).
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any

import click

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.core.model import GOLD, Status
from annotator.core.schema import Schema, load_schema
from annotator.io.format_protocol import DEFAULT_ANNOTATOR, ImportOptions
from annotator.io.formats import EXPORT_FORMATS, FORMATS, IMPORT_FORMATS, export_format_for
from annotator.locations import chosen_project_path, open_project
from annotator.store.open_projects import (
    describe_skipped_companions,
    remove_project_file,
    without_companions,
)
from annotator.store.project import Project, ProjectError


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the program is, as Ctrl-C raises ``KeyboardInterrupt``.

    ``kill``, a logout or a closed terminal would otherwise end the process on the
    spot: SQLite keeps the file whole, but the clean-up written for Ctrl-C (a new
    project file that an unfinished import or merge created is removed again) never
    ran, and an empty project that looked like a finished import was left behind.
    A ``BaseException``, so that no ``except Exception`` takes it for a failure.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class StoppedAfterSaving(BaseException):
    """Ctrl-C, SIGTERM or SIGHUP that came once the command's changes were committed
    (during the COMMIT, whose signal Python handles right after it): "nothing was
    changed" would be false."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# SIGHUP does not exist on Windows.
_TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _raise_terminated(signum: int, _frame: FrameType | None) -> None:
    # The clean-up and the message run once, uninterrupted: a second kill (a shell
    # sends SIGHUP and then SIGTERM) must not cut them short.
    for number in _TERMINATING:
        signal.signal(number, signal.SIG_IGN)
    raise Terminated(signum)


def _stop_on_termination(ctx: click.Context) -> None:
    """Let SIGTERM/SIGHUP unwind the command (transactions roll back, clean-ups run),
    until the command ends: a program or test that runs commands in its own process
    gets its own handlers back."""
    if threading.current_thread() is not threading.main_thread():
        return  # only the main thread may set handlers (and only it receives signals)
    # SIGINT too: ``_finishing`` sets it aside at the end of the command's work.
    before = {number: signal.getsignal(number) for number in (*_TERMINATING, signal.SIGINT)}
    for number in _TERMINATING:
        signal.signal(number, _raise_terminated)

    def restore() -> None:
        for number, handler in before.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)

    ctx.call_on_close(restore)


def _finishing() -> None:
    """The command's work is committed: Ctrl-C, SIGTERM and SIGHUP are ignored from here
    to its end (closing the file, printing its report), which then comes in a moment.

    Raised there, they would say "nothing was changed" of a finished import or merge,
    and remove the new project file that holds it: the signal that comes while
    closing a large import's file (SQLite copies its write-ahead log into it then,
    a second or more) is handled just after the close.
    """
    if signal.getsignal(signal.SIGTERM) is not _raise_terminated:
        return  # handlers not ours (the window, another thread, another program)
    for number in (*_TERMINATING, signal.SIGINT):
        signal.signal(number, signal.SIG_IGN)


def _say(text: str) -> None:
    # After SIGHUP the terminal may be gone: writing to it then fails (EIO), and the
    # exit status, which is what still reaches a script, must not turn into a traceback.
    with suppress(OSError):
        click.echo(text, err=True)


class _Group(click.Group):
    """Turns ``AnnotatorError`` into a clear message and exit status 1, and Ctrl-C,
    SIGTERM and SIGHUP into one line and exit status 128 + the signal's number."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AnnotatorError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            _say("interrupted; nothing was changed by the unfinished command")
            ctx.exit(128 + signal.SIGINT)
        except Terminated as stop:
            name = signal.Signals(stop.signum).name
            _say(f"stopped by {name}; nothing was changed by the unfinished command")
            ctx.exit(128 + stop.signum)
        except StoppedAfterSaving as stop:
            name = signal.Signals(stop.signum).name
            _say(f"stopped by {name} after the command's changes were saved")
            ctx.exit(128 + stop.signum)


@click.group(cls=_Group, invoke_without_command=True)
@click.option(
    "--project",
    "project_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="ANNOTATOR_PROJECT",
    help="Project file (default: the seeded default project in your data folder).",
)
@click.version_option(__version__, prog_name="annotator")
@click.pass_context
def main(ctx: click.Context, project_path: Path | None) -> None:
    """Label stances, quotes and figures in news articles; merge, compare, export.

    With no command, opens the annotation window.
    """
    ctx.obj = project_path
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)
    elif ctx.invoked_subcommand != "gui":
        # Not the window: it has an event loop to stop, not a stack to unwind.
        _stop_on_termination(ctx)


@contextmanager
def _open(ctx: click.Context) -> Iterator[Project]:
    """The project of ``--project``; only commands that add content create it
    (``_open_to_add``)."""
    with open_project(ctx.find_root().obj, create=False) as project, _work_on(project):
        yield project


@contextmanager
def _work_on(project: Project) -> Iterator[None]:
    """A command's work on ``project``: a stop once its changes were committed is said as
    such (``StoppedAfterSaving``), and after a command that wrote, stops wait for its end
    (``_finishing``); one that only read stays stoppable to its end."""
    commits, written = project.commits, project.connection.total_changes
    try:
        yield
    except (KeyboardInterrupt, Terminated) as stop:
        if project.commits == commits:
            raise  # rolled back, or nothing begun: "nothing was changed" is true
        signum = stop.signum if isinstance(stop, Terminated) else signal.SIGINT
        raise StoppedAfterSaving(signum) from None
    if project.connection.total_changes != written:
        _finishing()


@contextmanager
def _open_to_add(given: Path | None) -> Iterator[Project]:
    """The chosen project, created if new, for a command that adds to it (import, merge).

    A failed, interrupted or terminated command leaves no new project behind, not an
    empty one that looks like a finished import. Only a file that did not exist before
    the command and holds no document afterwards is removed; the default project never.
    """
    path, is_default = chosen_project_path(given)
    created = None if is_default or path.exists() else path
    keep = False
    try:
        with open_project(given, create=True) as project:
            try:
                with _work_on(project):
                    yield project
            except BaseException:
                keep = project.documents.count() > 0
                raise
            keep = True
    except BaseException:
        if created is not None and not keep:
            remove_project_file(created)
        raise


@main.command()
@click.option("--annotator", "annotator_name", help="Annotator name (asked on first start).")
@click.pass_context
def gui(ctx: click.Context, annotator_name: str | None) -> None:
    """Open the annotation window."""
    from annotator.ui.app import run_gui  # Qt is loaded only for the GUI

    # None (not the resolved default path) so the default project is still seeded.
    sys.exit(run_gui(ctx.find_root().obj, annotator_name))


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--schema",
    "schema_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Schema TOML file (default: the news schema).",
)
def init(path: Path, schema_file: Path | None) -> None:
    """Create a new, empty project file at PATH."""
    from annotator.resources import default_schema_path

    if path.exists() and path.stat().st_size > 0:
        raise ProjectError(path, "already exists; choose a new file name")
    schema = load_schema(schema_file or default_schema_path())
    with Project.open(path, create=True, schema=schema) as project:
        click.echo(f"created {project.path} with schema '{schema.name}' ({_layers(schema)})")


def _layers(schema: Schema) -> str:
    return ", ".join(schema.layer_names)


def _import_help() -> str:
    """The import command's help, its list of formats read from the format table (a
    hand-written list had fallen behind: it named four of the eight readers)."""
    readable = "; ".join(f"{f.title} ({' '.join(f.suffixes)})" for f in FORMATS if f.reader)
    # From the table too: the hand-written ".txt/.md/.markdown" left out .text.
    as_text = "/".join(s for f in FORMATS if f.name in ("text", "markdown") for s in f.suffixes)
    return (
        "Import documents (and annotations) from files or folders.\n\n"
        f"Formats: {readable}. Text may be UTF-8 or UTF-16 with a BOM, with optional "
        f'YAML front matter (see README "Formats"). Only {as_text} files are read '
        "as text; any other file is recognised by its content or refused. All or nothing: "
        "any bad file or line means nothing is imported, unless --skip-bad."
    )


@main.command(name="import", help=_import_help())
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(IMPORT_FORMATS), default="auto", show_default=True,
    help="What the files are; 'auto' decides by suffix and content, and refuses what it "
    "cannot recognise.",
)  # fmt: skip
@click.option("--encoding", help="Text encoding when the files are not UTF-8 (e.g. cp1250).")
@click.option("--text-column", default="text", show_default=True, help="CSV column with the text.")
@click.option("--name-column", help="CSV column with the document names (default: 'name').")
@click.option(
    "--label-column", "label_columns", multiple=True,
    help="CSV column whose values label the row's document (document layers; repeat).",
)  # fmt: skip
@click.option("--delimiter", help="CSV separator (default: tab for .tsv, else sniffed: , ; tab).")
@click.option(
    "--add-layers", is_flag=True,
    help="Add the files' unknown labels to the schema as layers (with their attributes).",
)  # fmt: skip
@click.option(
    "--annotator",
    "annotator_name",
    default=None,
    help="Annotator for imported labels that name none (doccano, JSONL without 'annotator'); "
    f"default: the file's own, else '{DEFAULT_ANNOTATOR}'.",
)
@click.option("--skip-bad", is_flag=True, help="Import the good files/lines, list the bad ones.")
@click.pass_context
def import_(
    ctx: click.Context,
    paths: Sequence[Path],
    fmt: str,
    encoding: str | None,
    text_column: str,
    name_column: str | None,
    label_columns: tuple[str, ...],
    delimiter: str | None,
    add_layers: bool,
    annotator_name: str | None,
    skip_bad: bool,
) -> None:
    """Import documents (and annotations); the help is ``_import_help()``."""
    options = ImportOptions(
        format=fmt,
        encoding=encoding,
        annotator=annotator_name,
        text_column=text_column,
        skip_bad=skip_bad,
        delimiter=delimiter.replace("\\t", "\t") if delimiter else None,
        name_column=name_column,
        label_columns=label_columns,
        add_layers=add_layers,
    )
    paths, companions = without_companions(list(paths))
    if companions:
        click.echo(str(describe_skipped_companions(companions)), err=True)
    from annotator.io.importer import import_files
    from annotator.io.piped_input import readable_paths

    with readable_paths(paths) as (paths, shown_as):
        try:
            with _open_to_add(ctx.find_root().obj) as project:
                plan, summary = import_files(project, paths, options)
        except AnnotatorError as error:
            if shown_as(str(error)) == str(error):
                raise
            raise AnnotatorError(shown_as(str(error))) from None
        report = [shown_as(line) for line in plan.report_lines()]
        skipped = [shown_as(str(error)) for error in plan.skipped]
        duplicates = [shown_as(where) for where in plan.duplicates]
    for line in report:
        click.echo(line, err=True)
    click.echo(
        f"imported {len(summary.added)} document(s), {summary.annotations_added} annotation(s)"
    )
    if summary.unchanged:
        click.echo(f"already present, unchanged: {len(summary.unchanged)} document(s)")
    if summary.annotations_unchanged:
        click.echo(f"already present: {summary.annotations_unchanged} annotation(s)")
    if duplicates:
        click.echo(f"repeated in the input, imported once: {', '.join(duplicates)}")
    if skipped:
        click.echo(f"skipped {len(skipped)} bad item(s):", err=True)
        for line in skipped:
            click.echo(f"  {line}", err=True)
        ctx.exit(1)


@main.command()
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path),
    help="File to write (replaced atomically); a new folder for "
    + " and ".join(f.name for f in FORMATS if f.writer and f.folder) + ".",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
    help="Default: by the output's suffix (.jsonl: jsonl), else csv.",
)  # fmt: skip
@click.option(
    "--what",
    type=click.Choice(["annotations", "documents"]),
    default="annotations",
    show_default=True,
    help="'documents': one row per document and annotator with status and counts.",
)
@click.option("--annotator", "annotators", multiple=True, help="Only this annotator (repeat).")
@click.option("--gold", is_flag=True, help=f"Include the adjudicated '{GOLD}' labels.")
@click.option("--layer", "layers", multiple=True, help="Only this layer (repeat).")
@click.option("--excel", is_flag=True, help="UTF-8 BOM and formula-safe cells for Excel.")
@click.option(
    "--suggestions", is_flag=True, help="Write the suggestions (all statuses), not annotations."
)
@click.pass_context
def export(
    ctx: click.Context,
    output: Path,
    fmt: str | None,
    what: str,
    annotators: tuple[str, ...],
    gold: bool,
    layers: tuple[str, ...],
    excel: bool,
    suggestions: bool,
) -> None:
    """Export annotations as CSV (the gold-label deliverable), native JSONL, or
    another tool's format (see README "Formats"); with --suggestions, the
    suggestions instead (never mixed with annotations)."""
    chosen = export_format_for(output, fmt)
    if suggestions:
        from annotator.io.suggestion_export import export_suggestions

        if chosen.name not in ("csv", "jsonl"):
            raise click.UsageError("--suggestions writes csv or jsonl only")
        with _open(ctx) as project:
            count = export_suggestions(project, output, chosen.name, layers)
        click.echo(f"wrote {count} suggestion(s) to {output}")
        return
    from annotator.io.exporter import ExportSelection, export_csv, export_documents_csv

    selection = ExportSelection(annotators, gold, layers)
    with _open(ctx) as project:
        unknown = [layer for layer in layers if project.schema.layer(layer) is None]
        if unknown:
            raise ProjectError(project.path, f"no layer '{unknown[0]}' in the schema")
        if what == "documents":
            if chosen.name != "csv":
                raise click.UsageError("--what documents writes CSV only")
            rows = export_documents_csv(project, output, selection, excel=excel)
            click.echo(f"wrote {rows} document row(s) to {output}")
            return
        if chosen.name == "csv":
            rows = export_csv(project, output, selection, excel=excel)
            click.echo(f"wrote {rows} annotation(s) to {output}")
            return
        assert chosen.writer is not None
        result = chosen.writer(project, output, selection)
    click.echo(f"wrote {result.count} {result.unit} to {output}")
    if result.not_written:
        click.echo(f"not written ({chosen.title} cannot hold them):")
        for line in result.not_written:
            click.echo(f"  {line}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Documents, annotations per annotator and layer, progress."""
    from annotator.store.time_on_task import active_seconds_by_annotator
    from annotator.team.time_on_task import format_duration, summarise

    with _open(ctx) as project:
        counts = project.annotations.counts()
        annotators = project.annotations.annotators()
        times = {name: summarise(s) for name, s in active_seconds_by_annotator(project).items()}
        data: dict[str, Any] = {
            "project": str(project.path),
            "documents": project.documents.count(),
            "annotators": {
                name: {
                    "annotations": {
                        layer: counts.get((name, layer), 0) for layer in project.schema.layer_names
                    },
                    "progress": {
                        status.value: n
                        for status, n in project.progress.status_counts(name).items()
                    },
                    "active_time": {
                        "documents": times[name].documents if name in times else 0,
                        "total_seconds": times[name].total if name in times else 0.0,
                        "median_seconds": times[name].median if name in times else None,
                    },
                }
                for name in annotators
            },
        }
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"project:   {data['project']}")
    click.echo(f"documents: {data['documents']}")
    if not annotators:
        click.echo("no annotations yet")
    for name, info in data["annotators"].items():
        layers = ", ".join(f"{k} {v}" for k, v in info["annotations"].items())
        done = info["progress"][Status.DONE.value]
        busy = info["progress"][Status.IN_PROGRESS.value]
        line = f"{name}: {layers}; {done} done, {busy} in progress of {data['documents']}"
        if name in times:
            line += (
                f"; active {format_duration(times[name].total)} "
                f"(median {format_duration(times[name].median)} per document)"
            )
        click.echo(line)


@main.command()
@click.argument("others", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--into",
    "into",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Project to merge into (default: --project, or the default project).",
)
@click.pass_context
def merge(ctx: click.Context, others: Sequence[Path], into: Path | None) -> None:
    """Bring the documents and annotations of OTHERS into this project.

    Documents match by name and text; annotations by id (merging twice adds
    nothing; an annotation edited in both keeps the newer edit). One
    transaction: any error and nothing changes. Conflicting items (a document
    of the same name with other text) are skipped and listed, and the exit
    status is then 1.
    """
    from annotator.store.merge import merge_projects

    with _open_to_add(into or ctx.find_root().obj) as project:
        report = merge_projects(project, others)
    for line in report.summary_lines():
        click.echo(line)
    if report.conflicts:
        # As import --skip-bad: the rest is merged, but skipped work is never a success.
        click.echo(f"skipped {len(report.conflicts)} conflicting item(s), listed above", err=True)
        ctx.exit(1)


@main.group()
def packages() -> None:
    """Hand documents out to annotators as work packages, and follow their progress."""


@packages.command(name="create")
@click.option(
    "--annotators", "annotator_list", required=True, metavar="NAMES",
    help="Comma-separated annotator names, e.g. alice,bob,carol.",
)  # fmt: skip
@click.option(
    "--overlap", type=float, default=None,
    help="Share of documents (0-1) that go to two annotators, spread evenly over the pairs.",
)  # fmt: skip
@click.option(
    "--per-document", "per_document", type=int, default=None, metavar="K",
    help="Give every document K annotators (instead of --overlap).",
)  # fmt: skip
@click.option("--seed", type=int, default=None, help="Same seed, same packages (default: random).")
@click.option(
    "--only-unassigned", is_flag=True,
    help="Hand out only documents nobody was assigned yet (a corpus that grows).",
)  # fmt: skip
@click.option(
    "-o", "--output", "folder", required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the package files <annotator>.annotator.sqlite.",
)  # fmt: skip
@click.pass_context
def packages_create(
    ctx: click.Context,
    annotator_list: str,
    overlap: float | None,
    per_document: int | None,
    seed: int | None,
    only_unassigned: bool,
    folder: Path,
) -> None:
    """Write one package file per annotator into the -o folder; record the assignments.

    A package holds the schema, the guidelines and only that annotator's
    documents (with only their own earlier work); it opens in the window as
    that annotator. Send it by any file transfer; merge it back with
    ``annotator merge``.
    """
    from annotator.team.packages import PackageRequest, create_packages, parse_annotators

    if overlap is not None and per_document is not None:
        raise click.UsageError("give either --overlap or --per-document, not both")
    request = PackageRequest(
        parse_annotators(annotator_list),
        folder,
        overlap=overlap or 0.0,
        per_document=per_document or 1,
        seed=seed,
        only_unassigned=only_unassigned,
    )
    with _open(ctx) as project:
        made = create_packages(project, request)
    shared = sum(1 for names in made.plan.annotators_of().values() if len(names) > 1)
    total = len(made.plan.annotators_of())
    click.echo(
        f"handed out {total} document(s) to {len(made.paths)} annotator(s), "
        f"{shared} of them to more than one (seed {made.plan.seed}):"
    )
    for path, origin in zip(made.paths, made.origins, strict=True):
        click.echo(f"  {path}  {origin.annotator}: {origin.documents} document(s)")


@packages.command(name="status")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def packages_status(ctx: click.Context, as_json: bool) -> None:
    """Per annotator: documents assigned, packages returned, in progress, done, time spent."""
    from dataclasses import asdict

    from annotator.store.assignments import work_by_annotator
    from annotator.team.time_on_task import format_duration

    with _open(ctx) as project:
        work = work_by_annotator(project)
    if as_json:
        click.echo(json.dumps([asdict(w) for w in work], indent=2, ensure_ascii=False))
        return
    if not work:
        click.echo("no packages yet: see 'annotator packages create --help'")
        return
    header = ("annotator", "assigned", "returned", "in progress", "done", "time")
    rows = [
        (
            w.annotator,
            str(w.assigned),
            f"{w.returned}/{w.packages}",
            str(w.in_progress),
            str(w.done),
            format_duration(w.active_seconds),
        )
        for w in work
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        click.echo("  ".join(cells).rstrip())


@main.command()
@click.option("--layer", "layers", multiple=True, help="Only this layer (repeat).")
@click.option("--annotator", "annotators", multiple=True, help="Only this annotator (repeat).")
@click.option(
    "--match", type=click.Choice(["exact", "overlap"]), default="overlap", show_default=True,
    help="How spans of different annotators are paired into units.",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
    show_default=True,
)  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--origin", "origins", multiple=True, type=click.Choice(["manual", "suggested", "imported"]),
    help="Only annotations of this origin (repeat): do suggestions bias annotators?",
)  # fmt: skip
@click.pass_context
def agreement(
    ctx: click.Context,
    layers: tuple[str, ...],
    annotators: tuple[str, ...],
    match: str,
    fmt: str,
    output: Path | None,
    origins: tuple[str, ...],
) -> None:
    """Inter-annotator agreement per layer and attribute (gold excluded).

    Span agreement: pairwise precision/recall/F1 (exact and overlap).
    Attributes: Krippendorff's alpha, Fleiss' kappa, pairwise Cohen's kappa and
    percent agreement over aligned units. The report explains each figure.
    """
    from annotator.io.atomic import atomic_text_writer
    from annotator.review.agreement import (
        agreement_report_of_labels,
        gc_paused,
        report_text,
        schema_choices,
    )
    from annotator.store.assignments import overlapped_documents
    from annotator.team.overlap import describe_scope, labels_on_overlapped_documents

    with _open(ctx) as project, gc_paused():
        unknown = [layer for layer in layers if project.schema.layer(layer) is None]
        if unknown:
            raise ProjectError(project.path, f"no layer '{unknown[0]}' in the schema")
        schema_layers = {
            layer.name: {a.name: a.type for a in layer.attributes}
            for layer in project.schema.layers
        }
        # Plain rows, not Annotations: the report needs a few columns of 300,000 labels
        # (read with the garbage collector paused, as the report is computed).
        labels = project.annotations.agreement_labels(annotators, layers, origins)
        overlap = overlapped_documents(project)
        report = agreement_report_of_labels(
            labels_on_overlapped_documents(labels, overlap),
            schema_layers,
            list(layers) or None,
            list(annotators) or None,
            match,
            schema_choices(project.schema),
        )
        report["scope"] = str(describe_scope(overlap))
    text = report_text(report, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        with atomic_text_writer(output) as handle:
            handle.write(text)
        click.echo(f"wrote the agreement report to {output}")


@main.command()
@click.option(
    "--suggester", "suggesters", multiple=True, help="Only this suggester (repeat; see --list)."
)
@click.option("--layer", "layers", multiple=True, help="Only this layer (repeat).")
@click.option("--document", "documents", multiple=True, help="Only this document (repeat).")
@click.option("--corpus", is_flag=True, help="repeat: also spans tagged in other documents.")
@click.option("--list", "list_them", is_flag=True, help="List the suggesters and stop.")
@click.option("--off-for", "off_for", multiple=True, help="Turn suggestions off for NAME.")
@click.option("--on-for", "on_for", multiple=True, help="Turn suggestions back on for NAME.")
@click.option("--evaluate", is_flag=True, help="Measure the suggestions against --against.")
@click.option("--against", help="With --evaluate: the annotator whose labels are the truth.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.pass_context
def suggest(
    ctx: click.Context,
    suggesters: tuple[str, ...],
    layers: tuple[str, ...],
    documents: tuple[str, ...],
    corpus: bool,
    list_them: bool,
    off_for: tuple[str, ...],
    on_for: tuple[str, ...],
    evaluate: bool,
    against: str | None,
    fmt: str,
) -> None:
    """Pre-annotate: run the suggesters over the project (all by default).

    Idempotent: open suggestions are replaced, accepted and rejected ones kept
    (and never proposed again). With --evaluate, prints precision, recall and
    F1 of the open and accepted suggestions against an annotator's labels.
    """
    from annotator.suggest.registry import SUGGESTERS

    if off_for or on_for:
        from annotator.store.suggestions import set_suggestions_off, suggestions_off

        with _open(ctx) as project:
            for name in off_for:
                set_suggestions_off(project, name, True)
            for name in on_for:
                set_suggestions_off(project, name, False)
            off = sorted(suggestions_off(project))
        click.echo(f"suggestions are off for: {', '.join(off) or 'nobody'}")
        return
    if list_them:
        for item in SUGGESTERS:
            layers_text = ", ".join(item.layers) or "any layer"
            click.echo(f"{item.name:<8} {layers_text:<10} {item.description}")
        return
    if evaluate:
        from annotator.suggest.evaluate import evaluate_project, format_report

        if not against:
            raise click.UsageError("--evaluate needs --against ANNOTATOR")
        with _open(ctx) as project:
            report = evaluate_project(project, against, layers, suggesters)
        if fmt == "json":
            click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            click.echo(format_report(report, against))
        return
    from annotator.suggest.run import run_suggesters

    def progress(done: int, total: int) -> None:
        if done == total or done % max(1, total // 10) == 0:
            click.echo(f"suggest: {done}/{total} documents", err=True)

    with _open(ctx) as project:
        summary = run_suggesters(
            project, suggesters, layers, documents, corpus=corpus, progress=progress
        )
    click.echo(
        f"{summary.suggestions} open suggestion(s) in {summary.documents} document(s) from "
        f"{', '.join(summary.suggesters) or 'no suggester'}; "
        f"{summary.kept_decided} already decided, not proposed again"
    )


@main.command()
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write (replaced atomically).",
)  # fmt: skip
@click.pass_context
def report(ctx: click.Context, output: Path) -> None:
    """Write the team report: one self-contained HTML file (charts inside, no network).

    Progress per annotator, active time per document, agreement per layer and
    attribute, and confusion heat maps per choice/flag attribute and pair.
    """
    from annotator.io.atomic import atomic_text_writer
    from annotator.team.report import gather, render_html

    with _open(ctx) as project:
        data = gather(project)
    page = render_html(data)
    with atomic_text_writer(output) as handle:
        handle.write(page)
    click.echo(f"wrote the team report to {output}")


@main.command()
@click.option("--quick", is_flag=True, help="Only SQLite's quick check and foreign keys.")
@click.pass_context
def check(ctx: click.Context, quick: bool) -> None:
    """Verify a project: SQLite integrity, text hashes, offsets, schema, refs, gold links.

    Prints each problem with its ids and exits with status 1 if there is any.
    """
    from annotator.store.integrity import check_project

    with _open(ctx) as project:
        problems = check_project(project, thorough=not quick)
        name = project.path
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {name}", err=True)
        ctx.exit(1)
    click.echo(f"{name}: no problems found")


@main.group()
def schema() -> None:
    """Show or extend the project's schema."""


@schema.command(name="show")
@click.pass_context
def schema_show(ctx: click.Context) -> None:
    """Print the project's schema as TOML."""
    with _open(ctx) as project:
        click.echo(project.schema.to_toml(), nl=False)


@schema.command(name="update")
@click.argument("schema_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def schema_update(ctx: click.Context, schema_file: Path) -> None:
    """Adopt SCHEMA_FILE: adding layers, attributes and choices is fine; removing
    anything that annotations use is refused."""
    new = load_schema(schema_file)
    with _open(ctx) as project:
        project.replace_schema(new)
    click.echo(f"schema updated: {_layers(new)}")


@main.group()
def backup() -> None:
    """List, take or restore the project's rolling backups (one a day; seven of each kind)."""


def _backup_folder(project: Project) -> Path:
    from annotator.locations import backup_folder

    return backup_folder(project.path)


@backup.command(name="list")
@click.pass_context
def backup_list(ctx: click.Context) -> None:
    """Show the backups, newest first, numbered for ``backup restore``."""
    from annotator.store.backups import list_backups

    with _open(ctx) as project:
        folder = _backup_folder(project)
    found = list_backups(folder)
    click.echo(f"backups of {project.path} in {folder}:")
    if not found:
        click.echo("  (none yet: one is taken each day the window opens the project)")
    for number, item in enumerate(found, start=1):
        counts = (
            f"{item.documents} documents, {item.annotations} annotations"
            if item.documents is not None
            else "unreadable"
        )
        click.echo(f"  {number}. {item.taken:%Y-%m-%d %H:%M:%S}  {item.reason:<15} {counts}")


@backup.command(name="now")
@click.pass_context
def backup_now(ctx: click.Context) -> None:
    """Take a backup now (the newest seven taken this way are kept)."""
    from annotator.store.backups import take_backup

    with _open(ctx) as project:
        path = take_backup(project, _backup_folder(project))
    click.echo(f"backup written: {path}")


@backup.command(name="restore")
@click.argument("which")
@click.pass_context
def backup_restore(ctx: click.Context, which: str) -> None:
    """Replace the project's content with backup WHICH (a number from ``backup list``,
    or a file). The current content is backed up first, so this can be undone."""
    from annotator.store.backups import list_backups, restore_backup

    with _open(ctx) as project:
        folder = _backup_folder(project)
        if which.isdigit():
            found = list_backups(folder)
            if not 1 <= int(which) <= len(found):
                raise ProjectError(project.path, f"there is no backup number {which}")
            chosen = found[int(which) - 1].path
        else:
            chosen = Path(which)
        saved = restore_backup(project, chosen, folder)
    click.echo(f"restored {chosen.name}; the previous content is in {saved}")


if __name__ == "__main__":  # pragma: no cover
    main()
