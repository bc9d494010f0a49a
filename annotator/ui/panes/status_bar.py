"""The main window's status bar: who is annotating, where in the list, how much is done,
and a red "Not saved" mark that stays until an edit is saved again.

It follows the operations layer itself: a refused write sets the mark, a saved
one clears it, and progress (or anything, after another program wrote) updates
the counts. The window asks for new counts when it opens a document (the one
place a document becomes current), so choosing a row does not count twice.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QStatusBar

from annotator.core.changes import Changes
from annotator.core.model import Status
from annotator.ui import plain_text
from annotator.ui.language import translate
from annotator.ui.operations import Operations
from annotator.ui.panes.document_list_pane import DocumentListPane


class StatusBar(QStatusBar):
    def __init__(self, operations: Operations, documents: DocumentListPane) -> None:
        super().__init__()
        self._operations = operations
        self._documents = documents
        self.unsaved = QLabel(translate("MainWindow", "Not saved"))
        self.unsaved.setObjectName("statusNotSaved")
        self.unsaved.setStyleSheet("QLabel { color: white; background: #b3261e; padding: 0 6px; }")
        self.unsaved.hide()
        self.annotator = QLabel()
        self.position = QLabel()
        self.progress = QLabel()
        for label in (self.unsaved, self.annotator, self.position, self.progress):
            self.addPermanentWidget(label)
        operations.changed.connect(self._on_changed)
        operations.failed.connect(self._on_failed)
        operations.annotatorChanged.connect(lambda _name: self.update_counts())
        documents.model.modelReset.connect(self.update_counts)  # filtered or read again

    def update_counts(self) -> None:
        project = self._operations.project
        annotator = self._operations.annotator
        self.annotator.setText(translate("MainWindow", "Annotator: {name}").format(name=annotator))
        locale = QLocale()
        row = self._documents.current_row()
        shown = self._documents.model.rowCount()
        self.position.setText(
            translate("MainWindow", "Document {number} of {count}").format(
                number=locale.toString(row + 1), count=locale.toString(shown)
            )
            if row >= 0
            else ""
        )
        counts = project.progress.status_counts(annotator)  # every document has one status
        self.progress.setText(
            translate("MainWindow", "{done} of {total} done").format(
                done=locale.toString(counts[Status.DONE]),
                total=locale.toString(sum(counts.values())),
            )
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.added or changes.removed or changes.updated or changes.progress:
            self.unsaved.hide()  # an edit was saved again
        if changes.progress or changes.everything:
            self.update_counts()

    def _on_failed(self, message: str) -> None:
        # The window's box says why; the mark keeps saying it until an edit is saved.
        self.unsaved.setToolTip(plain_text.tooltip(message))
        self.unsaved.show()
