"""Suggestions in the window: drawn dashed, accepted/rejected by real keys, undone, per layer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation, Origin
from annotator.core.suggestion import SuggestionStatus
from annotator.store.annotations import Annotations
from annotator.store.project import Project
from annotator.store.suggestions import document_suggestions, set_suggestions_off
from annotator.ui.theme import apply_theme
from annotator.ui.window import MainWindow
from tests.ui.helpers import shown_document

from .conftest import save_screenshot

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _suggest_here(window: MainWindow) -> int:
    """Suggestions → Suggest for this document, on the first document (figures and quotes
    shown: the stance layer is hidden to keep the checks about those two)."""
    window.open_document(1)
    window.named_actions["actionSuggestDocument"].trigger()
    window.named_actions["actionShowSuggestions_stance"].setChecked(False)
    assert window.document is not None and window.document.id is not None
    return window.document.id


def _caret_to(window: MainWindow, needle: str) -> None:
    assert window.document is not None
    position = window.document.text.index(needle) + 1
    window.source_view.set_selection(position, position)


def test_accept_at_caret_opens_the_prefilled_form_and_undo_reopens(
    qtbot: QtBot,
    window: MainWindow,
) -> None:
    qtbot.waitExposed(window)
    document_id = _suggest_here(window)
    shown = window.suggestion_marks.shown
    assert any(shown_document(window).text[s.start : s.end] == "93 proc." for s in shown)
    # Drawn as a dashed underline, not a label's background.
    assert window.source_view.span_index is not None
    line = window.source_view.span_index.line_of(shown_document(window).text.index("93 proc."))
    window.source_view.viewport().repaint()
    qtbot.wait(20)
    formats = window.source_view.block_formats(line)
    assert any(f.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
               for _s, _l, f in formats)  # fmt: skip
    _caret_to(window, "93 proc.")
    window.source_view.setFocus()
    qtbot.keyClick(window.source_view, Qt.Key.Key_A, CTRL_SHIFT)
    [mine] = window.project.annotations(document_id, "alice")
    assert shown_document(window).text[mine.start : mine.end] == "93 proc."
    assert mine.origin == Origin.SUGGESTED and mine.attributes == {"value": 93, "unit": "percent"}
    assert window.selected is not None and window.selected.id == mine.id
    assert all(
        shown_document(window).text[s.start : s.end] != "93 proc."
        for s in window.suggestion_marks.shown
    )
    qtbot.keyClick(window.source_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.annotations(document_id, "alice") == []
    assert any(
        shown_document(window).text[s.start : s.end] == "93 proc."
        for s in window.suggestion_marks.shown
    )


def test_reject_next_previous_and_accept_all(qtbot: QtBot, window: MainWindow) -> None:
    document_id = _suggest_here(window)
    view = window.source_view
    view.set_selection(0, 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    first = min(window.suggestion_marks.shown, key=lambda s: s.start)
    assert view.selection() == (first.start, first.end)
    qtbot.keyClick(view, Qt.Key.Key_X, CTRL_SHIFT)
    statuses = {s.id: s.status for s in document_suggestions(window.project, document_id)}
    assert statuses[first.id] == SuggestionStatus.REJECTED
    assert first.id not in {s.id for s in window.suggestion_marks.shown}
    figures = [s for s in window.suggestion_marks.shown if s.layer == "figure"]
    window.named_actions["actionAcceptAll_figure"].trigger()
    labels = window.project.annotations(document_id, "alice")
    assert sorted((a.start, a.end) for a in labels) == sorted((s.start, s.end) for s in figures)
    assert not [s for s in window.suggestion_marks.shown if s.layer == "figure"]
    window.operations.undo_group.undo()
    assert window.project.annotations(document_id, "alice") == []


def test_layers_can_be_hidden_and_an_annotator_can_have_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    with Project.open(window.project.path) as project:
        set_suggestions_off(project, "bob", True)
    _suggest_here(window)
    assert {s.layer for s in window.suggestion_marks.shown} == {"figure", "quote"}
    window.named_actions["actionShowSuggestions_quote"].setChecked(False)
    assert {s.layer for s in window.suggestion_marks.shown} == {"figure"}
    window.switch_annotator("bob")
    assert window.suggestion_marks.shown == []


def test_screenshots_light_and_dark(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 700)
    window.open_document(2)
    window.named_actions["actionSuggestDocument"].trigger()
    assert window.suggestion_marks.shown
    qtbot.wait(50)
    assert save_screenshot(window, "suggestions-light.png").exists()
    apply_theme("dark")  # the app's own dark theme (View → Theme → Dark)
    try:
        qtbot.wait(50)
        assert save_screenshot(window, "suggestions-dark.png").exists()
    finally:
        apply_theme("system")


def test_the_document_list_counts_open_suggestions(qtbot: QtBot, window: MainWindow) -> None:
    from annotator.ui.models.document_list_model import DocumentListModel

    document_id = _suggest_here(window)
    model = window.documents
    row = model.row_of(document_id)
    assert row is not None
    index = model.index(row, DocumentListModel.SUGGESTIONS)
    open_now = len(document_suggestions(window.project, document_id, [SuggestionStatus.OPEN]))
    assert model.data(index) == open_now > 0
    first = window.suggestion_marks.shown[0]
    window.operations.reject_suggestion(document_id, first.id or 0)
    assert model.data(model.index(row, DocumentListModel.SUGGESTIONS)) == open_now - 1
    model.sort(DocumentListModel.SUGGESTIONS, Qt.SortOrder.DescendingOrder)
    assert model.document_id(0) == document_id


def test_a_label_hides_the_suggestion_at_its_place_when_the_document_opens(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id = _suggest_here(window)
    before = window.suggestion_marks.shown
    target = before[0]
    window.operations.create(document_id, target.layer, target.start, target.end, {})
    window.open_document(2)
    reads: list[int] = []
    read = Annotations.__call__

    def counted(self: Annotations, document: int, annotator: str | None = None) -> list[Annotation]:
        reads.append(document)
        return read(self, document, annotator)

    monkeypatch.setattr(Annotations, "__call__", counted)
    window.open_document(document_id)
    assert [s.id for s in window.suggestion_marks.shown] == [
        s.id for s in before if s.span != target.span
    ]
    assert reads == [document_id, document_id]  # the views', then the hiding's

    reads.clear()
    window.open_document(3)  # no suggestions: its labels are read once, for the views
    assert window.suggestion_marks.shown == []
    assert reads == [3]
