"""Importing from a pipe: ``-`` (standard input), ``/dev/stdin``, ``<(zcat x.jsonl.gz)``.

An import reads a file more than once: ``auto`` reads its head to tell the
format, a reader opens it again, and the JSON-lines reader seeks back past a
byte-order mark. A pipe can be read once only, so its bytes are copied once
into a temporary file and the import reads the copy, which is removed
afterwards. The copy is named like the pipe (``stdin`` for ``-``), so a text
document imported from it is named the same, and every message is shown with
the pipe's name instead of the copy's path (``shown_as``).
"""

from __future__ import annotations

import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

STDIN = "-"
"""The usual name of standard input on a command line."""


def is_pipe(path: Path) -> bool:
    """Whether ``path`` is ``-`` or something that can be read only once (a FIFO,
    a terminal, ``/dev/stdin`` redirected from one): not a file, not a folder."""
    if str(path) == STDIN:
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # missing: the import says so, naming it
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextmanager
def readable_paths(
    paths: Sequence[Path],
) -> Iterator[tuple[list[Path], Callable[[str], str]]]:
    """``paths`` with each pipe replaced by a temporary copy of what it holds, and a
    function that turns a message naming a copy into one naming its pipe."""
    pipes = [path for path in paths if is_pipe(path)]
    if not pipes:
        yield list(paths), lambda text: text
        return
    folder = Path(tempfile.mkdtemp(prefix="annotator-pipe-"))
    try:
        copies: dict[Path, Path] = {}
        for number, pipe in enumerate(pipes):
            name = "stdin" if str(pipe) == STDIN else pipe.name or "stdin"
            copy = folder / str(number) / name
            copy.parent.mkdir()
            with copy.open("wb") as target:
                if str(pipe) == STDIN:
                    shutil.copyfileobj(sys.stdin.buffer, target, 1 << 20)
                else:
                    with pipe.open("rb") as source:
                        shutil.copyfileobj(source, target, 1 << 20)
            copies[pipe] = copy
        shown = {str(copy): str(pipe) for pipe, copy in copies.items()}

        def shown_as(text: str) -> str:
            for copy_name, pipe_name in shown.items():
                text = text.replace(copy_name, pipe_name)
            return text

        yield [copies.get(path, path) for path in paths], shown_as
    finally:
        shutil.rmtree(folder, ignore_errors=True)
