"""Selections after astral characters, combining marks and RTL text store code-point offsets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.core.schema import load_schema
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.window import MainWindow
from tests.ui.helpers import press, select_with_keyboard, shown_document_id

TRICKY = (
    "Family 👩‍👩‍👧 and flag 🇵🇱 and café (e\u0301) then "
    "Привет, мир! مرحبا بالعالم 😀 — the target phrase 🎉 and Казахстан end.\n"
    "Second line 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 then another target."
)


@pytest.fixture
def tricky_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    source = tmp_path / "tricky.txt"
    source.write_text(TRICKY, encoding="utf-8")
    path = tmp_path / "tricky.sqlite"
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        import_files(project, [source], ImportOptions())
    window = main_window(path, "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.mark.parametrize(
    ("needle", "occurrence"),
    [("the target phrase", 0), ("Казахстан", 0), ("another target", 0), ("мир", 0)],
)
def test_offsets_equal_python_index(
    tricky_window: MainWindow, qtbot: QtBot, needle: str, occurrence: int
) -> None:
    window = tricky_window
    start = select_with_keyboard(window, qtbot, needle, occurrence)
    assert start == TRICKY.index(needle)
    press(window.source_view, Qt.Key.Key_Q)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    with Project.open(window.project.path) as project:
        [annotation] = project.annotations(shown_document_id(window), "alice")
    assert (annotation.start, annotation.end) == (start, start + len(needle))
    assert TRICKY[annotation.start : annotation.end] == needle


def test_emoji_selection_is_not_split(tricky_window: MainWindow, qtbot: QtBot) -> None:
    """Selecting the family emoji keeps the whole ZWJ sequence, never half a surrogate pair."""
    window = tricky_window
    family = "👩‍👩‍👧"
    start = TRICKY.index(family)
    window.source_view.set_selection(start, start + 1)  # only the first person
    press(window.source_view, Qt.Key.Key_Q)
    with Project.open(window.project.path) as project:
        [annotation] = project.annotations(shown_document_id(window), "alice")
    assert TRICKY[annotation.start : annotation.end] == family
