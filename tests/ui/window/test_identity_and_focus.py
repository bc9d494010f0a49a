"""Identity and focus (issue 11, item 4): whose name, and where the keys go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation
from annotator.store.project import Project
from annotator.ui.app import open_main_window
from annotator.ui.settings import remember_annotator, remembered_annotator
from annotator.ui.window import MainWindow
from tests.ui.helpers import (
    focused,
    open_document_named,
    press,
    select_with_keyboard,
    shown_document,
    shown_document_id,
)

ENGLISH = "001_8e04abad5bad1dcd.txt"
POLISH = "000_64d1d46f96a25995.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def stored(window: MainWindow) -> list[Annotation]:
    with Project.open(window.project.path) as project:
        return project.annotations(shown_document_id(window), window.operations.annotator)


def test_a_name_on_the_command_line_is_for_that_run_only(qtbot: QtBot, project_path: Path) -> None:
    remember_annotator("alice")
    window = open_main_window(project_path, "bob")  # gui --annotator bob
    assert window is not None
    qtbot.addWidget(window)
    assert window.operations.annotator == "bob"
    window.close()
    assert remembered_annotator() == "alice"


def test_ctrl_z_right_after_tagging_undoes_the_tag(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)  # the form's first field has the focus
    press(field, Qt.Key.Key_Z, CTRL)
    assert stored(window) == []
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL_SHIFT)
    assert len(stored(window)) == 1


def test_ctrl_z_in_a_field_with_unsaved_typing_undoes_the_typing_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    field = focused()
    QTest.keyClicks(field, "Kaz")
    press(field, Qt.Key.Key_Z, CTRL)
    assert len(stored(window)) == 1  # the tag is still there


def test_undo_and_redo_work_from_every_pane(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    panes = [
        window.document_list,
        window.annotation_list,
        window.document_filter,
        window.panel.checklist.boxes["figure"],
        window.source_view,
    ]
    for pane in panes:
        select_with_keyboard(window, qtbot, "Kazakhstan")
        press(window.source_view, Qt.Key.Key_Q)
        count = len(stored(window))
        pane.setFocus()
        press(pane, Qt.Key.Key_Z, CTRL)
        assert len(stored(window)) == count - 1, pane.objectName()
        press(pane, Qt.Key.Key_Z, CTRL_SHIFT)
        assert len(stored(window)) == count, pane.objectName()


def test_esc_in_find_closes_it_and_the_next_layer_key_tags(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, POLISH)
    press(window.source_view, Qt.Key.Key_F, CTRL)
    assert window.find_bar.hasFocus()
    QTest.keyClicks(window.find_bar, "Zach")
    press(window.find_bar, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert QApplication.focusWidget() is window.source_view
    press(QApplication.focusWidget(), Qt.Key.Key_Q)  # tags the match, types nothing
    assert window.find_bar.text() == "Zach"
    [quote] = stored(window)
    assert shown_document(window).text[quote.start : quote.end] == "Zachód"


def test_enter_in_a_completion_popup_only_accepts(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    QTest.keyClicks(focused(), "Kazakhstan")
    press(QApplication.focusWidget(), Qt.Key.Key_Return)

    select_with_keyboard(window, qtbot, "Russia")
    press(window.source_view, Qt.Key.Key_S)
    holder = QApplication.focusWidget()
    assert isinstance(holder, QLineEdit)
    QTest.keyClicks(holder, "Kaz")
    popup = holder.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is holder  # still in the form
    press(holder, Qt.Key.Key_Tab)
    assert focused().objectName() == "field_target"
    stance = next(
        a for a in stored(window) if shown_document(window).text[a.start : a.end] == "Russia"
    )
    assert stance.attributes["holder"] == "Kazakhstan"


def test_enter_in_the_text_goes_to_the_form_of_the_selected_annotation(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    press(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_Return)
    assert focused().objectName() == "field_holder"
    assert "Enter" in window.named_actions["actionEditForm"].text()
    press(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_F2)
    assert focused().objectName() == "field_holder"


def test_alt_number_ticks_none_present_and_the_menu_shows_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    layers = [layer.name for layer in window.project.schema.layers]
    second = layers[1]
    action = window.named_actions[f"actionNonePresent_{second}"]
    assert action.shortcut().toString() == "Alt+2"
    press(window.source_view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    with Project.open(window.project.path) as project:
        progress = project.progress(shown_document_id(window), "alice")
    assert second in progress.none_present
    assert window.panel.checklist.boxes[second].isChecked()
    press(window.source_view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    with Project.open(window.project.path) as project:
        assert second not in project.progress(shown_document_id(window), "alice").none_present
