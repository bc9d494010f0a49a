"""Adjudication without a window: the review queue over a stored project, a reviewer's
rulings stored with their gold labels in one transaction, undone, and logged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.core.model import GOLD, Action, Origin
from annotator.review.adjudicate import accept, reject
from annotator.review.disagreements import ReviewItem, review_queue
from annotator.store.errors import ProjectError
from annotator.store.project import Project
from tests.seeded import ENGLISH
from tests.stored import document_id


@pytest.fixture
def project(annotated_project_path: Path) -> Iterator[Project]:
    with Project.open(annotated_project_path) as opened:
        yield opened


def queue(project: Project) -> list[ReviewItem]:
    annotations = [a for a, _name, _text in project.annotations.iterate()]
    return review_queue(annotations, project.schema, decided=project.decisions())


def clash(project: Project) -> ReviewItem:
    """Alice's and Bob's polarities differ on overlapping spans (``tests.seeded``)."""
    [item] = [item for item in queue(project) if "polarity" in item.differences]
    return item


def test_the_queue_of_the_seeded_project(project: Project) -> None:
    items = queue(project)
    assert len(items) == 3  # one agreement, one clash, one stance only Alice made
    assert sum(item.agreed for item in items) == 1
    assert {item.document_id for item in items} == {document_id(project, ENGLISH)}


def test_an_accepted_version_becomes_gold_with_its_decision_and_log(project: Project) -> None:
    item = clash(project)
    decision, gold = accept(item, "bob", "rita", "Bob read the sentence right")
    [stored] = project.decisions.record([(decision, gold)])
    assert stored.decided_at  # stamped when stored
    assert project.decisions() == [stored]
    [gold_label] = project.annotations(item.document_id, GOLD)
    bob = item.version("bob")
    assert bob is not None
    assert (gold_label.start, gold_label.end, gold_label.attributes) == (
        bob.start,
        bob.end,
        bob.attributes,
    )
    assert gold_label.origin == Origin.ADJUDICATED and stored.gold_annotation_id == gold_label.id
    [entry] = project.decisions.log()
    assert (entry["event"], entry["reviewer"], entry["decision_id"]) == (
        "decide",
        "rita",
        stored.id,
    )
    assert (
        entry["chosen_annotator"] == "bob" and entry["rationale"] == "Bob read the sentence right"
    )
    assert clash_gone(project)


def clash_gone(project: Project) -> bool:
    return all("polarity" not in item.differences for item in queue(project))


def test_undo_removes_the_gold_label_and_the_decision_and_logs_it(project: Project) -> None:
    item = clash(project)
    stored = project.decisions.record([accept(item, "alice", "rita")])
    project.decisions.undo(stored, "rita")
    assert project.decisions() == []
    assert project.annotations(item.document_id, GOLD) == []
    assert [entry["event"] for entry in project.decisions.log()] == ["decide", "undo"]
    assert not clash_gone(project)  # the unit is back in the queue


def test_a_rejection_stores_a_decision_and_no_gold(project: Project) -> None:
    item = clash(project)
    [stored] = project.decisions.record([(reject(item, "rita", "neither"), None)])
    assert stored.action == Action.REJECT and stored.gold_annotation_id is None
    assert project.annotations(item.document_id, GOLD) == []
    assert clash_gone(project)


def test_rulings_are_stored_all_or_nothing(project: Project) -> None:
    first, second, _third = queue(project)
    good = accept(first, "alice", "rita")
    decision, gold = accept(second, "alice", "rita")
    not_adjudicated = replace(gold, origin=Origin.MANUAL)  # not a gold label a reviewer made
    with pytest.raises(ProjectError, match="gold annotations must be adjudicated"):
        project.decisions.record([good, (decision, not_adjudicated)])
    assert project.decisions() == []
    assert project.annotations(first.document_id, GOLD) == []
    assert project.decisions.log() == []
