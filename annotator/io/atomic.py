"""Write a file completely or not at all.

Exports go to a temporary file in the target's folder and are renamed over
the target only once fully written and flushed, so a crash or an error never
leaves half a CSV that someone might take for the whole gold set.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from annotator.core.errors import InputError
from annotator.core.messages import Message
from annotator.store.open_projects import project_file_in_use


def _cannot_write(error: OSError) -> Message:
    return Message("cannot write here: {reason}", reason=error.strerror)


@contextmanager
def atomic_text_writer(target: str | Path, *, bom: bool = False) -> Iterator[IO[str]]:
    target = Path(target)
    if target.is_dir():
        raise InputError(Message("is a folder; give a file name to write to"), source=str(target))
    if project_file_in_use(target):
        raise InputError(
            Message("is the project file itself; give another file name to write to"),
            source=str(target),
        )
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as error:
        raise InputError(_cannot_write(error), source=str(target)) from None
    try:
        # mkstemp creates the file private (0600); give it the mode of any new file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_folder_writer(target: str | Path) -> Iterator[Path]:
    """A new folder written completely or not at all (brat exports are folders).

    The files go into a hidden temporary folder beside ``target``, renamed to
    ``target`` at the end; an existing non-empty ``target`` is refused rather
    than mixed with what was there.
    """
    import shutil

    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(
            Message("exists and is not an empty folder; give a new folder name to write to"),
            source=str(target),
        )
    parent = target.parent if str(target.parent) else Path(".")
    try:
        temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=parent))
    except OSError as error:
        raise InputError(_cannot_write(error), source=str(target)) from None
    try:
        umask = os.umask(0)  # mkdtemp makes the folder private (0700): give it a new folder's mode
        os.umask(umask)
        os.chmod(temporary, 0o777 & ~umask)
        yield temporary
        if target.exists():
            target.rmdir()
        os.replace(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
