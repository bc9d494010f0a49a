"""Errors of the store: a project that cannot be used, a change that could not be stored."""

from __future__ import annotations

from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.messages import Message, Text


class ProjectError(AnnotatorError):
    """The project file cannot be used: names the file and the reason."""

    def __init__(self, path: str | Path, reason: Text) -> None:
        self.path = str(path)
        self.reason = str(reason)
        super().__init__(Message("{path}: {reason}", path=str(path), reason=reason))


class WriteError(ProjectError):
    """A change could not be stored (full disk, read-only file, another process
    holding the lock, the file deleted while open…); it was rolled back whole."""
