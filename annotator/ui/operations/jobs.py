"""Writes too large for the UI thread: import, merge, restore.

Each runs on a worker thread with its own connection (one all-or-nothing
transaction, as the command line does it); when it has committed, the
operations layer announces ``Changes.all()`` so every view reads again.

The importer and the merge are imported when a job first runs: the window's start
(bench row 7) imports this module for its menus and does not need them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from annotator.core.changes import Changes
from annotator.io.foreign_labels import UnknownLabelsError
from annotator.io.format_protocol import ImportOptions
from annotator.store.backups import restore_backup as run_restore
from annotator.store.project import Project
from annotator.ui.background import run_in_background
from annotator.ui.language import error_text, shown, translate
from annotator.ui.operations.operations import Operations

T = TypeVar("T")


def import_files(
    operations: Operations,
    parent: QWidget,
    paths: Sequence[str],
    on_done: Callable[[str], None],
    on_error: Callable[[str], None],
    *,
    add_layers: bool = False,
    on_unknown_labels: Callable[[str], None] | None = None,
) -> None:
    """Import ``paths``; ``on_done`` gets a summary to show.  ``add_layers``: the
    files' unknown labels become layers (as ``annotator import --add-layers``).
    ``on_unknown_labels`` (when given) gets the refusal of files whose labels the
    schema lacks, instead of ``on_error``: the window then offers to add them."""
    from annotator.io.importer import import_files as run_import

    project_path = operations.project.path

    def work() -> str | _UnknownLabels:
        with Project.open(project_path) as project:
            options = ImportOptions(add_layers=add_layers)
            try:
                plan, summary = run_import(project, paths, options)
            except UnknownLabelsError as error:
                if on_unknown_labels is None:
                    raise
                return _UnknownLabels(error_text(error))
        # One sentence per count: each has its own plural form in Polish, Russian, Ukrainian.
        # (The counts are plain names: lupdate skips a call whose count is an expression.)
        added, labels, unchanged = (
            len(summary.added),
            summary.annotations_added,
            len(summary.unchanged),
        )
        lines = [
            translate("Jobs", "Imported %n document(s).", "", added),
            translate("Jobs", "Added %n annotation(s).", "", labels),
        ]
        if unchanged:
            lines.append(translate("Jobs", "%n already present, unchanged.", "", unchanged))
        return "\n".join(lines + [shown(line) for line in plan.report()])

    def done(result: str | _UnknownLabels) -> None:
        if isinstance(result, _UnknownLabels):
            assert on_unknown_labels is not None
            on_unknown_labels(result.text)
        else:
            on_done(result)

    _run(operations, parent, translate("Jobs", "Importing…"), work, done, on_error)


@dataclass(frozen=True)
class _UnknownLabels:
    """An import refused for labels the schema lacks (nothing was written)."""

    text: str


def merge_projects(
    operations: Operations,
    parent: QWidget,
    paths: Sequence[str],
    on_done: Callable[[list[str]], None],
    on_error: Callable[[str], None],
) -> None:
    """Merge other annotators' project files into this one; ``on_done`` gets the report."""
    from annotator.store.merge import merge_projects as run_merge

    project_path = operations.project.path

    def work() -> list[str]:
        with Project.open(project_path) as project:
            return [shown(line) for line in run_merge(project, paths).summary()]

    _run(operations, parent, translate("Jobs", "Merging…"), work, on_done, on_error)


def restore_backup(
    operations: Operations,
    parent: QWidget,
    backup: Path,
    folder: Path,
    on_done: Callable[[Path], None],
    on_error: Callable[[str], None],
) -> None:
    """Put a backup's content back (the current content is backed up first).

    ``on_done`` gets the path of that safety backup; the caller reopens the
    project, since everything under the window was replaced.
    """
    project_path = operations.project.path

    def work() -> Path:
        # Its own connection: copying a large project must not freeze the window.
        with Project.open(project_path) as project:
            return run_restore(project, backup, folder)

    _run(operations, parent, translate("Jobs", "Restoring the backup…"), work, on_done, on_error)


def _run(
    operations: Operations,
    parent: QWidget,
    label: str,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[str], None],
) -> None:
    def finished(result: T) -> None:
        operations.notify(Changes.all())
        on_done(result)

    run_in_background(parent, label, work, finished, on_error)
