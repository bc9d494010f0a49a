"""Blind annotation and honest review (issue 11, item 6), through the real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from annotator.core.model import DocumentProgress, Status
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.review.review_window import ReviewWindow
from tests.seeded import ENGLISH, stance
from tests.stored import document_named, stored_id
from tests.ui.helpers import open_document_named, press, select_with_keyboard

POLISH = "000_64d1d46f96a25995.txt"


def test_completion_never_offers_another_annotators_values(
    qtbot: QtBot, project_path: Path
) -> None:
    with Project.open(project_path) as project:
        document = document_named(project, ENGLISH)
        project.annotations.add(
            stance(stored_id(document), "alice", document.text, "Kazakhstan", holder="Kazakhstan")
        )
    window = main_window(project_path, "bob")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Russia")
    press(window.source_view, Qt.Key.Key_S)
    holder = QApplication.focusWidget()
    assert isinstance(holder, QLineEdit)
    QTest.keyClicks(holder, "Ka")
    model = holder.completer().model()
    assert isinstance(model, QStringListModel)
    completions = model.stringList()  # what Bob would be offered
    assert "Kazakhstan" not in completions
    window.close()


def _review(qtbot: QtBot, project_path: Path) -> ReviewWindow:
    project = Project.open(project_path)
    review = ReviewWindow(project, "rita")
    qtbot.addWidget(review)
    review.show()
    return review


def test_queue_leaves_out_documents_one_annotator_never_started(
    qtbot: QtBot, project_path: Path
) -> None:
    with Project.open(project_path) as project:
        english = document_named(project, ENGLISH)
        polish = document_named(project, POLISH)
        # Both worked on the English article; only Alice opened the Polish one.
        for annotator, polarity in (("alice", "against"), ("bob", "favor")):
            needle = "will not recognize the results"
            project.annotations.add(
                stance(stored_id(english), annotator, english.text, needle, polarity=polarity)
            )
        project.annotations.add(
            stance(stored_id(polish), "alice", polish.text, "Zachód zdecydowanie")
        )
    review = _review(qtbot, project_path)
    documents = {item.document_id for item in review.queue_model.items}
    assert documents == {english.id}  # no "presence" disagreement on Bob's unopened article

    review.include_unstarted.setChecked(True)  # the filter that brings the rest in
    review.finish_loading()
    documents = {item.document_id for item in review.queue_model.items}
    assert documents == {english.id, polish.id}
    review.close()
    review.project.close()


def test_a_document_finished_with_none_present_still_counts_as_started(
    qtbot: QtBot, project_path: Path
) -> None:
    with Project.open(project_path) as project:
        polish = document_named(project, POLISH)
        project.annotations.add(
            stance(stored_id(polish), "alice", polish.text, "Zachód zdecydowanie")
        )
        project.annotations.add(
            stance(stored_id(polish), "carol", polish.text, "Zachód zdecydowanie")
        )
        project.progress.set(
            DocumentProgress(stored_id(polish), "bob", Status.DONE, frozenset({"stance"}))
        )  # Bob read it and found no stance: a real disagreement
    review = _review(qtbot, project_path)
    review.finish_loading()
    [item] = review.queue_model.items
    assert item.document_id == polish.id and item.differences == ("presence",)
    assert set(item.annotators) == {"alice", "bob", "carol"}
    review.close()
    review.project.close()
