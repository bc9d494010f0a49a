"""Hand-made nasty inputs through the real ``annotator import`` command (issue #6).

Every case runs the click command in-process (CliRunner, exceptions not caught,
so a traceback fails the test; one case also as a real process) and checks:
exit status 1, a message naming the file and, where one exists, the line, no
traceback, and the project unchanged.

"Byte-for-byte unchanged", honestly: a project is a SQLite database in WAL
mode.  While it is open, committed changes may live in ``<project>-wal`` and
the main file alone says little.  The project here is closed before and after
the import (closing the last connection checkpoints the WAL into the main
file and deletes it; the state helper asserts that no ``-wal`` file is left),
so the ``.sqlite`` file is then the whole database and its SHA-256 is compared.
It is read with ``immutable=1``: a plain read-only connection would itself
leave empty ``-wal``/``-shm`` files beside a WAL database.
The template project was already opened in WAL mode once (creation writes it in
rollback-journal mode, and the first open switches the header to WAL), so a
read-only open does not alter a byte.  The full SQL dump and the counts are
compared as well, so a failure says *what* changed.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from annotator.cli import main
from annotator.resources import seeds_dir
from tests.schemas import schema_path

SCHEMA_TOML = schema_path("every_kind").read_text(encoding="utf-8")

SEED = sorted(seeds_dir().glob("*.txt"))[0].name
EMOJI_TEXT = "😀😀 Kazakhstan 🇵🇱 said no."  # 25 code points, 29 UTF-16 code units
N = len(EMOJI_TEXT)
N16 = len(EMOJI_TEXT.encode("utf-16-le")) // 2
assert (N, N16) == (25, 29)


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus one document with an annotation whose id is ``taken-id``; closed."""
    folder = tmp_path_factory.mktemp("template")
    schema = folder / "schema.toml"
    schema.write_text(SCHEMA_TOML, encoding="utf-8")
    path = folder / "template.sqlite"
    base = folder / "base.jsonl"
    record = {
        "name": "base",
        "text": "Base text.",
        "annotations": [{"id": "taken-id", "layer": "mention", "start": 0, "end": 4}],
    }
    base.write_text(json.dumps(record) + "\n", encoding="utf-8")
    for args in (("init", path, "--schema", schema), ("--project", path, "import", seeds_dir())):
        result = run(*args)
        assert result.exit_code == 0, result.output
    result = run("--project", path, "import", base)
    assert result.exit_code == 0, result.output
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def project(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "project.sqlite"
    shutil.copyfile(template, path)
    return path


def snapshot(path: Path) -> tuple[str, tuple[str, ...]]:
    """(SHA-256 of the closed project file, its SQL dump), touching nothing."""
    assert not Path(f"{path}-wal").exists(), "the project was left open (its WAL is still there)"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        dump = tuple(connection.iterdump())
    finally:
        connection.close()
    assert not Path(f"{path}-wal").exists()
    return digest, dump


# -- the table -------------------------------------------------------------------


@dataclass(frozen=True)
class Nasty:
    id: str
    content: bytes | dict[str, bytes]  # one file, or a folder of files
    name: str = ""  # the file name; for a folder, the file the error must name
    line: int | None = None  # the line the message must give (None: a file-level error)
    reason: str = ""  # a fragment the message must contain
    args: tuple[str, ...] = field(default=())


def jl(*records: object) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def doc(
    *annotations: dict[str, object], text: str = EMOJI_TEXT, name: str = "n"
) -> dict[str, object]:
    return {"name": name, "text": text, "annotations": list(annotations)}


def ann(
    layer: object = "mention", start: object = 2, end: object = 12, **more: object
) -> dict[str, object]:
    return {"layer": layer, "start": start, "end": end, **more}


GOOD = {"name": "good", "text": "Good text."}
BILLION_LAUGHS = (
    '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\nBody.\n"
).encode("ascii")
PWNED = "annotator-nasty-pwned"  # the name the YAML payloads try to create in the cwd

NASTIES = [
    # -- text and Markdown: bytes and encodings
    Nasty("random-bytes", bytes(range(256)) * 8, "a.txt", 2, "not valid utf-8"),
    Nasty("nul-on-line-3", b"one\ntwo\nth\x00ree\n", "a.txt", 3, "NUL"),
    Nasty("invalid-utf8-line-2", b"ok\n\xc3\x28 bad\n", "a.txt", 2, "byte 0xc3"),
    Nasty("overlong-utf8", b"a\xc0\xafb", "a.txt", 1, "not valid utf-8"),
    Nasty("utf8-encoded-surrogate", b"x\n\xed\xa0\x80\n", "a.txt", 2, "not valid utf-8"),
    Nasty(
        "utf16-half-surrogate-pair",
        codecs.BOM_UTF16_LE + "ab\n".encode("utf-16-le") + b"\x3d\xd8" + "x".encode("utf-16-le"),
        "a.txt",
        2,
        "not valid utf-16-le",
    ),
    Nasty(
        "utf16-odd-length",
        codecs.BOM_UTF16_BE + "ab\ncd".encode("utf-16-be") + b"\x00",
        "a.md",
        2,
        "not valid utf-16-be",
    ),
    Nasty("huge-line-then-bad-byte", b"x" * 3_000_000 + b"\n\xff\n", "a.txt", 2, "0xff"),
    Nasty("empty-file", b"", "a.txt", 1, "empty document"),
    Nasty("whitespace-only", b"  \r\n\t\n", "a.txt", 1, "empty document"),
    Nasty("front-matter-only", b"---\ntitle: T\n---\n\n", "a.md", 4, "empty document"),
    Nasty("encoding-rot13", b"text", "a.txt", None, "not a text encoding", ("--encoding", "rot13")),
    Nasty("encoding-unknown", b"text", "a.txt", None, "unknown encoding", ("--encoding", "nope")),
    Nasty("encoding-punycode", b"a..b", "a.txt", None, "punycode", ("--encoding", "punycode")),
    Nasty(
        "encoding-unicode-escape-surrogate",
        b"fine\nthen \\ud83d alone",
        "a.txt",
        2,
        "lone surrogate",
        ("--encoding", "unicode_escape"),
    ),
    # -- YAML front matter: tags a safe loader must refuse, and other traps
    Nasty(
        "yaml-python-object-apply",
        f"---\ntitle: x\nrun: !!python/object/apply:os.system ['touch {PWNED}']\n---\nB.".encode(),
        "a.md",
        3,
        "could not determine a constructor",
    ),
    Nasty(
        "yaml-python-object-new",
        (
            f"---\nx: !!python/object/new:subprocess.check_output [['touch', '{PWNED}']]\n---\nB."
        ).encode(),
        "a.md",
        2,
        "python/object/new",
    ),
    Nasty("yaml-python-name", b"---\nx: !!python/name:os.system\n---\nB.", "a.md", 2, "python"),
    Nasty("yaml-custom-tag", b"---\nx: !vault secret\n---\nB.", "a.md", 2, "!vault"),
    Nasty("yaml-billion-laughs", BILLION_LAUGHS, "a.md", 3, "aliases"),
    Nasty("yaml-recursive-alias", b"---\na: &x [*x]\n---\nBody.", "a.md", 2, "aliases"),
    Nasty("yaml-deep-nesting", b"---\nx: " + b"[" * 100_000 + b"\n---\nB.", "a.md", 2, "deep"),
    Nasty("yaml-impossible-date", b"---\ndate: 2022-02-30\n---\nB.", "a.md", 2, "day is out"),
    Nasty("yaml-huge-int", b"---\nn: " + b"7" * 5000 + b"\n---\nB.", "a.md", 2, "4300 digits"),
    Nasty("yaml-non-text-key", b"---\ntitle: T\n1: one\n---\nB.", "a.md", 2, "key '1'"),
    Nasty("yaml-not-a-mapping", b"---\n- a\n- b\n---\nB.", "a.md", 2, "mapping"),
    Nasty("yaml-syntax-error", b"---\ntitle: T\nx: [unclosed\ny: 1\n---\nB.", "a.md", 4, "YAML"),
    Nasty("yaml-tab-indent", b"---\ntitle:\n\t- x\n---\nB.", "a.md", 3, "YAML"),
    # -- native JSONL: syntax and nesting
    Nasty("jsonl-bad-json-line-2", jl(GOOD) + b"{nope}\n", "a.jsonl", 2, "invalid JSON"),
    Nasty("jsonl-deep-arrays", b"[" * 200_000 + b"\n", "a.jsonl", 1, "nested too deeply"),
    Nasty("jsonl-deep-objects", b'{"a":' * 100_000 + b"1\n", "a.jsonl", 1, "nested too deeply"),
    Nasty("jsonl-huge-int", b'{"name": "n", "text": ' + b"9" * 5000 + b"}", "a.jsonl", 1, "4300"),
    Nasty(
        "jsonl-half-surrogate-in-text",
        jl(GOOD) + b'{"name": "n", "text": "half \\ud83d pair"}\n',
        "a.jsonl",
        2,
        "surrogate",
    ),
    Nasty(
        "jsonl-low-surrogate-in-meta-key",
        b'{"name": "n", "text": "t", "meta": {"\\udc00": 1}}\n',
        "a.jsonl",
        1,
        "surrogate",
    ),
    Nasty("jsonl-array-line", b"[1, 2]\n", "a.jsonl", 1, "JSON object"),
    Nasty("jsonl-string-line", b'"text"\n', "a.jsonl", 1, "JSON object"),
    Nasty("jsonl-only-blank-lines", b"\n \n\t\n", "a.jsonl", 1, "empty file"),
    Nasty("jsonl-bom-then-bad", codecs.BOM_UTF8 + b"{,}\n", "a.jsonl", 1, "invalid JSON"),
    Nasty(
        "jsonl-crlf-bad-line-3",
        jl(GOOD, {**GOOD, "name": "g2"}).replace(b"\n", b"\r\n") + b"{\r\n",
        "a.jsonl",
        3,
        "invalid JSON",
    ),
    Nasty(
        "jsonl-huge-line-then-bad",
        jl({"name": "big", "text": "w " * 1_500_000}) + b'{"name": 1, "text": "t"}\n',
        "a.jsonl",
        2,
        '"name" must be',
    ),
    # -- native JSONL: records
    Nasty("jsonl-unknown-key", jl({**GOOD, "titel": "x"}), "a.jsonl", 1, "unknown key 'titel'"),
    Nasty("jsonl-name-missing", jl({"text": "t", "meta": {}}), "a.jsonl", 1, '"name"'),
    Nasty("jsonl-text-not-string", jl({"name": "n", "text": ["t"]}), "a.jsonl", 1, '"text"'),
    Nasty("jsonl-empty-text", jl({"name": "n", "text": " \n "}), "a.jsonl", 1, '"text"'),
    Nasty("jsonl-meta-not-object", jl({**GOOD, "meta": [1]}), "a.jsonl", 1, '"meta"'),
    Nasty("jsonl-annotations-not-list", jl({**GOOD, "annotations": {}}), "a.jsonl", 1, "list"),
    # -- native JSONL: offsets
    Nasty("offset-negative", jl(GOOD, doc(ann(start=-1))), "a.jsonl", 2, "offsets -1-12"),
    Nasty("offset-reversed", jl(doc(ann(start=12, end=2))), "a.jsonl", 1, "offsets 12-2"),
    Nasty("offset-empty-span", jl(doc(ann(start=5, end=5))), "a.jsonl", 1, "non-empty span"),
    Nasty("offset-past-end", jl(doc(ann(start=20, end=N + 1))), "a.jsonl", 1, f"(0-{N} code"),
    Nasty("offset-huge", jl(doc(ann(end=2**70))), "a.jsonl", 1, "not a non-empty span"),
    Nasty(
        "offset-in-utf16-units",  # a JavaScript tool's end of the text: 29, past its 25 code points
        jl(doc(ann(start=0, end=N16))),
        "a.jsonl",
        1,
        f"offsets 0-{N16}",
    ),
    Nasty("offset-string", jl(doc(ann(start="2"))), "a.jsonl", 1, '"start" must be an integer'),
    Nasty("offset-float", jl(doc(ann(end=12.0))), "a.jsonl", 1, '"end" must be an integer'),
    Nasty("offset-bool", jl(doc(ann(start=True))), "a.jsonl", 1, '"start" must be an integer'),
    Nasty("offset-null", jl(doc(ann(end=None))), "a.jsonl", 1, '"end" must be an integer'),
    Nasty("document-scope-with-span", jl(doc(ann("topic", 0, 3))), "a.jsonl", 1, "whole docu"),
    # -- native JSONL: layers, attributes, types, ids
    Nasty("unknown-layer", jl(doc(ann("Mention"))), "a.jsonl", 1, "unknown layer 'Mention'"),
    Nasty("layer-not-string", jl(doc(ann(["mention"]))), "a.jsonl", 1, '"layer" must be'),
    Nasty(
        "unknown-attribute",
        jl(doc(ann(attributes={"colour": "red"}))),
        "a.jsonl",
        1,
        "no attribute 'colour'",
    ),
    Nasty("unknown-annotation-key", jl(doc(ann(lable="x"))), "a.jsonl", 1, "unknown key 'lable'"),
    Nasty(
        "choice-not-a-choice",
        jl(doc(ann("stance", attributes={"polarity": "Favor"}))),
        "a.jsonl",
        1,
        "'Favor' is not one of",
    ),
    Nasty(
        "number-as-string",
        jl(doc(ann("quote", attributes={"value": "93"}))),
        "a.jsonl",
        1,
        "expected a number",
    ),
    Nasty(
        "number-nan",
        b'{"name": "n", "text": "tt", "annotations": [{"layer": "quote", "start": 0, "end": 1, '
        b'"attributes": {"value": NaN}}]}\n',
        "a.jsonl",
        1,
        "finite number",
    ),
    Nasty(
        "flag-as-int",
        jl(doc(ann("quote", attributes={"direct": 1}))),
        "a.jsonl",
        1,
        "true or false",
    ),
    Nasty(
        "text-as-object",
        jl(doc(ann("stance", attributes={"holder": {"a": 1}}))),
        "a.jsonl",
        1,
        "expected a string",
    ),
    Nasty(
        "attributes-not-object",
        jl(doc(ann(attributes=[1]))),
        "a.jsonl",
        1,
        '"attributes" must be an object',
    ),
    Nasty("origin-unknown", jl(doc(ann(origin="robot"))), "a.jsonl", 1, '"origin" must be'),
    Nasty(
        "ref-dangling",
        jl(doc(ann("quote", id="q", attributes={"speaker": "nobody"}))),
        "a.jsonl",
        1,
        "refers to 'nobody'",
    ),
    Nasty(
        "ref-wrong-layer",
        jl(doc(ann("stance", id="s"), ann("quote", id="q", attributes={"speaker": "s"}))),
        "a.jsonl",
        1,
        "must refer to a mention",
    ),
    Nasty(
        "duplicate-id-in-document",
        jl(doc(ann(id="x"), ann(start=3, id="x"))),
        "a.jsonl",
        1,
        "'x' is used twice",
    ),
    Nasty(
        "duplicate-id-across-lines",
        jl(doc(ann(id="x")), doc(ann(id="x"), name="other")),
        "a.jsonl",
        2,
        "'x' is used twice",
    ),
    Nasty(
        "duplicate-id-in-project",
        jl(GOOD, doc(ann(id="taken-id"))),
        "a.jsonl",
        2,
        "already used by another document",
    ),
    Nasty(
        "same-name-other-text-in-file",
        jl(GOOD, {"name": "good", "text": "Other text."}),
        "a.jsonl",
        2,
        "appears again with different text",
    ),
    Nasty(
        "same-name-other-text-in-project",
        jl(GOOD, {"name": SEED, "text": "Not the seed."}),
        "a.jsonl",
        2,
        "already in the project with different text",
    ),
    Nasty("last-line-bad", jl(GOOD, doc(), doc(ann("x"), name="m")), "a.jsonl", 3, "unknown layer"),
    # -- doccano JSONL
    Nasty(
        "doccano-negative",
        jl({"text": "abc", "label": [[-1, 2, "mention"]]}),
        "d.jsonl",
        1,
        "offsets -1-2",
    ),
    Nasty(
        "doccano-reversed",
        jl({"text": "abc", "label": [[2, 1, "mention"]]}),
        "d.jsonl",
        1,
        "offsets 2-1",
    ),
    Nasty(
        "doccano-utf16-offsets",
        jl({"text": EMOJI_TEXT, "label": [[0, N16, "MENTION"]]}),
        "d.jsonl",
        1,
        f"offsets 0-{N16}",
    ),
    Nasty(
        "doccano-unknown-label",
        jl({"text": "abc", "label": [[0, 2, "PERSON"]]}),
        "d.jsonl",
        1,
        "the project does not know: PERSON (1)",
    ),
    Nasty(
        "doccano-float-offset",
        jl({"text": "abc", "label": [[0, 2.0, "mention"]]}),
        "d.jsonl",
        1,
        "label #1",
    ),
    Nasty("doccano-two-items", jl({"text": "abc", "label": [[0, 2]]}), "d.jsonl", 1, "label #1"),
    Nasty(
        "doccano-span-missing-end",
        jl({"text": "abc", "label": [{"start_offset": 0, "label": "mention"}]}),
        "d.jsonl",
        1,
        "label #1",
    ),
    Nasty(
        "doccano-label-not-list",
        jl({"text": "abc", "label": "mention"}),
        "d.jsonl",
        1,
        '"label" must be a list',
        ("--format", "doccano"),
    ),
    Nasty(
        "doccano-no-text",
        jl({"label": [[0, 1, "mention"]]}),
        "d.jsonl",
        1,
        '"text"',
        ("--format", "doccano"),
    ),
    Nasty(
        "doccano-bad-second-line",
        jl({"text": "abc", "label": []}, {"text": "abc", "label": [[0, 9, "mention"]]}),
        "d.jsonl",
        2,
        "offsets 0-9",
    ),
    # -- CSV
    Nasty("csv-no-text-column", b"title,body\nT,B\n", "c.csv", 1, "no column named 'text'"),
    Nasty("csv-ragged-row", b"name,text\na,A\nb,B,extra\n", "c.csv", 3, "3 fields"),
    Nasty("csv-unterminated-quote", b'name,text\na,"open\n', "c.csv", 2, "invalid CSV"),
    Nasty("csv-junk-after-quote", b'name,text\na,"q"junk\n', "c.csv", 2, "invalid CSV"),
    Nasty("csv-empty-text", b"name,text\na,A\nb, \n", "c.csv", 3, "empty 'text' cell"),
    Nasty("csv-nul", b"name,text\na,A\x00\n", "c.csv", 2, "NUL"),
    Nasty("csv-header-only", b"name,text\n", "c.csv", 2, "no data rows"),
    Nasty("csv-empty", b"", "c.csv", 1, "empty file"),
    Nasty("csv-invalid-utf8", b"name,text\na,A\nb,\xe9t\xe9\n", "c.csv", 3, "not valid utf-8"),
    Nasty("csv-same-name-twice", b"name,text\nx,A\ny,B\nx,C\n", "c.csv", 4, "appears again"),
    Nasty(
        "csv-text-column-missing",
        b"name,text\na,A\n",
        "c.csv",
        1,
        "'body'",
        ("--text-column", "body"),
    ),
    Nasty(
        "csv-multiline-cell-then-ragged",
        b'name,text\na,"line one\nline two\nline three"\nb\n',
        "c.csv",
        5,
        "1 fields",
    ),
    # -- a folder: one bad file among good ones stops everything
    Nasty(
        "folder-one-bad-file",
        {
            "good.txt": b"Good.",
            "sub/good.md": b"---\ntitle: T\n---\nGood.",
            "sub/z-bad.jsonl": jl(GOOD) + b"[[\n",
            "c.csv": b"text\nGood row.\n",
        },
        "sub/z-bad.jsonl",
        2,
        "invalid JSON",
    ),
]


def make_input(folder: Path, nasty: Nasty) -> tuple[Path, Path]:
    """(what to pass to ``import``, the file the message must name)."""
    if isinstance(nasty.content, bytes):
        path = folder / nasty.name
        path.write_bytes(nasty.content)
        return path, path
    root = folder / "input"
    for relative, raw in nasty.content.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(raw)
    return root, root / nasty.name


@pytest.mark.parametrize("nasty", NASTIES, ids=[n.id for n in NASTIES])
def test_nasty_import_is_refused_and_changes_nothing(
    nasty: Nasty,
    project: Path,
    tmp_path: Path,
    count_case: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    count_case("hand-made nasties: annotator import")
    monkeypatch.chdir(tmp_path)  # where a YAML payload would create its file
    folder = tmp_path / "in"
    folder.mkdir()
    given, named = make_input(folder, nasty)
    before = snapshot(project)

    result = run("--project", project, "import", given, *nasty.args)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith("error: "), result.stderr
    message = result.stderr
    where = f"{named}:{nasty.line}: " if nasty.line is not None else f"{named}: "
    assert where in message, message
    assert nasty.reason in message, message
    assert len(message) < 1_000, message  # a clear line, not a dump of the input
    assert not Path(f"{project}-wal").exists()
    assert snapshot(project) == before
    assert not (tmp_path / PWNED).exists()


def test_a_nasty_import_as_a_real_process(project: Path, tmp_path: Path) -> None:
    """Exit status, stderr and no traceback from the installed command's own process."""
    bad = tmp_path / "deep.jsonl"
    bad.write_bytes(b'{"name": "n", "text": "t"}\n' + b"[" * 200_000 + b"\n")
    before = project.read_bytes()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("ANNOTATOR_PROJECT", None)
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "--project", str(project), "import", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"error: {bad}:2: invalid JSON: nested too deeply"), done.stderr
    assert "Traceback" not in done.stderr
    assert project.read_bytes() == before


# -- schema files given to `annotator schema update` --------------------------------

SCHEMA_NASTIES = [
    ("random-bytes", bytes(range(256)), None, "not UTF-8"),
    ("nul", b'name = "x"\x00\n', 1, "invalid TOML"),
    ("deep-arrays", b"name = " + b"[" * 100_000, None, "nested too deeply"),
    ("huge-int", b"n = " + b"1" * 5000, None, "4300 digits"),
    ("unknown-key", b'name = "x"\n[[layer]]\nname = "a"\nrequird = true\n', None, "'requird'"),
    ("duplicate-layer", b'[[layer]]\nname = "a"\n[[layer]]\nname = "a"\n', None, "duplicate"),
    ("layer-not-table", b"layer = [1]\n", None, "not a table"),
    ("wrong-type", b'[[layer]]\nname = "a"\ncolor = 255\n', None, "must be a string"),
    ("no-layers", b'name = "x"\n', None, "at least one [[layer]]"),
    (
        "removes-a-layer",
        SCHEMA_TOML.replace('name = "mention"', 'name = "entity"').encode(),
        None,
        "mention",
    ),
]


@pytest.mark.parametrize(
    ("raw", "line", "reason"),
    [case[1:] for case in SCHEMA_NASTIES],
    ids=[case[0] for case in SCHEMA_NASTIES],
)
def test_nasty_schema_update_is_refused_and_changes_nothing(
    raw: bytes,
    line: int | None,
    reason: str,
    project: Path,
    tmp_path: Path,
    count_case: Callable[[str], None],
) -> None:
    count_case("hand-made nasties: annotator schema update")
    schema = tmp_path / "bad-schema.toml"
    schema.write_bytes(raw)
    before = snapshot(project)

    result = run("--project", project, "schema", "update", schema)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    where = f"{schema}:{line}: " if line is not None else f"{schema}"
    assert result.stderr.startswith("error: "), result.stderr
    assert where in result.stderr, result.stderr
    assert reason in result.stderr, result.stderr
    assert snapshot(project) == before


# -- exports write the chosen file and nothing else ---------------------------------


def test_exports_write_only_the_chosen_path(template: Path, tmp_path: Path) -> None:
    """Document names such as ``../../x`` never become paths; a symlink target is not followed."""
    project = tmp_path / "p.sqlite"
    shutil.copyfile(template, project)
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_bytes(
        jl(
            {"name": "../../escaped.csv", "text": "Escape?"},
            {"name": "/tmp/absolute.jsonl", "text": "Absolute?"},
            {"name": "=cmd|' /C calc'!A0", "text": "Formula?"},
        )
    )
    assert run("--project", project, "import", hostile).exit_code == 0
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", encoding="utf-8")
    (out / "link.csv").symlink_to(outside)

    def everything() -> set[Path]:
        return {p for p in tmp_path.parent.rglob("*") if "xdg-data" not in p.parts}

    before = everything()
    for args in (
        ("-o", out / "a.csv"),
        ("-o", out / "a.jsonl"),
        ("-o", out / "docs.csv", "--what", "documents"),
        ("-o", out / "link.csv"),
    ):
        result = run("--project", project, "export", *args)
        assert result.exit_code == 0, result.output
    added = everything() - before
    assert added == {out / "a.csv", out / "a.jsonl", out / "docs.csv"}
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert not (out / "link.csv").is_symlink()  # replaced, not written through
    assert "../../escaped.csv" in (out / "a.jsonl").read_text(encoding="utf-8")
