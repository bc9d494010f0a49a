"""View → Theme: follow the system, or a light or dark palette chosen in the app.

Qt follows the desktop's colour scheme only on some platforms and styles; an
annotator reading for hours picks what suits the room. Light and dark use the
Fusion style, which draws every widget from the palette, so the whole window
(text, lists, form, highlights: see ``colors``) changes together. "System" puts
back the style and palette the application started with.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from annotator.ui.colors import ERROR_ON_DARK, ERROR_ON_LIGHT, error_color
from annotator.ui.settings import app_settings

THEMES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3e3e3e",
    QPalette.ColorRole.Mid: "#555555",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7aa7ff",
}
_LIGHT = {
    # Fusion's own selection blue gives white text 3.7:1, its placeholder (black at half
    # opacity) 4.0:1 on the window: both under WCAG's 4.5:1 for text.
    QPalette.ColorRole.Highlight: "#2673a8",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
}
_DISABLED_DARK = {
    QPalette.ColorRole.WindowText: "#7a7a7a",
    QPalette.ColorRole.Text: "#7a7a7a",
    QPalette.ColorRole.ButtonText: "#7a7a7a",
}

_started_with: tuple[str, QPalette] | None = None


def theme_palette(name: str) -> QPalette:
    """The palette of the light or dark theme (Fusion's standard one, recoloured for dark)."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette()) if style is not None else QPalette()
    if name == "light":
        for role, color in _LIGHT.items():
            palette.setColor(role, QColor(color))
    if name == "dark":
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        for role, color in _DISABLED_DARK.items():
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def apply_theme(name: str) -> None:
    """Switch the running application to ``name`` (one of :data:`THEMES`)."""
    global _started_with
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _started_with is None:
        _started_with = (app.style().name(), QPalette(app.palette()))
    if name in ("light", "dark"):
        app.setStyle("Fusion")
        app.setPalette(theme_palette(name))
    else:
        style, palette = _started_with
        app.setStyle(style)
        app.setPalette(palette)
    _repolish_style_sheets(app)


def _repolish_style_sheets(app: QApplication) -> None:
    """Widgets with a style sheet took their colours (``palette(mid)``, and the text
    colour) from the palette of the moment they were polished, and keep them: after a
    switch to dark, the layer bar's buttons kept black text on the dark bar. Setting
    the sheet again polishes them with the new palette; a sheet that names the error
    red (a required field still empty) gets the new theme's red."""
    red = error_color(app.palette())
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            for old in (ERROR_ON_LIGHT, ERROR_ON_DARK):
                sheet = sheet.replace(old, red)
            widget.setStyleSheet(sheet)


def saved_theme() -> str:
    value = str(app_settings().value("view/theme", "system"))
    return value if value in THEMES else "system"


def choose_theme(name: str) -> None:
    """View → Theme: apply ``name`` and keep it for the next start."""
    app_settings().setValue("view/theme", name)
    apply_theme(name)
