"""The interface language: how it is chosen, and what installing it changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from annotator.ui import language, main_window
from annotator.ui.language import (
    chosen_language,
    install_language,
    remember_language,
    remembered_language,
)
from annotator.ui.window import MainWindow
from tests.ui.helpers import child


@pytest.fixture
def no_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "system_language", lambda: None)


def test_the_environment_wins_then_the_menu_then_the_system_then_english(
    monkeypatch: pytest.MonkeyPatch, no_system_language: None
) -> None:
    monkeypatch.delenv("ANNOTATOR_LANG")
    assert chosen_language() == "en"
    monkeypatch.setattr(language, "system_language", lambda: "uk")
    assert chosen_language() == "uk"
    remember_language("ru")
    assert remembered_language() == "ru" and chosen_language() == "ru"
    monkeypatch.setenv("ANNOTATOR_LANG", "pl_PL.UTF-8")
    assert chosen_language() == "pl"
    monkeypatch.setenv("ANNOTATOR_LANG", "de")  # not ours: ignored, not an error
    assert chosen_language() == "ru"
    remember_language(None)
    assert remembered_language() is None and chosen_language() == "uk"


@pytest.mark.parametrize(
    ("code", "cancel", "decimal"),
    [("pl", "Anuluj", ","), ("ru", "Отмена", ","), ("uk", "Скасувати", ","), ("en", "Cancel", ".")],
)
def test_installing_a_language_translates_qt_and_sets_the_locale(
    qapp: QApplication, code: str, cancel: str, decimal: str
) -> None:
    assert install_language(code) == code
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert QLocale().toString(1.5, "f", 1) == f"1{decimal}5"
    names = [Path(p).name for p in language.installed_catalogues()]
    assert f"annotator_{code}.qm" in names  # English too: its plural forms


def test_the_window_factory_applies_the_language(
    qtbot: QtBot, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATOR_LANG", "pl")
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Plik" in titles, titles
    tag = window.named_actions["actionTag_stance"].text()
    assert "Stanowisko" in tag  # the schema's Polish title of the layer


def test_view_language_is_remembered_for_the_next_start(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANNOTATOR_LANG")
    child(window, QAction, "actionLanguage_uk").trigger()
    assert remembered_language() == "uk" and chosen_language() == "uk"
    assert "next time" in window.statusBar().currentMessage()
    assert QCoreApplication.translate("Actions", "&File") == "&File"  # this window: unchanged


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ["Imported 1 document.", "Imported 3 documents.", "Imported 5 documents."]),
        (
            "pl",
            [
                "Zaimportowano 1 dokument.",
                "Zaimportowano 3 dokumenty.",
                "Zaimportowano 5 dokumentów.",
            ],
        ),
        (
            "ru",
            [
                "Импортирован 1 документ.",
                "Импортировано 3 документа.",
                "Импортировано 5 документов.",
            ],
        ),
        (
            "uk",
            ["Імпортовано 1 документ.", "Імпортовано 3 документи.", "Імпортовано 5 документів."],
        ),
    ],
)
def test_counts_take_the_languages_plural_forms(
    qapp: QApplication, code: str, expected: list[str]
) -> None:
    install_language(code)
    shown = [
        QCoreApplication.translate("Jobs", "Imported %n document(s).", "", n) for n in (1, 3, 5)
    ]
    assert shown == expected
