"""Keys that change one annotation never change another (issue 11, item 2).

Overlapping annotations are where this broke: resizing moves the row in the
label table, and the table then made its neighbour current, which the window
took as a new selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation
from annotator.store.project import Project
from annotator.ui.window import MainWindow
from tests.ui.helpers import (
    open_document_named,
    press,
    select_with_keyboard,
    shown_document,
    shown_document_id,
)

ENGLISH = "001_8e04abad5bad1dcd.txt"
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def stored_by_layer(window: MainWindow) -> dict[str, Annotation]:
    with Project.open(window.project.path) as project:
        return {a.layer: a for a in project.annotations(shown_document_id(window), "alice")}


def tag(window: MainWindow, qtbot: QtBot, needle: str, key: Qt.Key) -> None:
    select_with_keyboard(window, qtbot, needle)
    press(window.source_view, key)
    press(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the form, back to the text
    window.source_view.setFocus()


def test_growing_a_quote_never_touches_the_overlapping_stance(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    tag(window, qtbot, "An ally of Russia, Kazakhstan, has revealed", Qt.Key.Key_S)
    tag(window, qtbot, "Kazakhstan, has revealed", Qt.Key.Key_Q)
    before = stored_by_layer(window)
    assert window.selected is not None and window.selected.layer == "quote"

    for _ in range(4):
        press(window.source_view, Qt.Key.Key_Right, ALT_SHIFT)
        assert window.selected is not None and window.selected.layer == "quote"
        assert window.source_view.selected_id == window.selected.id

    after = stored_by_layer(window)
    assert after["stance"] == before["stance"]
    text = shown_document(window).text
    quote = after["quote"]
    assert text[quote.start : quote.end] == "Kazakhstan, has revealed that it will not"


def test_moving_a_start_keeps_the_resized_annotation_for_the_next_delete(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    tag(window, qtbot, "Kazakhstan, has revealed that it", Qt.Key.Key_Q)
    tag(window, qtbot, "the results from Moscow", Qt.Key.Key_F)
    tag(window, qtbot, "revealed that it will not", Qt.Key.Key_S)
    assert window.selected is not None and window.selected.layer == "stance"

    # The resized stance's row is taken out and put back; the figure's row follows it.
    press(window.source_view, Qt.Key.Key_Up, ALT_SHIFT)
    assert window.selected is not None and window.selected.layer == "stance"
    press(window.source_view, Qt.Key.Key_Delete)

    remaining = stored_by_layer(window)
    assert set(remaining) == {"quote", "figure"}
