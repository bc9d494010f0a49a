"""The first-run welcome dialog, driven with real key presses and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from annotator.locations import default_project_path
from annotator.ui.welcome import WelcomeChoice, WelcomeDialog, WelcomeResult
from tests.ui.conftest import save_screenshot


@pytest.fixture
def dialog(qtbot: QtBot) -> WelcomeDialog:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_name_and_one_click_open_the_sample_project(qtbot: QtBot, dialog: WelcomeDialog) -> None:
    qtbot.keyClicks(dialog.name_edit, "  alice ")
    save_screenshot(dialog, "welcome.png")
    _click(qtbot, dialog.sample_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_choice == WelcomeResult("alice", WelcomeChoice.SAMPLE, None)
    assert not dialog.result_choice.import_files


def test_enter_in_the_name_field_opens_the_sample_project(
    qtbot: QtBot, dialog: WelcomeDialog
) -> None:
    qtbot.keyClicks(dialog.name_edit, "bob")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_choice is not None
    assert dialog.result_choice.choice is WelcomeChoice.SAMPLE


@pytest.mark.parametrize(
    ("typed", "message"), [("", "Enter your name first"), ("gold", "reserved")]
)
def test_a_missing_or_reserved_name_keeps_the_dialog_open(
    qtbot: QtBot, dialog: WelcomeDialog, typed: str, message: str
) -> None:
    qtbot.keyClicks(dialog.name_edit, typed)
    _click(qtbot, dialog.sample_button)
    assert dialog.isVisible() and dialog.result_choice is None
    assert dialog.error_label.isVisible()
    assert message in dialog.error_label.text()
    assert dialog.name_edit.hasFocus()
    for button in (dialog.sample_button, dialog.import_button):  # the message squeezes nothing
        assert button.height() >= button.heightForWidth(button.width())
    if typed == "gold":
        save_screenshot(dialog, "welcome-error.png")
    qtbot.keyClicks(dialog.name_edit, "x")  # typing again clears the complaint
    assert not dialog.error_label.isVisible()


def _answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, path: str) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        asked.append(title)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return asked


def test_create_a_new_project(
    qtbot: QtBot, dialog: WelcomeDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer_file_dialogs(monkeypatch, str(tmp_path / "mine"))
    qtbot.keyClicks(dialog.name_edit, "alice")
    _click(qtbot, dialog.new_button)
    assert asked == ["New project"]
    assert dialog.result_choice == WelcomeResult(
        "alice", WelcomeChoice.NEW, tmp_path / "mine.sqlite"
    )


def test_a_new_project_never_overwrites_a_file(
    qtbot: QtBot, dialog: WelcomeDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "taken.sqlite"
    existing.write_bytes(b"")
    _answer_file_dialogs(monkeypatch, str(existing))
    qtbot.keyClicks(dialog.name_edit, "alice")
    _click(qtbot, dialog.new_button)
    assert dialog.result_choice is None and dialog.isVisible()
    assert "already exists" in dialog.error_label.text()


def test_cancelling_the_file_dialog_returns_to_the_welcome(
    qtbot: QtBot, dialog: WelcomeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_file_dialogs(monkeypatch, "")
    qtbot.keyClicks(dialog.name_edit, "alice")
    _click(qtbot, dialog.open_button)
    assert dialog.result_choice is None and dialog.isVisible()
    assert not dialog.error_label.isVisible()


def test_open_an_existing_project(
    qtbot: QtBot, dialog: WelcomeDialog, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer_file_dialogs(monkeypatch, str(project_path))
    qtbot.keyClicks(dialog.name_edit, "alice")
    _click(qtbot, dialog.open_button)
    assert asked == ["Open project"]
    assert dialog.result_choice == WelcomeResult("alice", WelcomeChoice.OPEN, project_path)


def test_import_asks_where_the_new_project_goes(
    qtbot: QtBot, dialog: WelcomeDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer_file_dialogs(monkeypatch, str(tmp_path / "articles.sqlite"))
    qtbot.keyClicks(dialog.name_edit, "alice")
    _click(qtbot, dialog.import_button)
    assert asked == ["New project for your articles"]
    result = dialog.result_choice
    assert result is not None and result.import_files
    assert result.project_path == tmp_path / "articles.sqlite"


def test_quit_closes_without_an_answer(qtbot: QtBot, dialog: WelcomeDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    _click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_choice is None


def test_a_project_from_the_command_line_is_offered_first(qtbot: QtBot, tmp_path: Path) -> None:
    given = tmp_path / "team.sqlite"
    dialog = WelcomeDialog(given)
    qtbot.addWidget(dialog)
    assert dialog.sample_button.text() == "Open team.sqlite"
    qtbot.keyClicks(dialog.name_edit, "carol")
    _click(qtbot, dialog.sample_button)
    assert dialog.result_choice == WelcomeResult("carol", WelcomeChoice.SAMPLE, given)


def test_the_default_project_is_offered_as_the_sample(qtbot: QtBot) -> None:
    dialog = WelcomeDialog(default_project_path())
    qtbot.addWidget(dialog)
    assert dialog.sample_button.text() == "Open the sample project"
