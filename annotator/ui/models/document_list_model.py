"""The document list: ids in memory, rows fetched a page at a time (after Anki's browser).

A project of 100,000 documents costs a list of 100,000 ints; the view asks
only for the rows it paints, and those are read from SQLite in pages.

At start-up only the first page's ids and the count are read (0.1 ms from the
name index, against 25 ms for 100,000 ids): the window paints
with them, and the list pane asks for the rest right after its first paint
(:meth:`DocumentListModel.read_rest`). Anything that needs a row past the first
page before then reads the rest at that moment, so no answer ever differs.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, SignalInstance

from annotator.core.changes import Changes
from annotator.core.model import Status
from annotator.store.project import DocumentRow, Project
from annotator.store.suggestions import open_counts
from annotator.ui import plain_text
from annotator.ui.language import translate
from annotator.ui.models.flat_table import FlatTableModel

PAGE_SIZE = 200
MAX_PAGES = 10
"""Pages of rows kept: 2,000 rows, some 70 screens of the list; the page shown least
recently goes first. Memory stays flat while scrolling a huge list (bench row 8: the
50 pages kept before, cleared all at once when full, held 4-5 MB of rows)."""

Index = QModelIndex | QPersistentModelIndex


def compact_headers() -> dict[int, tuple[str, str]]:
    """Status, Labels, Suggestions: signs, not words, so the columns stay narrow.

    Column -> (sign, full name). The sign is translated like a word: it names the
    column, and a language may prefer its own. The full name is the header's tooltip
    and what a screen reader says for it."""
    return {
        3: (
            translate("DocumentList", "✓", "the Status column's one-sign header"),
            translate("DocumentList", "Status"),
        ),
        4: (
            translate("DocumentList", "#", "the Labels column's one-sign header: a count"),
            translate("DocumentList", "Labels"),
        ),
        5: (
            translate("DocumentList", "?", "the Suggestions column's one-sign header"),
            translate("DocumentList", "Open suggestions"),
        ),
    }


class DocumentListModel(FlatTableModel):
    NAME, TITLE, LANGUAGE, STATUS, ANNOTATIONS, SUGGESTIONS = range(6)
    COLUMNS = 6
    SORT_KEYS = ("name", "title", "language", "status", "annotations", "suggestions")
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1

    outdated = Signal(list)
    """The rest of the ids, read after the first page, did not continue it (another
    program added or removed documents in between): the list is to be read again.
    Carries the first page's ids, by which the rows were known until then."""

    def __init__(self, project: Project, annotator: str) -> None:
        super().__init__()
        self._project = project
        self._annotator = annotator
        self._search = ""
        self._sort = "name"
        self._descending = False
        self._ids: list[int] = []
        self._count = 0  # rows listed
        self._partial = False  # only the first page's ids are read (until read_rest)
        self._rows_by_id: dict[int, int] | None = None  # row_of's index into _ids
        self._scanned_once = False  # row_of answered once by a scan since the ids changed
        self._pages: OrderedDict[int, list[DocumentRow]] = OrderedDict()  # least recent first
        # Looked up once, not on every repaint of every row.
        self._compact_headers = compact_headers()
        self._status_labels = {
            Status.NEW: translate("DocumentList", "new"),
            Status.IN_PROGRESS: translate("DocumentList", "in progress"),
            Status.DONE: translate("DocumentList", "done ✓"),
        }
        self._open: dict[int, dict[int, int]] = {}  # page → open suggestions per document
        self.beginResetModel()
        self._read_ids(first_page_only=True)
        self.endResetModel()

    # -- queries -------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._read_ids()
        self.endResetModel()

    def _read_ids(self, *, first_page_only: bool = False) -> None:
        """Read the ids in list order again, and forget everything kept per row.

        ``first_page_only``: only the first page's ids and the count, when the list
        is in its start-up order (by name, unfiltered); see the module's docstring.
        """
        if first_page_only and self._in_start_up_order():
            documents = self._project.documents
            self._ids = documents.ids(annotator=self._annotator, limit=PAGE_SIZE)
            self._count = documents.count() if len(self._ids) == PAGE_SIZE else len(self._ids)
        else:
            self._ids = self._ordered_ids()
            self._count = len(self._ids)
        self._partial = len(self._ids) < self._count
        self._rows_by_id = None
        self._scanned_once = False
        self._pages.clear()
        self._open.clear()

    def _in_start_up_order(self) -> bool:
        return not self._search and self._sort == "name" and not self._descending

    def read_rest(self) -> None:
        """Read the ids past the first page, if only that page's were read.

        When they do not continue the first page (another program added or removed
        documents meanwhile), every answer comes from the new ids at once, and
        ``outdated`` asks, once this call is over, for the list to be read again.
        """
        if not self._partial:
            return
        self._partial = False
        first = self._ids
        self._ids = self._ordered_ids()
        self._rows_by_id = None
        if len(self._ids) != self._count or self._ids[: len(first)] != first:
            self._pages.clear()
            self._open.clear()
            # Not inside a view's question; and not at all once the model is destroyed
            # (the timer's context: a closed window's model raised from the event loop).
            QTimer.singleShot(0, self, lambda: self.outdated.emit(first))

    def _all_ids(self) -> list[int]:
        self.read_rest()
        return self._ids

    def _ordered_ids(self) -> list[int]:
        if self._sort != "suggestions":
            return self._project.documents.ids(
                self._search, sort=self._sort, descending=self._descending,
                annotator=self._annotator,
            )  # fmt: skip
        ids = self._project.documents.ids(self._search, sort="name", annotator=self._annotator)
        counts = open_counts(self._project)
        return sorted(ids, key=lambda i: counts.get(i, 0), reverse=self._descending)

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def set_annotator(self, annotator: str) -> None:
        self._annotator = annotator
        self.reload()

    def follow(self, changed: SignalInstance) -> None:
        """Re-read the rows of documents a write touched (``Operations.changed``).

        ``Changes.all()`` is left to the list pane, which reloads and keeps its place.
        """
        changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.everything:
            for document_id in changes.documents:
                self.refresh_document(document_id)

    def refresh_document(self, document_id: int) -> None:
        """Re-read one row (its status or counts changed), not its whole page.

        Only what an edit can change is read again (``Documents.states``): the
        page's other rows, and this row's name and title, stay as they are.
        """
        row = self.row_of(document_id)
        if row is None:
            return
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is not None:  # (a page not read yet is read when it is shown)
            state = self._project.documents.states([document_id], self._annotator).get(document_id)
            if state is None or offset >= len(rows) or rows[offset].id != document_id:
                self._forget_page(page)  # gone meanwhile: the page is read again
            else:
                status, annotations, changed = state
                rows[offset] = replace(
                    rows[offset], status=status, annotations=annotations,
                    changed_since_done=changed,
                )  # fmt: skip
                open_here = self._open.setdefault(page, {})
                open_here.pop(document_id, None)
                open_here.update(open_counts(self._project, [document_id]))
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def _forget_page(self, page: int) -> None:
        self._pages.pop(page, None)
        self._open.pop(page, None)

    def row_of(self, document_id: int) -> int | None:
        """The row of ``document_id``, or None when it is not listed.

        The first question after the ids changed is answered by a scan (at start-up,
        the first document, near the top of 100,000: microseconds), and only a
        second one builds the index (16 ms for 100,000 ids), which then answers
        every edit's row refresh at once.
        """
        if self._rows_by_id is None:
            if not self._scanned_once:
                self._scanned_once = True
                row = _position(self._ids, document_id)
                if row is None and self._partial:  # not on the first page: read the rest
                    row = _position(self._all_ids(), document_id)
                return row
            self._rows_by_id = {id_: row for row, id_ in enumerate(self._all_ids())}
        return self._rows_by_id.get(document_id)

    def document_ids(self) -> list[int]:
        """Every listed document's id, in the list's order (filtered and sorted)."""
        return self._all_ids()

    def document_id(self, row: int) -> int | None:
        ids = self._ids if row < len(self._ids) else self._all_ids()
        return ids[row] if 0 <= row < len(ids) else None

    def _row(self, row: int) -> DocumentRow | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            end = (page + 1) * PAGE_SIZE
            ids = (self._ids if end <= len(self._ids) else self._all_ids())[page * PAGE_SIZE : end]
            rows = self._project.documents.rows(ids, self._annotator)
            self._pages[page] = rows
            self._open[page] = open_counts(self._project, ids)
            while len(self._pages) > MAX_PAGES:
                self._forget_page(next(iter(self._pages)))
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    # -- Qt model interface ----------------------------------------------------

    def column_count(self) -> int:
        return self.COLUMNS

    def row_count(self) -> int:
        return self._count

    def headers(self) -> tuple[str, ...]:
        return (
            translate("DocumentList", "Name"),
            translate("DocumentList", "Title"),
            translate(
                "DocumentList", "Lang", "column header: the document's language, abbreviated"
            ),
            translate("DocumentList", "Status"),
            translate("DocumentList", "Labels"),
            translate("DocumentList", "Sugg.", "column header: open suggestions, abbreviated"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Status and counts have one-sign headers (the list is narrow at 1024 px);
        the full name is the tooltip and what a screen reader says."""
        if orientation == Qt.Orientation.Horizontal and section in self._compact_headers:
            sign, name = self._compact_headers[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return sign
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Roles as module constants, and every other role refused first: the view asks
        # about ten roles of every cell it paints, and looking up
        # ``Qt.ItemDataRole.DisplayRole`` costs more than most answers.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == self.NAME:
                return row.name
            if column == self.TITLE:
                return row.title
            if column == self.LANGUAGE:
                return row.language
            if column == self.STATUS:
                if row.changed_since_done:
                    return translate("DocumentList", "done ✎")
                return self._status_labels[row.status]
            if column == self.ANNOTATIONS:
                return row.annotations
            if column == self.SUGGESTIONS:
                return self._open.get(index.row() // PAGE_SIZE, {}).get(row.id, 0) or ""
            return None
        if role == _DOCUMENT_ID:
            return row.id
        if role == _TOOLTIP:
            if column == self.STATUS:
                if row.changed_since_done:
                    return translate(
                        "DocumentList", "Marked done, then changed: check it and mark it done again"
                    )
                return self._status_labels[row.status]  # the list shows a symbol
            if column in (self.NAME, self.TITLE):
                return plain_text.tooltip(f"{row.name}\n{row.title}")
            return None
        if role == _ALIGNMENT and column in (self.ANNOTATIONS, self.SUGGESTIONS):
            return _RIGHT_ALIGNED
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # the view's initial sortByColumn: the ids are already in this order
        self._sort, self._descending = key, descending
        self.layoutAboutToBeChanged.emit()
        self._read_ids()
        self.layoutChanged.emit()


def _position(ids: list[int], document_id: int) -> int | None:
    try:
        return ids.index(document_id)
    except ValueError:
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_DOCUMENT_ID = DocumentListModel.DocumentIdRole
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _DOCUMENT_ID})
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
