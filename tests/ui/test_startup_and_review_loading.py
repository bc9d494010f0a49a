"""Start-up probe for the benchmark, and the review queue filled a batch at a time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import annotator.ui.review.queue_pane as review_module
from annotator.core.model import Annotation, Origin, new_annotation_id
from annotator.review.disagreements import review_queue
from annotator.store.project import Project
from annotator.ui.app import EXIT_WHEN_SHOWN, SHOWN_LINE
from annotator.ui.review.review_window import ReviewWindow


def test_exit_when_shown_reports_the_first_paint_and_quits(
    project_path: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        EXIT_WHEN_SHOWN: "1",
    }
    command = [sys.executable, "-m", "annotator", "--project", str(project_path), "gui",
               "--annotator", "alice"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert SHOWN_LINE in result.stdout.splitlines()


# Imported only when a menu item, a job or the first tag needs them, never before the
# window's first paint (bench row 7): every dialog, the team dashboard, the exporter, the
# importer and the merge, figure reading (its patterns, and babel), statistics, each
# format's reader and writer (the formats table names them), YAML, and urllib/http/ssl
# (which Label Studio's quoteattr import pulled in).
LOADED_LATER = (
    "annotator.ui.dialogs",
    "annotator.io.brat",
    "annotator.io.doccano",
    "annotator.io.labelstudio",
    "annotator.io.webanno",
    "annotator.io.native_jsonl",
    "annotator.io.text_files",
    "yaml",
    "annotator.ui.dashboard",
    "annotator.ui.export_dialog",
    "annotator.io.exporter",
    "annotator.io.importer",
    "annotator.store.merge",
    "annotator.core.figures",
    "babel",
    "statistics",
    "urllib.request",
)


def test_the_window_is_painted_before_dialogs_exports_and_babel_are_imported(
    project_path: Path, tmp_path: Path
) -> None:
    """``annotator gui`` as the benchmark starts it; at the first paint the window lists the
    documents and has its menus, and none of ``LOADED_LATER`` is imported yet."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys\n"
        "from annotator.ui import app\n"
        "from annotator.ui.app import SHOWN_LINE\n"
        f"LOADED_LATER = {LOADED_LATER!r}\n"
        "def report(window, application):\n"
        "    from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "    def done():\n"
        "        loaded = [name for name in LOADED_LATER if name in sys.modules]\n"
        "        menus = [action.text() for action in window.menuBar().actions()]\n"
        "        print(SHOWN_LINE, loaded, window.documents.rowCount(), len(menus), flush=True)\n"
        "        application.exit(0)\n"
        "    class FirstPaint(QObject):\n"
        "        def eventFilter(self, watched, event):\n"
        "            if event.type() == QEvent.Type.Paint:\n"
        "                watched.removeEventFilter(self)\n"
        "                QTimer.singleShot(0, done)\n"
        "            return False\n"
        "    window.installEventFilter(FirstPaint(window))\n"
        "app.exit_after_first_paint = report\n"
        "from annotator.cli import main\n"
        "main()\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        EXIT_WHEN_SHOWN: "1",
    }
    command = [sys.executable, str(probe), "--project", str(project_path), "gui",
               "--annotator", "alice"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith(SHOWN_LINE)]
    assert line == f"{SHOWN_LINE} [] 5 7", line  # the five seed articles, seven menus


@pytest.fixture
def busy_project(project_path: Path) -> Path:
    """Alice and Bob disagree on the polarity of one span in every seed document."""
    with Project.open(project_path) as project:
        for document in project.documents():
            assert document.id is not None
            for annotator, polarity in (("alice", "favor"), ("bob", "against"), ("alice", None)):
                start = 0 if polarity else 20
                project.annotations.add(
                    Annotation(
                        id=new_annotation_id(), document_id=document.id, annotator=annotator,
                        layer="stance", start=start, end=start + 10,
                        attributes={"polarity": polarity} if polarity else {},
                        origin=Origin.MANUAL,
                    )
                )  # fmt: skip
    return project_path


def test_the_queue_fills_in_slices_and_ends_as_the_whole_queue(
    qtbot: QtBot, busy_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_module, "FIRST_BATCH_SECONDS", 0.0)  # one document per slice
    monkeypatch.setattr(review_module, "BATCH_SECONDS", 0.0)
    with Project.open(busy_project) as project:
        window = ReviewWindow(project, "rita")
        qtbot.addWidget(window)
        window.show()
        assert window.loading
        assert window.queue_model.rowCount() >= 1  # the first document's units are usable
        assert window.current_item() is window.queue_model.items[0]
        assert "so far" in window.counter.text()
        qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
        everything = [a for a, _name, _text in project.annotations.iterate()]
        expected = [item for item in review_queue(everything, project.schema) if not item.agreed]
        shown = window.queue_model.items
        assert [(i.document_id, i.unit.start, i.differences) for i in shown] == [
            (i.document_id, i.unit.start, i.differences) for i in expected
        ]
        assert window.counter.text().startswith(f"{len(expected)} disagreements left")
        window.close()


def test_bulk_acceptance_reads_the_rest_first(
    qtbot: QtBot, busy_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_module, "FIRST_BATCH_SECONDS", 0.0)
    with Project.open(busy_project) as project:
        window = ReviewWindow(project, "rita")
        qtbot.addWidget(window)
        assert window.loading
        window.finish_loading()
        assert not window.loading
        assert window.counter.text().endswith("0 agreements to accept")
        window.close()
