"""Another process writing to the open project: the window shows its edits, keeps its place.

Also the status bar's "Not saved" mark, which stays until an edit is saved again, and
one label edited in two windows at once (the project opened twice, as the same
annotator): an edit or an undo in one window changes only what it changed, never
what the other window saved meanwhile, even when this window has not read that yet
(its user is typing, so it does not refresh).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from annotator.ui.window import MainWindow
from tests.ui.helpers import (
    focused,
    open_document_named,
    press,
    restore_backup_elsewhere,
    select_with_keyboard,
    shown_document_id,
    shown_main_windows,
)

ENGLISH = "001_8e04abad5bad1dcd.txt"


def _label_from_another_process(path: Path, document_name: str, word: str) -> None:
    """A second annotator session in its own process, as a second window would be."""
    script = textwrap.dedent(
        f"""
        from annotator.core.model import Annotation, Origin, new_annotation_id
        from annotator.store.project import Project
        with Project.open({str(path)!r}) as project:
            document = project.documents.by_name({document_name!r})
            start = document.text.index({word!r})
            project.annotations.add(Annotation(
                new_annotation_id(), document.id, "alice", "quote", start,
                start + len({word!r}), {{}}, origin=Origin.MANUAL))
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def _texts(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [model.excerpt(a) for a in model.annotations()]


def test_edits_from_another_process_appear_without_losing_the_place(
    window: MainWindow, qtbot: QtBot
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


def test_f5_refreshes_at_once(window: MainWindow, qtbot: QtBot) -> None:
    window._watch.stop()  # only the key, not the timer, may show the change here
    open_document_named(window, qtbot, ENGLISH)
    _label_from_another_process(window.project.path, ENGLISH, "Kazakhstan")
    QApplication.processEvents()
    assert window.panel.model.rowCount() == 0
    press(window.source_view, Qt.Key.Key_F5)
    assert _texts(window) == ["Kazakhstan"]


def test_not_saved_stays_in_the_status_bar_until_a_save_succeeds(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_document_named(window, qtbot, ENGLISH)
    window.project.connection.execute("PRAGMA query_only = ON")  # every write now fails
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_Q)
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and "Not saved" in box.text()
    box.close()
    assert window.status.unsaved.isVisible()
    assert window.panel.model.rowCount() == 0

    window.project.connection.execute("PRAGMA query_only = OFF")
    window.source_view.setFocus()
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_Q)
    assert window.panel.model.rowCount() == 1
    assert not window.status.unsaved.isVisible()


def test_refresh_keeps_caret_direction_scroll_and_label_in_a_long_document(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from annotator.core.model import Annotation, Document, Origin
    from annotator.core.schema import load_schema
    from annotator.resources import default_schema_path
    from annotator.store.project import Project
    from annotator.ui import main_window

    lines = [f"Wiersz {n}: Kazachstan nie uzna wyników referendów 🇺🇦 " * 3 for n in range(3000)]
    text = "\n".join(lines)
    path = tmp_path / "long.sqlite"
    start = text.index("Wiersz 1500:")
    label = Annotation("mine", 0, "alice", "quote", start, start + 10, {}, origin=Origin.MANUAL)
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        project.documents.add([(Document(None, "long.txt", text), [label])])
    window = main_window(path, "alice")
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window._watch.stop()
    view = window.source_view
    window.select_annotation_id("mine")  # scrolls to the middle and selects the label
    qtbot.wait(50)
    cursor = view.textCursor()  # a backwards selection: anchor after position
    cursor.setPosition(view.to_qt(start + 30))
    cursor.setPosition(view.to_qt(start + 20), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    first_block = view.firstVisibleBlock().blockNumber()
    scroll = view.verticalScrollBar().value()
    assert first_block > 1000

    _label_from_another_process(path, "long.txt", "Wiersz 2999:")
    press(view, Qt.Key.Key_F5)

    assert window.panel.model.rowCount() == 2
    after = view.textCursor()
    assert (view.from_qt(after.anchor()), view.from_qt(after.position())) == (
        start + 30,
        start + 20,
    )
    assert view.firstVisibleBlock().blockNumber() == first_block
    assert view.verticalScrollBar().value() == scroll
    assert window.selected is not None and window.selected.id == "mine"


def test_f5_while_typing_a_value_saves_it_first(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest

    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    field = QApplication.focusWidget()
    assert field is not None and field.objectName() == "field_holder"
    QTest.keyClicks(field, "typed holder")
    press(field, Qt.Key.Key_F5)
    [stored] = window.project.annotations(shown_document_id(window), "alice")
    assert stored.attributes.get("holder") == "typed holder"


def test_a_document_restored_away_elsewhere_is_replaced_not_a_crash(
    window: MainWindow, qtbot: QtBot
) -> None:
    from annotator.core.model import Document
    from annotator.locations import backup_folder
    from annotator.store.backups import take_backup

    window._watch.stop()
    take_backup(window.project, backup_folder(window.project.path))
    window.project.documents.add([(Document(None, "later.txt", "Dodany później 🎉."), [])])
    window.refresh()
    open_document_named(window, qtbot, "later.txt")
    restore_backup_elsewhere(window.project.path)
    press(window.source_view, Qt.Key.Key_F5)
    assert window.document is not None and window.document.name != "later.txt"
    assert "removed or replaced" in window.statusBar().currentMessage()


# -- one label in two windows -----------------------------------------------------


def _elsewhere(path: Path, annotation_id: str, write: str) -> None:
    """Another ``annotator`` window (its own process) changes the label: ``write`` is
    Python with ``project`` and ``label`` at hand."""
    script = textwrap.dedent(
        f"""
        from dataclasses import replace
        from annotator.store.project import Project
        with Project.open({str(path)!r}) as project:
            label = project.annotations.get({annotation_id!r})
        """
    ) + textwrap.indent(write, "    ")
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def _tag_kazakhstan_with_holder(window: MainWindow, qtbot: QtBot, holder: str) -> str:
    window._watch.stop()  # this window does not read the other's change before it writes
    open_document_named(window, qtbot, ENGLISH)
    select_with_keyboard(window, qtbot, "Kazakhstan")
    press(window.source_view, Qt.Key.Key_S)
    _type_holder(window, holder)
    assert window.selected is not None
    return window.selected.id


def _type_holder(window: MainWindow, text: str) -> None:
    field = focused()
    assert isinstance(field, QLineEdit) and field.objectName() == "field_holder"
    field.selectAll()
    QTest.keyClicks(field, text)
    press(field, Qt.Key.Key_Return)


def _stored_attributes(window: MainWindow) -> dict[str, object]:
    [stored] = window.project.annotations(shown_document_id(window), "alice")
    return stored.attributes


def test_an_edit_and_its_undo_keep_what_another_window_saved_meanwhile(
    window: MainWindow, qtbot: QtBot
) -> None:
    label = _tag_kazakhstan_with_holder(window, qtbot, "Tokayev")
    _elsewhere(
        window.project.path,
        label,
        "project.annotations.update(replace(label, attributes={**label.attributes, "
        "'target': 'Russia'}))",
    )

    window.editor.focus_first(required_first=False)  # back into Holder, as by F2
    _type_holder(window, "Smadiyarov")

    assert _stored_attributes(window) == {"holder": "Smadiyarov", "target": "Russia"}
    window.named_actions["actionUndo"].trigger()
    assert _stored_attributes(window) == {"holder": "Tokayev", "target": "Russia"}
    window.named_actions["actionRedo"].trigger()
    assert _stored_attributes(window) == {"holder": "Smadiyarov", "target": "Russia"}


def test_editing_a_label_deleted_in_another_window_says_so(
    window: MainWindow, qtbot: QtBot
) -> None:
    label = _tag_kazakhstan_with_holder(window, qtbot, "Tokayev")
    _elsewhere(window.project.path, label, "project.annotations.delete(label.id)")

    window.editor.focus_first(required_first=False)
    _type_holder(window, "Smadiyarov")

    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None
    assert box.text() == "Not saved: this annotation was deleted in another window meanwhile"
    box.close()
    assert window.project.annotations(shown_document_id(window), "alice") == []


def test_undoing_a_none_present_tick_keeps_the_other_windows_tick(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The checklist's "none present" and the status: an undo takes back this window's
    tick only, not one the other window (same annotator) made meanwhile."""
    window._watch.stop()
    open_document_named(window, qtbot, ENGLISH)
    document_id = shown_document_id(window)
    press(window.source_view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # quote: none
    script = textwrap.dedent(
        f"""
        from annotator.core.progress import with_none_present
        from annotator.store.project import Project
        with Project.open({str(window.project.path)!r}) as project:
            progress = project.progress({document_id}, "alice")
            project.progress.set(with_none_present(progress, "figure", True))
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)

    window.named_actions["actionUndo"].trigger()

    assert window.project.progress(document_id, "alice").none_present == {"figure"}
    window.named_actions["actionRedo"].trigger()
    assert window.project.progress(document_id, "alice").none_present == {"quote", "figure"}


def test_a_schema_changed_by_another_program_is_the_one_the_window_edits_with(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """`annotator schema update` while the window is open (dropping an unused choice):
    after the refresh the window offers the new schema, so it cannot store a value the
    project no longer allows (which `annotator check` would then report)."""
    from annotator.resources import default_schema_path
    from annotator.store.integrity import check_project

    text = default_schema_path().read_text(encoding="utf-8")
    narrower = tmp_path / "narrower.toml"
    without_unclear = re.sub(r', unclear = "[^"]*"', "", text.replace(', "unclear"]', "]"))
    narrower.write_text(without_unclear, encoding="utf-8")
    window._watch.stop()  # the refresh comes from F5 below
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--project", str(window.project.path),
         "schema", "update", str(narrower)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    open_document_named(window, qtbot, ENGLISH)
    press(window.source_view, Qt.Key.Key_F5)

    [fresh] = shown_main_windows()
    qtbot.addWidget(fresh)
    assert fresh is not window
    stance = fresh.project.schema.layer("stance")
    polarity = stance.attribute("polarity") if stance is not None else None
    assert polarity is not None and polarity.choices == ("favor", "against", "neutral")
    assert fresh.document is not None and fresh.document.name == ENGLISH  # the same place
    assert "changed the schema" in fresh.statusBar().currentMessage()
    select_with_keyboard(fresh, qtbot, "Kazakhstan")
    press(fresh.source_view, Qt.Key.Key_S)
    assert fresh.findChild(QPushButton, "choice_polarity_unclear") is None
    assert check_project(fresh.project) == []
