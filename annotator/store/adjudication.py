"""Reviewers' decisions as functions of a project (the part is ``project.decisions``,
``store/decisions.py``); kept for the review, merge and CLI code that calls them so."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.model import Annotation, Decision
from annotator.store.project import Project


def record_decisions(
    project: Project, rulings: Sequence[tuple[Decision, Annotation | None]]
) -> list[Decision]:
    """Store decisions (with their gold annotations) all at once; returns them as stored."""
    return project.decisions.record(rulings)


def undo_decisions(project: Project, decisions: Sequence[Decision], reviewer: str) -> None:
    """Remove decisions and their gold annotations, logging the undo."""
    project.decisions.undo(decisions, reviewer)


def decisions(project: Project, document_id: int | None = None) -> list[Decision]:
    return project.decisions(document_id)


def review_log(project: Project) -> list[dict[str, object]]:
    return project.decisions.log()
