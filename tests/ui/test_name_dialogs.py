"""The annotator and reviewer name prompts: stripped, never empty, never the reserved “gold”."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator.ui.dialogs import ask_annotator_name, ask_reviewer_name
from annotator.ui.settings import remember_reviewer, remembered_reviewer


def typing(monkeypatch: pytest.MonkeyPatch, text: str, ok: bool = True) -> list[str]:
    """The prompt answers ``text``; returns the warnings shown."""
    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: (text, ok)))
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, message, *_a: warnings.append(message))
    )
    return warnings


@pytest.mark.parametrize("ask", [ask_annotator_name, ask_reviewer_name])
def test_a_typed_name_is_stripped(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ask: Callable[..., str | None]
) -> None:
    typing(monkeypatch, "  rita ")
    assert ask(None, "") == "rita"


@pytest.mark.parametrize("ask", [ask_annotator_name, ask_reviewer_name])
def test_gold_is_refused_with_a_warning(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ask: Callable[..., str | None]
) -> None:
    warnings = typing(monkeypatch, "gold")
    assert ask(None, "") is None
    assert warnings == ["“gold” is reserved for adjudicated labels."]


@pytest.mark.parametrize(("text", "ok"), [("", True), ("   ", True), ("rita", False)])
def test_empty_or_cancelled_is_no_name_and_nothing_remembered(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, text: str, ok: bool
) -> None:
    remember_reviewer("earlier")
    typing(monkeypatch, text, ok)
    assert ask_reviewer_name(None, "") is None
    assert remembered_reviewer() == "earlier"


def test_the_reviewer_name_is_remembered(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    typing(monkeypatch, "rita")
    ask_reviewer_name(None, "alice")
    assert remembered_reviewer() == "rita"
