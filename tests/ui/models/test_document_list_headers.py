"""The document list's one-sign headers go through translation and keep their meaning:
the sign is shown, the full translated name is the tooltip and the accessible text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.store.project import Project
from annotator.ui.language import install_language
from annotator.ui.models.document_list_model import DocumentListModel

FULL_NAMES = {
    "en": ("Status", "Labels", "Open suggestions"),
    "pl": ("Stan", "Etykiety", "Otwarte sugestie"),
    "ru": ("Статус", "Метки", "Открытые подсказки"),
    "uk": ("Стан", "Мітки", "Відкриті підказки"),
}


@pytest.mark.parametrize("language", sorted(FULL_NAMES))
def test_sign_headers_are_named_in_the_language(
    qapp: QApplication, project_path: Path, language: str
) -> None:
    install_language(language)
    try:
        with Project.open(project_path) as project:
            model = DocumentListModel(project, "alice")
            columns = (model.STATUS, model.ANNOTATIONS, model.SUGGESTIONS)
            horizontal = Qt.Orientation.Horizontal
            signs = [model.headerData(c, horizontal, Qt.ItemDataRole.DisplayRole) for c in columns]
            tips = [model.headerData(c, horizontal, Qt.ItemDataRole.ToolTipRole) for c in columns]
            spoken = [
                model.headerData(c, horizontal, Qt.ItemDataRole.AccessibleTextRole) for c in columns
            ]
    finally:
        install_language("en")
    assert signs == ["✓", "#", "?"]  # every language keeps the signs (see the .ts comments)
    assert tuple(tips) == FULL_NAMES[language] and spoken == tips
