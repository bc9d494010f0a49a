"""Another process writing to the open project: the window shows its edits, keeps its place.

Also the status bar's "Not saved" mark, which stays until an edit is saved again.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.ui.window import MainWindow
from tests.ui.helpers import open_document_named, press, select_with_keyboard

ENGLISH = "001_8e04abad5bad1dcd.txt"


def _label_from_another_process(path: Path, document_name: str, word: str) -> None:
    """A second annotator session in its own process, as a second window would be."""
    script = textwrap.dedent(
        f"""
        from annotator.core.model import Annotation, Origin, new_annotation_id
        from annotator.store.project import Project
        with Project.open({str(path)!r}) as project:
            document = project.document_by_name({document_name!r})
            start = document.text.index({word!r})
            project.add_annotation(Annotation(
                new_annotation_id(), document.id, "alice", "quote", start,
                start + len({word!r}), {{}}, origin=Origin.MANUAL))
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def _texts(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [model.excerpt(a) for a in model.annotations()]


def test_edits_from_another_process_appear_without_losing_the_place(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    start = select_with_keyboard(window, qtbot, "territorial integrity")
    scroll = window.source_view.verticalScrollBar().value()
    assert window.panel.model.rowCount() == 0

    _label_from_another_process(window.project.path, ENGLISH, "Smadiyarov")

    qtbot.waitUntil(lambda: window.panel.model.rowCount() == 1, timeout=15000)
    assert _texts(window) == ["Smadiyarov"]
    assert window.source_view.selection() == (start, start + len("territorial integrity"))
    assert window.source_view.verticalScrollBar().value() == scroll
    assert window.document is not None and window.document.name == ENGLISH


def test_f5_refreshes_at_once(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window._watch.stop()  # only the key, not the timer, may show the change here
    open_document_named(window, qtbot, ENGLISH)
    _label_from_another_process(window.project.path, ENGLISH, "Kazakhstan")
    QApplication.processEvents()
    assert window.panel.model.rowCount() == 0
    press(window.source_view, Qt.Key.Key_F5)
    assert _texts(window) == ["Kazakhstan"]


def test_not_saved_stays_in_the_status_bar_until_a_save_succeeds(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    window.project.connection.execute("PRAGMA query_only = ON")  # every write now fails
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_Q)
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and "Not saved" in box.text()
    box.close()
    assert window.status_unsaved.isVisible()
    assert window.panel.model.rowCount() == 0

    window.project.connection.execute("PRAGMA query_only = OFF")
    window.source_view.setFocus()
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_Q)
    assert window.panel.model.rowCount() == 1
    assert not window.status_unsaved.isVisible()
