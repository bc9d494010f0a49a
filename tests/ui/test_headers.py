"""Table headers: translated titles fit, and a narrow pane still shows the text column."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from annotator.ui.headers import NarrowPaneColumns


def _table(qtbot: QtBot) -> tuple[QTableView, QHeaderView, NarrowPaneColumns]:
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Layer", "Text", "Attributes"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, 90)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(2, 170)
    columns = NarrowPaneColumns(header, giving=2, preferred=170)
    table.show()
    qtbot.waitExposed(table)
    return table, header, columns


def test_a_narrow_table_shares_the_room_between_text_and_attributes(qtbot: QtBot) -> None:
    table, header, _ = _table(qtbot)
    table.resize(300, 200)
    qtbot.waitUntil(lambda: header.width() < 300)
    assert header.sectionSize(2) < 170
    assert header.sectionSize(1) >= header.sectionSize(2) - 1
    assert header.sectionSize(1) >= header.sectionSizeHint(1)


def test_a_wide_table_gives_attributes_their_preferred_width(qtbot: QtBot) -> None:
    table, header, _ = _table(qtbot)
    table.resize(300, 200)
    qtbot.waitUntil(lambda: header.sectionSize(2) < 170)
    table.resize(900, 200)
    qtbot.waitUntil(lambda: header.sectionSize(2) == 170)
    assert header.sectionSize(1) > 170


def test_a_width_the_user_dragged_stays(qtbot: QtBot) -> None:
    table, header, columns = _table(qtbot)
    table.resize(900, 200)
    qtbot.waitUntil(lambda: header.width() > 800)
    boundary = header.sectionViewportPosition(2) + header.sectionSize(2) - 1
    y = header.height() // 2
    # Drag the right edge of "Attributes" 120 px to the right, as a mouse does.
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(boundary, y))
    for step in range(1, 13):
        QTest.mouseMove(header.viewport(), QPoint(boundary + 10 * step, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(boundary + 120, y))
    assert columns.dragged
    dragged = header.sectionSize(2)
    assert dragged > 170
    table.resize(400, 200)
    qtbot.waitUntil(lambda: header.width() < 400)
    assert header.sectionSize(2) == dragged
