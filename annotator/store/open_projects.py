"""The project files this process has open, so that nothing else in it opens them.

POSIX advisory locks belong to a process, not to a descriptor: closing *any*
descriptor of a file releases every lock the process holds on it (SQLite's
"How To Corrupt An SQLite Database File", section 2.2). A project connection
keeps a shared lock on the project file; that lock is how another process that
closes its own connection learns it is not the last user. Lose it, and that
process checkpoints and deletes the WAL under our feet: every later edit is
written to a deleted file and vanishes.

So nothing in this process may ``open()`` and ``close()`` a project file (or its
``-wal``/``-shm``/``-journal``) while a connection to it is open: not to sniff a
header, hash, copy, or import it. :class:`~annotator.store.project.Project`
registers here; readers of user-named files ask :func:`project_file_in_use`
first, which only calls ``stat()`` (no descriptor, no lock change).
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from annotator.core.messages import Message

_COMPANIONS = ("-wal", "-shm", "-journal")

_lock = threading.Lock()
_open: Counter[tuple[int, int]] = Counter()


def _key(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def register(path: Path) -> tuple[int, int] | None:
    """Note that a connection to ``path`` is open; returns the key to :func:`unregister`."""
    key = _key(path)
    if key is not None:
        with _lock:
            _open[key] += 1
    return key


def unregister(key: tuple[int, int] | None) -> None:
    if key is None:
        return
    with _lock:
        _open[key] -= 1
        if _open[key] <= 0:
            del _open[key]


def project_file_in_use(path: str | Path) -> bool:
    """Whether ``path`` is a project file this process has open, or one of its companions."""
    path = Path(path)
    candidates = [path]
    for suffix in _COMPANIONS:
        if path.name.endswith(suffix):
            candidates.append(path.with_name(path.name[: -len(suffix)]))
    with _lock:
        if not _open:
            return False
        keys = set(_open)
    return any(_key(candidate) in keys for candidate in candidates)


def companion_base(path: str | Path) -> Path | None:
    """The project ``path`` is SQLite's ``-wal``/``-shm``/``-journal`` file of, or None."""
    path = Path(path)
    for suffix in _COMPANIONS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return None


def remove_project_file(path: Path) -> None:
    """Delete the project file ``path`` and its SQLite companions; only for a file this
    process created and has closed again (a refused import into a new project)."""
    for suffix in ("", *_COMPANIONS):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def without_companions(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """``paths`` split into (the files to read, SQLite companion files to leave alone).

    Opening a WAL-mode project (even read-only) leaves ``-wal``/``-shm`` files
    beside it, so ``annotator merge inbox/*`` after a first merge also names
    them. A companion is skipped when its project is among ``paths`` or lies
    beside it: it is part of that file, never an input of its own. One whose
    project is nowhere is kept, so the reader refuses it by name.
    """
    given = {os.path.abspath(p) for p in paths}
    kept: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        base = companion_base(path)
        if base is not None and (os.path.abspath(base) in given or base.is_file()):
            skipped.append(path)
        else:
            kept.append(path)
    return kept, skipped


def describe_skipped_companions(skipped: Sequence[str | Path]) -> Message:
    """The one line that says which companion files were left out, and why."""
    return Message(
        "skipped %n SQLite companion file(s) of a project beside them "
        "(-wal/-shm/-journal, part of that project, not inputs): {names}",
        count=len(skipped),
        names=", ".join(str(path) for path in skipped),
    )
