"""``annotator packages``: hand documents out as one project file per annotator.

A package is blind: it holds the project's schema and guidelines, the
annotator's own documents, and only their own earlier labels and progress;
nothing of anyone else (see ``store/assignments.py`` for how it is written).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.messages import Message
from annotator.core.model import GOLD
from annotator.store.assignments import (
    GUIDELINES_KEY,
    PACKAGE_SUFFIX,
    PackageFile,
    PackageOrigin,
    document_ids,
    meta_value,
    write_packages,
)
from annotator.store.project import Project, ProjectError
from annotator.team.allocation import Plan, plan_assignments

_NAME = re.compile(r"\w[\w.-]*")


@dataclass(frozen=True)
class PackageRequest:
    """The options of ``annotator packages create``."""

    annotators: tuple[str, ...]
    folder: Path
    overlap: float = 0.0
    per_document: int = 1
    seed: int | None = None
    only_unassigned: bool = False


@dataclass(frozen=True)
class PackagesMade:
    plan: Plan
    origins: list[PackageOrigin]
    paths: list[Path]


def parse_annotators(text: str) -> tuple[str, ...]:
    """``alice,bob,carol`` → the names, each checked to be usable as a file name."""
    names = tuple(unicodedata.normalize("NFC", part.strip()) for part in text.split(","))
    for name in names:
        if not name:
            raise AnnotatorError(Message("--annotators: an empty name (two commas in a row?)"))
        if name.casefold() == GOLD:
            raise AnnotatorError(
                Message("--annotators: '{name}' is reserved for adjudicated labels", name=GOLD)
            )
        if not _NAME.fullmatch(name):
            raise AnnotatorError(
                Message(
                    "--annotators: '{name}' cannot name a file (letters, digits, '.', '-' and "
                    "'_' only, starting with a letter or digit)",
                    name=name,
                )
            )
    folded = [name.casefold() for name in names]
    for name, key in zip(names, folded, strict=True):
        if folded.count(key) > 1:
            raise AnnotatorError(Message("--annotators: '{name}' is named twice", name=name))
    return names


def package_path(folder: Path, annotator: str) -> Path:
    return folder / f"{annotator}{PACKAGE_SUFFIX}"


def project_guidelines(project: Project) -> str:
    """The project's own guidelines if it has them, else the bundled ones."""
    stored = meta_value(project, GUIDELINES_KEY)
    if stored is not None:
        return stored
    from annotator.resources import guidelines_path

    try:
        return guidelines_path().read_text(encoding="utf-8")
    except OSError:
        return ""


def create_packages(project: Project, request: PackageRequest) -> PackagesMade:
    """Plan who gets what, write ``<folder>/<annotator>.annotator.sqlite`` for each, and
    record the assignments in ``project``; all or nothing."""
    ids = document_ids(project, only_unassigned=request.only_unassigned)
    if not ids:
        raise ProjectError(
            project.path,
            Message("no unassigned documents to hand out")
            if request.only_unassigned
            else Message("no documents to hand out"),
        )
    seed = request.seed if request.seed is not None else random.SystemRandom().randrange(2**31)
    plan = plan_assignments(
        ids,
        request.annotators,
        seed=seed,
        overlap=request.overlap,
        per_document=request.per_document,
    )
    files = [
        PackageFile(name, plan.documents[name], package_path(request.folder, name))
        for name in request.annotators
    ]
    origins = write_packages(
        project,
        files,
        seed=seed,
        guidelines=project_guidelines(project),
        replace_assignments=not request.only_unassigned,
    )
    return PackagesMade(plan, origins, [file.path for file in files])


def package_annotator(path: str | Path | None) -> str | None:
    """Whose package the file at ``path`` is, so the window opens as them without asking;
    None for an ordinary project, no path, or a file that cannot be read (the window
    then says why when it opens it)."""
    if path is None or not Path(path).is_file():
        return None
    from annotator.store.assignments import package_origin

    try:
        with Project.open(path, read_only=True) as project:
            origin = package_origin(project)
    except AnnotatorError:
        return None
    return origin.annotator if origin else None
