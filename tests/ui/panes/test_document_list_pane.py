"""The document list pane keeps its place when everything is read again."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from annotator.core.changes import Changes
from annotator.store.project import Project
from annotator.ui.operations import Operations
from annotator.ui.panes.document_list_pane import DocumentListPane


def test_reading_everything_again_keeps_the_current_document_without_choosing_it(
    qtbot: QtBot, project_path: Path
) -> None:
    with Project.open(project_path) as project:
        operations = Operations(project, "alice")
        pane = DocumentListPane(project, "alice", operations.changed)
        qtbot.addWidget(pane)
        chosen: list[int] = []
        pane.documentChosen.connect(chosen.append)
        pane.select_row(2)
        current = pane.model.document_id(2)
        assert chosen == [current]
        operations.notify(Changes.all())
        assert pane.current_row() == 2 and chosen == [current]  # kept, not chosen again
        qtbot.keyClicks(pane.filter, "zzz-no-such-document")
        assert pane.model.rowCount() == 0
        pane.filter.clear()
        assert pane.model.rowCount() == 5
