"""Creating annotations with the keyboard and filling every attribute type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation
from annotator.store.project import Project
from annotator.ui.views.attribute_form import NumberField
from annotator.ui.window import MainWindow
from tests.ui.helpers import (
    focused,
    form_field,
    open_document_named,
    press,
    select_with_keyboard,
    selected_text,
    shown_document,
    shown_document_id,
)

RUSSIAN = "003_088bd3cb7a5e20e4.txt"
POLISH = "000_64d1d46f96a25995.txt"
ENGLISH = "001_8e04abad5bad1dcd.txt"


def stored(window: MainWindow, annotator: str = "alice") -> list[Annotation]:
    with Project.open(window.project.path) as project:
        return project.annotations(shown_document_id(window), annotator)


def test_stance_by_keyboard_fills_text_and_choice(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    start = select_with_keyboard(
        window, qtbot, "Kazakhstan, has revealed that it will not recognize"
    )
    press(window.source_view, Qt.Key.Key_S)

    # Focus jumps to the first required attribute: holder.
    holder = QApplication.focusWidget()
    assert isinstance(holder, QLineEdit) and holder.objectName() == "field_holder"
    QTest.keyClicks(holder, "Kazakhstan")
    press(holder, Qt.Key.Key_Tab)  # to target
    QTest.keyClicks(focused(), "the referendums")
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to polarity buttons
    press(QApplication.focusWidget(), Qt.Key.Key_2)  # "2 against"
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.source_view  # Enter returns to the text

    [annotation] = stored(window)
    text = shown_document(window).text
    assert annotation.layer == "stance"
    assert (annotation.start, annotation.end) == (start, start + 51)
    assert text[annotation.start : annotation.end].startswith("Kazakhstan, has revealed")
    assert annotation.attributes == {
        "holder": "Kazakhstan",
        "target": "the referendums",
        "polarity": "against",
    }


def test_selection_snaps_to_whole_words(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    start = select_with_keyboard(window, qtbot, "akhstan, has reve")  # mid-word both ends
    press(window.source_view, Qt.Key.Key_Q)
    [annotation] = stored(window)
    assert (
        shown_document(window).text[annotation.start : annotation.end] == "Kazakhstan, has revealed"
    )
    assert annotation.start == start - 3


def test_figure_value_and_unit_are_prefilled(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, POLISH)
    select_with_keyboard(window, qtbot, "93 proc.")
    press(window.source_view, Qt.Key.Key_F)
    [annotation] = stored(window)
    assert annotation.layer == "figure"
    assert annotation.attributes["value"] == 93
    assert annotation.attributes["unit"] == "percent"
    # The form shows the guessed values, ready to be corrected.
    assert form_field(window, "value", NumberField).edit.text() == "93"


def test_number_field_rejects_text_and_stores_numbers(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, POLISH)
    select_with_keyboard(window, qtbot, "7 proc.")
    press(window.source_view, Qt.Key.Key_F)
    value = form_field(window, "value", NumberField).edit
    value.setFocus()
    value.selectAll()
    QTest.keyClicks(value, "seven")
    press(value, Qt.Key.Key_Return)
    assert stored(window)[0].attributes["value"] == 7  # unchanged: "seven" is not a number
    value.selectAll()
    QTest.keyClicks(value, "7,5")
    press(value, Qt.Key.Key_Return)
    assert stored(window)[0].attributes["value"] == 7.5


def test_text_attribute_completes_from_values_used(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    QTest.keyClicks(focused(), "Kazakhstan")
    press(QApplication.focusWidget(), Qt.Key.Key_Return)

    select_with_keyboard(window, qtbot, "Russia", occurrence=0)
    press(window.source_view, Qt.Key.Key_S)
    holder = QApplication.focusWidget()
    assert isinstance(holder, QLineEdit)
    QTest.keyClicks(holder, "Kaz")
    completer = holder.completer()
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert completer.currentCompletion() == "Kazakhstan"


def test_delete_key_removes_selected_annotation(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, RUSSIAN)
    select_with_keyboard(window, qtbot, "Казахстан и Турция")
    press(window.source_view, Qt.Key.Key_Q)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(stored(window)) == 1
    press(window.source_view, Qt.Key.Key_Delete)
    assert stored(window) == []
    assert window.panel.model.rowCount() == 0


def test_alt_shift_arrows_resize_the_selected_span(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, RUSSIAN)
    select_with_keyboard(window, qtbot, "Казахстан и")
    press(window.source_view, Qt.Key.Key_Q)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    press(window.source_view, Qt.Key.Key_Right, alt_shift)
    [annotation] = stored(window)
    assert shown_document(window).text[annotation.start : annotation.end] == "Казахстан и Турция"
    press(window.source_view, Qt.Key.Key_Left, alt_shift)
    [annotation] = stored(window)
    assert shown_document(window).text[annotation.start : annotation.end] == "Казахстан и"


def test_tab_cycles_annotations_in_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, RUSSIAN)
    for needle in ("Сербии", "Казахстан и Турция"):
        select_with_keyboard(window, qtbot, needle)
        press(window.source_view, Qt.Key.Key_Q)
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
    text = shown_document(window).text
    # The annotation just created ("Казахстан и Турция", first in the text) is selected.
    seen = []
    for _ in range(3):
        press(window.source_view, Qt.Key.Key_Tab)
        seen.append(selected_text(window, text))
    assert seen == ["Сербии", "Казахстан и Турция", "Сербии"]
    press(window.source_view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert selected_text(window, text) == "Казахстан и Турция"
