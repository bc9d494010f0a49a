"""A work package opens in the window as its annotator, without asking for a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from annotator.core.model import Document
from annotator.core.schema import Schema
from annotator.store.project import Project
from annotator.team.packages import PackageRequest, create_packages
from annotator.ui.app import open_main_window
from annotator.ui.settings import remember_annotator, remembered_annotator
from tests.ui.helpers import shown_main_windows


def test_a_package_opens_as_its_annotator_and_shows_only_their_documents(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(tmp_path / "lead.sqlite", create=True, schema=news_schema) as lead:
        lead.documents.add(
            (Document(None, f"d{i}.txt", f"Article {i} text."), []) for i in range(9)
        )
        made = create_packages(lead, PackageRequest(("alice", "bob"), tmp_path / "out", seed=2))
        bobs = {lead.documents.get(i).name for i in made.plan.documents["bob"]}
    remember_annotator("lead")
    monkeypatch.setattr(
        "annotator.ui.welcome.ask_welcome", lambda *_: pytest.fail("asked for a name")
    )
    window = open_main_window(tmp_path / "out" / "bob.annotator.sqlite", None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.operations.annotator == "bob"
    shown = set(window.project.documents.names().values())
    assert shown == bobs
    assert remembered_annotator() == "lead"  # the lead's own name on this machine stays
    window.close()


def test_the_review_queue_holds_only_documents_two_assignees_worked_on(
    qtbot: QtBot, tmp_path: Path, news_schema: Schema
) -> None:
    from annotator.ui.review.review_window import ReviewWindow
    from tests.team.scenario import team_project

    team = team_project(tmp_path, news_schema)
    project = Project.open(team.lead)
    window = ReviewWindow(project, "rita")
    qtbot.addWidget(window)
    window.finish_loading()
    documents = {item.document_id for item in window.all_items}
    assert documents == team.shared()
    # carol says "neutral" where alice and bob say "against": those are the disagreements.
    with_carol = {i for i in team.shared() if i in team.plan["carol"]}
    disagreeing = {item.document_id for item in window.all_items if not item.agreed}
    assert disagreeing == with_carol and with_carol
    window.close()
    project.close()


def test_opening_a_package_from_the_window_switches_to_its_annotator_and_frees_the_window(
    qtbot: QtBot, project_path: Path, tmp_path: Path
) -> None:
    """The window a package (or any project) replaces is destroyed: closed but not deleted,
    it kept its widgets, models and document for the rest of the session."""

    from annotator.ui import main_window

    replaced = main_window(project_path, "alice")  # not given to qtbot: it goes by itself
    replaced.show()
    qtbot.waitExposed(replaced)
    with Project.open(project_path) as lead:
        create_packages(lead, PackageRequest(("carol", "dmitri"), tmp_path / "out", seed=1))
    with qtbot.waitSignal(replaced.destroyed, timeout=5000):
        replaced.context.open_project(Project.open(tmp_path / "out" / "dmitri.annotator.sqlite"))
    [opened] = shown_main_windows()
    qtbot.addWidget(opened)
    assert opened.operations.annotator == "dmitri"  # not alice, the window's annotator
    opened.close()
