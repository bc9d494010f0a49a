"""File → Export…: the options of ``annotator export`` in a dialog, and file dialogs that
start in the folder used last."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from annotator.io.exporter import ExportSelection
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.window import MainWindow
from tests.seeded import ENGLISH, stance
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import child
from tests.ui.test_appearance import dark_palette


def _label(window: MainWindow) -> None:
    """alice, bob and gold each have one stance."""
    document = window.project.documents.by_name(ENGLISH)
    assert document is not None and document.id is not None
    text = document.text
    for annotator, needle in (
        ("alice", "will not recognize the results"),
        ("bob", "territorial integrity"),
        ("gold", "specifically expressed his position"),
    ):
        window.project.annotations.add(stance(document.id, annotator, text, needle))


def _click_box(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the check box's indicator (its centre may be empty space in a wide column)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _open_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    child(window, QAction, "actionExportCsv").trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_only_gold_and_one_layer_as_csv(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _label(window)
    target = tmp_path / "out" / "gold.csv"
    target.parent.mkdir()
    asked: list[str] = []

    def save_as(parent: object, title: str, directory: str, filter_: str = "") -> tuple[str, str]:
        asked.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    dialog = _open_dialog(window, qtbot)
    assert dialog.format_name() == "csv"
    assert set(dialog.annotator_boxes) == {"alice", "bob"}  # gold is its own checkbox
    assert all(box.isChecked() for box in dialog.annotator_boxes.values())
    assert not dialog.gold_box.isChecked()
    for box in dialog.annotator_boxes.values():
        _click_box(qtbot, box)
    _click_box(qtbot, dialog.gold_box)
    for name, box in dialog.layer_boxes.items():
        if name != "stance":
            _click_box(qtbot, box)
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportBrowse"), Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(target)
    assert dialog.selection() == ExportSelection((), True, ("stance",))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.statusBar().currentMessage() == f"Wrote 1 annotation to {target}"
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["annotator"], row["layer"]) for row in rows] == [("gold", "stance")]


def test_a_second_file_dialog_starts_in_the_folder_used_before(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = tmp_path / "chosen"
    used.mkdir()
    asked: list[str] = []

    def open_files(
        parent: object, title: str, directory: str, filter_: str = ""
    ) -> tuple[list[str], str]:
        asked.append(directory)
        return [str(used / "missing.txt")] if len(asked) == 1 else [], ""

    def save_as(parent: object, title: str, directory: str, filter_: str = "") -> tuple[str, str]:
        asked.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_files))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr("annotator.ui.dialogs.jobs.import_files", lambda *a, **k: None)
    child(window, QAction, "actionImport").trigger()  # File → Import…, in `used`
    assert asked[0] != str(used)
    dialog = _open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportBrowse"), Qt.MouseButton.LeftButton)
    assert Path(asked[1]).parent == used  # the export's file dialog starts there
    child(window, QAction, "actionImport").trigger()
    assert asked[2] == str(used)


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_screenshot(window: MainWindow, qtbot: QtBot, palette_name: str) -> None:
    original = QApplication.palette()
    if palette_name == "dark":
        QApplication.setPalette(dark_palette())
    try:
        _label(window)
        dialog = _open_dialog(window, qtbot)
        qtbot.wait(50)
        path = save_screenshot(dialog, f"export-dialog-{palette_name}.png")
        assert path.stat().st_size > 5_000
    finally:
        QApplication.setPalette(original)


def test_each_file_export_entry_opens_the_dialog_on_its_format(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The menu imports the dialogs when an entry is first chosen (not at start-up);
    each entry still opens the dialog with its own format chosen."""
    from annotator.io.formats import export_formats

    names = [fmt.name for fmt in export_formats()]
    assert len(names) > 2
    for name in names:
        child(window, QAction, f"actionExport{name.capitalize()}").trigger()
        dialog = window.findChild(ExportDialog, "exportDialog")
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert dialog.format_name() == name
        dialog.setObjectName(f"checked-{name}")  # the next entry's dialog is found by name
        dialog.close()
