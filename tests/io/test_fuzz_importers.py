"""Fuzzing every importer (issue #6): bad input gives a clear error naming the place, or good data.

The property, for text, Markdown, native JSONL, doccano JSONL and CSV alike:
reading a file (``read_import``: parse and check against the schema, the step
before the project is touched) either

- succeeds, and every document has a non-empty ``str`` text that can be stored
  (no lone surrogate), JSON-able metadata, and annotations on known layers with
  ``0 <= start <= end <= len(text)``; or
- raises ``InputError`` whose message names the file and the line (1-based,
  inside the file).

Any other exception (a traceback for the user) fails the test.  Three kinds of
input: random bytes, structured records with wrong types / offsets / layers /
duplicate ids / YAML tags, and byte-level mutations of a valid file.  A last
test runs whole imports into a project: a rejected one changes nothing.

The examples are derandomised (the same inputs every run, no example database)
so ``make test`` is deterministic; ``ANNOTATOR_FUZZ_SCALE=20`` runs twenty
times as many, with fresh random inputs, for a longer hunt.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.core.errors import AnnotatorError, InputError
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import ImportPlan, import_files, read_import
from annotator.store.project import Project
from tests.fuzzing import fuzz_settings as shared_fuzz_settings
from tests.schemas import fixture_schema
from tests.stored import document_named, stored_id


def fuzz_settings(examples: int) -> settings:
    # Generated records are filtered for validity more often than Hypothesis likes.
    return shared_fuzz_settings(examples, HealthCheck.filter_too_much)


# Every kind of layer and attribute: span and document scope, choice, number, flag, ref.
SCHEMA = fixture_schema("every_kind")

SUFFIXES = {
    "text": ".txt",
    "markdown": ".md",
    "jsonl": ".jsonl",
    "doccano": ".jsonl",
    "csv": ".csv",
}
FORMATS = tuple(SUFFIXES)

# Encodings a user might name; with these an error must still give the line.
LINE_ENCODINGS = (None, "utf-8", "cp1250", "latin-1", "utf-16")
ODD_ENCODINGS = ("unicode_escape", "utf-7", "punycode", "idna", "rot13", "base64", "no-such")


# -- the property --------------------------------------------------------------


def lines_in(raw: bytes) -> int:
    """An upper bound of the lines any reader may count (CSV also ends lines at a lone CR)."""
    return raw.count(b"\n") + raw.count(b"\r") + 1


def read_or_reject(path: Path, fmt: str, **options: Any) -> ImportPlan | None:
    """Read ``path``; check the property either way.  The plan, or None when rejected."""
    raw = path.read_bytes()
    encoding = options.get("encoding")
    try:
        plan = read_import([path], SCHEMA, ImportOptions(format=fmt, **options))
    except AnnotatorError as error:
        assert isinstance(error, InputError), f"{type(error).__name__}: {error}"
        message = str(error)
        assert message.startswith(str(path)), message
        assert error.reason.strip(), message
        assert "Traceback" not in message
        assert len(message) < 2_000 + len(str(path)), f"message of {len(message)} characters"
        if encoding in LINE_ENCODINGS:
            assert error.line is not None, message
            assert message.startswith(f"{path}:{error.line}: "), message
        if error.line is not None:
            assert 1 <= error.line <= lines_in(raw) + 1, (error.line, message)  # +1: at the end
        return None
    assert plan.documents, "nothing read and nothing rejected"
    for item in plan.documents:
        check_document(item.document, item.annotations)
        if fmt in ("text", "markdown"):
            assert item.document.name == path.name
            assert "\r" not in item.document.text
    return plan


def check_document(document: Any, annotations: list[Any]) -> None:
    text = document.text
    assert isinstance(text, str)
    assert text.strip()
    text.encode("utf-8")  # storable: no lone surrogate
    assert isinstance(document.name, str)
    assert document.name.strip()
    json.dumps(document.meta, ensure_ascii=False).encode("utf-8")
    for field in ("title", "language", "url", "published", "author", "site"):
        assert isinstance(getattr(document, field), str)
    for annotation in annotations:
        assert type(annotation.start) is int
        assert type(annotation.end) is int
        assert 0 <= annotation.start <= annotation.end <= len(text)
        layer = SCHEMA.layer(annotation.layer)
        assert layer is not None
        if layer.scope == "span":
            assert annotation.start < annotation.end
        json.dumps(annotation.attributes, ensure_ascii=False).encode("utf-8")


def write_file(folder: Path, fmt: str, raw: bytes) -> Path:
    path = folder / f"fuzz{SUFFIXES[fmt]}"
    path.write_bytes(raw)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path


# -- strategies ------------------------------------------------------------------

# Text with astral characters (UTF-16 surrogate pairs), combining marks, RTL, CR, tabs.
characters = st.one_of(
    st.characters(codec="utf-8", exclude_characters="\x00"),
    st.sampled_from(["😀", "🇵🇱", "e\u0301", "ق", "Ж", "\r", "\n", "\r\n", "\u2028", "\ufeff", " "]),
)
texts = st.lists(characters, max_size=30).map("".join)
words = st.lists(characters, min_size=1, max_size=30).map("".join).map(lambda t: f"A{t}z")
# Mostly usable text, so that the checks behind the text (offsets, layers ...) are reached.
record_texts = words | words | words | texts
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=6),
    st.sampled_from([2**63, -(2**63) - 1, 10**40]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
good_layers = st.sampled_from(["stance", "mention", "quote", "topic", "STANCE", "Named entity"])
layer_names = good_layers | good_layers | st.sampled_from(["nope", "", " stance"]) | json_scalars
small_offsets = st.integers(-2, 35)
offsets = st.one_of(
    small_offsets,
    small_offsets,
    small_offsets,
    small_offsets,
    st.integers(),
    st.sampled_from([2**63, -(2**63) - 1, 10**30, 1.0, True, "3", None]),
)
ids = st.sampled_from(["a1", "a2", "", "a1 "]) | json_scalars
attributes = st.dictionaries(
    st.sampled_from(["holder", "polarity", "speaker", "value", "direct", "label", "nope"]),
    st.one_of(
        st.sampled_from(["favor", "against", "a1", "a2", "x", ""]),
        json_scalars,
        st.lists(st.text(max_size=3), max_size=2),
    ),
    max_size=3,
)
native_annotations = st.fixed_dictionaries(
    {"layer": layer_names, "start": offsets, "end": offsets},
    optional={
        "id": ids,
        "annotator": st.sampled_from(["alice", "", " ", "gold"]) | json_scalars,
        "attributes": attributes | json_values,
        "note": st.text(max_size=5) | json_scalars,
        "origin": st.sampled_from(["manual", "imported", "suggested", "adjudicated", "robot"]),
        "created_at": st.text(max_size=5),
        "text": json_values,
        "colour": json_values,
    },
)
good_names = st.sampled_from(["doc", "doc", "other.txt", "../../etc/passwd", "Ж 😀", "doc2"])
names = good_names | good_names | good_names | st.sampled_from(["", "  "]) | json_scalars
metas = st.dictionaries(
    st.sampled_from(["title", "TITLE", "lang", "url", "date", "authors", "x"])
    | st.text(max_size=4),
    json_values,
    max_size=4,
)
native_record = st.fixed_dictionaries(
    {"name": names, "text": record_texts},
    optional={
        "meta": metas | metas | json_values,
        "annotations": st.lists(native_annotations, max_size=5)
        | st.lists(native_annotations, max_size=5)
        | json_values,
    },
)
native_records = st.one_of(
    native_record,
    native_record,
    native_record,
    st.fixed_dictionaries(
        {"name": names, "text": texts},
        optional={
            "meta": metas | json_values,
            "annotations": st.lists(native_annotations, max_size=5) | json_values,
            "label": json_values,
        },
    ),
    json_values,
)
doccano_labels = st.one_of(
    st.tuples(offsets, offsets, layer_names).map(list),
    st.tuples(offsets, offsets, layer_names).map(list),
    st.tuples(offsets, offsets, layer_names).map(list),
    st.fixed_dictionaries(
        {"start_offset": offsets, "end_offset": offsets, "label": layer_names | json_scalars}
    ),
    st.lists(json_scalars, max_size=4),
    json_scalars,
)
doccano_record = st.fixed_dictionaries(
    {"text": record_texts, "label": st.lists(doccano_labels, max_size=5)},
    optional={"id": json_scalars, "name": names, "meta": metas},
)
doccano_records = st.one_of(
    doccano_record,
    doccano_record,
    doccano_record,
    st.fixed_dictionaries(
        {"text": texts},
        optional={
            "label": st.lists(doccano_labels, max_size=5) | json_values,
            "labels": st.lists(doccano_labels, max_size=3),
            "id": json_scalars,
            "name": names,
            "title": json_values,
            "meta": metas,
        },
    ),
    json_values,
)
# Lines no generator above writes: half surrogate pairs, NaN, huge numbers, deep nesting.
NASTY_JSON_LINES = [
    '{"name": "s", "text": "half a pair: \\ud83d"}',
    '{"name": "s", "text": "low half: \\ude00 here"}',
    '{"name": "s", "text": "a whole pair: \\ud83d\\ude00"}',
    '{"name": "s", "text": "ok", "meta": {"\\udc00": 1}}',
    '{"text": "doccano \\ud800", "label": []}',
    '{"name": "n", "text": "t", "meta": {"x": NaN, "y": -Infinity}}',
    '{"name": "n", "text": "t", "meta": {"x": ' + "9" * 5000 + "}}",
    "[" * 50_000,
    '{"a":' * 5_000 + "1" + "}" * 5_000,
    '"just a string"',
    "\x0b\x0c",
]


MOSTLY_UTF8 = st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "utf-16", "utf-32", "cp1250"])


def json_line(value: Any, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


def jsonl_files(records: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    record_line = st.builds(json_line, records, st.booleans())
    line = st.one_of(
        record_line,
        record_line,
        record_line,
        record_line,
        record_line,
        st.sampled_from(NASTY_JSON_LINES),
        st.sampled_from(["", "   ", "{", "}", "{'single': 'quotes'}", "[1,]", "tru"]),
    )
    return st.builds(
        encode,
        st.lists(line, min_size=1, max_size=3).map("\n".join),
        MOSTLY_UTF8,
    )


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


# YAML that a safe loader must refuse, or that breaks a naive reader of its result.
YAML_VALUES = [
    "!!python/object/apply:os.system ['touch /tmp/annotator-pwned']",
    "!!python/object:collections.OrderedDict {}",
    "!!python/name:os.system",
    "&a [*a]",
    "*undefined",
    "&b [1, 2]",
    "2022-02-30",
    "2022-09-26T11:40:00+00:00",
    "2001-12-14t21:59:43.10+99:00",
    "1" * 5000,
    "[[[[",
    "{",
    "'unterminated",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1, b: 2]",
    ".nan",
    "~",
    "yes",
    "[a, b, c]",
    "{x: 1, 2: y}",
    "|\n  block\n  text",
    "!custom tag",
]
YAML_KEYS = [
    "title",
    "lang",
    "url",
    "date",
    "author",
    "keywords",
    "1",
    "yes",
    "2022-01-01",
    "? [1]",
]
yaml_lines = st.one_of(
    st.builds(
        "{}: {}".format,
        st.sampled_from(YAML_KEYS) | st.text(max_size=5),
        st.sampled_from(YAML_VALUES) | texts,
    ),
    st.sampled_from(["- a list", "  indented: x", "\t", "%YAML 1.1", "plain"]),
    texts,
)
front_matters = st.one_of(
    st.just(""),
    st.builds(
        lambda lines, end: "---\n" + "\n".join(lines) + f"\n{end}\n",
        st.lists(yaml_lines, max_size=4),
        st.sampled_from(["---", "...", "--- ", "", "----"]),
    ),
)
text_files = st.builds(
    lambda front, body, encoding: encode(front + body, encoding),
    front_matters,
    texts,
    st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "utf-16", "utf-32", "utf-16-le", "cp1250"]),
)
cells = st.text(st.sampled_from('ab ,"\r\nЖ😀\t'), max_size=8) | texts
headers = st.one_of(
    st.permutations(["text", "name", "title"]),
    st.permutations(["text", "url", "lang", "x"]),
    st.lists(st.sampled_from(["text", "name", "title", "url", "", "text "]) | cells, max_size=5),
)


def csv_text(header: list[str], rows: list[list[str]], quoted: bool) -> str:
    if not quoted:  # no quoting at all: commas, quotes and newlines break the rows
        return "".join(",".join(row) + "\n" for row in [header, *rows])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows([header, *rows])
    return out.getvalue()


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(headers)
    rows = []
    for _ in range(draw(st.integers(0, 4))):
        width = draw(st.sampled_from([len(header)] * 4 + [0, 1, len(header) + 1]))
        rows.append([draw(cells | words) for _ in range(width)])
    return encode(csv_text(header, rows, draw(st.booleans())), draw(MOSTLY_UTF8))


BOMS = [b"", b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
random_bytes = st.builds(bytes.__add__, st.sampled_from(BOMS), st.binary(max_size=600))


# -- random bytes, for every format ------------------------------------------------


@pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning")  # unicode_escape
@pytest.mark.parametrize("fmt", FORMATS)
@fuzz_settings(60)
@given(raw=random_bytes, encoding=st.sampled_from([*LINE_ENCODINGS, *ODD_ENCODINGS]))
@example(raw=b"\xff\xfe\x00\xd8x\x00", encoding=None)  # UTF-16 with half a surrogate pair
@example(raw=b"abc\\ud800def", encoding="unicode_escape")  # decodes to a lone surrogate
@example(raw=b"abc", encoding="rot13")  # a codec, but not a text encoding
@example(raw=b"a..b", encoding="punycode")  # UnicodeError without a position
@example(raw=b"ok \x00 binary", encoding=None)
def test_random_bytes(
    folder: Path, count_case: Callable[[str], None], fmt: str, raw: bytes, encoding: str | None
) -> None:
    count_case(f"importer fuzz (hypothesis): random bytes, {fmt}")
    read_or_reject(write_file(folder, fmt, raw), fmt, encoding=encoding)


# -- structured input ------------------------------------------------------------


@fuzz_settings(150)
@given(raw=jsonl_files(native_records), auto=st.booleans())
@example(raw=b'{"name": "s", "text": "x \\ud83d"}', auto=False)  # half a surrogate pair
@example(raw=b'{"name": "n", "text": "t", "meta": {"n": ' + b"9" * 5000 + b"}}", auto=False)
@example(
    raw=b'{"name": "d", "text": "abc", "annotations": ['
    b'{"id": "x", "layer": "mention", "start": 0, "end": 1},'
    b'{"id": "x", "layer": "mention", "start": 1, "end": 2}]}',
    auto=False,
)  # a duplicate annotation id
def test_native_jsonl(
    folder: Path, count_case: Callable[[str], None], raw: bytes, auto: bool
) -> None:
    count_case("importer fuzz (hypothesis): native JSONL")
    read_or_reject(write_file(folder, "jsonl", raw), "auto" if auto else "jsonl")


@fuzz_settings(120)
@given(raw=jsonl_files(doccano_records), auto=st.booleans())
@example(raw=b'{"text": "abc", "label": [[2, 1, "stance"]]}', auto=False)  # reversed
@example(raw=b'{"text": "\\ud83d\\ude00", "label": [[0, 2, "mention"]]}', auto=False)  # UTF-16 end
def test_doccano_jsonl(
    folder: Path, count_case: Callable[[str], None], raw: bytes, auto: bool
) -> None:
    count_case("importer fuzz (hypothesis): doccano JSONL")
    read_or_reject(write_file(folder, "doccano", raw), "auto" if auto else "doccano")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@fuzz_settings(100)
@given(raw=text_files)
@example(raw=b"---\ntitle: !!python/object/apply:os.system ['true']\n---\nbody")
@example(raw=b"---\na: &x [*x]\n---\nbody")  # a self-referencing value
@example(raw=b"---\ndate: 2022-02-30\n---\nbody")  # ValueError from the YAML constructor
@example(raw=b"---\n1: one\n---\nbody")  # a key that is not text
@example(raw=b"---\nn: " + b"1" * 5000 + b"\n---\nbody")
def test_text_and_markdown(
    folder: Path, count_case: Callable[[str], None], fmt: str, raw: bytes
) -> None:
    count_case(f"importer fuzz (hypothesis): {fmt} with front matter")
    read_or_reject(write_file(folder, fmt, raw), fmt)


@fuzz_settings(150)
@given(raw=csv_files(), text_column=st.sampled_from(["text", "text", "title", ""]))
@example(raw=b'text,name\n"unterminated,x\n', text_column="text")
@example(raw=b"text,text\na,b\n", text_column="text")
def test_csv(folder: Path, count_case: Callable[[str], None], raw: bytes, text_column: str) -> None:
    count_case("importer fuzz (hypothesis): CSV")
    read_or_reject(write_file(folder, "csv", raw), "csv", text_column=text_column)


# -- valid records with exactly one defect: the defect must be found, on its line ----

ASTRAL_TEXTS = st.lists(
    st.sampled_from(["😀", "🇵🇱", "Ж", "a", "b", " ", "e\u0301", "𝔸"]), min_size=4, max_size=20
).map(lambda parts: "Start " + "".join(parts) + " end")
NATIVE_DEFECTS = [
    None, None, None, "negative", "reversed", "empty_span", "past_end", "utf16_end",
    "unknown_layer", "unknown_attribute", "number_as_text", "flag_as_int", "bad_choice",
    "text_as_number", "duplicate_id", "bool_offset", "float_offset", "document_offsets",
    "dangling_ref", "ref_to_wrong_layer", "unknown_key", "no_text", "nan_number",
]  # fmt: skip


@st.composite
def native_with_defect(draw: st.DrawFn) -> tuple[str | None, dict[str, Any]]:
    text = draw(ASTRAL_TEXTS)
    n = len(text)
    start = draw(st.integers(0, n - 1))
    end = draw(st.integers(start + 1, n))
    mention: dict[str, Any] = {"id": "m", "layer": "mention", "start": start, "end": end}
    quote: dict[str, Any] = {
        "id": "q",
        "layer": "quote",
        "start": start,
        "end": end,
        "attributes": {"speaker": "m", "value": 2.5, "direct": True},
    }
    stance: dict[str, Any] = {
        "id": "s",
        "layer": "stance",
        "start": 0,
        "end": n,
        "attributes": {"holder": "x"},
    }
    topic: dict[str, Any] = {
        "id": "t",
        "layer": "topic",
        "start": 0,
        "end": 0,
        "attributes": {"label": "war"},
    }
    annotations = [mention, quote, stance, topic]
    record: dict[str, Any] = {"name": "doc", "text": text, "annotations": annotations}
    defect = draw(st.sampled_from(NATIVE_DEFECTS))
    if defect == "negative":
        mention["start"] = -draw(st.integers(1, 10**20))
    elif defect == "reversed":
        mention["start"], mention["end"] = end, start
    elif defect == "empty_span":
        mention["end"] = start
    elif defect == "past_end":
        mention["end"] = n + draw(st.integers(1, 10**20))
    elif defect == "utf16_end":  # a UTF-16 count (JavaScript, Qt) for a code point offset
        stance["end"] = len(text.encode("utf-16-le")) // 2
        if stance["end"] == n:
            defect = None  # no astral character in this text: nothing to find
    elif defect == "unknown_layer":
        mention["layer"] = draw(st.sampled_from(["Mention", "nope", "", "stance "]))
    elif defect == "unknown_attribute":
        mention["attributes"] = {"speaker": "m"}
    elif defect == "number_as_text":
        quote["attributes"]["value"] = "2.5"
    elif defect == "flag_as_int":
        quote["attributes"]["direct"] = 1
    elif defect == "bad_choice":
        stance["attributes"]["polarity"] = "Favor"
    elif defect == "text_as_number":
        stance["attributes"]["holder"] = 7
    elif defect == "duplicate_id":
        quote["id"] = "m"
    elif defect == "bool_offset":
        mention["start"] = False
    elif defect == "float_offset":
        mention["end"] = float(end)
    elif defect == "document_offsets":
        topic["end"] = 1
    elif defect == "dangling_ref":
        quote["attributes"]["speaker"] = "nobody"
    elif defect == "ref_to_wrong_layer":
        quote["attributes"]["speaker"] = "s"
    elif defect == "unknown_key":
        record["annotation"] = []
    elif defect == "no_text":
        record["text"] = " \n "
    elif defect == "nan_number":
        quote["attributes"]["value"] = float("nan")
    return defect, record


@fuzz_settings(150)
@given(case=native_with_defect(), before=st.integers(0, 3), ascii_only=st.booleans())
def test_native_jsonl_defects_are_found_on_their_line(
    folder: Path,
    count_case: Callable[[str], None],
    case: tuple[str | None, dict[str, Any]],
    before: int,
    ascii_only: bool,
) -> None:
    count_case("importer fuzz (hypothesis): native JSONL, one defect")
    defect, record = case
    good = [json.dumps({"name": f"ok{i}", "text": "Fine 😀."}) for i in range(before)]
    lines = [*good, json.dumps(record, ensure_ascii=ascii_only)]
    path = write_file(folder, "jsonl", "\n".join(lines).encode())
    plan = read_or_reject(path, "jsonl")
    if defect is None:
        assert plan is not None
        (item,) = (i for i in plan.documents if i.document.name == "doc")
        spans = {(a.layer, a.start, a.end) for a in item.annotations}
        assert spans == {(a["layer"], a["start"], a["end"]) for a in record["annotations"]}
    else:
        assert plan is None, f"defect {defect} was not found"
        with pytest.raises(InputError) as caught:
            read_import([path], SCHEMA, ImportOptions(format="jsonl"))
        assert caught.value.line == before + 1, (defect, str(caught.value))


DOCCANO_DEFECTS = [
    None, None, "negative", "reversed", "empty_span", "past_end", "utf16_end", "unknown_label",
    "float_offset", "bool_offset", "two_items", "label_not_text", "labels_not_list",
]  # fmt: skip


@st.composite
def doccano_with_defect(draw: st.DrawFn) -> tuple[str | None, dict[str, Any]]:
    text = draw(ASTRAL_TEXTS)
    n = len(text)
    start = draw(st.integers(0, n - 1))
    end = draw(st.integers(start + 1, n))
    label: list[Any] = [start, end, draw(st.sampled_from(["stance", "STANCE", "named ENTITY"]))]
    whole: list[Any] = [0, n, "quote"]
    record: dict[str, Any] = {"text": text, "label": [label, whole]}
    defect = draw(st.sampled_from(DOCCANO_DEFECTS))
    if defect == "negative":
        label[0] = -1
    elif defect == "reversed":
        label[0], label[1] = end, start
    elif defect == "empty_span":
        label[1] = start
    elif defect == "past_end":
        label[1] = n + 1
    elif defect == "utf16_end":
        whole[1] = len(text.encode("utf-16-le")) // 2
        if whole[1] == n:
            defect = None
    elif defect == "unknown_label":
        label[2] = "stances"
    elif defect == "float_offset":
        label[0] = float(start)
    elif defect == "bool_offset":
        label[1] = True
    elif defect == "two_items":
        del label[2]
    elif defect == "label_not_text":
        label[2] = 3
    elif defect == "labels_not_list":
        record["label"] = {"0": label}
    return defect, record


@fuzz_settings(100)
@given(case=doccano_with_defect(), before=st.integers(0, 3))
def test_doccano_defects_are_found_on_their_line(
    folder: Path,
    count_case: Callable[[str], None],
    case: tuple[str | None, dict[str, Any]],
    before: int,
) -> None:
    count_case("importer fuzz (hypothesis): doccano JSONL, one defect")
    defect, record = case
    good = [json.dumps({"text": f"Fine {i} 😀.", "label": []}) for i in range(before)]
    path = write_file(folder, "doccano", "\n".join([*good, json.dumps(record)]).encode())
    plan = read_or_reject(path, "doccano")
    if defect is None:
        assert plan is not None
        assert sum(len(i.annotations) for i in plan.documents) == 2
    else:
        assert plan is None, f"defect {defect} was not found"
        with pytest.raises(InputError) as caught:
            read_import([path], SCHEMA, ImportOptions(format="doccano"))
        assert caught.value.line == before + 1, (defect, str(caught.value))


# -- byte-level mutations of valid files ---------------------------------------

VALID = {
    "text": "A plain article. 😀 Ж\r\nSecond line.\n".encode(),
    "markdown": (
        "---\ntitle: Казахстан\ndate: 2022-09-26\nkeywords: [a, b]\n---\n\n# Head\n\nBody 😀.\n"
    ).encode(),
    "jsonl": (
        json.dumps(
            {
                "name": "one",
                "text": "😀 Kazakhstan said no.",
                "meta": {"title": "T", "x": [1]},
                "annotations": [
                    {"id": "m1", "layer": "mention", "start": 2, "end": 12},
                    {
                        "id": "q1",
                        "layer": "quote",
                        "start": 2,
                        "end": 21,
                        "attributes": {"speaker": "m1", "value": 3.5, "direct": True},
                    },
                    {"layer": "topic", "start": 0, "end": 0, "attributes": {"label": "war"}},
                ],
            },
            ensure_ascii=False,
        )
        + "\n"
        + json.dumps({"name": "two", "text": "Second."})
        + "\n"
    ).encode(),
    "doccano": (
        '{"id": 7, "text": "😀 Kazakhstan said no.", "label": [[2, 12, "MENTION"]]}\n'
        '{"text": "Stance here", "label": [{"start_offset": 0, "end_offset": 6, '
        '"label": "stance"}]}\n'
    ).encode(),
    "csv": 'name,title,text\nn1,T,"Line one\r\nline ""two"""\nn2,,Second 😀\n'.encode(),
}


