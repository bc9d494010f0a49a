"""A work package opens in the window as its annotator, without asking for a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.store.project import Project
from annotator.team.packages import PackageRequest, create_packages
from annotator.ui.app import open_main_window
from annotator.ui.settings import remember_annotator, remembered_annotator


def test_a_package_opens_as_its_annotator_and_shows_only_their_documents(
    qtbot, tmp_path: Path, news_schema, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with Project.open(tmp_path / "lead.sqlite", create=True, schema=news_schema) as lead:
        lead.import_documents(
            (Document(None, f"d{i}.txt", f"Article {i} text."), []) for i in range(9)
        )
        made = create_packages(lead, PackageRequest(("alice", "bob"), tmp_path / "out", seed=2))
        bobs = {lead.document(i).name for i in made.plan.documents["bob"]}
    remember_annotator("lead")
    monkeypatch.setattr(
        "annotator.ui.welcome.ask_welcome", lambda *_: pytest.fail("asked for a name")
    )
    window = open_main_window(tmp_path / "out" / "bob.annotator.sqlite", None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.session.annotator == "bob"
    shown = set(window.project.document_names().values())
    assert shown == bobs
    assert remembered_annotator() == "lead"  # the lead's own name on this machine stays
    window.close()
