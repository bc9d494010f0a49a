"""The document list pane: a filter field over the paged table of documents.

It follows ``Operations.changed`` itself: the rows a write touched are read
again, and when anything may have changed (another program, an import) the
whole list is, keeping the current document selected without reopening it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Changes
from annotator.store.project import Project
from annotator.ui.focus_frame import as_tab_stop
from annotator.ui.headers import fit_header_texts
from annotator.ui.language import translate
from annotator.ui.models.document_list_model import DocumentListModel


class StatusSignDelegate(QStyledItemDelegate):
    """Paints a sign for the status; the model's words stay the tooltip and the
    cell's accessible text, and sorting is unchanged."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._signs = {
            translate("DocumentList", "new"): "○",
            translate("DocumentList", "in progress"): "◐",
            translate("DocumentList", "done ✓"): "✓",
            translate("DocumentList", "done ✎"): "✎",
        }

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = self._signs.get(option.text, option.text)
        option.displayAlignment = Qt.AlignmentFlag.AlignCenter


NAME_AND_TITLE_WIDTH = 160
"""Below this many pixels left beside the fixed columns, Name and Title would both
read "00…": the Name column gives way to the Title (the tooltip shows both)."""


class DocumentListPane(QWidget):
    documentChosen = Signal(int)
    """A document was chosen (click, keys, filter): its id."""

    def __init__(self, project: Project, annotator: str, changed: SignalInstance) -> None:
        super().__init__()
        self.model = DocumentListModel(project, annotator)
        self.filter = QLineEdit()
        self.filter.setObjectName("documentFilter")
        self.filter.setPlaceholderText(translate("MainWindow", "Filter: name, title or text"))
        self.filter.setAccessibleName(translate("MainWindow", "Filter documents"))
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView()
        self.view.setObjectName("documentList")
        self.view.setAccessibleName(translate("MainWindow", "Documents"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        as_tab_stop(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Indicator first: enabling sorting then sorts by it, which the model (already
        # by name, ascending) skips; the default indicator would re-query twice.
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)  # as the label table: stripes, no grid
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Status and counts are what an annotator scans the list for: fixed and narrow,
        # always in view; name and title share what is left (issue 11, item 5).
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        for column, width in ((DocumentListModel.STATUS, 28), (DocumentListModel.ANNOTATIONS, 36),
                              (DocumentListModel.SUGGESTIONS, 28)):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        for column in (DocumentListModel.NAME, DocumentListModel.TITLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # The language is shown under the document's title; the list keeps the room.
        self.view.setColumnHidden(DocumentListModel.LANGUAGE, True)
        fit_header_texts(header)
        self.view.setItemDelegateForColumn(DocumentListModel.STATUS, StatusSignDelegate(self.view))
        # A narrow pane (1024 px window) hides the Name column, a wider one shows it.
        self.view.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.filter.textChanged.connect(self._filter)
        self.model.follow(changed)
        self.model.outdated.connect(self._read_again)
        changed.connect(self._on_changed)
        self._rest_asked = False  # the model's read_rest, after the first paint

    # -- what the window asks --------------------------------------------------

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select_row(self, row: int) -> None:
        """Make ``row`` current (which chooses its document)."""
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def step(self, delta: int) -> None:
        self.select_row(self.current_row() + delta)

    def show_document(self, document_id: int) -> None:
        """Mark ``document_id`` as the current row without choosing it again."""
        row = self.model.row_of(document_id)
        if row is not None and self.current_row() != row:
            self._set_current_row(row)

    def set_annotator(self, annotator: str) -> None:
        self.model.set_annotator(annotator)

    # -- internals -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Resize:
                self._fit_name_column()
            elif event.type() == QEvent.Type.Paint and not self._rest_asked:
                # Start-up read the first page's ids only; the rest once this paint is done.
                self._rest_asked = True
                QTimer.singleShot(0, self.model, self.model.read_rest)
        return super().eventFilter(watched, event)

    def _fit_name_column(self) -> None:
        """Show the Name column only when Name and Title both get readable room."""
        header = self.view.horizontalHeader()
        fixed = sum(
            header.sectionSize(column)
            for column in (
                DocumentListModel.STATUS,
                DocumentListModel.ANNOTATIONS,
                DocumentListModel.SUGGESTIONS,
            )
        )
        room = self.view.viewport().width() - fixed
        hide = room < NAME_AND_TITLE_WIDTH
        if self.view.isColumnHidden(DocumentListModel.NAME) != hide:
            self.view.setColumnHidden(DocumentListModel.NAME, hide)
        current = self.view.currentIndex()
        if hide and current.isValid() and current.column() == DocumentListModel.NAME:
            # The focus frame is drawn around the current cell: in a hidden column the
            # keyboard focus on the list would show nowhere.
            self.view.selectionModel().setCurrentIndex(
                current.siblingAtColumn(DocumentListModel.TITLE),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )

    def _set_current_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, DocumentListModel.TITLE),  # never hidden (see above)
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        document_id = self.model.document_id(current.row())
        if document_id is not None:
            self.documentChosen.emit(document_id)

    def _filter(self, text: str) -> None:
        current = self.model.document_id(self.current_row())
        self.model.set_search(text.strip())
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.view.selectRow(row)

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything:
            self._read_again()

    def _read_again(self, rows_known_by: list[int] | None = None) -> None:
        """Read the whole list again, keeping the current document selected without
        reopening it (another program wrote).

        ``rows_known_by``: the ids the view's rows stood for until now, when the model
        holds other ids already (``DocumentListModel.outdated``). A row past them was
        chosen after the rest was read, so it stands for the model's ids already."""
        shown = self.current_row()
        if rows_known_by is not None and 0 <= shown < len(rows_known_by):
            current: int | None = rows_known_by[shown]
        else:
            current = self.model.document_id(shown)
        rows = self.view.selectionModel()
        blocked = rows.blockSignals(True)  # keep the place: no second opening
        try:
            self.model.reload()
            row = self.model.row_of(current) if current is not None else None
            if row is not None:
                self._set_current_row(row)
        finally:
            rows.blockSignals(blocked)
        self.view.viewport().update()
