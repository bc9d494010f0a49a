"""Active time per document and annotator, stored beside the document's progress.

Adding time does not touch ``updated_at``: that stamp orders status edits in
merges and imports, and an open document is not a status edit. A row created
only to hold time has status ``new`` and an empty stamp, so any real status
from elsewhere wins over it.
"""

from __future__ import annotations

from annotator.store.project import Project


def add_active_seconds(project: Project, document_id: int, annotator: str, seconds: float) -> None:
    """Add ``seconds`` of attended time to ``annotator``'s progress on the document."""
    if seconds <= 0:
        return
    with project.transaction() as conn:
        conn.execute(
            "INSERT INTO document_status (document_id, annotator, status, updated_at, "
            "active_seconds) VALUES (?, ?, 'new', '', ?) "
            "ON CONFLICT (document_id, annotator) DO UPDATE "
            "SET active_seconds = active_seconds + excluded.active_seconds",
            (document_id, annotator, seconds),
        )


def active_seconds_by_annotator(project: Project) -> dict[str, list[float]]:
    """Annotator → seconds on each document they spent any time on (gold left out)."""
    result: dict[str, list[float]] = {}
    for annotator, seconds in project.connection.execute(
        "SELECT annotator, active_seconds FROM document_status "
        "WHERE active_seconds > 0 AND annotator <> 'gold' ORDER BY annotator, document_id"
    ):
        result.setdefault(annotator, []).append(seconds)
    return result
