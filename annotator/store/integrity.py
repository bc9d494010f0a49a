"""``annotator check``: is everything in a project file still what it claims to be?

Checks SQLite's own integrity and foreign keys, then what SQLite cannot know:
each document's text still matches its stored hash, every annotation lies
inside its document and fits the schema, refs point to annotations of the
same document, every gold annotation has the decision it came from, and every
suggestion lies inside its document.
"""

from __future__ import annotations

from annotator.core.model import GOLD, text_sha256
from annotator.core.validation import annotation_problems
from annotator.store.project import Project


def check_project(project: Project, *, thorough: bool = True) -> list[str]:
    """Problems found, each naming ids; empty when the project is sound.

    ``thorough=False`` runs only SQLite's ``quick_check`` and the foreign keys
    (what the GUI can afford on every open).
    """
    conn = project.connection
    problems: list[str] = []
    pragma = "integrity_check" if thorough else "quick_check"
    for (row,) in conn.execute(f"PRAGMA {pragma}"):
        if row != "ok":
            problems.append(f"sqlite {pragma}: {row}")
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent} row")
    if not thorough:
        return problems
    gold_with_decision = {
        row[0]
        for row in conn.execute(
            "SELECT gold_annotation_id FROM decisions WHERE gold_annotation_id IS NOT NULL"
        )
    }
    for document in project.documents():
        assert document.id is not None
        if text_sha256(document.text) != document.sha256:
            problems.append(f"document {document.id} ({document.name}): text differs from its hash")
        annotations = project.annotations(document.id)
        layers_by_id = {a.id: a.layer for a in annotations}
        for annotation in annotations:
            where = f"annotation {annotation.id} (document {document.id}, {annotation.annotator})"
            for problem in annotation_problems(
                project.schema, len(document.text), annotation, layers_by_id
            ):
                problems.append(f"{where}: {problem}")
            if annotation.annotator == GOLD and annotation.id not in gold_with_decision:
                problems.append(f"{where}: gold annotation without a review decision")
    for ident, document_id in conn.execute(
        "SELECT s.id, s.document_id FROM suggestions s JOIN documents d ON d.id = s.document_id "
        'WHERE s."end" > length(d.text)'
    ):
        problems.append(f"suggestion {ident} (document {document_id}): ends after the text")
    return problems
