"""Errors of the store: a project that cannot be used, a change that could not be stored."""

from __future__ import annotations

from pathlib import Path

from annotator.core.errors import AnnotatorError


class ProjectError(AnnotatorError):
    """The project file cannot be used: names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class WriteError(ProjectError):
    """A change could not be stored (full disk, read-only file, another process
    holding the lock, the file deleted while open…); it was rolled back whole."""