@st.composite
def mutated(draw: st.DrawFn, fmt: str) -> bytes:
    raw = bytearray(VALID[fmt])
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(raw)))
        operation = draw(st.sampled_from(["insert", "delete", "replace", "duplicate", "cut"]))
        if operation == "insert":
            raw[position:position] = draw(
                st.binary(min_size=1, max_size=4)
                | st.sampled_from([b'"', b",", b"\n", b"\r", b"-", b"\\u", b"\\ud800", b"9" * 30])
            )
        elif operation == "delete":
            del raw[position : position + draw(st.integers(1, 8))]
        elif operation == "replace" and position < len(raw):
            raw[position] = draw(st.integers(0, 255))
        elif operation == "duplicate":
            raw[position:position] = raw[position : position + draw(st.integers(1, 40))]
        elif operation == "cut":
            del raw[position:]
    return bytes(raw)


def test_the_valid_files_are_valid(folder: Path) -> None:
    for fmt, raw in VALID.items():
        plan = read_or_reject(write_file(folder, fmt, raw), fmt)
        assert plan is not None, fmt
        assert len(plan.documents) == (2 if fmt in ("jsonl", "doccano", "csv") else 1)


@pytest.mark.parametrize("fmt", FORMATS)
@fuzz_settings(80)
@given(data=st.data())
def test_mutated_valid_files(
    folder: Path, count_case: Callable[[str], None], fmt: str, data: st.DataObject
) -> None:
    count_case(f"importer fuzz (hypothesis): mutated valid file, {fmt}")
    raw = data.draw(mutated(fmt))
    read_or_reject(write_file(folder, fmt, raw), fmt)


