"""Storing suggestions and the decisions on them (SQL only; suggesters are in ``suggest/``).

Why it looks like this:
- Re-running the suggesters is idempotent: the open suggestions they made
  before are replaced, and a new one at the place (layer, start, end) of an
  accepted or rejected one is dropped, so a rejection is never asked again.
- Accepting writes the annotation (origin ``suggested``) and the suggestion's
  new status in one transaction; :func:`reopen_suggestion` undoes either
  decision the same way, removing the annotation an acceptance created.
- Per-annotator "no suggestions" (a blind baseline) is a list in
  ``project_meta``, so it travels with the project file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from annotator.core.messages import Message
from annotator.core.model import Annotation, Origin, new_annotation_id, now_timestamp
from annotator.core.suggestion import Suggestion, SuggestionStatus
from annotator.core.words import snap_to_words
from annotator.store.done_changes import remember_deletion
from annotator.store.project import Project, ProjectError, insert_annotation

_COLUMNS = (
    'id, document_id, layer, start, "end", attributes, suggester, score, status, '
    "decided_by, decided_at, annotation_id, created_at"
)
_INSERT = (
    'INSERT INTO suggestions (document_id, layer, start, "end", attributes, suggester, score, '
    "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)"
)
_STATUSES = {status.value: status for status in SuggestionStatus}
_OFF_KEY = "suggestions_off"


def _marks(values: Collection[Any]) -> str:
    return ",".join("?" * len(values))


def _from_row(row: Sequence[Any]) -> Suggestion:
    return Suggestion(
        id=row[0],
        document_id=row[1],
        layer=row[2],
        start=row[3],
        end=row[4],
        attributes=json.loads(row[5]),
        suggester=row[6],
        score=row[7],
        status=_STATUSES[row[8]],
        decided_by=row[9],
        decided_at=row[10],
        annotation_id=row[11],
        created_at=row[12],
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _json(value: dict[str, Any]) -> str:
    return _ENCODER.encode(value) if value else "{}"


def replace_open_suggestions(
    project: Project,
    found: Iterable[tuple[int, Sequence[Suggestion]]],
    *,
    suggesters: Collection[str],
    layers: Collection[str],
) -> tuple[int, int]:
    """Store a run's suggestions, per document, in one transaction.

    For each document of ``found``, the open suggestions of ``suggesters`` on
    ``layers`` are deleted and the new ones inserted, except those at the
    place of a decided suggestion.  Returns (inserted, dropped as decided).
    """
    stamp = now_timestamp()
    inserted = dropped = 0
    with project.transaction() as conn:
        # A project without suggestions yet (the first run) has nothing to replace
        # or keep: 10,000 documents then cost no DELETE and no SELECT each.
        empty = conn.execute("SELECT NOT EXISTS (SELECT 1 FROM suggestions)").fetchone()[0]
        for document_id, items in found:
            decided: set[tuple[str, int, int]] = set()
            existing: set[tuple[str, int, int]] = set()  # open ones of other suggesters
            if not empty:
                conn.execute(
                    f"DELETE FROM suggestions WHERE document_id = ? AND status = 'open' "
                    f"AND suggester IN ({_marks(suggesters)}) AND layer IN ({_marks(layers)})",
                    (document_id, *suggesters, *layers),
                )
                for layer, start, end, status in conn.execute(
                    'SELECT layer, start, "end", status FROM suggestions WHERE document_id = ?',
                    (document_id,),
                ):
                    (existing if status == "open" else decided).add((layer, start, end))
            rows = []
            seen: set[tuple[str, int, int]] = set()
            for item in items:
                key = (item.layer, item.start, item.end)
                if key in decided:
                    dropped += 1
                    continue
                if key in seen or key in existing:
                    # Two suggesters proposing one span: the one that came first keeps it.
                    continue
                seen.add(key)
                rows.append(
                    (
                        document_id,
                        item.layer,
                        item.start,
                        item.end,
                        _json(item.attributes),
                        item.suggester,
                        float(item.score),
                        stamp,
                    )
                )
            if rows:
                inserted += conn.executemany(_INSERT, rows).rowcount
    return inserted, dropped


def document_suggestions(
    project: Project, document_id: int, statuses: Collection[SuggestionStatus] = ()
) -> list[Suggestion]:
    """The document's suggestions in text order (all statuses unless given)."""
    sql = f"SELECT {_COLUMNS} FROM suggestions WHERE document_id = ?"
    params: list[Any] = [document_id]
    if statuses:
        sql += f" AND status IN ({_marks(statuses)})"
        params += [SuggestionStatus(s).value for s in statuses]
    sql += ' ORDER BY start, "end", layer, id'
    return [_from_row(row) for row in project.connection.execute(sql, params)]


