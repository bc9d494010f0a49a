"""Showing untrusted text (documents, metadata, labels, file names) as plain text.

Qt guesses whether a string is HTML (``Qt::mightBeRichText``) in tooltips,
message boxes and labels, so a title such as ``<img src="…">`` would be
rendered, and could make Qt load a file. Everything that shows project content
in those places goes through here; item views and QPlainTextEdit never
interpret markup and need nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip string that Qt shows character for character, line breaks kept."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    *,
    wait: bool = False,
) -> QMessageBox:
    """A message box whose text is never read as HTML.

    Window-modal and returned at once, unless ``wait`` (for a message shown
    before any window exists, which must be read before the program ends).
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if wait:
        box.exec()
    else:
        box.open()
    return box
