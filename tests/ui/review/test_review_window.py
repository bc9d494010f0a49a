"""Review mode: choose, edit, reject, bulk accept, undo, filters, export gold."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.core.model import GOLD, Action
from annotator.io.exporter import ExportSelection, export_csv
from annotator.store import adjudication
from annotator.store.project import Project
from annotator.ui.review.edit_dialog import EditVersionDialog
from annotator.ui.review.review_window import ReviewWindow
from tests.seeded import ENGLISH
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import child, focused

CTRL = Qt.KeyboardModifier.ControlModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def gold_rows(project_path: Path, tmp_path: Path) -> list[dict[str, str]]:
    target = tmp_path / "gold.csv"
    with Project.open(project_path) as project:
        export_csv(project, target, ExportSelection(gold=True))
    with target.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_queue_lists_disagreements_in_document_order(review: ReviewWindow) -> None:
    model = review.queue_model
    assert model.rowCount() == 2
    differences = [model.items[r].differences for r in range(2)]
    assert differences == [("span", "polarity"), ("presence",)]
    assert review.counter.text().startswith("2 disagreements left · 1 agreement to accept")
    save_screenshot(review, "review-window.png")


def test_choose_reject_undo_and_bulk_accept_by_keyboard(
    review: ReviewWindow, qtbot: QtBot, project_path: Path, tmp_path: Path
) -> None:
    review.rationale.setFocus()
    QTest.keyClicks(review.rationale, "Bob hedges; the text says favour")
    review.queue.setFocus()
    QTest.keyClick(review.queue, Qt.Key.Key_1)  # alice's version of the polarity clash
    assert review.queue_model.rowCount() == 1
    QTest.keyClick(review.queue, Qt.Key.Key_R)  # Toqaev: only Alice saw it; reject
    assert review.queue_model.rowCount() == 0
    assert review.counter.text().startswith("0 disagreements left")

    QTest.keyClick(review.queue, Qt.Key.Key_Z, CTRL)  # undo the rejection
    assert review.queue_model.rowCount() == 1
    QTest.keyClick(review.queue, Qt.Key.Key_Z, CTRL_SHIFT)  # redo it
    assert review.queue_model.rowCount() == 0

    QTest.keyClick(review.queue, Qt.Key.Key_A, CTRL_SHIFT)  # accept the agreement
    rows = gold_rows(project_path, tmp_path)
    assert sorted(r["holder"] for r in rows) == ["Kazakhstan", "Smadiyarov"]
    smadiyarov = next(r for r in rows if r["holder"] == "Smadiyarov")
    assert smadiyarov["polarity"] == "favor"
    assert smadiyarov["text"] == "the principle of countries' territorial integrity"
    assert {r["annotator"] for r in rows} == {GOLD}
    assert {r["origin"] for r in rows} == {"adjudicated"}

    with Project.open(project_path) as project:
        decisions = adjudication.decisions(project)
        log = adjudication.review_log(project)
    assert sorted(d.action for d in decisions) == [Action.ACCEPT, Action.ACCEPT, Action.REJECT]
    chosen = next(d for d in decisions if d.chosen_annotator == "alice" and d.rationale)
    assert chosen.rationale == "Bob hedges; the text says favour"
    assert len(chosen.sources) == 2 and chosen.reviewer == "rita"
    assert [entry["event"] for entry in log] == ["decide", "decide", "undo", "decide", "decide"]

    QTest.keyClick(review.queue, Qt.Key.Key_Z, CTRL)  # undo the bulk acceptance
    assert sorted(r["holder"] for r in gold_rows(project_path, tmp_path)) == ["Smadiyarov"]


def test_edit_a_version_before_accepting(
    review: ReviewWindow, qtbot: QtBot, project_path: Path, tmp_path: Path
) -> None:
    review.versions.selectRow(1)  # bob's version

    def edit_in_dialog() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, EditVersionDialog) and w.isVisible()), None)  # fmt: skip
        if dialog is None or not dialog.isActiveWindow():
            # Not shown, or not yet active: the span keys are the dialog's shortcuts, which
            # Qt delivers only to the active window (activation lags on a busy machine).
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(50, edit_in_dialog)
            return
        polarity = dialog.form.fields["polarity"]
        polarity.setFocus()
        QTest.keyClick(polarity, Qt.Key.Key_1)  # favor
        # The span, in the text: Alt+Shift+Up grows its start by a word, as in the main window.
        dialog.text_view.setFocus()
        QTest.keyClick(dialog.text_view, Qt.Key.Key_Up, ALT_SHIFT)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, edit_in_dialog)
    review.queue.setFocus()
    QTest.keyClick(review.queue, Qt.Key.Key_E)
    [row] = gold_rows(project_path, tmp_path)
    assert row["polarity"] == "favor"
    assert row["text"] == "the principle of countries' territorial integrity"
    with Project.open(project_path) as project:
        [decision] = adjudication.decisions(project)
    assert decision.action == Action.EDIT and decision.chosen_annotator == "bob"


def test_filters_by_layer_and_pair(review: ReviewWindow) -> None:
    review.layer_filter.setCurrentIndex(review.layer_filter.findData("quote"))
    assert review.queue_model.rowCount() == 0
    review.layer_filter.setCurrentIndex(0)
    assert review.queue_model.rowCount() == 2
    assert review.pair_filter.findText("alice | bob") >= 0
    review.tabs.setCurrentIndex(1)
    assert "stance" in review.agreement_tab.report["layers"]


def test_per_document_agreement_row_leads_to_its_disagreements(
    review: ReviewWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QTableView

    review.document_filter.setText("no such document")
    assert review.queue_model.rowCount() == 0
    review.tabs.setCurrentIndex(1)  # the report is computed when first shown
    table = child(review, QTableView, "documentAgreementTable")
    model = table.model()
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert review.tabs.currentIndex() == 0
    assert review.document_filter.text() == ENGLISH
    assert review.queue_model.rowCount() == 2


def test_keys_work_in_review_right_after_edit_then_accept(
    review: ReviewWindow, qtbot: QtBot
) -> None:
    def accept_dialog() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, EditVersionDialog) and w.isVisible()), None)  # fmt: skip
        if dialog is None:
            QTimer.singleShot(50, accept_dialog)
            return
        dialog.ok_button.setFocus()
        QTest.keyClick(dialog.ok_button, Qt.Key.Key_Space)

    QTimer.singleShot(50, accept_dialog)
    review.queue.setFocus()
    QTest.keyClick(review.queue, Qt.Key.Key_E)
    assert review.queue_model.rowCount() == 1
    # The window manager's part (activating the window again) happens in the event loop.
    qtbot.waitUntil(lambda: review.isAncestorOf(focused()))
    QTest.keyClick(focused(), Qt.Key.Key_R)  # the next unit: reject, straight away
    assert review.queue_model.rowCount() == 0


def test_enter_in_the_rationale_accepts_the_selected_version(
    review: ReviewWindow, qtbot: QtBot, project_path: Path
) -> None:
    review.versions.selectRow(1)  # bob's version of the first unit
    review.rationale.setFocus()
    QTest.keyClicks(review.rationale, "Bob is right")
    QTest.keyClick(review.rationale, Qt.Key.Key_Return)
    assert review.queue_model.rowCount() == 1
    with Project.open(project_path) as project:
        [decision] = adjudication.decisions(project)
    assert decision.chosen_annotator == "bob" and decision.rationale == "Bob is right"


def test_an_empty_queue_says_what_to_do_next(review: ReviewWindow, qtbot: QtBot) -> None:
    assert not review.empty_message.isVisible()
    review.queue.setFocus()
    QTest.keyClick(review.queue, Qt.Key.Key_1)
    QTest.keyClick(review.queue, Qt.Key.Key_R)
    assert review.queue_model.rowCount() == 0
    assert review.empty_message.isVisible()
    assert "export --gold" in review.empty_message.text()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, CTRL)],
)
def test_esc_or_ctrl_w_closes_the_review_window(
    review: ReviewWindow, qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    review.queue.setFocus()
    QTest.keyClick(review.queue, key, modifiers)
    assert not review.isVisible()


def test_the_span_is_chosen_by_selecting_text(
    review: ReviewWindow, qtbot: QtBot, project_path: Path, tmp_path: Path
) -> None:
    """Select with Shift+arrows (snapped to words) instead of typing offsets (item 7)."""
    review.versions.selectRow(1)  # bob's "principle of countries' territorial integrity"

    def select_in_dialog() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, EditVersionDialog) and w.isVisible()), None)  # fmt: skip
        if dialog is None:
            QTimer.singleShot(50, select_in_dialog)
            return
        view = dialog.text_view
        view.setFocus()
        view.place_caret(dialog.span[0] + len("princ"))  # inside a word: the snap widens it
        for _ in "iple of count":
            QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        # No assertion in here: one that failed would leave the modal dialog open.
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, select_in_dialog)
    review.queue.setFocus()
    QTest.keyClick(review.queue, Qt.Key.Key_E)
    [row] = gold_rows(project_path, tmp_path)
    assert row["text"] == "principle of countries"
