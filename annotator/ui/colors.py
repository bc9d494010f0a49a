"""Highlight colours that stay legible in light and dark palettes.

A layer's colour from the schema is never painted as-is behind text: it is
blended into the palette's base colour, lightly on a light background and
more strongly on a dark one, so the text colour of the palette keeps its
contrast (doccano #1468 and Label Studio #314 are exactly this failure).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(color: QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``base``."""
    return QColor(
        round(color.red() * amount + base.red() * (1 - amount)),
        round(color.green() * amount + base.green() * (1 - amount)),
        round(color.blue() * amount + base.blue() * (1 - amount)),
    )


ERROR_ON_LIGHT = "#c0392b"
ERROR_ON_DARK = "#ff8a80"
"""Red for a field's error mark and its text: 4.7:1 on the light window, 6.2:1 on the
dark one (the light theme's red was 2.6:1 on dark, below WCAG's 4.5:1 for text)."""


def error_color(palette: QPalette) -> str:
    return ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT


def warning_text_color() -> QColor:
    """The error red for text an item model paints (a row's "missing" note, a differing
    version), in the theme in use: models have no palette of their own."""
    return QColor(error_color(QGuiApplication.palette()))


def highlight_background(layer_color: str, palette: QPalette, *, selected: bool = False) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    amount = (0.55 if selected else 0.38) if dark else (0.50 if selected else 0.26)
    return blend(QColor(layer_color), base, amount)


def underline_color(layer_color: str, palette: QPalette) -> QColor:
    """The layer colour adjusted to stand out as a line against the base colour."""
    color = QColor(layer_color)
    return color.lighter(150) if is_dark(palette) else color.darker(115)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, used by the tests to prove legibility."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            v = v / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