def _no_suggestion(suggestion_id: int) -> Message:
    return Message("no suggestion with id {id}", id=suggestion_id)


def suggestion(project: Project, suggestion_id: int) -> Suggestion:
    row = project.connection.execute(
        f"SELECT {_COLUMNS} FROM suggestions WHERE id = ?", (suggestion_id,)
    ).fetchone()
    if row is None:
        raise ProjectError(project.path, _no_suggestion(suggestion_id))
    return _from_row(row)


def iter_suggestions(
    project: Project,
    *,
    statuses: Collection[SuggestionStatus] = (),
    layers: Collection[str] = (),
    suggesters: Collection[str] = (),
) -> Iterator[tuple[Suggestion, str, str]]:
    """Every matching suggestion with its document's name and covered text, by document."""
    sql = (
        f"SELECT s.{_COLUMNS.replace(', ', ', s.')}, d.name, "
        'substr(d.text, s.start + 1, s."end" - s.start) '
        "FROM suggestions s JOIN documents d ON d.id = s.document_id WHERE 1"
    )
    params: list[Any] = []
    for column, values in (("status", statuses), ("layer", layers), ("suggester", suggesters)):
        if values:
            sql += f" AND s.{column} IN ({_marks(values)})"
            params += [str(v) for v in values]
    sql += ' ORDER BY d.name, s.start, s."end", s.layer, s.id'
    for row in project.connection.execute(sql, params):
        yield _from_row(row[:13]), row[13], row[14]


def open_counts(project: Project, document_ids: Collection[int] = ()) -> dict[int, int]:
    """Open suggestions per document (documents with none are left out)."""
    sql = "SELECT document_id, count(*) FROM suggestions WHERE status = 'open'"
    params: list[Any] = []
    if document_ids:
        sql += f" AND document_id IN ({_marks(document_ids)})"
        params += list(document_ids)
    return dict(project.connection.execute(sql + " GROUP BY document_id", params).fetchall())


def rejected_texts(project: Project) -> set[tuple[str, str]]:
    """(layer, covered text) of every rejected suggestion: what must not come back."""
    rows = project.connection.execute(
        'SELECT s.layer, substr(d.text, s.start + 1, s."end" - s.start) FROM suggestions s '
        "JOIN documents d ON d.id = s.document_id WHERE s.status = 'rejected'"
    )
    return {(row[0], row[1]) for row in rows}


def _decide(
    conn: sqlite3.Connection, project: Project, suggestion_id: int, expected: SuggestionStatus
) -> Suggestion:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM suggestions WHERE id = ?", (suggestion_id,)
    ).fetchone()
    if row is None:
        raise ProjectError(project.path, _no_suggestion(suggestion_id))
    found = _from_row(row)
    if found.status != expected:
        raise ProjectError(
            project.path,
            Message(
                "suggestion {id} is {status}, not {expected}",
                id=suggestion_id,
                status=found.status.value,
                expected=format(expected),
            ),
        )
    return found


def accept_suggestions(
    project: Project, suggestion_ids: Sequence[int], annotator: str
) -> list[Annotation]:
    """Accept several open suggestions in one transaction ("accept all of a layer")."""
    texts: dict[int, str] = {}  # each document's text read once, for snapping
    with project.transaction():
        return [
            accept_suggestion(project, ident, annotator, texts=texts) for ident in suggestion_ids
        ]


def reopen_suggestions(project: Project, suggestion_ids: Sequence[int]) -> list[Suggestion]:
    """Undo several decisions in one transaction."""
    with project.transaction():
        return [reopen_suggestion(project, ident) for ident in suggestion_ids]


