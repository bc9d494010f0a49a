"""File → Import… with another tool's labels the project lacks: it offers --add-layers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.io.formats import import_file_filter
from annotator.store.project import Project
from annotator.ui import main_window
from tests.io.interchange_fixtures import FIXTURES
from tests.ui.helpers import child, shown_main_windows


def test_unknown_labels_are_offered_as_new_layers(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "relation_extraction.jsonl"
    shutil.copyfile(FIXTURES / "doccano" / "relation_extraction.jsonl", source)
    filters: list[str] = []

    def choose(*args: object) -> tuple[list[str], str]:
        filters.append(str(args[3]))
        return [str(source)], ""

    questions: list[str] = []

    def answer(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    child(window, QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert filters == [import_file_filter()]
    assert "3 label(s) the project does not know: DATE (1), ORG (1), PERSON (2)" in questions[0]
    assert "Imported 1 document." in shown[0] or "Imported 1 document(s)." in shown[0]
    fresh = [w for w in shown_main_windows() if w is not window]
    assert len(fresh) == 1  # the window is rebuilt on the extended schema
    qtbot.addWidget(fresh[0])
    assert {"org", "date", "person"} <= set(fresh[0].project.schema.layer_names)
    fresh[0].close()
    with Project.open(project_path) as project:
        assert project.schema.layer("person") is not None


def test_other_errors_are_shown_not_offered(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "notes.rtf"
    source.write_text("{\\rtf1 Hello}", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(source)], ""))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append("asked"))
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    errors: list[str] = []
    monkeypatch.setattr(
        "annotator.ui.plain_text.message", lambda _parent, _title, text, *a: errors.append(text)
    )
    child(window, QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert "unknown kind of file ('.rtf')" in errors[0]
    assert asked == []


def test_unknown_labels_are_offered_in_polish_too(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window recognises the refusal by its kind (UnknownLabelsError), not by its
    English wording: in Polish the reason is translated and the offer still comes."""
    source = tmp_path / "relation_extraction.jsonl"
    shutil.copyfile(FIXTURES / "doccano" / "relation_extraction.jsonl", source)
    questions: list[str] = []
    errors: list[str] = []

    def answer(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setenv("ANNOTATOR_LANG", "pl")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(source)], ""))
    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(
        "annotator.ui.plain_text.message", lambda _parent, _title, text, *a: errors.append(text)
    )
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    child(window, QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: bool(questions or errors), timeout=20000)
    assert errors == []
    assert (
        "etykiety nieznane projektowi (liczba: 3): DATE (1), ORG (1), PERSON (2)" in (questions[0])
    )
    assert questions[0].endswith("Dodać te etykiety do schematu jako nowe warstwy?")
    with Project.open(project_path) as project:
        assert project.schema.layer("person") is None  # answered No: nothing added
