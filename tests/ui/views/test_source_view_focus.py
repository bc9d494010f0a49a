"""Tagging moves the focus from the text to the label's form, and back with Return: the text
view then repaints what shows the focus (caret, frame), not its scroll bar and every line.

What is on screen is read back from the window's backing store (``grabWindow``) and
compared with a fresh rendering of the window (``grab``): a part that needed repainting
and was left out would differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator.ui.views.source_view import SourceView
from annotator.ui.window import MainWindow
from tests.ui.helpers import open_document_named, press, select_with_keyboard

ARTICLE = "000_64d1d46f96a25995.txt"  # long enough to scroll at 1024 × 700


class _Paints(QObject):
    """The regions painted in the watched widgets while it records."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.regions: dict[QWidget, list[QRegion]] = {widget: [] for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def stop(self) -> None:
        for widget in self.regions:
            widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.regions:
            assert isinstance(watched, QWidget) and isinstance(event, QPaintEvent)
            self.regions[watched].append(QRegion(event.region()))
        return False


@pytest.fixture
def steady_caret() -> Iterator[None]:
    """No caret blinking: a blink between the two grabs would tell them apart."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    flash = app.cursorFlashTime()
    app.setCursorFlashTime(0)
    yield
    app.setCursorFlashTime(flash)


def _on_screen(window: MainWindow) -> QImage:
    QApplication.processEvents()
    return window.screen().grabWindow(window.winId()).toImage()


def _fresh(window: MainWindow, like: QImage) -> QImage:
    return window.grab().toImage().convertToFormat(like.format())


def _painted_while(action: Callable[[], None], view: SourceView) -> _Paints:
    """Run ``action``, then let Qt paint; what the view and its scroll bar painted."""
    paints = _Paints(view, view.verticalScrollBar())
    action()
    QApplication.processEvents()
    paints.stop()
    return paints


def test_tagging_repaints_the_focus_not_the_scroll_bar(
    window: MainWindow, qtbot: QtBot, steady_caret: None
) -> None:
    window.resize(1024, 700)
    open_document_named(window, qtbot, ARTICLE)
    view = window.source_view
    bar = view.verticalScrollBar()
    assert bar.isVisible()
    frame = QRegion(view.rect()).subtracted(QRegion(view.contentsRect()))
    select_with_keyboard(window, qtbot, "referenda")
    QApplication.processEvents()

    # stance: the label is stored, and its form takes the keys
    paints = _painted_while(lambda: press(view, Qt.Key.Key_S), view)
    focused = QApplication.focusWidget()
    assert focused is not None and window.editor.isAncestorOf(focused)
    assert paints.regions[bar] == []
    assert paints.regions[view] == [frame]  # which a style may draw as focused
    screen = _on_screen(window)
    assert screen == _fresh(window, screen)

    # Return: back to the text
    paints = _painted_while(lambda: press(focused, Qt.Key.Key_Return), view)
    assert QApplication.focusWidget() is view
    assert paints.regions[bar] == []
    assert paints.regions[view] == [frame]
    screen = _on_screen(window)
    assert screen == _fresh(window, screen)


def test_a_focus_change_leaves_updates_held_elsewhere_held(window: MainWindow) -> None:
    """Updates switched off by other code (a bulk change) stay off across a focus change."""
    view = window.source_view
    view.setFocus()
    QApplication.processEvents()
    view.setUpdatesEnabled(False)
    try:
        window.document_filter.setFocus()
        QApplication.processEvents()
        assert not view.hasFocus() and not view.updatesEnabled()
        view.setFocus()
        QApplication.processEvents()
        assert view.hasFocus() and not view.updatesEnabled()
    finally:
        view.setUpdatesEnabled(True)
