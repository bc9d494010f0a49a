"""Reviewers' decisions and the gold annotations they create (``project.decisions``).

A decision and its gold annotation are written in one transaction, so there
is never a gold label without the record of where it came from, nor a
decision pointing at a missing label.  Undoing removes both and appends to
the review log, which is never rewritten.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from annotator.core.model import GOLD, Action, Annotation, Decision, Origin, now_timestamp
from annotator.store.errors import ProjectError
from annotator.store.rows import insert_annotation

if TYPE_CHECKING:
    from annotator.store.project import Project

_COLUMNS = (
    "id, document_id, layer, action, chosen_annotator, gold_annotation_id, sources, "
    "rationale, reviewer, decided_at"
)


class Decisions:
    """Reached as ``project.decisions``; SQL for reviewers' decisions and the review log."""

    def __init__(self, project: Project) -> None:
        self._project = project

    def record(self, rulings: Sequence[tuple[Decision, Annotation | None]]) -> list[Decision]:
        """Store decisions (with their gold annotations) all at once; returns them as stored."""
        stamp = now_timestamp()
        stored: list[Decision] = []
        with self._project.transaction() as conn:
            for decision, gold in rulings:
                if gold is not None:
                    if gold.annotator != GOLD or gold.origin != Origin.ADJUDICATED:
                        raise ProjectError(
                            self._project.path, "gold annotations must be adjudicated"
                        )
                    insert_annotation(conn, gold, stamp, ignore_existing=False)
                decision = replace(
                    decision,
                    gold_annotation_id=gold.id if gold is not None else None,
                    decided_at=decision.decided_at or stamp,
                )
                conn.execute(
                    f"INSERT INTO decisions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        decision.id,
                        decision.document_id,
                        decision.layer,
                        Action(decision.action).value,
                        decision.chosen_annotator,
                        decision.gold_annotation_id,
                        json.dumps(list(decision.sources)),
                        decision.rationale,
                        decision.reviewer,
                        decision.decided_at,
                    ),
                )
                _log(conn, stamp, decision.reviewer, "decide", decision, gold)
                stored.append(decision)
        return stored

    def undo(self, decisions: Sequence[Decision], reviewer: str) -> None:
        """Remove decisions and their gold annotations, logging the undo."""
        stamp = now_timestamp()
        with self._project.transaction() as conn:
            for decision in decisions:
                conn.execute("DELETE FROM decisions WHERE id = ?", (decision.id,))
                if decision.gold_annotation_id:
                    conn.execute(
                        "DELETE FROM annotations WHERE id = ? AND annotator = ?",
                        (decision.gold_annotation_id, GOLD),
                    )
                _log(conn, stamp, reviewer, "undo", decision, None)

    def __call__(self, document_id: int | None = None) -> list[Decision]:
        """The decisions (of one document, or all), in the order they were made."""
        sql = f"SELECT {_COLUMNS} FROM decisions"
        params: list[int] = []
        if document_id is not None:
            sql += " WHERE document_id = ?"
            params.append(document_id)
        rows = self._project.connection.execute(sql + " ORDER BY decided_at, id", params)
        return [
            Decision(
                id=row[0],
                document_id=row[1],
                layer=row[2],
                action=Action(row[3]),
                chosen_annotator=row[4],
                gold_annotation_id=row[5],
                sources=tuple(json.loads(row[6])),
                rationale=row[7],
                reviewer=row[8],
                decided_at=row[9],
            )
            for row in rows
        ]

    def log(self) -> list[dict[str, object]]:
        """The review log: every decision and undo, never rewritten."""
        rows = self._project.connection.execute(
            "SELECT at, reviewer, event, decision_id, details FROM review_log ORDER BY id"
        )
        return [
            {"at": r[0], "reviewer": r[1], "event": r[2], "decision_id": r[3], **json.loads(r[4])}
            for r in rows
        ]


def _log(
    conn: object, stamp: str, reviewer: str, event: str, decision: Decision, gold: Annotation | None
) -> None:
    details = {
        "document_id": decision.document_id,
        "layer": decision.layer,
        "action": Action(decision.action).value,
        "chosen_annotator": decision.chosen_annotator,
        "sources": list(decision.sources),
        "rationale": decision.rationale,
        "gold": None
        if gold is None
        else {"id": gold.id, "start": gold.start, "end": gold.end, "attributes": gold.attributes},
    }
    conn.execute(  # type: ignore[attr-defined]
        "INSERT INTO review_log (at, reviewer, event, decision_id, details) VALUES (?, ?, ?, ?, ?)",
        (stamp, reviewer, event, decision.id, json.dumps(details, ensure_ascii=False)),
    )
