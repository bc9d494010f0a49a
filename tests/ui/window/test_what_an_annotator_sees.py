"""What an annotator sees (issue 11, item 5): layout, selection, choices, signs, themes.

Also saves the screenshots (tests/artifacts/, git-ignored) a person looks at:
the main and the review window at 1024×700 and 1600×1000, light and dark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation, DocumentProgress, Status
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.models.document_list_model import DocumentListModel
from annotator.ui.review.review_window import ReviewWindow
from annotator.ui.theme import apply_theme, choose_theme
from annotator.ui.views.attribute_form import ChoiceField
from annotator.ui.window import MainWindow
from tests.seeded import stance
from tests.stored import document_named, stored_id
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import (
    form_field,
    open_document_named,
    press,
    select_with_keyboard,
    shown_document,
    shown_document_id,
    utf16_length,
)

ENGLISH = "001_8e04abad5bad1dcd.txt"
POLISH = "000_64d1d46f96a25995.txt"
SIZES = [(1024, 700), (1600, 1000)]
LANGUAGES = ("en", "pl", "ru", "uk")


@pytest.fixture
def system_theme_after() -> Iterator[None]:
    """The theme is the application's: every test leaves it as it found it."""
    yield
    apply_theme("system")


def window_at(qtbot: QtBot, project_path: Path, size: tuple[int, int]) -> MainWindow:
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_the_text_gets_the_largest_share_and_the_list_shows_status_and_labels(
    qtbot: QtBot,
    project_path: Path,
    size: tuple[int, int],
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ANNOTATOR_LANG", language)
    window = window_at(qtbot, project_path, size)
    listed, text, panel = window.splitter.sizes()
    assert text > listed and text > panel, (language, listed, text, panel)
    view = window.document_list
    header = view.horizontalHeader()
    visible = view.viewport().width()
    for column in (DocumentListModel.STATUS, DocumentListModel.ANNOTATIONS):
        assert not view.isColumnHidden(column), column
    shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
    assert DocumentListModel.TITLE in shown
    for column in shown:
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        assert left >= 0 and right <= visible, (language, column, left, right, visible)
    # Name and Title both readable when shown: never two "00…" slivers.
    if DocumentListModel.NAME in shown:
        assert header.sectionSize(DocumentListModel.NAME) >= 70
    assert header.sectionSize(DocumentListModel.TITLE) >= 70
    window.close()


def first_row(window: MainWindow) -> Annotation:
    """The annotation in the first row of the window's annotation table."""
    annotation = window.panel.model.annotation(0)
    assert annotation is not None, "the annotation table is empty"
    return annotation


def test_the_name_column_comes_back_when_the_list_has_room(
    qtbot: QtBot, project_path: Path
) -> None:
    window = window_at(qtbot, project_path, (1024, 700))
    view = window.document_list
    assert view.isColumnHidden(DocumentListModel.NAME)
    window.resize(1600, 1000)
    listed, text, panel = window.splitter.sizes()
    window.splitter.setSizes([listed + 200, text - 200, panel])
    QApplication.processEvents()
    assert not view.isColumnHidden(DocumentListModel.NAME)
    window.resize(1024, 700)
    window.splitter.setSizes([200, 10_000, 200])
    QApplication.processEvents()
    assert view.isColumnHidden(DocumentListModel.NAME)
    window.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", SIZES)
def test_screenshots_of_both_windows(
    qtbot: QtBot, project_path: Path, size: tuple[int, int], theme: str, system_theme_after: None
) -> None:
    with Project.open(project_path) as project:
        document = document_named(project, ENGLISH)
        for annotator, needle, polarity in (
            ("alice", "will not recognize the results", "against"),
            ("bob", "will not recognize the results", "favor"),
            ("alice", "the principle of countries' territorial integrity", "favor"),
        ):
            project.annotations.add(stance(stored_id(document), annotator, document.text, needle,
                                          holder="Kazakhstan", polarity=polarity))  # fmt: skip
    choose_theme(theme)
    window = window_at(qtbot, project_path, size)
    open_document_named(window, qtbot, ENGLISH)
    window.select_annotation_id(first_row(window).id)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert (base.lightness() < 128) == (theme == "dark")
    save_screenshot(window, f"main-{size[0]}x{size[1]}-{theme}.png")
    review = ReviewWindow(Project.open(project_path), "rita")
    qtbot.addWidget(review)
    review.resize(*size)
    review.show()
    qtbot.waitExposed(review)
    save_screenshot(review, f"review-{size[0]}x{size[1]}-{theme}.png")
    review.tabs.setCurrentIndex(1)
    save_screenshot(review, f"agreement-{size[0]}x{size[1]}-{theme}.png")
    review.close()
    review.project.close()
    window.close()


def test_tagging_lets_the_selection_go_and_leaves_the_caret_at_the_end(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    start = select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_Q)
    cursor = window.source_view.textCursor()
    assert not cursor.hasSelection()
    text = shown_document(window).text
    assert cursor.position() == utf16_length(text[: start + len("Kazakhstan")])


def test_the_selected_annotation_keeps_the_texts_metrics(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan, has revealed that it will not recognize")
    press(window.source_view, Qt.Key.Key_Q)
    press(QApplication.focusWidget(), Qt.Key.Key_Escape)
    view = window.source_view
    block = view.document().findBlockByNumber(0)
    window.escape()  # nothing selected
    QApplication.processEvents()
    unselected = (block.layout().lineCount(), view.blockBoundingRect(block).height())
    window.select_annotation_id(first_row(window).id)
    QApplication.processEvents()
    assert (block.layout().lineCount(), view.blockBoundingRect(block).height()) == unselected
    formats = [fmt for _start, _length, fmt in view.block_formats(0)]
    assert formats and all(fmt.fontWeight() == QFont.Weight.Normal for fmt in formats)
    assert any(fmt.fontUnderline() for fmt in formats)  # shown, by a line


def test_the_checked_choice_has_the_focus(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    polarity = form_field(window, "polarity", ChoiceField)
    polarity.setFocus()
    press(QApplication.focusWidget(), Qt.Key.Key_2)
    checked = polarity.group.checkedButton()
    assert checked is not None and checked.text().startswith("2")
    assert ":checked" in checked.styleSheet()
    assert QApplication.focusWidget() is checked


def _marked_done_elsewhere(window: MainWindow) -> Callable[[], str]:
    """Mark the open document done (as another process would); returns a reader of
    its status cell in the document list."""
    assert window.document is not None and window.document.id is not None
    document_id = window.document.id
    with Project.open(window.project.path) as project:
        project.progress.set(DocumentProgress(document_id, "alice", Status.DONE))
    window.refresh()
    row = window.documents.row_of(document_id)
    assert row is not None
    return lambda: str(window.documents.index(row, DocumentListModel.STATUS).data())


def test_a_done_document_edited_afterwards_shows_it(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    status = _marked_done_elsewhere(window)
    assert status() == "done ✓"
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_Q)
    assert status() == "done ✎"


def test_a_done_document_with_a_label_deleted_shows_it_until_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    document_id = shown_document_id(window)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_Q)
    window.source_view.setFocus()
    status = _marked_done_elsewhere(window)
    assert status() == "done ✓"
    press(window.source_view, Qt.Key.Key_Delete)  # the quote just made is selected
    assert window.project.annotations(document_id, "alice") == []
    assert status() == "done ✎"
    press(window.source_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.project.annotations(document_id, "alice")) == 1
    assert status() == "done ✓"


def test_find_shows_how_many_matches(window: MainWindow, qtbot: QtBot) -> None:
    open_document_named(window, qtbot, ENGLISH)
    press(window.source_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.find_bar, "referendums")
    total = shown_document(window).text.lower().count("referendums")
    assert total > 1
    assert window.find_count.text() == f"1 of {total}"
    press(window.find_bar, Qt.Key.Key_Return)
    assert window.find_count.text() == f"2 of {total}"


def test_switch_annotator_offers_the_names_in_the_project(window: MainWindow, qtbot: QtBot) -> None:
    document = document_named(window.project, ENGLISH)
    window.project.annotations.add(stance(stored_id(document), "bob", document.text, "Kazakhstan"))
    offered: list[list[str]] = []

    def pick_bob() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, pick_bob)
            return
        offered.append(dialog.comboBoxItems())
        dialog.setTextValue("bob")
        dialog.accept()

    QTimer.singleShot(0, pick_bob)
    window.named_actions["actionSwitchAnnotator"].trigger()
    assert offered == [["alice", "bob"]]
    assert window.operations.annotator == "bob"


def test_view_theme_switches_light_and_dark(
    window: MainWindow, qtbot: QtBot, system_theme_after: None
) -> None:
    def base_is_dark() -> bool:
        return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128

    window.named_actions["actionTheme_dark"].trigger()
    assert base_is_dark()
    # The widgets take the new palette from the event loop.
    qtbot.waitUntil(
        lambda: window.source_view.palette().color(QPalette.ColorRole.Base).lightness() < 128
    )
    window.named_actions["actionTheme_light"].trigger()
    assert not base_is_dark()
    window.named_actions["actionTheme_system"].trigger()
    assert window.named_actions["actionTheme_system"].isChecked()


def test_the_layer_bar_shows_keys_and_counts_and_tags_on_click(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    bar = window.layer_bar
    quote = bar.buttons["quote"]
    assert quote.text() == "Quote (Q) · 0"
    select_with_keyboard(window, qtbot, "Kazakhstan")
    qtbot.mouseClick(quote, Qt.MouseButton.LeftButton)
    with Project.open(window.project.path) as project:
        [tagged] = project.annotations(shown_document_id(window), "alice")
    assert tagged.layer == "quote"
    assert quote.text() == "Quote (Q) · 1"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_attribute_form_fits_the_panel_at_the_smallest_size(
    qtbot: QtBot, project_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choice buttons wrap onto more rows and fields shrink: no sideways scrolling."""
    monkeypatch.setenv("ANNOTATOR_LANG", language)
    window = window_at(qtbot, project_path, (1024, 700))
    window.source_view.set_selection(0, 12)
    window.edits.tag_selection("stance")
    QApplication.processEvents()
    scroll = window.editor.findChildren(QScrollArea)
    shown = [area for area in scroll if area.isVisible()]
    assert len(shown) == 1
    area = shown[0]
    assert not area.horizontalScrollBar().isVisible(), language
    viewport = area.viewport()
    form = area.widget()
    assert form is not None
    buttons = [b for b in form.findChildren(QPushButton) if b.isVisible()]
    assert any(b.objectName().startswith("choice_") for b in buttons)
    for button in buttons:
        left = button.mapTo(viewport, button.rect().topLeft()).x()
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert left >= 0 and right < viewport.width(), (language, button.text(), right)
    window.close()
