"""A small team project for tests: a lead hands out packages, annotators label, the lead merges.

Real files all the way: the lead's project, package files written by
``create_packages``, labels stored in each package, ``merge_projects`` back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from annotator.core.model import Annotation, Document, DocumentProgress, Status, new_annotation_id
from annotator.core.schema import Schema
from annotator.store.merge import merge_projects
from annotator.store.project import Project
from annotator.store.time_on_task import add_active_seconds
from annotator.team.packages import PackageRequest, create_packages

TEXT = "Kazakhstan will not recognize the referendums, the minister said on Friday."
POLARITY = {"alice": "against", "bob": "against", "carol": "neutral"}


@dataclass(frozen=True)
class Team:
    lead: Path
    plan: dict[str, list[int]]
    """Annotator → lead document ids."""

    def shared(self) -> set[int]:
        counts: dict[int, int] = {}
        for ids in self.plan.values():
            for i in ids:
                counts[i] = counts.get(i, 0) + 1
        return {i for i, n in counts.items() if n > 1}


def team_project(
    tmp_path: Path,
    schema: Schema,
    annotators: tuple[str, ...] = ("alice", "bob", "carol"),
    documents: int = 12,
    overlap: float = 0.5,
    polarity: Mapping[str, str] | None = None,
) -> Team:
    """Every annotator labels one stance in each of their documents (``polarity``, by
    default: carol always says 'neutral', the others 'against'), and marks it done after
    60 s + 10 s per document."""
    views = POLARITY if polarity is None else polarity
    lead = tmp_path / "lead.sqlite"
    with Project.open(lead, create=True, schema=schema) as project:
        project.documents.add(
            (Document(None, f"doc{i:02d}.txt", f"{i}. {TEXT}"), []) for i in range(documents)
        )
        made = create_packages(
            project, PackageRequest(annotators, tmp_path / "packages", overlap=overlap, seed=8)
        )
    for path, name in zip(made.paths, annotators, strict=True):
        with Project.open(path) as package:
            for number, document_id in enumerate(sorted(package.documents.names())):
                package.annotations.add(
                    Annotation(new_annotation_id(), document_id, name, "stance", 0, 10,
                               {"holder": "Kazakhstan", "polarity": views.get(name, "against")})
                )  # fmt: skip
                package.progress.set(DocumentProgress(document_id, name, Status.DONE))
                add_active_seconds(package, document_id, name, 60 + 10 * number)
    with Project.open(lead) as project:
        merge_projects(project, made.paths)
    return Team(lead, made.plan.documents)
