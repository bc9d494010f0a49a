"""Fixtures shared by every test folder: real project files under ``tmp_path`` (no Qt)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from annotator.core.schema import Schema, load_schema, parse_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project
from tests.seeded import add_disagreeing_stances, seed_project

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget  # only loaded by the tests that use Qt

# Every property test is deterministic in `make test` (a random find would make CI fail at
# random) and has no deadline (a loaded machine is not a bug); run with
# HYPOTHESIS_PROFILE=explore for fresh random examples.
settings.register_profile("make-test", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "make-test"))


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test (nor a process it starts) may write to the real data or config folder:
    the default project, rolling backups and settings all go under ``tmp_path``.
    Returns the data folder (``XDG_DATA_HOME``)."""
    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("ANNOTATOR_PROJECT", raising=False)
    # English unless a test asks for another language: the developer's locale must not
    # change what the UI tests read.
    monkeypatch.setenv("ANNOTATOR_LANG", "en")
    return data_home


@pytest.fixture(autouse=True)
def no_window_left_behind() -> Iterator[None]:
    """Every window a test opens is destroyed when it ends, and one it left open fails it
    (``tests/qt_leftovers.py`` says why: the windows pytest-qt closes are not deleted, and
    the full run took several times longer than its parts). Tests that load no Qt skip it."""
    before = _open_windows()
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from tests.qt_leftovers import destroy_left_behind

    left = destroy_left_behind(before)
    if left:
        pytest.fail(
            f"windows left open (give them to qtbot.addWidget, or close and delete them): {left}"
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes the test's widgets (its own teardown runs inside this one):
    forget those the app destroyed itself, such as a window replaced by another project."""
    if "PySide6.QtWidgets" in sys.modules:
        from tests.qt_leftovers import forget_destroyed

        forget_destroyed(item)
    return (yield)


def _open_windows() -> set[QWidget]:
    if "PySide6.QtWidgets" not in sys.modules:
        return set()
    from tests.qt_leftovers import open_windows

    return open_windows()


@pytest.fixture
def news_schema() -> Schema:
    return load_schema(default_schema_path())


@pytest.fixture
def make_project(tmp_path: Path) -> Iterator[Callable[..., Project]]:
    """``make_project(name="project.sqlite", schema_toml=None, *, schema=None)``: a new, open
    project with the default news schema, the schema in ``schema_toml``, or ``schema``
    (e.g. ``fixture_schema("mentions_and_quotes")`` from ``tests.schemas``)."""
    opened: list[Project] = []

    def make(
        name: str = "project.sqlite",
        schema_toml: str | None = None,
        *,
        schema: Schema | None = None,
    ) -> Project:
        if schema is None:
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


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A closed project file with the default schema and the five seed articles."""
    return seed_project(tmp_path / "project.sqlite")


@pytest.fixture
def annotated_project_path(project_path: Path) -> Path:
    """:func:`project_path` plus Alice's and Bob's stances on the English seed
    (``tests.seeded.add_disagreeing_stances``: an agreement, a clash and a miss)."""
    with Project.open(project_path) as project:
        add_disagreeing_stances(project)
    return project_path


# -- bad-input cases run (issue #6): counted by the fuzz tests, shown after the run --

BAD_INPUT_CASES: dict[str, int] = {}


@pytest.fixture(scope="session")
def count_case() -> Callable[[str], None]:
    """``count_case(kind)``: one more bad-input case of ``kind`` was really run."""

    def count(kind: str) -> None:
        BAD_INPUT_CASES[kind] = BAD_INPUT_CASES.get(kind, 0) + 1

    return count


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if BAD_INPUT_CASES:
        terminalreporter.section("bad-input cases run (issue #6)")
        for kind, number in sorted(BAD_INPUT_CASES.items()):
            terminalreporter.write_line(f"{number:7d}  {kind}")
        terminalreporter.write_line(f"{sum(BAD_INPUT_CASES.values()):7d}  in total")
