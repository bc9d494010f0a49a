"""Application settings (annotator name, recent projects, window state) in one INI file.

An INI file rather than the platform registry, so that tests can point
``QSettings`` at a temporary folder and a user can read or delete it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annotator", "annotator"
    )


def remembered_annotator() -> str:
    value = app_settings().value("annotator/name", "")
    return str(value) if value else ""


def remember_annotator(name: str) -> None:
    app_settings().setValue("annotator/name", name)


def remembered_reviewer() -> str:
    value = app_settings().value("review/name", "")
    return str(value) if value else ""


def remember_reviewer(name: str) -> None:
    app_settings().setValue("review/name", name)


def recent_projects() -> list[str]:
    value = app_settings().value("projects/recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def add_recent_project(path: str) -> None:
    recent = [p for p in recent_projects() if p != path]
    app_settings().setValue("projects/recent", [path, *recent][:MAX_RECENT])


def last_folder(default: str) -> str:
    """The folder of the last file dialog (the next one starts there), else ``default``."""
    value = app_settings().value("files/last_folder", "")
    return str(value) if value and Path(str(value)).is_dir() else default


def remember_folder(path: str) -> None:
    """Remember the folder of a file (or the folder) chosen in a file dialog."""
    chosen = Path(path)
    app_settings().setValue("files/last_folder", str(chosen if chosen.is_dir() else chosen.parent))


def _last_document_key(project: Path, annotator: str) -> str:
    # Hashed: a path holds characters (/, \\) that QSettings reads as groups.
    digest = hashlib.sha256(f"{project.resolve()}\0{annotator}".encode()).hexdigest()[:16]
    return f"documents/last_{digest}"


def last_document(project: Path, annotator: str) -> str:
    """The name of the document ``annotator`` had open when the project last closed here."""
    value = app_settings().value(_last_document_key(project, annotator), "")
    return str(value) if value else ""


def remember_last_document(project: Path, annotator: str, name: str) -> None:
    app_settings().setValue(_last_document_key(project, annotator), name)
