"""Finding stored documents by their text (doccano's per-user files name none)."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.model import text_sha256
from annotator.store.project import Project


def document_names_by_text(project: Project, texts: Iterable[str]) -> dict[str, list[str]]:
    """``{sha256 of the text: [names]}`` of the stored documents with one of these texts,
    in the order they were imported."""
    shas = sorted({text_sha256(text) for text in texts})
    found: dict[str, list[str]] = {}
    for start in range(0, len(shas), 500):
        chunk = shas[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = project.connection.execute(
            f"SELECT sha256, name FROM documents WHERE sha256 IN ({marks}) ORDER BY id", chunk
        )
        for sha, name in rows:
            found.setdefault(sha, []).append(name)
    return found
