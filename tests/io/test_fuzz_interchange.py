"""Other tools' formats (WebAnno, Label Studio, brat) mutated: read or refused, never a crash.

tests/io/test_fuzz_importers.py fuzzes the native formats, doccano and CSV; the
interchange readers came later. Here each genuine fixture is mutated (bytes
inserted, deleted, replaced, cut) and read: either it reads, or it is refused
with an ``InputError`` that names the file — any other exception is the
traceback a user would see (one was found this way: WebAnno offsets
``5[4-7``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.schema import load_schema
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import read_import
from annotator.resources import default_schema_path
from tests.fuzzing import fuzz_settings
from tests.io.interchange_fixtures import FIXTURES

SCHEMA = load_schema(default_schema_path())
CASES = {
    "webanno": sorted((FIXTURES / "webanno").glob("*.tsv")),
    "labelstudio": sorted((FIXTURES / "labelstudio").glob("*.json")),
    "brat": sorted((FIXTURES / "brat").rglob("*.ann")),
}


@st.composite
def mutated(draw: st.DrawFn, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["insert", "delete", "replace", "cut"]))
        if operation == "insert":
            data[position:position] = draw(
                st.binary(min_size=1, max_size=4)
                | st.sampled_from([b"\t", b"\n", b"-", b"[", b"|", b'"', b"{", b"9" * 30])
            )
        elif operation == "delete":
            del data[position : position + draw(st.integers(1, 12))]
        elif operation == "replace" and position < len(data):
            data[position] = draw(st.integers(0, 255))
        elif operation == "cut":
            del data[position:]
    return bytes(data)


@pytest.mark.parametrize("fmt", sorted(CASES))
@fuzz_settings(60)
@given(data=st.data())
def test_mutated_fixtures_read_or_are_refused(
    tmp_path_factory: pytest.TempPathFactory,
    count_case: Callable[[str], None],
    fmt: str,
    data: st.DataObject,
) -> None:
    count_case(f"importer fuzz (hypothesis): mutated genuine file, {fmt}")
    source = data.draw(st.sampled_from(CASES[fmt]))
    folder = tmp_path_factory.mktemp(fmt)
    target = folder / source.name
    target.write_bytes(data.draw(mutated(source.read_bytes())))
    if fmt == "brat":  # the .ann file's text beside it, unchanged
        shutil.copy(source.with_suffix(".txt"), folder / source.with_suffix(".txt").name)
    try:
        read_import([target], SCHEMA, ImportOptions(format=fmt, add_layers=True))
    except InputError as error:
        assert str(error).startswith(str(target)), str(error)
        assert error.reason.strip()
