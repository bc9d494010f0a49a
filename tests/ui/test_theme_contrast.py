"""Text in the app's light and dark themes has WCAG contrast of at least 4.5:1.

Two checks: the themes' own text/background palette pairs (``ui/theme.py``, and the
error red of ``ui/colors.py``), and the layer bar as painted in the real window,
measured on its pixels, after the theme was switched while the window was open
(View → Theme): the dark bar once kept its black text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator.ui.colors import blend, contrast_ratio, error_color
from annotator.ui.theme import apply_theme, theme_palette
from annotator.ui.views.layer_bar import LayerBar
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import shown_window

WCAG_TEXT = 4.5
Role = QPalette.ColorRole
TEXT_ON_BACKGROUND = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ButtonText, Role.Midlight),  # a hovered layer button
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.HighlightedText, Role.Highlight),  # selected rows, the chosen choice button
    (Role.PlaceholderText, Role.Base),  # the filter, empty fields
    (Role.PlaceholderText, Role.Window),  # hints on the window (document header, welcome)
    (Role.Link, Role.Base),
]


@pytest.fixture
def restored_theme(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("system")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_themes_text_colours_reach_wcag_aa(qapp: QApplication, theme: str) -> None:
    palette = theme_palette(theme)
    low = []
    for text, background in TEXT_ON_BACKGROUND:
        under = palette.color(background)
        ratio = contrast_ratio(_painted_over(palette.color(text), under), under)
        if ratio < WCAG_TEXT:
            low.append(f"{text.name} on {background.name}: {ratio:.2f}")
    red = QColor(error_color(palette))  # error labels, borders; the tables' "missing" notes
    for background in (Role.Window, Role.Base, Role.AlternateBase):
        ratio = contrast_ratio(red, palette.color(background))
        if ratio < WCAG_TEXT:
            low.append(f"error red on {background.name}: {ratio:.2f}")
    assert not low, f"{theme}: " + "; ".join(low)


def _painted_over(color: QColor, background: QColor) -> QColor:
    """``color`` as it shows on ``background``: Fusion's placeholder is black at half
    opacity, which a comparison of the opaque colours would call 21:1."""
    return blend(color, background, color.alphaF())


def _painted_contrast(image: QImage) -> tuple[float, str, str]:
    """Contrast of a button's text with its background, from its pixels: the background is
    the commonest colour inside the borders, the text the pixel farthest from it (the
    core of a glyph's stroke has the full text colour; its anti-aliased edges do not)."""
    inside = [
        image.pixelColor(x, y)
        for x in range(10, image.width() - 2)  # past the 8 px layer-colour edge and the border
        for y in range(3, image.height() - 3)
    ]
    background = QColor(Counter(c.name() for c in inside).most_common(1)[0][0])
    text = max(inside, key=lambda c: contrast_ratio(c, background))
    return contrast_ratio(text, background), text.name(), background.name()


@pytest.mark.parametrize(("first", "then"), [("light", "dark"), ("dark", "light")])
def test_the_layer_bar_text_stays_legible_when_the_theme_changes(
    qtbot: QtBot, project_path: Path, restored_theme: None, first: str, then: str
) -> None:
    apply_theme(first)
    window = shown_window(qtbot, project_path)
    apply_theme(then)  # View → Theme, with the window open
    QApplication.processEvents()

    bar = window.findChild(LayerBar)
    assert bar is not None and bar.buttons
    shot = window.grab().toImage()
    measured = {}
    for name, button in bar.buttons.items():
        corner = button.mapTo(window, QPoint(0, 0))
        ratio, text, background = _painted_contrast(shot.copy(QRect(corner, button.size())))
        measured[name] = (round(ratio, 2), text, background)
    window_colour = QApplication.palette().color(Role.Window).name()
    assert all(background == window_colour for _, _, background in measured.values()), measured
    assert all(ratio >= WCAG_TEXT for ratio, _, _ in measured.values()), measured
    save_screenshot(window, f"layer-bar-{first}-then-{then}.png")
    window.close()


def test_a_required_field_mark_takes_the_new_themes_red(
    qtbot: QtBot, project_path: Path, restored_theme: None
) -> None:
    """The form marks an empty required field in red by a style sheet; a theme switch
    must not leave the light theme's red (2.6:1) on the dark window."""
    from annotator.ui.colors import ERROR_ON_DARK, ERROR_ON_LIGHT

    apply_theme("light")
    window = shown_window(qtbot, project_path)
    window.source_view.set_selection(0, 10)
    window.edits.tag_selection("stance")  # holder and polarity are required and empty
    QApplication.processEvents()
    marked = [w for w in window.findChildren(QWidget) if ERROR_ON_LIGHT in w.styleSheet()]
    assert marked
    apply_theme("dark")
    assert all(ERROR_ON_DARK in w.styleSheet() for w in marked)
    assert not any(ERROR_ON_LIGHT in w.styleSheet() for w in marked)
    window.close()
