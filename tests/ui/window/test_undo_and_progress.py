"""Undo/redo across document switches, marking done, and nothing lost on reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.core.model import Status
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.views.attribute_form import ChoiceField, TextField
from annotator.ui.window import MainWindow
from tests.ui.helpers import (
    focused,
    form_field,
    open_document_named,
    press,
    select_with_keyboard,
    shown_document_id,
)

ENGLISH = "001_8e04abad5bad1dcd.txt"
RUSSIAN = "003_088bd3cb7a5e20e4.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def count_in_store(window: MainWindow, document_id: int) -> int:
    with Project.open(window.project.path) as project:
        return len(project.annotations(document_id, "alice"))


def test_undo_redo_survive_switching_documents(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    english_id = shown_document_id(window)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    QTest.keyClicks(focused(), "Kazakhstan")
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert count_in_store(window, english_id) == 1

    open_document_named(window, qtbot, RUSSIAN)
    russian_id = shown_document_id(window)
    select_with_keyboard(window, qtbot, "Сербии")
    press(window.source_view, Qt.Key.Key_Q)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    press(window.source_view, Qt.Key.Key_Z, CTRL)  # undo the quote in this document only
    assert count_in_store(window, russian_id) == 0
    assert count_in_store(window, english_id) == 1

    open_document_named(window, qtbot, ENGLISH)
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_Z, CTRL)  # undo "Set holder"
    with Project.open(window.project.path) as project:
        [stance] = project.annotations(english_id, "alice")
    assert "holder" not in stance.attributes
    press(window.source_view, Qt.Key.Key_Z, CTRL)  # undo the creation
    assert count_in_store(window, english_id) == 0
    assert window.panel.model.rowCount() == 0
    press(window.source_view, Qt.Key.Key_Z, CTRL_SHIFT)  # redo creation
    press(window.source_view, Qt.Key.Key_Z, CTRL_SHIFT)  # redo holder
    with Project.open(window.project.path) as project:
        [stance] = project.annotations(english_id, "alice")
    assert stance.attributes == {"holder": "Kazakhstan"}
    assert window.panel.model.rowCount() == 1

    open_document_named(window, qtbot, RUSSIAN)
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_Z, CTRL_SHIFT)  # redo the quote
    assert count_in_store(window, russian_id) == 1


def test_undo_delete_restores_same_annotation(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, RUSSIAN)
    select_with_keyboard(window, qtbot, "Сербии")
    press(window.source_view, Qt.Key.Key_Q)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    with Project.open(window.project.path) as project:
        [before] = project.annotations(shown_document_id(window), "alice")
    press(window.source_view, Qt.Key.Key_Delete)
    press(window.source_view, Qt.Key.Key_Z, CTRL)
    with Project.open(window.project.path) as project:
        [after] = project.annotations(shown_document_id(window), "alice")
    assert after == before


def test_mark_done_requires_every_layer_checked(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    open_document_named(window, qtbot, RUSSIAN)
    document_id = shown_document_id(window)
    select_with_keyboard(window, qtbot, "Казахстан и Турция")
    press(window.source_view, Qt.Key.Key_S)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)  # holder and polarity left empty

    press(window.source_view, Qt.Key.Key_Return, CTRL)
    assert shown and "missing Holder, Polarity" in shown[-1]
    assert "Quote: no annotation" in shown[-1]

    # Fill the required attributes through the form, tick "none present" for the rest.
    first = window.panel.model.annotation(0)
    assert first is not None
    window.select_annotation_id(first.id)
    holder = form_field(window, "holder", TextField).edit
    holder.setFocus()
    QTest.keyClicks(holder, "Kazakhstan")
    press(holder, Qt.Key.Key_Return)
    qtbot.mouseClick(
        form_field(window, "polarity", ChoiceField).group.button(1), Qt.MouseButton.LeftButton
    )
    for layer in ("quote", "figure"):
        qtbot.mouseClick(window.panel.checklist.boxes[layer], Qt.MouseButton.LeftButton)
    shown.clear()
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_Return, CTRL)
    assert shown == []
    with Project.open(window.project.path) as project:
        progress = project.progress(document_id, "alice")
    assert progress.status == Status.DONE
    assert progress.none_present == {"quote", "figure"}
    # Marking done moves on to the next unfinished document.
    assert shown_document_id(window) != document_id
    assert window.status.progress.text() == "1 of 5 done"


def test_done_with_zero_annotations_is_possible_when_checked(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    document_id = shown_document_id(window)
    for layer in ("stance", "quote", "figure"):
        qtbot.mouseClick(window.panel.checklist.boxes[layer], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.panel.checklist.done_button, Qt.MouseButton.LeftButton)
    with Project.open(window.project.path) as project:
        assert project.progress(document_id, "alice").status == Status.DONE
        assert project.annotations(document_id) == []


def test_reopening_the_project_shows_the_same_state(
    window: MainWindow, qtbot: QtBot, project_path: Path
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    holder = focused()
    QTest.keyClicks(holder, "Kazakhstan")
    # Close while the field still has focus: the typed value must not be lost.
    window.close()

    reopened = main_window(project_path, "alice")
    qtbot.addWidget(reopened)
    reopened.show()
    open_document_named(reopened, qtbot, ENGLISH)
    assert reopened.panel.model.rowCount() == 1
    annotation = reopened.panel.model.annotation(0)
    assert annotation is not None
    assert annotation.attributes == {"holder": "Kazakhstan"}
    assert reopened.source_view.span_index is not None
    assert reopened.source_view.span_index.at(annotation.start)[0].id == annotation.id
