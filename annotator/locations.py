"""Which project file to open when the user names none.

``--project PATH`` wins, then ``ANNOTATOR_PROJECT``, then the default project
in the user's data folder (platformdirs), which is created on first use with
the default schema and the seed articles so that a new user sees real text.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from annotator.core.schema import load_schema
from annotator.io.format_protocol import ImportOptions
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.backups import folder_name
from annotator.store.project import Project

APP_NAME = "annotator"
DEFAULT_PROJECT_NAME = "default.annotator.sqlite"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def backup_folder(project_path: Path) -> Path:
    """Where the rolling backups of ``project_path`` live: in the user's data folder,
    not beside the project, so that losing the project's folder does not lose them."""
    return data_dir() / "backups" / folder_name(project_path)


def default_project_path() -> Path:
    return data_dir() / DEFAULT_PROJECT_NAME


def chosen_project_path(given: str | Path | None) -> tuple[Path, bool]:
    """(path, is_default): what ``--project`` / ``ANNOTATOR_PROJECT`` / the default name."""
    if given:
        return Path(given).expanduser(), False
    from_env = os.environ.get("ANNOTATOR_PROJECT")
    if from_env:
        return Path(from_env).expanduser(), False
    return default_project_path(), True


def open_project(
    given: str | Path | None = None, *, seed_default: bool = True, create: bool = True
) -> Project:
    """Open the chosen project, creating it (seeded, if it is the default) when new.

    With ``create=False`` a named project must exist: a mistyped ``--project``
    for ``check`` or ``export`` is an error, not a new empty project that passes.
    The default project is always created on first use.
    """
    path, is_default = chosen_project_path(given)
    schema = load_schema(default_schema_path())
    project = Project.open(path, create=create or is_default, schema=schema)
    # Checked by content rather than "file was just created", so a first run
    # killed between creating and seeding is completed by the next one.
    if is_default and seed_default and project.documents.count() == 0:
        from annotator.io.importer import import_files  # only to seed: not on every start

        import_files(project, [seeds_dir()], ImportOptions())
    return project
