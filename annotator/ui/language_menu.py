"""View → Language: choose the interface language; it applies from the next start.

Rebuilding every open window in place would be a second code path for all UI
text; a restart is what the issue asks for and what users of other Qt apps know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from annotator.ui.language import (
    DEFAULT,
    ENVIRONMENT,
    LANGUAGES,
    current_language,
    remember_language,
    remembered_language,
    supported,
    system_language,
)

if TYPE_CHECKING:
    from annotator.ui.window import MainWindow


def add_language_menu(window: MainWindow, parent: QMenu) -> QMenu:
    menu = parent.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = remembered_language()
    system = QAction(QCoreApplication.translate("LanguageMenu", "System language"), menu)
    system.setObjectName("actionLanguage_system")
    entries: list[tuple[QAction, str | None]] = [(system, None)]
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)  # each language in its own words, never translated
        action.setObjectName(f"actionLanguage_{code}")
        entries.append((action, code))
    for action, language in entries:
        action.setCheckable(True)
        action.setChecked(language == chosen)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
    return menu


def choose_language(window: MainWindow, code: str | None) -> None:
    """Remember ``code`` (None: follow the system) and say when it takes effect."""
    import os

    remember_language(code)
    if os.environ.get(ENVIRONMENT):
        text = QCoreApplication.translate(
            "LanguageMenu",
            "Saved, but {variable} is set and decides the language while it is set.",
        ).format(variable=ENVIRONMENT)
    elif (supported(code) or system_language() or DEFAULT) == current_language():
        text = QCoreApplication.translate("LanguageMenu", "This is the language in use.")
    else:
        text = QCoreApplication.translate(
            "LanguageMenu", "The new language applies the next time annotator starts."
        )
    window.statusBar().showMessage(text, 10000)