# -- whole imports into a project: rejected ones change nothing -------------------

any_file = st.one_of(
    st.tuples(st.just("jsonl"), jsonl_files(native_records)),
    st.tuples(st.just("doccano"), jsonl_files(doccano_records)),
    st.tuples(st.just("csv"), csv_files()),
    st.tuples(st.just("markdown"), text_files),
    st.tuples(st.sampled_from(FORMATS), st.just(b"")),
)


@pytest.fixture
def fuzz_project(tmp_path: Path) -> Any:
    project = Project.open(tmp_path / "fuzz.sqlite", create=True, schema=SCHEMA)
    yield project
    project.close()


@fuzz_settings(60)
@given(files=st.lists(any_file, min_size=1, max_size=3), skip_bad=st.booleans())
def test_imports_store_all_or_nothing(
    tmp_path: Path,
    fuzz_project: Project,
    count_case: Callable[[str], None],
    files: list[tuple[str, bytes]],
    skip_bad: bool,
) -> None:
    """Several files into one project (which keeps what earlier examples stored)."""
    count_case("importer fuzz (hypothesis): whole imports into a project")
    paths = []
    for index, (fmt, raw) in enumerate(files):
        path = tmp_path / f"in{index}{SUFFIXES[fmt]}"
        path.write_bytes(raw)
        paths.append(path)
    before = list(fuzz_project.connection.iterdump())
    try:
        plan, _summary = import_files(fuzz_project, paths, ImportOptions(skip_bad=skip_bad))
    except AnnotatorError as refusal:
        assert isinstance(refusal, InputError)
        assert any(str(refusal).startswith(str(p)) for p in paths), str(refusal)
        assert list(fuzz_project.connection.iterdump()) == before
        return
    for name in plan.stored:  # the text read is checked by the read_import tests above
        stored = document_named(fuzz_project, name)
        check_document(stored, fuzz_project.annotations(stored_id(stored)))
    for error in plan.skipped:
        assert any(str(error).startswith(str(p)) for p in paths), str(error)
    if not plan.stored:
        assert list(fuzz_project.connection.iterdump()) == before
