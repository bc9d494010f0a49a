"""Table models without a window: they follow the operations layer's ``changed`` signal
themselves (the window no longer relays)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Annotation
from annotator.store.documents import RowState
from annotator.store.project import DocumentRow, Project
from annotator.ui import plain_text
from annotator.ui.models.annotation_table_model import AnnotationTableModel
from annotator.ui.models.document_list_model import DocumentListModel
from annotator.ui.operations import Operations


@pytest.fixture
def seeded(project_path: Path) -> Iterator[Project]:
    with Project.open(project_path) as project:
        yield project


@pytest.fixture
def operations(
    make_operations: Callable[[Project, str], Operations], seeded: Project
) -> Operations:
    return make_operations(seeded, "alice")


def test_the_document_list_rereads_the_row_an_edit_touched(
    seeded: Project, operations: Operations
) -> None:
    model = DocumentListModel(seeded, "alice")
    model.follow(operations.changed)
    document_id = model.document_id(0)
    assert document_id is not None
    assert model.data(model.index(0, model.ANNOTATIONS)) == 0
    changed_rows: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed_rows.append(top.row()))
    operations.create(document_id, "quote", 0, 5, {})
    assert changed_rows == [0]
    assert model.data(model.index(0, model.ANNOTATIONS)) == 1
    operations.set_none_present(document_id, "stance", True)
    assert model.data(model.index(0, model.STATUS)) == "in progress"


def test_an_edit_rereads_only_its_row_and_not_its_text(
    seeded: Project, operations: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page of the list is 200 rows, and a row's title may come from its text (a
    megabyte for a long document): an edit re-reads only what it can change."""
    model = DocumentListModel(seeded, "alice")
    model.follow(operations.changed)
    first, second = model.document_id(0), model.document_id(1)
    assert first is not None and second is not None
    title = model.data(model.index(0, model.TITLE))
    assert model.data(model.index(1, model.ANNOTATIONS)) == 0  # the page is read
    pages: list[list[int]] = []
    states: list[list[int]] = []
    documents = seeded.documents
    rows, read_states = documents.rows, documents.states

    def counted_rows(ids: Sequence[int], annotator: str) -> list[DocumentRow]:
        pages.append(list(ids))
        return rows(ids, annotator)

    def counted_states(ids: Sequence[int], annotator: str) -> dict[int, RowState]:
        states.append(list(ids))
        return read_states(ids, annotator)

    monkeypatch.setattr(documents, "rows", counted_rows)
    monkeypatch.setattr(documents, "states", counted_states)

    operations.create(first, "quote", 0, 5, {})
    operations.create(second, "quote", 0, 5, {})
    operations.mark_done(second)
    assert [model.data(model.index(row, model.ANNOTATIONS)) for row in (0, 1)] == [1, 1]
    assert model.data(model.index(1, model.STATUS)) == "done ✓"
    assert model.data(model.index(0, model.TITLE)) == title
    assert pages == []
    assert states == [[first], [second], [second]]

    operations.stack_for(second).undo()  # "mark done" undone: again one row read, not the page
    assert model.data(model.index(1, model.STATUS)) == "in progress"
    assert pages == []


def test_the_label_table_shows_flags_and_numbers_as_everywhere_else(seeded: Project) -> None:
    model = AnnotationTableModel(seeded.schema)
    text = "Ninety-three percent agreed."
    label = Annotation("f", 1, "alice", "figure", 0, 20, {"value": 93.0, "unit": "percent"})
    model.set_document(text, [label])
    assert model.rowCount() == 1
    assert model.details(label) == "93 · percent"


def test_the_label_table_puts_labels_in_reading_order_however_they_come(seeded: Project) -> None:
    model = AnnotationTableModel(seeded.schema)
    text = "One two three four."
    labels = [
        Annotation("b", 1, "alice", "quote", 4, 7, {}, created_at="2"),
        Annotation("a", 1, "alice", "quote", 0, 3, {}),
        Annotation("c", 1, "alice", "quote", 4, 13, {}),  # the same start, longer: first
        Annotation("d", 1, "alice", "quote", 4, 7, {}, created_at="1"),  # older: first
    ]
    expected = ["a", "c", "d", "b"]
    for given in (labels, sorted(labels, key=lambda a: expected.index(a.id))):
        model.set_document(text, given)
        assert [a.id for a in model.annotations()] == expected
        assert [model.row_of(i) for i in expected] == [0, 1, 2, 3]


def test_the_document_list_finds_rows_by_scan_then_by_index_and_after_a_reload(
    seeded: Project,
) -> None:
    """``row_of`` answers the first question with a scan and later ones with an
    index: both must give every row, and None for an id that is not listed."""
    model = DocumentListModel(seeded, "alice")
    ids = model.document_ids()
    assert len(ids) >= 3
    missing = max(ids) + 1000
    for round_ in range(2):  # the second round follows a reload (sorted the other way)
        assert model.row_of(ids[-1]) == len(ids) - 1  # first question: the scan
        assert model.row_of(missing) is None
        assert [model.row_of(i) for i in ids] == list(range(len(ids)))
        assert model.row_of(missing) is None
        if round_ == 0:
            model.sort(DocumentListModel.NAME, Qt.SortOrder.DescendingOrder)
            assert model.document_ids() == ids[::-1]
            ids = model.document_ids()
    fresh = DocumentListModel(seeded, "alice")
    assert fresh.row_of(missing) is None  # a miss as the first question
    assert fresh.row_of(ids[0]) == len(ids) - 1


def test_the_document_list_answers_each_role_of_each_column(seeded: Project) -> None:
    """What the list shows, aligns, explains and hands over, per column and role
    (and nothing for the roles it does not serve)."""
    model = DocumentListModel(seeded, "alice")
    row = model._row(0)
    assert row is not None
    cell = {column: model.index(0, column) for column in range(model.COLUMNS)}
    display = Qt.ItemDataRole.DisplayRole
    assert model.data(cell[model.NAME], display) == row.name
    assert model.data(cell[model.TITLE], display) == row.title
    assert model.data(cell[model.LANGUAGE], display) == row.language
    assert model.data(cell[model.STATUS], display) == "new"
    assert model.data(cell[model.ANNOTATIONS], display) == row.annotations
    assert model.data(cell[model.SUGGESTIONS], display) == ""  # no open suggestion
    for column in (model.NAME, model.TITLE):
        tip = model.data(cell[column], Qt.ItemDataRole.ToolTipRole)
        assert tip == plain_text.tooltip(f"{row.name}\n{row.title}")
    assert model.data(cell[model.STATUS], Qt.ItemDataRole.ToolTipRole) == "new"
    assert model.data(cell[model.LANGUAGE], Qt.ItemDataRole.ToolTipRole) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    alignment = Qt.ItemDataRole.TextAlignmentRole
    assert [model.data(cell[c], alignment) for c in range(model.COLUMNS)] == [
        None, None, None, None, right, right
    ]  # fmt: skip
    assert model.data(cell[model.TITLE], model.DocumentIdRole) == row.id
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.EditRole,
    ):
        assert all(model.data(cell[c], role) is None for c in range(model.COLUMNS))
    assert model.data(model.index(model.rowCount() + 5, 0), display) is None
