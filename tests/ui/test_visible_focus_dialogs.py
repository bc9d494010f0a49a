"""The keyboard focus is visible, and every control named, in the window's dialogs.

The same check as test_visible_focus.py (real Tab to each control, the dialog
grabbed around it focused and unfocused, the pictures must differ), for the
dialogs a user opens from the menus: export, restore from a backup, the welcome
dialog, edit a version (review), keyboard shortcuts. Qt's own file chooser and
message boxes are Qt's, not ours, and are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from annotator.ui.theme import apply_theme
from annotator.ui.window import MainWindow
from tests.ui.helpers import shown_document
from tests.ui.test_focus_and_names import _announced, _describe, walk_focus_chain
from tests.ui.test_visible_focus import _unseen_focus, steady_caret  # noqa: F401


def _export(window: MainWindow, tmp_path: Path) -> QDialog:
    from annotator.ui.export_dialog import ExportDialog

    return ExportDialog(window.context, "csv", window)


def _restore(window: MainWindow, tmp_path: Path) -> QDialog:
    from annotator.ui.backups import RestoreDialog

    return RestoreDialog(tmp_path, window)


def _welcome(window: MainWindow, tmp_path: Path) -> QDialog:
    from annotator.ui.welcome import WelcomeDialog

    return WelcomeDialog()


def _edit_version(window: MainWindow, tmp_path: Path) -> QDialog:
    from annotator.ui.review.edit_dialog import EditVersionDialog

    window.source_view.set_selection(0, 10)
    window.edits.tag_selection("stance")
    assert window.selected is not None
    return EditVersionDialog(
        window.project.schema, window.selected, shown_document(window).text, window
    )


def _shortcuts(window: MainWindow, tmp_path: Path) -> QDialog:
    from annotator.ui import dialogs
    from annotator.ui.actions import shortcut_rows

    dialogs.show_shortcuts(window, shortcut_rows(window))
    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


DIALOGS: dict[str, Callable[[MainWindow, Path], QDialog]] = {
    "export": _export,
    "restore": _restore,
    "welcome": _welcome,
    "edit version": _edit_version,
    "shortcuts": _shortcuts,
}


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_focus_is_visible_and_named_in_each_dialog(
    window: MainWindow,
    qtbot: QtBot,
    steady_caret: None,  # noqa: F811
    tmp_path: Path,
    theme: str,
    name: str,
) -> None:
    apply_theme(theme)
    dialog = DIALOGS[name](window, tmp_path)
    qtbot.addWidget(dialog)
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    if QApplication.focusWidget() is None:
        dialog.focusNextChild()
    chain = walk_focus_chain(dialog, qtbot)
    assert len(chain) >= 2, [_describe(w) for w in chain]
    unnamed = [_describe(w) for w in chain if not _announced(w)]
    unseen = _unseen_focus(dialog, chain, qtbot)
    dialog.close()
    assert not unnamed, f"{name}: no accessible name on\n" + "\n".join(unnamed)
    assert not unseen, f"{name}, {theme}: no visible focus on\n" + "\n".join(unseen)
