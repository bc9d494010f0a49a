"""Highlights are painted lazily: visible lines get their layer colours, others wait.

The formats are read back from each Qt block's layout, i.e. what Qt draws, at
positions computed with Python's ``str.index`` and an independent UTF-16 count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation, Document, Origin
from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.colors import highlight_background
from annotator.ui.window import MainWindow
from tests.stored import layer_of
from tests.ui.helpers import focused, press, select_with_keyboard, shown_document, utf16_length

LINES = 400
LAST_LINE = "Ostatnia linia: 🇺🇦 Казахстан не признает референдумы."


@pytest.fixture
def long_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """One document of 400 lines; alice labelled a word on the first and the last line."""
    text = "\n".join([f"Line {n}: Kazachstan nie uzna 👩‍👩‍👧 wyników." for n in range(LINES)])
    text += "\n" + LAST_LINE
    path = tmp_path / "long.sqlite"
    first = text.index("Kazachstan")
    last = text.index("Казахстан")
    labels = [
        Annotation("first", 0, "alice", "quote", first, first + 10, {}, origin=Origin.MANUAL),
        Annotation("last", 0, "alice", "figure", last, last + 9, {}, origin=Origin.MANUAL),
    ]
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        project.documents.add([(Document(None, "long.txt", text), labels)])
    window = main_window(path, "alice")
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def _backgrounds(window: MainWindow, line: int) -> list[tuple[int, int, str]]:
    return [
        (start, length, fmt.background().color().name())
        for start, length, fmt in window.source_view.block_formats(line)
    ]


def _colour(window: MainWindow, layer: str, *, selected: bool = False) -> str:
    color = layer_of(window.project.schema, layer).color
    return highlight_background(color, window.source_view.palette(), selected=selected).name()


def test_visible_lines_are_coloured_and_far_lines_wait(
    long_window: MainWindow, qtbot: QtBot
) -> None:
    view = long_window.source_view
    line_text = shown_document(long_window).text.split("\n")[0]
    start = utf16_length(line_text[: line_text.index("Kazachstan")])
    qtbot.waitUntil(lambda: bool(_backgrounds(long_window, 0)))
    assert _backgrounds(long_window, 0) == [(start, 10, _colour(long_window, "quote"))]
    assert _backgrounds(long_window, LINES) == []  # never on screen: not coloured yet

    view.setFocus()
    press(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    start_last = utf16_length(LAST_LINE[: LAST_LINE.index("Казахстан")])
    qtbot.waitUntil(lambda: bool(_backgrounds(long_window, LINES)))
    assert _backgrounds(long_window, LINES) == [(start_last, 9, _colour(long_window, "figure"))]


def test_a_new_label_is_painted_and_an_undone_one_disappears(
    long_window: MainWindow, qtbot: QtBot
) -> None:
    view = long_window.source_view
    select_with_keyboard(long_window, qtbot, "wyników", occurrence=1)  # on line 1
    press(view, Qt.Key.Key_S)
    focused().clearFocus()
    view.setFocus()
    line = shown_document(long_window).text.split("\n")[1]
    start = utf16_length(line[: line.index("wyników")])
    # The new label is the selected one: the stronger shade of its layer, underlined
    # (not bold: that would change the text's metrics, issue 11 item 5).
    expected = (start, len("wyników"), _colour(long_window, "stance", selected=True))
    qtbot.waitUntil(lambda: expected in _backgrounds(long_window, 1))
    [(_, _, fmt)] = view.block_formats(1)
    assert fmt.fontWeight() == QFont.Weight.Normal and fmt.fontUnderline()

    press(view, Qt.Key.Key_Escape)  # deselect: back to the plain shade
    plain = (start, len("wyników"), _colour(long_window, "stance"))
    qtbot.waitUntil(lambda: _backgrounds(long_window, 1) == [plain])

    press(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _backgrounds(long_window, 1) == [])
    # Undoing the selected label must not jump the text to some other label.
    assert view.firstVisibleBlock().blockNumber() <= 1
    assert long_window.selected is None


def test_undoing_the_selected_label_keeps_the_text_where_it_was(
    long_window: MainWindow, qtbot: QtBot
) -> None:
    view = long_window.source_view
    select_with_keyboard(long_window, qtbot, "wyników", occurrence=2)  # on line 2
    press(view, Qt.Key.Key_S)
    view.setFocus()
    assert long_window.selected is not None and long_window.selected.layer == "stance"
    press(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _backgrounds(long_window, 2) == [])
    assert long_window.selected is None
    assert view.firstVisibleBlock().blockNumber() <= 2
