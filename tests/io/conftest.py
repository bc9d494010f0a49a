"""Fixtures for the import/export tests: real project files under ``tmp_path`` (no Qt)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.project import Project
from tests.seeded import seed_project


@dataclass(frozen=True)
class ProjectState:
    """Everything that could change in a project file: its bytes and its content."""

    sha256: str
    documents: int
    annotations: int
    dump: tuple[str, ...]


def project_state(path: Path) -> ProjectState:
    """State of a *closed* project (closing checkpoints the WAL into the file)."""
    assert not Path(f"{path}-wal").exists(), "close the project before taking its state"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        annotations = connection.execute("SELECT count(*) FROM annotations").fetchone()[0]
        dump = tuple(connection.iterdump())
    finally:
        connection.close()
    return ProjectState(digest, documents, annotations, dump)


@pytest.fixture
def state() -> Callable[[Path], ProjectState]:
    """``state(path)``: bytes and logical content of a closed project file."""
    return project_state


@pytest.fixture
def rejects(tmp_path: Path) -> Callable[..., InputError]:
    """``rejects(paths, project=None, **options)``: the import fails and changes nothing.

    The project (a seeded one unless given) is closed, its state taken, reopened,
    the import attempted, closed again and compared: the bytes of the ``.sqlite``
    file, the document and annotation counts and the full SQL dump.
    """

    def check(paths: Sequence[Path], project: Project | None = None, **options: Any) -> InputError:
        if project is None:
            project = Project.open(seed_project(tmp_path / "seeded.sqlite"))
        path = project.path
        project.close()
        before = project_state(path)
        reopened = Project.open(path)
        try:
            with pytest.raises(InputError) as caught:
                import_files(reopened, list(paths), ImportOptions(**options))
        finally:
            reopened.close()
        after = project_state(path)
        assert (after.documents, after.annotations) == (before.documents, before.annotations)
        assert after.dump == before.dump
        assert after.sha256 == before.sha256
        return caught.value

    return check
