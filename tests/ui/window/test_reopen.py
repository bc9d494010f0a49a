"""Closing and re-opening a project: the window goes on at the document the annotator
had open (not document 1 of hundreds), and brings no undo history of the last run."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.ui import main_window
from annotator.ui.settings import remember_last_document
from annotator.ui.window import MainWindow
from tests.ui.conftest import shown_and_active
from tests.ui.helpers import open_document_named

ENGLISH = "001_8e04abad5bad1dcd.txt"
FIRST = "000_64d1d46f96a25995.txt"


def _reopened(qtbot: QtBot, path: Path, annotator: str) -> MainWindow:
    window = main_window(path, annotator)
    shown_and_active(qtbot, window)
    return window


def test_reopening_goes_on_at_the_document_left_open(
    window: MainWindow, qtbot: QtBot, project_path: Path
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    window.close()

    again = _reopened(qtbot, project_path, "alice")
    assert again.document is not None and again.document.name == ENGLISH
    assert again.document.id is not None
    assert again.list_pane.current_row() == again.documents.row_of(again.document.id)
    assert not again.named_actions["actionUndo"].isEnabled()  # a new run: nothing to undo
    again.close()

    other = _reopened(qtbot, project_path, "bob")  # bob never opened it here
    assert other.document is not None and other.document.name == FIRST
    other.close()


def test_a_remembered_document_no_longer_in_the_project_opens_the_first(
    qtbot: QtBot, project_path: Path
) -> None:
    remember_last_document(project_path, "alice", "deleted meanwhile.txt")
    window = _reopened(qtbot, project_path, "alice")
    assert window.document is not None and window.document.name == FIRST
    window.close()
