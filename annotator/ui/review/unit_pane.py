"""The unit under review: its document text (the annotators' spans marked), the table
of their versions (differences in red), the rationale and the decision buttons.

The window connects the buttons to its decisions and chooses the unit; this pane
only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Annotation
from annotator.review.disagreements import ReviewItem
from annotator.store.project import Project
from annotator.ui.headers import fit_header_texts
from annotator.ui.language import translate
from annotator.ui.review.models import VersionsModel
from annotator.ui.review.tables import table_defaults
from annotator.ui.views.source_view import SourceView

TEXT_CACHE = 32  # document texts kept for the context view


class UnitPane(QSplitter):
    def __init__(self, project: Project) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.project = project
        self._texts: dict[int, str] = {}
        self._shown_members: list[Annotation] = []
        schema = project.schema
        self.context = SourceView(schema)
        self.context.setObjectName("reviewContext")
        self.context.setAccessibleName(translate("Review", "Document text around the unit"))
        self.versions_model = VersionsModel(schema)
        self.versions = QTableView()
        self.versions.setObjectName("reviewVersions")
        self.versions.setAccessibleName(translate("Review", "Versions of the annotators"))
        self.versions.setAccessibleDescription(
            translate("Review", "Differences are in red; press a number to accept that version")
        )
        self.versions.setModel(self.versions_model)
        table_defaults(self.versions)
        self.versions.viewport().installEventFilter(self)  # text column sized to the room
        self.rationale = QLineEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setPlaceholderText(
            translate("Review", "Rationale (optional), saved with the decision")
        )
        self.rationale.setAccessibleName(translate("Review", "Rationale"))
        self.accept_button = QPushButton(translate("Review", "Accept selected (1–9)"))
        self.edit_button = QPushButton(translate("Review", "Edit, then accept (E)"))
        self.reject_button = QPushButton(translate("Review", "Reject all (R)"))
        self.accept_all_button = QPushButton(translate("Review", "Accept all agreements"))
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.reject_button,
                       self.accept_all_button):  # fmt: skip
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(translate("Review", "Versions (differences in red)")))
        right_layout.addWidget(self.versions, 1)
        right_layout.addWidget(self.rationale)
        right_layout.addLayout(buttons)
        self.addWidget(self.context)
        self.addWidget(right)

    def text_of(self, document_id: int) -> str:
        if document_id not in self._texts:
            if len(self._texts) >= TEXT_CACHE:
                self._texts.clear()
            self._texts[document_id] = self.project.documents.get(document_id).text
        return self._texts[document_id]

    def show_item(self, item: ReviewItem | None) -> None:
        if item is not None and item is self.versions_model.item:
            return  # already shown (the queue re-selected the same unit)
        if item is None:
            self.versions_model.set_item(None, "")
            self.context.clear_text()
            return
        text = self.text_of(item.document_id)
        members = list(item.unit.members.values())
        if self.context.text != text:
            self.context.show_text(text, members)
        else:
            self.context.replace_annotations(self._shown_members, members)
        self._shown_members = members
        self.context.select_annotation(members[0])
        self.versions_model.set_item(item, text)
        self._size_version_columns()
        self.versions.selectRow(0)

    def selected_row(self) -> int:
        """The version row chosen (the first when none is)."""
        return max(self.versions.currentIndex().row(), 0)

    def _size_version_columns(self) -> None:
        header = self.versions.horizontalHeader()
        header.resizeSection(0, 40)  # key
        header.resizeSection(1, 110)  # annotator
        # The text: the widest, most compared column, but never so wide in a small window
        # that the attributes (where versions differ, in red) start off-screen.
        attributes = (self.versions_model.columnCount() - 3) * header.defaultSectionSize()
        room = self.versions.viewport().width() - 40 - 110 - attributes
        header.resizeSection(2, max(160, min(320, room)))
        fit_header_texts(header)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.versions.viewport() and event.type() == QEvent.Type.Resize:
            self._size_version_columns()
        return super().eventFilter(watched, event)
