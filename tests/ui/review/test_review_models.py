"""The review mode's table models without a window: the queue of units and one unit's
versions, built from ``review_queue`` over hand-made labels, read as a view reads them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation, Origin
from annotator.review.disagreements import ReviewItem, review_queue
from annotator.ui.colors import warning_text_color
from annotator.ui.review.models import QueueModel, VersionsModel
from tests.schemas import fixture_schema

SCHEMA = fixture_schema("mentions_and_quotes")
TEXT = "Smadiyarov said:   «we will not\nrecognize the referendums», and Toqaev agreed."
NAMES = {1: "kz.txt", 2: "other.txt"}
DISPLAY = Qt.ItemDataRole.DisplayRole


def label(
    id_: str, annotator: str, layer: str, needle: str, document: int = 1, **attributes: object
) -> Annotation:
    start = TEXT.index(needle)
    return Annotation(
        id_, document, annotator, layer, start, start + len(needle), attributes,
        origin=Origin.MANUAL,
    )  # fmt: skip


LABELS = [
    # Both mark the speaker the same way: an agreement.
    label("a-m", "alice", "mention", "Smadiyarov"),
    label("b-m", "bob", "mention", "Smadiyarov"),
    # The quote: Bob's span leaves out the guillemets, and each names his own mention.
    label("a-q", "alice", "quote", "«we will not\nrecognize the referendums»", speaker="a-m",
          kind="direct"),
    label("b-q", "bob", "quote", "we will not\nrecognize the referendums", speaker="b-m",
          kind="direct"),
    # Only Alice saw the second speaker; and a unit in a second document.
    label("a-t", "alice", "mention", "Toqaev"),
    label("b-o", "bob", "mention", "Smadiyarov", document=2),
]  # fmt: skip


def items() -> list[ReviewItem]:
    return review_queue(LABELS, SCHEMA)


def cells(model: QueueModel | VersionsModel, row: int) -> list[str]:
    return [model.data(model.index(row, c), DISPLAY) for c in range(model.columnCount())]


def headers(model: QueueModel | VersionsModel) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(model.columnCount())
    ]


def quote_item() -> ReviewItem:
    [quote] = [item for item in items() if item.layer == "quote"]
    return quote


def test_the_queue_lists_each_unit_with_what_differs(qapp: QApplication) -> None:
    model = QueueModel(SCHEMA, NAMES)
    model.set_items(items())
    assert headers(model) == ["Document", "Layer", "Position", "Differs in"]
    start = TEXT.index("«")
    rows = [cells(model, row) for row in range(model.rowCount())]
    assert rows == [
        ["kz.txt", "Mention", f"0–{len('Smadiyarov')}", "agree"],
        ["kz.txt", "Quote", f"{start}–{TEXT.index(',', start)}", "span, Speaker"],
        ["kz.txt", "Mention", f"{TEXT.index('Toqaev')}–{TEXT.index(' agreed')}", "presence"],
        ["other.txt", "Mention", f"0–{len('Smadiyarov')}", "presence"],
    ]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children


def test_a_decided_unit_leaves_the_queue_and_a_filtered_one_is_left_alone(
    qapp: QApplication, qtbot: QtBot
) -> None:
    model = QueueModel(SCHEMA, NAMES)
    everything = items()
    shown = [item for item in everything if not item.agreed]  # as the disagreement filter
    model.set_items(list(shown))
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.remove_item(shown[1])
    assert removed.args[1:] == [1, 1]
    assert model.items == [shown[0], shown[2]]
    model.remove_item(everything[0])  # the agreement is not shown: nothing to take out
    assert model.items == [shown[0], shown[2]]


def test_a_batch_is_appended_after_the_rows_already_shown(qapp: QApplication, qtbot: QtBot) -> None:
    model = QueueModel(SCHEMA, NAMES)
    first, *rest = items()
    model.set_items([first])
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.append_items(rest)
    assert inserted.args == [QModelIndex(), 1, len(rest)]
    assert model.items == [first, *rest]
    with qtbot.assertNotEmitted(model.rowsInserted):
        model.append_items([])


def test_the_versions_show_each_annotators_span_and_attributes(qapp: QApplication) -> None:
    model = VersionsModel(SCHEMA)
    assert model.rowCount() == 0 and model.annotator_at(0) is None
    model.set_item(quote_item(), TEXT)
    assert headers(model) == ["Key", "Annotator", "Text", "Speaker", "Kind", "Verified"]
    assert cells(model, 0)[:3] == ["1", "alice", "«we will not recognize the referendums»"]
    assert cells(model, 1)[:3] == ["2", "bob", "we will not recognize the referendums"]
    assert (model.annotator_at(1), model.annotator_at(2)) == ("bob", None)
    tooltip = model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    span = "we will not\nrecognize the referendums"  # the tooltip keeps the line break
    start = TEXT.index(span)
    assert f"{start}–{start + len(span)}: {span}" in tooltip


def test_the_cells_that_differ_are_marked_and_the_others_are_not(qapp: QApplication) -> None:
    model = VersionsModel(SCHEMA)
    model.set_item(quote_item(), TEXT)
    marked = {
        model.columns[column]
        for column in range(model.columnCount())
        if isinstance(model.data(model.index(0, column), Qt.ItemDataRole.FontRole), QFont)
    }
    assert marked == {"text", "speaker"}  # span and speaker differ; kind and verified agree
    colour = model.data(
        model.index(0, model.columns.index("speaker")), Qt.ItemDataRole.ForegroundRole
    )
    assert colour == warning_text_color()
    assert (
        model.data(model.index(0, model.columns.index("kind")), Qt.ItemDataRole.ForegroundRole)
        is None
    )


def test_a_missing_version_says_so(qapp: QApplication) -> None:
    [alone] = [item for item in items() if item.version("bob") is None]
    model = VersionsModel(SCHEMA)
    model.set_item(alone, TEXT)
    rows = {model.annotator_at(row): cells(model, row) for row in range(model.rowCount())}
    assert rows["alice"][2] == "Toqaev"
    assert rows["bob"][2] == "— (no annotation)"
    annotator_font = model.data(model.index(1, 1), Qt.ItemDataRole.FontRole)
    assert isinstance(annotator_font, QFont) and annotator_font.bold()  # presence differs
