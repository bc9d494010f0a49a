"""The window over a project with no documents (reviewer4 F6).

A new user's first sight: nothing may offer work that cannot be done (Mark done,
tagging, the checklist, exports), no caret blinks in an empty text area, and the
text area says how to begin, with the menu path and key the window really has.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.core.model import Document
from annotator.ui.window import MainWindow
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import press, restore_backup_elsewhere

NEEDING_A_DOCUMENT = [
    "actionMarkDone",
    "actionTag_stance",
    "actionNonePresent_quote",
    "actionDelete",
    "actionEditForm",
    "actionFind",
    "actionNextDocument",
    "actionNextUnfinished",
    "actionExportCsv",
    "actionExportJsonl",
    "actionAcceptSuggestion",
    "actionSuggestDocument",
    "actionReview",
    "actionAgreement",
]
USEFUL_IN_AN_EMPTY_PROJECT = [
    "actionImport",
    "actionMerge",
    "actionRestoreBackup",
    "actionSwitchAnnotator",
    "actionShortcuts",
    "actionQuit",
]


def _none_present_menu(window: MainWindow) -> QAction:
    """The action that opens Annotate → None present."""
    users = window.named_actions["actionNonePresent_stance"].associatedObjects()
    [submenu] = [m for m in users if isinstance(m, QMenu)]
    return submenu.menuAction()


def _shows_no_document(window: MainWindow) -> None:
    for name in NEEDING_A_DOCUMENT:
        assert not window.named_actions[name].isEnabled(), name
    for name in USEFUL_IN_AN_EMPTY_PROJECT:
        assert window.named_actions[name].isEnabled(), name
    assert not _none_present_menu(window).isEnabled()  # greyed, not only its entries
    checklist = window.panel.checklist
    assert not checklist.done_button.isEnabled()
    assert not any(box.isEnabled() for box in checklist.boxes.values())
    assert not any(button.isEnabled() for button in window.layer_bar.buttons.values())
    view = window.source_view
    assert view.toPlainText() == ""
    assert view.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # no caret
    key = window.named_actions["actionImport"].shortcut()
    assert key.toString(QKeySequence.SequenceFormat.NativeText) in view.placeholderText()
    assert "File → Import…" in view.placeholderText()
    assert window.title_label.text() == ""
    assert window.editor.placeholder.isHidden()  # no "Select text and press a layer key…"


def test_an_empty_project_offers_no_work_and_says_how_to_begin(
    empty_window: MainWindow, qtbot: QtBot
) -> None:
    _shows_no_document(empty_window)
    empty_window.resize(1024, 700)
    save_screenshot(empty_window, "empty-project.png")


def test_keys_on_an_empty_project_change_nothing_and_ask_nothing(
    empty_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mark done used to answer "This document cannot be marked done yet: No document is
    open"; the other keys must not write or open anything either."""
    asked: list[str] = []

    def answer(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def ask(*_args: object) -> QMessageBox.StandardButton:
            asked.append(kind)
            return QMessageBox.StandardButton.Ok

        return ask

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer(kind)))
    view = empty_window.source_view
    presses = [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),  # Mark done
        (Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier),  # tag as stance
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),  # into the form
        (Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier),  # none present
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),  # next document
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier),
    ]
    for key, modifiers in presses:
        press(view, key, modifiers)
    assert asked == []
    assert empty_window.project.documents.count() == 0
    assert empty_window.project.annotations.annotators() == []
    _shows_no_document(empty_window)


def test_the_first_documents_open_and_the_last_ones_going_shows_the_hint_again(
    empty_window: MainWindow, qtbot: QtBot
) -> None:
    """Documents arriving (an import, another program) open the first one; a restore
    elsewhere that removes them all brings the empty state back, not the old title."""
    from annotator.locations import backup_folder
    from annotator.store.backups import take_backup

    window = empty_window
    window._watch.stop()
    take_backup(window.project, backup_folder(window.project.path))  # of the empty project
    window.project.documents.add([(Document(None, "first.txt", "Erster Text."), [])])
    window.refresh()

    assert window.document is not None and window.document.name == "first.txt"
    assert window.named_actions["actionMarkDone"].isEnabled()
    assert _none_present_menu(window).isEnabled()
    assert window.panel.checklist.done_button.isEnabled()
    assert window.source_view.toPlainText() == "Erster Text."
    assert (
        window.source_view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    assert window.source_view.placeholderText() == ""
    assert not window.editor.placeholder.isHidden()

    restore_backup_elsewhere(window.project.path)
    press(window.source_view, Qt.Key.Key_F5)

    assert window.document is None
    _shows_no_document(window)
    assert window.panel.model.rowCount() == 0


def test_the_status_bar_names_the_annotator_and_no_document_when_none_is_open(
    empty_window: MainWindow, qtbot: QtBot
) -> None:
    """Who is annotating shows from the start, and "Document 1 of 1" goes with the last
    document (it stayed after a restore elsewhere removed it)."""
    window = empty_window
    window._watch.stop()
    status = window.status
    assert status.annotator.text() == f"Annotator: {window.operations.annotator}"
    assert status.position.text() == ""
    from annotator.locations import backup_folder
    from annotator.store.backups import take_backup

    take_backup(window.project, backup_folder(window.project.path))
    window.project.documents.add([(Document(None, "first.txt", "Erster Text."), [])])
    window.refresh()
    assert status.position.text() == "Document 1 of 1"

    restore_backup_elsewhere(window.project.path)
    press(window.source_view, Qt.Key.Key_F5)

    assert window.document is None
    assert status.position.text() == ""
    assert status.progress.text() == "0 of 0 done"
