"""The open document's title and, under it, its site, date, language, author and URL.

Both shown as plain text: a title or URL holding HTML is displayed as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from annotator.core.model import Document


class DocumentHeader(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName("documentTitle")
        self.details = QLabel()
        self.details.setObjectName("documentHeader")
        for label in (self.title, self.details):
            label.setTextFormat(Qt.TextFormat.PlainText)  # never render document HTML
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setContentsMargins(6, 2, 6, 2)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.details)

    def show_document(self, document: Document) -> None:
        self.title.setText(document.display_title)
        self.details.setText(header_text(document))
        self.details.setVisible(bool(self.details.text()))

    def show_nothing(self) -> None:
        """No document open (the project has none, or its last was removed)."""
        self.title.clear()
        self.details.clear()
        self.details.hide()


def header_text(document: Document) -> str:
    """Site, date, language, author and URL under the title, as plain text."""
    lines = []
    details = [
        value
        for value in (document.site, document.published, document.language, document.author)
        if value
    ]
    if details:
        lines.append(" · ".join(details))
    if document.url:
        lines.append(document.url)
    return "\n".join(lines)
