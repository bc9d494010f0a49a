"""Issue 15's "Done when", walked with real ``annotator`` processes.

A lead with a corpus creates packages for three annotators; each opens only
their own work and annotates blind (importing their labels, as a JSONL file,
into their own package with ``--annotator``), and sends the file back; the
lead merges, sees progress, time and agreement with confusion matrices in the
status, the JSON and the HTML report, reviews only the overlapped documents
(the real review window, real keys), and exports gold.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from annotator.store.project import Project
from annotator.ui.review.review_window import ReviewWindow

TEAM = ("alice", "bob", "carol")
SENTENCE = "Kazakhstan will not recognize the referendums, the minister said."
HOLDER = "Kazakhstan will not recognize"
VIEW = {"alice": "against", "bob": "against", "carol": "neutral"}
MINUTES = {"alice": 4, "bob": 6, "carol": 2}


def annotator(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120,
    )  # fmt: skip


def ok(*args: str | Path, cwd: Path) -> str:
    result = annotator(*args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _corpus(folder: Path) -> Path:
    corpus = folder / "corpus"
    corpus.mkdir()
    for number in range(12):
        (corpus / f"article{number:02d}.txt").write_text(f"{number}. {SENTENCE}\n", "utf-8")
    return corpus


def _work_blind(tmp_path: Path, name: str) -> set[str]:
    """What one annotator does on their machine with the package they were sent."""
    package = tmp_path / "outbox" / f"{name}.annotator.sqlite"
    mine = tmp_path / name
    mine.mkdir()
    received = mine / package.name
    received.write_bytes(package.read_bytes())  # any file transfer
    ok("--project", received, "export", "--format", "jsonl", "-o", mine / "seen.jsonl", cwd=mine)
    seen = [json.loads(line) for line in (mine / "seen.jsonl").read_text("utf-8").splitlines()]
    assert all(not record["annotations"] for record in seen)  # blind: nobody's labels
    labelled = []
    for record in seen:
        start = record["text"].index(HOLDER)
        labelled.append({
            "name": record["name"],
            "text": record["text"],
            "annotations": [{"layer": "stance", "start": start, "end": start + len(HOLDER),
                             "attributes": {"holder": "Kazakhstan", "polarity": VIEW[name]}}],
            "progress": [{"annotator": name, "status": "done",
                          "active_seconds": MINUTES[name] * 60}],
        })  # fmt: skip
    work = mine / "work.jsonl"
    work.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labelled), "utf-8")
    ok("--project", received, "import", work, "--annotator", name, cwd=mine)
    returned = tmp_path / "inbox" / package.name
    returned.parent.mkdir(exist_ok=True)
    returned.write_bytes(received.read_bytes())  # sent back
    return {record["name"] for record in seen}


@pytest.mark.timeout(600)
def test_a_team_round_from_packages_to_gold(qtbot: QtBot, tmp_path: Path) -> None:
    lead = tmp_path / "lead.sqlite"
    ok("--project", lead, "import", _corpus(tmp_path), cwd=tmp_path)
    created = ok(
        "--project", lead, "packages", "create", "--annotators", ",".join(TEAM),
        "--overlap", "0.5", "--seed", "42", "-o", tmp_path / "outbox", cwd=tmp_path,
    )  # fmt: skip
    assert "handed out 12 document(s) to 3 annotator(s), 6 of them to more than one" in created

    assigned = {name: _work_blind(tmp_path, name) for name in TEAM}
    assert all(len(names) == 6 for names in assigned.values())  # (12 + 6) / 3 each
    overlapped = {n for n in set.union(*assigned.values())
                  if sum(n in names for names in assigned.values()) > 1}  # fmt: skip
    assert len(overlapped) == 6

    merged = ok(
        "--project",
        lead,
        "merge",
        *sorted((tmp_path / "inbox").glob("*.annotator.sqlite")),
        cwd=tmp_path,
    )
    assert "Work packages returned: alice (alice.annotator.sqlite), bob" in merged
    assert "Beyond the packages' assignments" not in merged
    again = ok(
        "--project",
        lead,
        "merge",
        *sorted((tmp_path / "inbox").glob("*.annotator.sqlite")),
        cwd=tmp_path,
    )
    assert "Nothing new" in again

    status = json.loads(ok("--project", lead, "packages", "status", "--json", cwd=tmp_path))
    assert [(w["annotator"], w["assigned"], w["done"], w["returned"]) for w in status] == [
        (name, 6, 6, 1) for name in TEAM
    ]
    assert [w["active_seconds"] for w in status] == [6 * MINUTES[n] * 60 for n in TEAM]
    stats = json.loads(ok("--project", lead, "stats", "--json", cwd=tmp_path))
    assert stats["annotators"]["bob"]["active_time"]["median_seconds"] == 360

    agreement = json.loads(ok("--project", lead, "agreement", "--format", "json", cwd=tmp_path))
    stance = agreement["layers"]["stance"]
    assert stance["documents"] == 6  # only the overlapped documents are compared
    confusion = stance["attributes"]["polarity"]["confusion"]
    shared = len(assigned["alice"] & assigned["carol"])
    assert confusion["alice|carol"]["labels"] == ["favor", "against", "neutral", "unclear"]
    assert confusion["alice|carol"]["matrix"][1][2] == shared  # against × neutral

    ok("--project", lead, "report", "-o", tmp_path / "report.html", cwd=tmp_path)
    page = (tmp_path / "report.html").read_text("utf-8")
    assert page.count("data:image/png;base64,") == 4  # progress, time, agreement, confusion
    assert not re.search(r'(src|href)="(?!data:)', page)  # nothing to fetch

    # The lead reviews: only units of overlapped documents are in the queue.
    project = Project.open(lead)
    review = ReviewWindow(project, "lead")
    qtbot.addWidget(review)
    review.show()
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)
    review.finish_loading()
    names = project.documents.names()
    assert {names[item.document_id] for item in review.all_items} == overlapped
    review.queue.setFocus()
    for _ in range(len(overlapped)):  # at most one disagreement per overlapped document
        if review.queue_model.rowCount():
            QTest.keyClick(review.queue, Qt.Key.Key_1)  # the first annotator's version
    assert review.queue_model.rowCount() == 0
    QTest.keyClick(review.queue, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    review.close()
    project.close()

    ok("--project", lead, "export", "--gold", "-o", tmp_path / "gold.csv", cwd=tmp_path)
    with (tmp_path / "gold.csv").open(encoding="utf-8", newline="") as handle:
        gold = list(csv.DictReader(handle))
    assert {row["document"] for row in gold} == overlapped
    assert len(gold) == 6 and {row["annotator"] for row in gold} == {"gold"}
    ok("--project", lead, "check", cwd=tmp_path)
