"""The seeded project the tests share: the default news schema, the five seed articles
and, where a test needs labels to compare, Alice's and Bob's stances on the English
article (one agreement, one polarity clash with a shifted span, one miss).

Plain functions, so that module-scoped fixtures and subprocess tests can build the
same project as the ``project_path`` and ``annotated_project_path`` fixtures.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import Annotation, Origin, new_annotation_id
from annotator.core.schema import load_schema
from annotator.io.format_protocol import ImportOptions
from annotator.io.importer import import_files
from annotator.resources import default_schema_path, seeds_dir
from annotator.store.project import Project

ENGLISH = "001_8e04abad5bad1dcd.txt"
"""The English seed article (Kazakhstan and the referendums)."""


def stance(
    document_id: int, annotator: str, text: str, needle: str, **attributes: object
) -> Annotation:
    """A manual stance over the first ``needle`` in ``text``."""
    start = text.index(needle)
    return Annotation(
        id=new_annotation_id(),
        document_id=document_id,
        annotator=annotator,
        layer="stance",
        start=start,
        end=start + len(needle),
        attributes=attributes,
        origin=Origin.MANUAL,
    )


def seed_project(path: Path) -> Path:
    """Create ``path`` with the default schema and the five seed articles."""
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        import_files(project, [seeds_dir()], ImportOptions())
    return path


def add_disagreeing_stances(project: Project) -> list[Annotation]:
    """Alice and Bob on the English seed: one agreement (the holders differ only in case
    and space), one polarity clash on spans that overlap, and one stance only Alice saw."""
    document = project.documents.by_name(ENGLISH)
    assert document is not None and document.id is not None
    text, doc = document.text, document.id
    added = [
        stance(doc, "alice", text, "will not recognize the results", holder="Kazakhstan",
               polarity="against"),
        stance(doc, "bob", text, "will not recognize the results", holder="kazakhstan ",
               polarity="against"),
        stance(doc, "alice", text, "the principle of countries' territorial integrity",
               holder="Smadiyarov", polarity="favor"),
        stance(doc, "bob", text, "principle of countries' territorial integrity",
               holder="Smadiyarov", polarity="neutral"),
        stance(doc, "alice", text, "specifically expressed his position", holder="Toqaev",
               polarity="against"),
    ]  # fmt: skip
    for annotation in added:
        project.annotations.add(annotation)
    return added
