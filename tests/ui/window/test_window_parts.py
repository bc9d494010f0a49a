"""Document list, shortcuts help, guidelines, find, navigation, ref attributes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QTableView, QTextBrowser
from pytestqt.qtbot import QtBot

from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.models.document_list_model import DocumentListModel
from annotator.ui.views.attribute_form import FlagField, RefField
from annotator.ui.window import MainWindow
from tests.schemas import fixture_schema
from tests.ui.conftest import shown_and_active
from tests.ui.helpers import (
    child,
    current_form,
    form_field,
    open_document_named,
    press,
    select_with_keyboard,
    shown_document,
    shown_document_id,
)

ALT = Qt.KeyboardModifier.AltModifier


def test_document_list_filters_and_sorts(window: MainWindow, qtbot: QtBot) -> None:
    model = window.documents
    assert model.rowCount() == 5
    window.document_filter.setFocus()
    QTest.keyClicks(window.document_filter, "Kazakhstan")
    names = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert names == {"001_8e04abad5bad1dcd.txt", "004_844be3925533e8fa.txt"}
    window.document_filter.clear()
    assert model.rowCount() == 5
    model.sort(DocumentListModel.NAME, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "004_844be3925533e8fa.txt"


def test_document_list_model_pages_rows_lazily(project_path: Path) -> None:
    with Project.open(project_path) as project:
        model = DocumentListModel(project, "alice")
        assert model._pages == {}  # nothing read until a row is asked for
        assert model.data(model.index(2, DocumentListModel.NAME)) == "002_c6b8f4337f4c2acc.txt"
        assert list(model._pages) == [0]
        assert model.data(model.index(3, DocumentListModel.LANGUAGE)) == "ro"
        assert model.data(model.index(0, DocumentListModel.STATUS)) == "new"


def test_alt_arrows_move_between_documents(window: MainWindow, qtbot: QtBot) -> None:
    first = shown_document_id(window)
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_Right, ALT)
    assert shown_document_id(window) != first
    assert window.status.position.text() == "Document 2 of 5"
    press(window.source_view, Qt.Key.Key_Left, ALT)
    assert shown_document_id(window) == first


def test_shortcut_help_is_generated_from_actions(window: MainWindow, qtbot: QtBot) -> None:
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_F1)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    )
    model = child(dialog, QTableView, "shortcutTable").model()
    rows = {(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert ("Tag selection as Stance", "S") in rows
    assert ("Mark document done", "Ctrl+Return, Ctrl+Enter") in rows
    assert ("Undo", "Ctrl+Z") in {(a.split(" ")[0], k) for a, k in rows}
    # Every action with a shortcut is listed.
    listed = {text for text, _ in rows}
    for action in window.named_actions.values():
        if action.shortcuts():
            assert action.text().replace("&", "") in listed
    dialog.close()


def test_guidelines_dock_shows_markdown_without_loading_resources(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dock = window.findChild(QDockWidget, "guidelinesDock")
    assert dock is not None and dock.isVisible()
    browser = dock.widget()
    assert isinstance(browser, QTextBrowser)
    text = browser.toPlainText()
    assert "Stance" in text and "Quote" in text and "Figure" in text


def test_find_selects_next_match(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, "004_844be3925533e8fa.txt")
    window.source_view.setFocus()
    press(window.source_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    QTest.keyClicks(window.find_bar, "tokayev")
    first = window.source_view.selection()
    assert shown_document(window).text[first[0] : first[1]].lower() == "tokayev"
    press(window.find_bar, Qt.Key.Key_Return)
    second = window.source_view.selection()
    assert second[0] > first[0]
    press(window.find_bar, Qt.Key.Key_Escape)


def test_ref_attribute_picks_an_annotation_of_the_allowed_layer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "article.txt"
    source.write_text("Smadiyarov said: «we will not recognize the referendums».", "utf-8")
    path = tmp_path / "refs.sqlite"
    with Project.open(path, create=True, schema=fixture_schema("mentions_and_quotes")) as project:
        import_files(project, [source], ImportOptions())
    window = main_window(path, "alice")
    shown_and_active(qtbot, window)
    select_with_keyboard(window, qtbot, "Smadiyarov")
    press(window.source_view, Qt.Key.Key_M)
    press(current_form(window).note.edit, Qt.Key.Key_Return)
    select_with_keyboard(window, qtbot, "we will not recognize the referendums")
    press(window.source_view, Qt.Key.Key_Q)
    speaker = form_field(window, "speaker", RefField)
    assert speaker.count() == 2  # "(none)" and the mention
    speaker.setFocus()
    press(speaker, Qt.Key.Key_Down)  # a closed combo box steps to the next item
    verified = form_field(window, "verified", FlagField)
    verified.setFocus()
    press(verified, Qt.Key.Key_Space)
    assert verified.isChecked()
    with Project.open(path) as project:
        annotations = {a.layer: a for a in project.annotations(shown_document_id(window), "alice")}
    assert annotations["quote"].attributes == {
        "speaker": annotations["mention"].id,
        "verified": True,
    }
    window.close()
