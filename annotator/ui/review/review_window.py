"""Review mode: work through the units where annotators disagree and decide gold labels.

Keys: 1–9 accept that annotator's version, E edit the selected version before
accepting, R reject all (no gold label), Ctrl+Shift+A accept every unit where
all annotators agree, Ctrl+Z / Ctrl+Shift+Z undo / redo a decision.  Every
decision is one transaction (gold annotation + decision + log entry).

The queue is filled a batch of documents at a time (units never cross
documents, so the queue is the documents' queues in id order): the first
batch before the window is shown, the rest in short slices of the event loop,
so a project of 100,000 units is open and usable at once while the counter
says how far reading has got.  Bulk acceptance first reads the rest.  The
agreement report is computed when its tab is first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Changes
from annotator.core.model import Annotation, Decision
from annotator.review.adjudicate import accept, reject
from annotator.review.agreement import agreement_report, per_document_agreement, schema_choices
from annotator.review.disagreements import (
    ReviewItem,
)
from annotator.review.queue import QueueFilter, ReviewQueue
from annotator.store import adjudication
from annotator.store.assignments import overlapped_documents
from annotator.store.project import Project
from annotator.team.overlap import assignees, describe_scope, on_overlapped_documents
from annotator.ui import plain_text
from annotator.ui.headers import fit_header_texts
from annotator.ui.language import layer_title, translate
from annotator.ui.models.flat_table import FlatTableModel
from annotator.ui.operations import Operations
from annotator.ui.review.agreement_tab import AgreementTab
from annotator.ui.review.edit_dialog import EditVersionDialog
from annotator.ui.review.models import QueueModel, VersionsModel
from annotator.ui.shortcut_table import KEYS
from annotator.ui.views.source_view import SourceView

Index = QModelIndex | QPersistentModelIndex

FIRST_BATCH_SECONDS = 0.05  # documents read before the window is shown
BATCH_SECONDS = 0.008  # then per slice of the event loop: keys wait at most this long
TEXT_CACHE = 32  # document texts kept for the context view


class RowsModel(FlatTableModel):
    """Read-only rows of dicts (the agreement report and its per-document table)."""

    def __init__(self, columns: Sequence[str], titles: Sequence[str]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.titles = list(titles)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> list[str]:
        return self.titles

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()].get(self.columns[index.column()])
        if value is None:
            return "—"
        if isinstance(value, float):
            return QLocale().toString(value, "f", 3)
        if isinstance(value, list):
            return ", ".join(map(str, value))
        return str(value)


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
        self.review_queue = ReviewQueue(project)
        self._names = self.review_queue.names
        self._texts: dict[int, str] = {}
        self._loader = QTimer(self)
        self._loader.setSingleShot(True)
        self._loader.timeout.connect(lambda: self._read_more(BATCH_SECONDS))
        self._report_filled = False
        self._report_annotations: list[Annotation] = []
        self._shown_members: list[Annotation] = []
        self._build()
        self._install_actions()
        self.reload()

    # -- composition -----------------------------------------------------------

    def _build(self) -> None:
        schema = self.project.schema
        self.layer_filter = QComboBox()
        self.layer_filter.setObjectName("layerFilter")
        self.layer_filter.addItem(translate("Review", "All layers"), "")
        for layer in schema.layers:
            self.layer_filter.addItem(layer_title(layer), layer.name)
        self.pair_filter = QComboBox()
        self.pair_filter.setObjectName("pairFilter")
        self.document_filter = QLineEdit()
        self.document_filter.setPlaceholderText(translate("Review", "Document name contains…"))
        self.document_filter.setAccessibleName(translate("Review", "Filter by document name"))
        self.include_unstarted = QCheckBox(
            translate("Review", "Include documents not everyone started")
        )
        self.include_unstarted.setObjectName("includeUnstarted")
        self.include_unstarted.setToolTip(
            translate(
                "Review",
                "Off (the default), a document is compared only among the annotators who "
                "started or finished it, as in the agreement report.",
            )
        )
        self.counter = QLabel()
        self.counter.setObjectName("disagreementCounter")
        filters = QHBoxLayout()
        layer_label = QLabel(translate("Review", "&Layer"))
        layer_label.setBuddy(self.layer_filter)
        pair_label = QLabel(translate("Review", "A&nnotators"))
        pair_label.setBuddy(self.pair_filter)
        self.layer_filter.setAccessibleName(translate("Review", "Layer"))
        self.pair_filter.setAccessibleName(translate("Review", "Annotators"))
        for widget in (layer_label, self.layer_filter, pair_label, self.pair_filter,
                       self.document_filter, self.include_unstarted):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.counter)

        self.queue_model = QueueModel(schema, self._names)
        self.queue = QTableView()
        self.queue.setObjectName("reviewQueue")
        self.queue.setAccessibleName(translate("Review", "Units to review"))
        self.queue.setModel(self.queue_model)
        self._table_defaults(self.queue)
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
        self._table_defaults(self.versions)
        self.versions.viewport().installEventFilter(self)  # text column sized to the room
        self.rationale = QLineEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setPlaceholderText(
            translate("Review", "Rationale (optional), saved with the decision")
        )
        self.rationale.setAccessibleName(translate("Review", "Rationale"))
        buttons = QHBoxLayout()
        for text, slot in (
            (translate("Review", "Accept selected (1–9)"), self.accept_selected),
            (translate("Review", "Edit, then accept (E)"), self.edit_selected),
            (translate("Review", "Reject all (R)"), self.reject_current),
            (translate("Review", "Accept all agreements"), self.accept_all_agreements),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(translate("Review", "Versions (differences in red)")))
        right_layout.addWidget(self.versions, 1)
        right_layout.addWidget(self.rationale)
        right_layout.addLayout(buttons)
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(self.context)
        centre.addWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(centre)
        splitter.setSizes([380, 820])
        review_page = QWidget()
        page_layout = QVBoxLayout(review_page)
        page_layout.addLayout(filters)
        # What to do next when nothing is left (shown only then).
        self.empty_message = QLabel(
            translate(
                "Review",
                "Nothing left to review under these filters. Next: export the gold labels "
                "with: annotator export --gold -o gold.csv",
            )
        )
        self.empty_message.setObjectName("emptyQueueMessage")
        self.empty_message.setWordWrap(True)
        self.empty_message.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_message.setStyleSheet("QLabel { padding: 6px; font-weight: bold; }")
        self.empty_message.hide()
        page_layout.addWidget(self.empty_message)
        page_layout.addWidget(splitter, 1)

        self.document_model = RowsModel(
            [
                "document",
                "layer_title",
                "annotators",
                "units",
                "span_f1",
                "attribute_agreement",
                "score",
            ],
            [
                translate("Review", "Document"),
                translate("Review", "Layer"),
                translate("Review", "Annotators"),
                translate("Review", "Units"),
                translate("Review", "Span F1"),
                translate("Review", "Attribute agreement"),
                translate("Review", "Score"),
            ],
        )
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setTextFormat(Qt.TextFormat.PlainText)
        per_document = QTableView()
        per_document.setObjectName("documentAgreementTable")
        per_document.setModel(self.document_model)
        per_document.setAccessibleName(translate("Review", "Agreement per document"))
        per_document.setToolTip(
            translate("Review", "Enter or double-click: review this document's disagreements")
        )
        per_document.setAccessibleDescription(per_document.toolTip())
        per_document.activated.connect(self._review_document)
        self._table_defaults(per_document)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(QLabel(translate("Review", "Per document, worst first")))
        below_layout.addWidget(per_document, 1)
        self.agreement_tab = AgreementTab(schema, self._agreement_report, below, self.method)
        report_page = self.agreement_tab
        self.tabs = QTabWidget()
        self.tabs.addTab(review_page, translate("Review", "Disagreements"))
        self.tabs.addTab(report_page, translate("Review", "Agreement"))
        self.tabs.currentChanged.connect(lambda _i: self._fill_report_once())
        self.setCentralWidget(self.tabs)
        self.resize(1300, 820)

        self.queue.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_item(current.row())
        )
        self.layer_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.pair_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.document_filter.textChanged.connect(lambda _t: self.apply_filters())
        self.include_unstarted.toggled.connect(lambda _checked: self.reload())

    @staticmethod
    def _table_defaults(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        fit_header_texts(view.horizontalHeader())

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
        """Start filling the queue again: the first documents now, the rest in slices."""
        # With work packages, only documents two or more assignees worked on are compared,
        # each among those assigned to it.
        overlap = overlapped_documents(self.project)
        self.review_queue.reload(
            overlap,
            lambda document_id, names: assignees(document_id, overlap, names),
            include_unstarted=self.include_unstarted.isChecked(),
        )
        self.pair_filter.blockSignals(True)
        self.pair_filter.clear()
        self.pair_filter.addItem(translate("Review", "All annotators"), None)
        for a, b in self.review_queue.pairs():
            self.pair_filter.addItem(f"{a} | {b}", (a, b))
        self.pair_filter.blockSignals(False)
        self.apply_filters()
        self._read_more(FIRST_BATCH_SECONDS)
        self._report_filled = False
        self._fill_report_once()

    @property
    def all_items(self) -> list[ReviewItem]:
        return self.review_queue.items

    @property
    def loading(self) -> bool:
        """Whether documents are still being read into the queue."""
        return self.review_queue.loading

    def finish_loading(self) -> None:
        """Read every remaining document now (bulk acceptance needs them all)."""
        if self.review_queue.loading:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._read_more(float("inf"))
            finally:
                QApplication.restoreOverrideCursor()

    def _read_more(self, budget: float) -> None:
        """Read documents into the queue for about ``budget`` seconds (at least one)."""
        shown = self.review_queue.read_more(budget)
        if shown:
            self.queue_model.append_items(shown)
            if self.current_item() is None:
                self.queue.selectRow(0)
        self._update_counter()
        if self.review_queue.loading:
            self._loader.start(0)

    def _all_annotations(self) -> list[Annotation]:
        rows = self.project.annotations.iterate()
        overlap = overlapped_documents(self.project)
        return list(on_overlapped_documents((a for a, _name, _text in rows), overlap))

    def _fill_report_once(self) -> None:
        """The agreement report, computed the first time its tab is shown."""
        if self._report_filled or self.tabs.currentIndex() != 1:
            return
        self._report_filled = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._fill_report(self._all_annotations())
        finally:
            QApplication.restoreOverrideCursor()

    def _fill_report(self, annotations: list[Annotation]) -> None:
        self._report_annotations = annotations
        self.agreement_tab.refresh()
        rows = per_document_agreement(annotations, self._schema_layers())
        for row in rows:
            row["document"] = self._names.get(row["document_id"], row["document_id"])
            layer = self.project.schema.layer(row["layer"])
            row["layer_title"] = layer_title(layer) if layer else row["layer"]
        self.document_model.set_rows(rows)
        self.method.setText(str(self.agreement_tab.report.get("method", "")))

    def _schema_layers(self) -> dict[str, dict[str, str]]:
        return {
            layer.name: {a.name: a.type for a in layer.attributes}
            for layer in self.project.schema.layers
        }

    def _agreement_report(self, match: str, layers: list[str] | None) -> dict[str, Any]:
        """What ``annotator agreement --match M [--layer L]`` reports, for the Agreement tab."""
        report = agreement_report(
            self._report_annotations,
            self._schema_layers(),
            layers,
            None,
            match,
            schema_choices(self.project.schema),
        )
        report["scope"] = describe_scope(overlapped_documents(self.project))
        return report

    def _review_document(self, index: QModelIndex) -> None:
        """From the per-document agreement table to that document's disagreements."""
        row = self.document_model.rows[index.row()]
        self.document_filter.setText(str(row["document"]))
        self.tabs.setCurrentIndex(0)
        self.queue.setFocus()
        if self.queue_model.rowCount():
            self.queue.selectRow(0)

    def apply_filters(self) -> None:
        self.review_queue.filter = QueueFilter(
            self.layer_filter.currentData() or "",
            self.pair_filter.currentData(),
            self.document_filter.text(),
        )
        self.queue_model.set_items(self.review_queue.shown())
        self._update_counter()
        if self.queue_model.items:
            self.queue.selectRow(0)
        else:
            self.show_item(-1)

    def _update_counter(self) -> None:
        # Independent phrases, each with its own count and plural form, side by side.
        queue = self.review_queue
        left, agreed = self.queue_model.rowCount(), queue.agreed
        if queue.loading:
            locale = QLocale()
            parts = [
                translate("Review", "%n disagreement(s) so far", "", left),
                translate("Review", "%n agreement(s)", "", agreed),
                translate("Review", "reading documents: {read} of {total}…").format(
                    read=locale.toString(queue.read_count), total=locale.toString(queue.total)
                ),
            ]
        else:
            parts = [
                translate("Review", "%n disagreement(s) left", "", left),
                translate("Review", "%n agreement(s) to accept", "", agreed),
            ]
        self.counter.setText(" · ".join(parts))
        self.empty_message.setVisible(left == 0 and not queue.loading)

    def text_of(self, document_id: int) -> str:
        if document_id not in self._texts:
            if len(self._texts) >= TEXT_CACHE:
                self._texts.clear()
            self._texts[document_id] = self.project.documents.get(document_id).text
        return self._texts[document_id]

    def current_item(self) -> ReviewItem | None:
        row = self.queue.currentIndex().row()
        return self.queue_model.items[row] if 0 <= row < len(self.queue_model.items) else None

    def show_item(self, row: int) -> None:
        item = self.queue_model.items[row] if 0 <= row < len(self.queue_model.items) else None
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
        self.accept_version(max(self.versions.currentIndex().row(), 0))

    def edit_selected(self) -> None:
        item = self.current_item()
        annotator = self.versions_model.annotator_at(max(self.versions.currentIndex().row(), 0))
        if item is None or annotator is None:
            return
        version = item.version(annotator) or next(iter(item.unit.members.values()))
        dialog = EditVersionDialog(self.project.schema, version, self.text_of(item.document_id),
                                   self)  # fmt: skip
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
            self.remove_items(decided)
        undone = [
            self._decided_items[d.id] for d in changes.undecided if d.id in self._decided_items
        ]
        if undone:
            self.restore_items(undone)

    def remove_items(self, items: list[ReviewItem]) -> None:
        row = max(self.queue.currentIndex().row(), 0)
        self.review_queue.remove(items)
        if len(items) > 100:  # a bulk decision: rebuilding the rows is cheaper
            self.apply_filters()
        else:
            for item in items:
                self.queue_model.remove_item(item)
        self._update_counter()
        count = self.queue_model.rowCount()
        if count:
            row = min(row, count - 1)
            self.queue.selectRow(row)
            self.show_item(row)
        else:
            self.show_item(-1)

    def restore_items(self, items: list[ReviewItem]) -> None:
        self.review_queue.restore(items)
        first = items[0] if items else None
        self.apply_filters()
        if first is not None and first in self.queue_model.items:
            row = self.queue_model.items.index(first)
            self.queue.selectRow(row)
            self.show_item(row)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._loader.stop()
        super().closeEvent(event)
