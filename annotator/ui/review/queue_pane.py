"""The review queue as the window shows it: the filter row with its counter, the
table of units, and the message when nothing is left.

What is in the queue (loading in batches, filters, units leaving and coming back)
is :class:`annotator.review.queue.ReviewQueue`, Qt-free and tested without a
window; this class only drives it from the event loop and shows it. The queue is
read a batch of documents at a time: the first batch before the window is shown,
the rest in short slices of the event loop, so a project of 100,000 units is
usable at once while the counter says how far reading has got.

The window lays the widgets out (the ``filters`` row, ``empty_message``, ``view``) and
shows the unit of the row ``rowShown`` names.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
)

from annotator.core.schema import Schema
from annotator.review.disagreements import ReviewItem
from annotator.review.queue import QueueFilter, ReviewQueue
from annotator.store.assignments import overlapped_documents
from annotator.store.project import Project
from annotator.team.overlap import assignees
from annotator.ui.language import layer_title, translate
from annotator.ui.review.models import QueueModel
from annotator.ui.review.tables import table_defaults

FIRST_BATCH_SECONDS = 0.05  # documents read before the window is shown
BATCH_SECONDS = 0.008  # then per slice of the event loop: keys wait at most this long


class QueuePane(QObject):
    rowShown = Signal(int)
    """The unit in this row of the table (-1: none) is to be shown."""

    def __init__(self, project: Project, parent: QObject) -> None:
        super().__init__(parent)
        self.project = project
        self.review_queue = ReviewQueue(project)
        self._loader = QTimer(self)
        self._loader.setSingleShot(True)
        self._loader.timeout.connect(lambda: self._read_more(BATCH_SECONDS))
        self._build_filters(project.schema)
        self.model = QueueModel(project.schema, self.review_queue.names)
        self.view = QTableView()
        self.view.setObjectName("reviewQueue")
        self.view.setAccessibleName(translate("Review", "Units to review"))
        self.view.setModel(self.model)
        table_defaults(self.view)
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
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.rowShown.emit(current.row())
        )
        self.layer_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.pair_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.document_filter.textChanged.connect(lambda _t: self.apply_filters())
        self.include_unstarted.toggled.connect(lambda _checked: self.reload())

    def _build_filters(self, schema: Schema) -> None:
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
        self.filters = filters = QHBoxLayout()  # the window puts it above the table
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

    # -- loading -----------------------------------------------------------------

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

    def stop(self) -> None:
        self._loader.stop()

    def _read_more(self, budget: float) -> None:
        """Read documents into the queue for about ``budget`` seconds (at least one)."""
        shown = self.review_queue.read_more(budget)
        if shown:
            self.model.append_items(shown)
            if self.current_item() is None:
                self.view.selectRow(0)
        self._update_counter()
        if self.review_queue.loading:
            self._loader.start(0)

    # -- what is shown -----------------------------------------------------------

    def apply_filters(self) -> None:
        self.review_queue.filter = QueueFilter(
            self.layer_filter.currentData() or "",
            self.pair_filter.currentData(),
            self.document_filter.text(),
        )
        self.model.set_items(self.review_queue.shown())
        self._update_counter()
        if self.model.items:
            self.view.selectRow(0)
        else:
            self.rowShown.emit(-1)

    def _update_counter(self) -> None:
        # Independent phrases, each with its own count and plural form, side by side.
        queue = self.review_queue
        left, agreed = self.model.rowCount(), queue.agreed
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

    def item_at(self, row: int) -> ReviewItem | None:
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def current_item(self) -> ReviewItem | None:
        return self.item_at(self.view.currentIndex().row())

    # -- decided units -----------------------------------------------------------

    def remove_items(self, items: list[ReviewItem]) -> None:
        """Units just decided leave the queue; the row below (or above) is shown next."""
        row = max(self.view.currentIndex().row(), 0)
        self.review_queue.remove(items)
        if len(items) > 100:  # a bulk decision: rebuilding the rows is cheaper
            self.apply_filters()
        else:
            for item in items:
                self.model.remove_item(item)
        self._update_counter()
        count = self.model.rowCount()
        if count:
            row = min(row, count - 1)
            self.view.selectRow(row)
            self.rowShown.emit(row)
        else:
            self.rowShown.emit(-1)

    def restore_items(self, items: list[ReviewItem]) -> None:
        """Units whose decision was undone come back; the first is shown."""
        self.review_queue.restore(items)
        first = items[0] if items else None
        self.apply_filters()
        if first is not None and first in self.model.items:
            row = self.model.items.index(first)
            self.view.selectRow(row)
            self.rowShown.emit(row)
