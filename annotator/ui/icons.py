"""The application icon, with every rendered size (used by the app and the welcome dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from annotator.resources import resources_dir


def _icon_files() -> list[Path]:
    folder = resources_dir() / "icons"
    return [*sorted(folder.glob("annotator-*.png")), folder / "annotator.svg"]


def app_icon() -> QIcon:
    """The application icon with every rendered size, so Qt never has to scale a bitmap up."""
    icon = QIcon()
    for path in _icon_files():
        if path.exists():
            icon.addFile(str(path))
    return icon
