"""The offscreen self-check that `make package-test` runs in the built app, run in-process."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.schema import load_schema
from annotator.locations import default_project_path
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.ui.app import self_check
from annotator.ui.language import install_language
from tests.packaging.conftest import ROOT


def test_self_check_opens_the_seeded_default_project(
    data_home: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    assert self_check(None) == 0
    out = capsys.readouterr().out
    assert "self-check ok: 5 document(s)" in out
    assert str(default_project_path()) in out
    assert default_project_path().is_relative_to(data_home)


@pytest.mark.parametrize("language", ["pl", "ru", "uk"])
def test_self_check_loads_the_chosen_languages_catalogues(
    data_home: Path,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    monkeypatch.setenv("ANNOTATOR_LANG", language)
    try:
        assert self_check(None) == 0
    finally:
        install_language("en")
    out = capsys.readouterr().out
    assert f"language {language} (annotator_{language}.qm, qtbase_{language}.qm)" in out


def test_self_check_fails_when_a_languages_catalogue_is_missing(
    data_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What `make package-test` would see in an app built without the .qm files."""
    monkeypatch.setenv("ANNOTATOR_LANG", "pl")
    monkeypatch.setattr("annotator.ui.language.translations_dir", lambda: str(tmp_path))
    try:
        assert self_check(None) == 1
    finally:
        install_language("en")
    assert "translations not found for pl: annotator_pl.qm" in capsys.readouterr().err


def test_self_check_leaves_the_users_settings_alone(
    data_home: Path, isolated_settings: Path, qapp: QApplication
) -> None:
    assert self_check(None) == 0
    assert not isolated_settings.exists()  # no recent project, no window geometry written


def test_self_check_removes_its_settings_folder(
    data_home: Path, tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The settings folder of the check goes with it (921 were once left in /tmp)."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert self_check(None) == 0
    assert list(scratch.iterdir()) == []


def test_self_check_fails_on_a_project_without_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    empty = tmp_path / "empty.sqlite"
    Project.open(empty, create=True, schema=load_schema(default_schema_path())).close()
    assert self_check(empty) == 1
    assert "no documents listed" in capsys.readouterr().err


def test_self_check_fails_cleanly_on_a_file_that_is_no_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database\n" * 100, encoding="utf-8")
    assert self_check(bogus) == 1
    assert "self-check failed" in capsys.readouterr().err


def _entry() -> ModuleType:
    spec = importlib.util.spec_from_file_location("annotator_entry", ROOT / "packaging/entry.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_entry_script_dispatches_self_check(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []

    def self_check(path: str | None = None) -> int:
        calls.append(path)
        return 7

    monkeypatch.setattr("annotator.ui.app.self_check", self_check)
    entry = _entry()
    assert entry.main(["--self-check", "some.sqlite"]) == 7
    assert entry.main(["--self-check"]) == 7
    assert calls == ["some.sqlite", None]


def test_entry_script_hands_everything_else_to_the_cli(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from annotator import __version__

    with pytest.raises(SystemExit) as exit_info:
        _entry().main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"annotator, version {__version__}"
