"""Nothing in a process that has a project open may drop that connection's file locks.

POSIX locks belong to the process: any ``close()`` of another descriptor of the
project file releases the connection's shared lock, and the next process to
close its own connection then thinks it is the last user, checkpoints and
deletes the WAL. Edits made afterwards go to a deleted file and are lost.
These tests do what the window does (a second ``Project.open`` for the checks
on open, imports, exports) and then let another process open and close the
project; the first connection's edits must still reach the file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Annotation, Origin
from annotator.core.schema import load_schema
from annotator.io.exporter import ExportSelection, export_csv
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import collect_files, import_files
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.open_projects import project_file_in_use
from annotator.store.project import Project

OPEN_AND_CLOSE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM documents').fetchone()\n"
    "c.close()\n"
)


def locked_inodes() -> set[int]:
    """Inodes this process holds a POSIX lock on (Linux)."""
    inodes = set()
    for line in Path("/proc/locks").read_text().split("\n"):
        fields = line.split()
        if len(fields) > 5 and fields[4] == str(os.getpid()):
            inodes.add(int(fields[5].split(":")[2]))
    return inodes


def count_in_another_process(path: Path, annotation_id: str) -> int:
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
        "print(c.execute('SELECT count(*) FROM annotations WHERE id = ?', (sys.argv[2],))"
        ".fetchone()[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path), annotation_id],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(result.stdout)


def _second_open(project: Project, tmp_path: Path) -> None:
    with Project.open(project.path):  # the window's checks on open do exactly this
        pass


def _read_only_open(project: Project, tmp_path: Path) -> None:
    with Project.open(project.path, read_only=True):
        pass


def _import_folder_holding_the_project(project: Project, tmp_path: Path) -> None:
    (project.path.parent / "new.txt").write_text("Another article.\n", encoding="utf-8")
    import_files(project, [project.path.parent], ImportOptions())


def _import_the_project_itself(project: Project, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="project file open in annotator"):
        collect_files([project.path])
    with pytest.raises(InputError, match="project file open in annotator"):
        collect_files([Path(f"{project.path}-wal")])


def _export_over_the_project(project: Project, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="the project file itself"):
        export_csv(project, project.path, ExportSelection())


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's /proc/locks")
@pytest.mark.parametrize(
    "touch",
    [
        _second_open,
        _read_only_open,
        _import_folder_holding_the_project,
        _import_the_project_itself,
        _export_over_the_project,
    ],
)
def test_edits_reach_the_file_after_another_process_closes(
    tmp_path: Path, touch: Callable[[Project, Path], None]
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "p.sqlite"
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        import_files(project, [seeds_dir()], ImportOptions())
        inode = path.stat().st_ino
        assert inode in locked_inodes()  # the connection's shared lock on the file

        touch(project, tmp_path)

        assert inode in locked_inodes(), "this process lost its lock on the project file"
        subprocess.run([sys.executable, "-c", OPEN_AND_CLOSE, str(path)], check=True, timeout=60)
        assert Path(f"{path}-wal").exists(), "another process deleted the WAL under us"

        annotation = Annotation(
            str(uuid.uuid4()), 1, "alice", "stance", 0, 5,
            {"holder": "h", "polarity": "favor"}, origin=Origin.MANUAL,
        )  # fmt: skip
        project.annotations.add(annotation)
        assert count_in_another_process(path, annotation.id) == 1


def test_registry_follows_open_and_close(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    project = Project.open(path, create=True, schema=load_schema(default_schema_path()))
    second = Project.open(path)
    assert project_file_in_use(path)
    assert project_file_in_use(Path(f"{path}-shm"))
    assert not project_file_in_use(tmp_path / "other.sqlite")
    second.close()
    assert project_file_in_use(path)  # the first connection is still open
    project.close()
    assert not project_file_in_use(path)
