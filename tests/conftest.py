"""Fixtures shared by every test folder: real project files under ``tmp_path`` (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.core.schema import Schema, load_schema, parse_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project


@pytest.fixture
def news_schema() -> Schema:
    return load_schema(default_schema_path())


@pytest.fixture
def make_project(tmp_path: Path) -> Iterator[Callable[..., Project]]:
    """``make_project(name="project.sqlite", schema_toml=None)``: a new, open project."""
    opened: list[Project] = []

    def make(name: str = "project.sqlite", schema_toml: str | None = None) -> Project:
        schema = (
            load_schema(default_schema_path())
            if schema_toml is None
            else parse_schema(schema_toml, source="test-schema.toml")
        )
        project = Project.open(tmp_path / name, create=True, schema=schema)
        opened.append(project)
        return project

    yield make
    for project in opened:
        project.close()


@pytest.fixture
def project(make_project: Callable[..., Project]) -> Project:
    """An empty project with the default news schema."""
    return make_project()
