"""The review queue pane without a review window: a real project (Alice and Bob on the
English seed), the real Qt-free queue, and the table, counter and filters it shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from annotator.store.project import Project
from annotator.ui.review.queue_pane import QueuePane


@pytest.fixture
def pane(qtbot: QtBot, annotated_project_path: Path) -> Iterator[tuple[QueuePane, list[int]]]:
    """The pane, filled (every document read), and the rows it asked to show."""
    project = Project.open(annotated_project_path)
    owner = QObject()
    pane = QueuePane(project, owner)
    host = QWidget()  # holds the pane's parts as the review window does, and goes with the test
    layout = QVBoxLayout(host)
    layout.addLayout(pane.filters)
    layout.addWidget(pane.view)
    layout.addWidget(pane.empty_message)
    qtbot.addWidget(host)
    shown: list[int] = []
    pane.rowShown.connect(shown.append)
    pane.reload()
    pane.finish_loading()
    yield pane, shown
    pane.stop()
    project.close()


def test_the_disagreements_are_listed_and_counted(pane: tuple[QueuePane, list[int]]) -> None:
    queue, shown = pane
    # The polarity clash and Alice's stance Bob missed; the agreement waits for bulk accept.
    assert queue.model.rowCount() == 2
    assert queue.counter.text() == "2 disagreements left · 1 agreement to accept"
    assert queue.current_item() is queue.model.items[0]
    assert shown[-1] == 0
    assert queue.empty_message.isHidden()
    assert queue.pair_filter.count() == 2  # all annotators, and alice | bob


def test_a_filter_with_nothing_left_says_what_to_do_next(
    pane: tuple[QueuePane, list[int]],
) -> None:
    queue, shown = pane
    queue.layer_filter.setCurrentIndex(queue.layer_filter.findData("quote"))
    assert queue.model.rowCount() == 0
    assert shown[-1] == -1
    assert not queue.empty_message.isHidden()
    queue.layer_filter.setCurrentIndex(queue.layer_filter.findData("stance"))
    assert queue.model.rowCount() == 2 and queue.empty_message.isHidden()


def test_a_decided_unit_leaves_and_an_undone_one_comes_back(
    pane: tuple[QueuePane, list[int]],
) -> None:
    queue, shown = pane
    first, second = queue.model.items
    queue.remove_items([first])
    assert queue.model.items == [second]
    assert shown[-1] == 0 and queue.current_item() is second
    assert queue.counter.text().startswith("1 disagreement left")
    queue.restore_items([first])
    assert queue.model.items == [first, second]
    assert queue.current_item() is first