def accept_suggestion(
    project: Project,
    suggestion_id: int,
    annotator: str,
    attributes: dict[str, Any] | None = None,
    *,
    texts: dict[int, str] | None = None,
) -> Annotation:
    """Turn an open suggestion into ``annotator``'s annotation (origin ``suggested``).

    ``attributes`` replaces the prefilled ones when the annotator edited them.
    The label's edges follow words as a selection tagged in the window does
    (``core.words.snap_to_words``: whole words, no white space at either end,
    closing marks and abbreviation periods kept): accepting makes it the
    annotator's own label. The suggestion keeps the span the suggester gave.
    ``texts``, when accepting several, keeps each document's text once read.
    """
    if not annotator.strip():
        raise ProjectError(project.path, Message("accepting a suggestion needs an annotator name"))
    stamp = now_timestamp()
    with project.transaction() as conn:
        found = _decide(conn, project, suggestion_id, SuggestionStatus.OPEN)
        start, end = _word_edges(conn, found, texts)
        annotation = Annotation(
            id=new_annotation_id(),
            document_id=found.document_id,
            annotator=annotator,
            layer=found.layer,
            start=start,
            end=end,
            attributes=dict(found.attributes if attributes is None else attributes),
            origin=Origin.SUGGESTED,
            created_at=stamp,
            updated_at=stamp,
        )
        insert_annotation(conn, annotation, stamp, ignore_existing=False)
        conn.execute(
            "INSERT INTO document_status (document_id, annotator, status, updated_at) "
            "VALUES (?, ?, 'in_progress', ?) ON CONFLICT (document_id, annotator) DO NOTHING",
            (found.document_id, annotator, stamp),
        )
        conn.execute(
            "UPDATE suggestions SET status = 'accepted', decided_by = ?, decided_at = ?, "
            "annotation_id = ? WHERE id = ?",
            (annotator, stamp, annotation.id, suggestion_id),
        )
    return annotation


_SNAP_CONTEXT = 256  # characters read on each side of a span to find its word edges


def _word_edges(
    conn: sqlite3.Connection, found: Suggestion, texts: dict[int, str] | None
) -> tuple[int, int]:
    """The suggestion's span snapped to words. With ``texts`` (several accepted
    together) each whole text is read once; without, only the span and its
    surroundings, so accepting one in a 1 MB document does not copy the document."""
    if found.start == found.end:  # a document-level layer: no span to snap
        return found.start, found.end
    offset = 0
    if texts is not None:
        text = texts.get(found.document_id)
        if text is None:
            row = conn.execute("SELECT text FROM documents WHERE id = ?", (found.document_id,))
            text = texts[found.document_id] = row.fetchone()[0]
    else:
        offset = max(0, found.start - _SNAP_CONTEXT)
        length = found.end - offset + _SNAP_CONTEXT
        row = conn.execute(
            "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
            (offset + 1, length, found.document_id),
        )
        text = row.fetchone()[0]
    start, end = snap_to_words(text, found.start - offset, found.end - offset)
    return (start + offset, end + offset) if start < end else (found.start, found.end)


def reject_suggestion(project: Project, suggestion_id: int, annotator: str) -> Suggestion:
    """Mark an open suggestion rejected; re-running the suggesters will not bring it back."""
    stamp = now_timestamp()
    with project.transaction() as conn:
        found = _decide(conn, project, suggestion_id, SuggestionStatus.OPEN)
        conn.execute(
            "UPDATE suggestions SET status = 'rejected', decided_by = ?, decided_at = ? "
            "WHERE id = ?",
            (annotator, stamp, suggestion_id),
        )
    return replace(found, status=SuggestionStatus.REJECTED, decided_by=annotator, decided_at=stamp)


def reopen_suggestion(project: Project, suggestion_id: int) -> Suggestion:
    """Undo an accept or reject: the suggestion is open again, an accepted one's
    annotation is deleted with it (in one transaction)."""
    with project.transaction() as conn:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM suggestions WHERE id = ?", (suggestion_id,)
        ).fetchone()
        if row is None:
            raise ProjectError(project.path, _no_suggestion(suggestion_id))
        found = _from_row(row)
        if found.annotation_id is not None:
            remember_deletion(conn, found.annotation_id, now_timestamp())  # for "done ✎"
            conn.execute("DELETE FROM annotations WHERE id = ?", (found.annotation_id,))
        conn.execute(
            "UPDATE suggestions SET status = 'open', decided_by = '', decided_at = '', "
            "annotation_id = NULL WHERE id = ?",
            (suggestion_id,),
        )
    return replace(
        found, status=SuggestionStatus.OPEN, decided_by="", decided_at="", annotation_id=None
    )


def suggestions_off(project: Project) -> set[str]:
    """Annotators who work without suggestions (a blind baseline for anchoring)."""
    row = project.connection.execute(
        "SELECT value FROM project_meta WHERE key = ?", (_OFF_KEY,)
    ).fetchone()
    return set(json.loads(row[0])) if row else set()


def set_suggestions_off(project: Project, annotator: str, off: bool) -> None:
    """Turn suggestions off (or back on) for ``annotator`` in this project."""
    with project.transaction() as conn:
        names = suggestions_off(project)
        if off:
            names.add(annotator)
        else:
            names.discard(annotator)
        conn.execute(
            "INSERT INTO project_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_OFF_KEY, json.dumps(sorted(names), ensure_ascii=False)),
        )
