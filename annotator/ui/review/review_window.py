"""Review mode: work through the units where annotators disagree and decide gold labels.

Keys: 1–9 accept that annotator's version, E edit the selected version before
accepting, R reject all (no gold label), Ctrl+Shift+A accept every unit where
all annotators agree, Ctrl+Z / Ctrl+Shift+Z undo / redo a decision.  Every
decision is one transaction (gold annotation + decision + log entry).

The window composes the queue (``queue_pane``: filters, loading in batches,
the table) and the Agreement tab (``agreement_page``) around the unit shown:
its text, the annotators' versions and the decision keys.  Bulk acceptance
first reads the rest of the queue.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Changes
from annotator.core.model import Annotation, Decision
from annotator.review.adjudicate import accept, reject
from annotator.review.disagreements import ReviewItem
from annotator.store import adjudication
from annotator.store.project import Project
from annotator.ui import plain_text
from annotator.ui.language import translate
from annotator.ui.operations import Operations
from annotator.ui.review.agreement_page import AgreementPage
from annotator.ui.review.edit_dialog import EditVersionDialog
from annotator.ui.review.queue_pane import QueuePane
from annotator.ui.review.unit_pane import UnitPane
from annotator.ui.shortcut_table import KEYS


class ReviewWindow(QMainWindow):
    def __init__(self, project: Project, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setWindowTitle(
            translate("Review", "Review — {project} — annotator").format(project=project.path.name)
        )
        self.project = project
        self.reviewer = reviewer
        self.undo_stack = QUndoStack(self)
        self.operations = Operations(project, reviewer, self)
        self.operations.changed.connect(self._on_changed)
        self.operations.failed.connect(
            lambda message: plain_text.message(self, "annotator", message)
        )
        self._decided_items: dict[str, ReviewItem] = {}  # decision id → its unit in the queue
        self._build()
        self._install_actions()
        self.reload()

    # -- composition -----------------------------------------------------------

    def _build(self) -> None:
        self.queue_pane = QueuePane(self.project, self)
        pane = self.queue_pane
        # The pane's parts under the names the rest of the window (and its tests) use.
        self.review_queue, self.queue, self.queue_model = pane.review_queue, pane.view, pane.model
        self.layer_filter, self.pair_filter = pane.layer_filter, pane.pair_filter
        self.document_filter, self.include_unstarted = pane.document_filter, pane.include_unstarted
        self.counter, self.empty_message = pane.counter, pane.empty_message
        self.unit = UnitPane(self.project)
        self.context, self.versions = self.unit.context, self.unit.versions
        self.versions_model, self.rationale = self.unit.versions_model, self.unit.rationale
        for button, slot in (
            (self.unit.accept_button, self.accept_selected),
            (self.unit.edit_button, self.edit_selected),
            (self.unit.reject_button, self.reject_current),
            (self.unit.accept_all_button, self.accept_all_agreements),
        ):
            button.clicked.connect(slot)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.unit)
        splitter.setSizes([380, 820])
        review_page = QWidget()
        page_layout = QVBoxLayout(review_page)
        page_layout.addLayout(pane.filters)
        page_layout.addWidget(self.empty_message)
        page_layout.addWidget(splitter, 1)

        self.agreement_page = AgreementPage(self.project, self.review_queue.names, self)
        self.agreement_page.documentChosen.connect(self._review_document)
        self.agreement_tab = self.agreement_page.tab
        self.tabs = QTabWidget()
        self.tabs.addTab(review_page, translate("Review", "Disagreements"))
        self.tabs.addTab(self.agreement_tab, translate("Review", "Agreement"))
        self.tabs.currentChanged.connect(lambda _i: self._fill_report_if_shown())
        self.setCentralWidget(self.tabs)
        self.resize(1300, 820)

        pane.rowShown.connect(self.show_item)

    def _install_actions(self) -> None:
        def add(text: str, keys: Sequence[str], slot: Any, name: str) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _checked=False: slot())
            self.addAction(action)
            return action

        for number in range(1, 10):
            add(translate("Review", "Accept version {number}").format(number=number),
                [KEYS["review.accept"][number - 1]],
                lambda n=number: self.accept_version(n - 1), f"actionAccept{number}")  # fmt: skip
        add(
            translate("Review", "Edit, then accept"),
            KEYS["review.edit"],
            self.edit_selected,
            "actionEditVersion",
        )
        add(
            translate("Review", "Reject all versions"),
            KEYS["review.reject"],
            self.reject_current,
            "actionReject",
        )
        add(translate("Review", "Accept all agreements"), KEYS["review.accept_agreements"],
            self.accept_all_agreements, "actionAcceptAgreements")  # fmt: skip
        undo = self.undo_stack.createUndoAction(self, translate("Review", "Undo decision"))
        undo.setShortcuts([QKeySequence(k) for k in KEYS["review.undo"]])
        undo.setObjectName("actionReviewUndo")
        redo = self.undo_stack.createRedoAction(self, translate("Review", "Redo decision"))
        redo.setShortcuts([QKeySequence(k) for k in KEYS["review.redo"]])
        redo.setObjectName("actionReviewRedo")
        self.addActions([undo, redo])
        add(translate("Review", "Close the review window"), KEYS["review.close"], self.close,
            "actionCloseReview")  # fmt: skip
        # Enter in the rationale: accept the selected version, with that rationale.
        self.rationale.returnPressed.connect(self.accept_selected)

    # -- data ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again (the first documents now, the rest in slices); the
        agreement report is computed again when its tab is next shown."""
        self.queue_pane.reload()
        self.agreement_page.filled = False
        self._fill_report_if_shown()

    @property
    def all_items(self) -> list[ReviewItem]:
        return self.review_queue.items

    @property
    def loading(self) -> bool:
        """Whether documents are still being read into the queue."""
        return self.queue_pane.loading

    def finish_loading(self) -> None:
        """Read every remaining document now (bulk acceptance needs them all)."""
        self.queue_pane.finish_loading()

    def apply_filters(self) -> None:
        self.queue_pane.apply_filters()

    def _fill_report_if_shown(self) -> None:
        if self.tabs.currentWidget() is self.agreement_tab:
            self.agreement_page.fill_once()

    def _review_document(self, name: str) -> None:
        """From the per-document agreement table to that document's disagreements."""
        self.document_filter.setText(name)
        self.tabs.setCurrentIndex(0)
        self.queue.setFocus()
        if self.queue_model.rowCount():
            self.queue.selectRow(0)

    def current_item(self) -> ReviewItem | None:
        return self.queue_pane.current_item()

    def show_item(self, row: int) -> None:
        self.unit.show_item(self.queue_pane.item_at(row))

    # -- decisions -------------------------------------------------------------

    def accept_version(self, index: int) -> None:
        item = self.current_item()
        annotator = self.versions_model.annotator_at(index)
        if item is None or annotator is None:
            return
        if item.version(annotator) is None:
            self.statusBar().showMessage(
                translate("Review", "{annotator} has no annotation here; press R to reject").format(
                    annotator=annotator
                ),
                5000,
            )
            return
        decision, gold = accept(
            item, annotator, self.reviewer, self.rationale.text().strip(), gold_ids=self.gold_ids()
        )
        self._decide(
            [(decision, gold)],
            [item],
            translate("Review", "Accept the version of {annotator}").format(annotator=annotator),
        )

    def accept_selected(self) -> None:
        self.accept_version(self.unit.selected_row())

    def edit_selected(self) -> None:
        item = self.current_item()
        annotator = self.versions_model.annotator_at(self.unit.selected_row())
        if item is None or annotator is None:
            return
        version = item.version(annotator) or next(iter(item.unit.members.values()))
        text = self.unit.text_of(item.document_id)
        dialog = EditVersionDialog(self.project.schema, version, text, self)
        accepted = dialog.exec() == EditVersionDialog.DialogCode.Accepted
        edited = dialog.result_annotation()
        # Back to the queue, keys and all: the hidden dialog kept the keyboard focus
        # (keys went nowhere until the window was clicked), so it goes, and the
        # window takes the keys again.
        dialog.deleteLater()
        self.activateWindow()
        self.queue.setFocus(Qt.FocusReason.OtherFocusReason)
        if not accepted:
            return
        rationale = self.rationale.text().strip()
        decision, gold = accept(
            item, version.annotator, self.reviewer, rationale, edited, self.gold_ids()
        )
        self._decide([(decision, gold)], [item], translate("Review", "Accept edited version"))

    def gold_ids(self) -> dict[str, str]:
        """Source annotation id → the gold annotation decided from it (for ref attributes)."""
        return {
            source: decision.gold_annotation_id
            for decision in adjudication.decisions(self.project)
            if decision.gold_annotation_id
            for source in decision.sources
        }

    def reject_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        decision = reject(item, self.reviewer, self.rationale.text().strip())
        self._decide([(decision, None)], [item], translate("Review", "Reject all versions"))

    def accept_all_agreements(self) -> None:
        self.finish_loading()
        agreed = self.review_queue.agreements()
        if not agreed:
            self.statusBar().showMessage(
                translate("Review", "No units where everyone agrees are waiting."), 4000
            )
            return
        rulings: list[tuple[Decision, Annotation | None]] = []
        gold_ids = self.gold_ids()  # one query for the whole batch
        for item in agreed:
            decision, gold = accept(item, item.annotators[0], self.reviewer, "all agree",
                                    gold_ids=gold_ids)  # fmt: skip
            rulings.append((decision, gold))
        count = len(agreed)
        self._decide(rulings, agreed, translate("Review", "Accept %n agreement(s)", "", count))

    def _decide(self, rulings: list[tuple[Decision, Annotation | None]],
                items: list[ReviewItem], label: str) -> None:  # fmt: skip
        for (decision, _gold), item in zip(rulings, items, strict=True):
            self._decided_items[decision.id] = item
        if self.operations.decide(rulings, self.undo_stack, label) is not None:
            self.rationale.clear()

    def _on_changed(self, changes: Changes) -> None:
        """A decision stored (done or redone) leaves the queue; one undone comes back."""
        decided = [
            self._decided_items[d.id] for d in changes.decided if d.id in self._decided_items
        ]
        if decided:
            self.queue_pane.remove_items(decided)
        undone = [
            self._decided_items[d.id] for d in changes.undecided if d.id in self._decided_items
        ]
        if undone:
            self.queue_pane.restore_items(undone)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.queue_pane.stop()
        super().closeEvent(event)
