"""Highlights stay legible in light and dark palettes; screenshots for a person to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.ui.colors import contrast_ratio, highlight_background
from annotator.ui.theme import theme_palette
from annotator.ui.window import MainWindow
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import open_document_named, press, select_with_keyboard, shown_document

RUSSIAN = "003_088bd3cb7a5e20e4.txt"


def dark_palette() -> QPalette:
    """The app's own dark theme (View → Theme → Dark), not a look-alike made here."""
    return theme_palette("dark")


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    return palette


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_layer_colours_keep_text_legible(window: MainWindow, palette_name: str) -> None:
    palette = light_palette() if palette_name == "light" else dark_palette()
    text = palette.color(QPalette.ColorRole.Text)
    for layer in window.project.schema.layers:
        for selected in (False, True):
            background = highlight_background(layer.color, palette, selected=selected)
            ratio = contrast_ratio(background, text)
            assert ratio >= 4.5, (layer.name, palette_name, selected, ratio)


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_screenshot_with_overlapping_spans(
    window: MainWindow, qtbot: QtBot, palette_name: str
) -> None:
    original = QApplication.palette()
    if palette_name == "dark":
        QApplication.setPalette(dark_palette())
    try:
        open_document_named(window, qtbot, RUSSIAN)
        select_with_keyboard(window, qtbot, "Казахстан и Турция не будут признавать «референдумы»")
        press(window.source_view, Qt.Key.Key_S)
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        select_with_keyboard(window, qtbot, "Турция", occurrence=1)  # nested in the stance
        press(window.source_view, Qt.Key.Key_Q)
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.wait(50)
        path = save_screenshot(window, f"window-{palette_name}.png")
        assert path.stat().st_size > 10_000
        image = window.source_view.viewport().grab().toImage()
        # The nested quote is painted in its own colour, distinct from the enclosing stance.
        view = window.source_view
        cursor = view.textCursor()
        text = shown_document(window).text
        cursor.setPosition(view.to_qt(text.index("Турция", text.index("Казахстан и")) + 2))
        quote_point = view.cursorRect(cursor).center()
        cursor.setPosition(view.to_qt(text.index("признавать") + 2))
        stance_point = view.cursorRect(cursor).center()
        ratio = window.devicePixelRatioF()
        quote_pixel = image.pixelColor(int(quote_point.x() * ratio), int(quote_point.y() * ratio))
        stance_pixel = image.pixelColor(
            int(stance_point.x() * ratio), int(stance_point.y() * ratio)
        )
        base = view.palette().color(QPalette.ColorRole.Base)
        assert stance_pixel != base
        assert quote_pixel != stance_pixel
    finally:
        QApplication.setPalette(original)
