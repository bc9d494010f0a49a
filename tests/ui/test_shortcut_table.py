"""Help → Keyboard shortcuts lists every key (menus, review window, form, find), uncut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from annotator.ui import main_window, shortcut_table
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import press
from tests.ui.test_text_fits import LANGUAGES


def _open_help(window, qtbot, key: bool = True):  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    window.source_view.setFocus()
    if key:
        press(window.source_view, Qt.Key.Key_F1)
    else:
        window.named_actions["actionShortcuts"].trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    )
    table = dialog.findChild(QTableView, "shortcutTable")
    qtbot.waitExposed(dialog)
    return dialog, table


def test_f1_lists_review_form_and_menu_keys(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, table = _open_help(window, qtbot)
    rows = _rows(table)
    by_what = {what: keys for _where, what, keys in rows}
    assert by_what["Accept version 1–9"] == "1–9"
    assert by_what["Edit, then accept"] == "E"
    assert by_what["Reject all versions"] == "R"
    assert by_what["Accept all agreements"] == "Ctrl+Shift+A"
    assert by_what["Close the review window"] == "Esc, Ctrl+W"
    assert by_what["Pick choice 1–9"] == "1–9"
    assert by_what["Tag selection as Stance"] == "S"  # a menu action, read from the action
    assert by_what["Grow span end by a word"] == "Alt+Shift+Right"
    wheres = {where for where, _what, _keys in rows}
    assert wheres >= {"Review window", "Attribute form", "Find bar", "Edit"}
    dialog.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_shortcut_text_is_cut(  # type: ignore[no-untyped-def]
    qtbot, project_path, monkeypatch, language
) -> None:
    """At 1024×700, in every language, the where and keys columns fit every text."""
    monkeypatch.setenv("ANNOTATOR_LANG", language)
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    dialog, table = _open_help(window, qtbot, key=False)
    rows = _rows(table)
    metrics = table.fontMetrics()
    for column in (0, 2):
        width = table.columnWidth(column)
        for row in rows:
            assert metrics.horizontalAdvance(row[column]) < width, (row, width)
    save_screenshot(dialog, f"shortcuts-{language}.png")
    dialog.close()
    window.close()


def _rows(table: QTableView) -> list[tuple[str, str, str]]:
    model = table.model()
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    ]


def test_the_review_window_takes_its_keys_from_the_table(project_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every key a review-window action has is a review key in the table, and back."""
    from annotator.store.project import Project
    from annotator.ui.review.review_window import ReviewWindow

    project = Project.open(project_path)
    review = ReviewWindow(project, "rita")
    qtbot.addWidget(review)
    handled = {
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in review.findChildren(QAction)
        for key in action.shortcuts()
    }
    listed = {
        key
        for name, keys in shortcut_table.KEYS.items()
        if name.startswith("review.") and name != "review.rationale_enter"
        for key in keys
    }
    assert handled == listed
    review.close()
    project.close()
