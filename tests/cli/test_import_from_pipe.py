"""``annotator import`` from a pipe: ``-``, ``/dev/stdin``, a FIFO (``<(zcat x.gz)``).

A pipe can be read once, while an import reads a file's head to tell its format and
then reads it again; before ``io/piped_input.py`` this ended in a traceback
("File or stream is not seekable"). Real processes, since standard input is the point.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from tests.cli.conftest import Run

RECORDS = '{"name": "a", "text": "Ala ma kota 🐈."}\n{"name": "b", "text": "Кот."}\n'


def _names(project: Path) -> list[str]:
    with sqlite3.connect(project) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM documents ORDER BY id")]


def test_jsonl_on_standard_input_as_dash(annotator: Run, tmp_path: Path) -> None:
    annotator("init", "p.sqlite")
    done = annotator("--project", "p.sqlite", "import", "--format", "jsonl", "-", stdin=RECORDS)
    assert done.returncode == 0, done.stderr
    assert "imported 2 document(s)" in done.stdout
    assert _names(tmp_path / "p.sqlite") == ["a", "b"]
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("annotator-pipe-*/0/stdin"))


def test_plain_text_on_standard_input_is_one_document_named_stdin(
    annotator: Run, tmp_path: Path
) -> None:
    annotator("init", "p.sqlite")
    done = annotator(
        "--project", "p.sqlite", "import", "--format", "text", "/dev/stdin",
        stdin="Premier powiedział: „Nie”.\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _names(tmp_path / "p.sqlite") == ["stdin"]


def test_a_bad_line_on_a_pipe_names_the_pipe_and_its_line(annotator: Run, tmp_path: Path) -> None:
    annotator("init", "p.sqlite")
    before = (tmp_path / "p.sqlite").read_bytes()
    refused = annotator(
        "--project", "p.sqlite", "import", "--format", "jsonl", "-",
        stdin=RECORDS + "not json\n",
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: -:3: invalid JSON"), refused.stderr
    assert "Traceback" not in refused.stderr
    assert "annotator-pipe-" not in refused.stderr  # the copy is not what the user named
    assert (tmp_path / "p.sqlite").read_bytes() == before


def test_without_a_format_a_pipe_is_refused_asking_for_one(annotator: Run, tmp_path: Path) -> None:
    refused = annotator("--project", "new.sqlite", "import", "-", stdin=RECORDS)
    assert refused.returncode == 1
    # With no suffix to go by, the refusal says what the content looks like.
    assert refused.stderr.startswith("error: -: unknown kind of file"), refused.stderr
    assert "looks like an annotator JSONL file: use --format jsonl" in refused.stderr
    assert not (tmp_path / "new.sqlite").exists()  # the refused import left no project


def test_a_fifo_such_as_process_substitution(annotator: Run, tmp_path: Path) -> None:
    fifo = tmp_path / "records"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("w", encoding="utf-8") as writer:
            writer.write(RECORDS)

    writer = threading.Thread(target=feed)
    writer.start()
    done = annotator("--project", "p.sqlite", "import", "--format", "jsonl", fifo)
    writer.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert _names(tmp_path / "p.sqlite") == ["a", "b"]
