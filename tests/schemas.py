"""The test schemas: TOML files in ``tests/fixtures/schemas/``, each naming the tests
that use it, instead of a copy of a schema in each test module.

A test that checks how a schema is *read* (tests/core/test_schema*.py) keeps its
TOML beside it: there the text is what is tested.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.schema import Schema, load_schema

SCHEMAS = Path(__file__).resolve().parent / "fixtures" / "schemas"


def schema_path(name: str) -> Path:
    """``tests/fixtures/schemas/<name>.toml``."""
    path = SCHEMAS / f"{name}.toml"
    assert path.is_file(), f"no test schema {path}"
    return path


def fixture_schema(name: str) -> Schema:
    """The test schema ``name``, loaded as the application loads a schema file."""
    return load_schema(schema_path(name))
