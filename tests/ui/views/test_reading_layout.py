"""The source text is set for reading: line height, paragraph spacing, margins (issue 11, 5).

Distances are measured in the real window, where the caret is drawn
(``cursorRect``), at every character of the seed article's first two
paragraphs; a click in the middle of a line must land on that line, and the
end of a long text must be reachable by scrolling.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor
from pytestqt.qtbot import QtBot

from annotator.ui.views.source_view import SourceView
from annotator.ui.window import MainWindow
from tests.ui.helpers import open_document_named, press, select_with_keyboard, utf16_length

ARTICLE = "000_64d1d46f96a25995.txt"  # Polish; paragraphs separated by single line breaks


def _line_tops(view: SourceView, start: int, end: int) -> list[int]:
    """The distinct caret tops (viewport pixels) of UTF-16 positions start..end-1."""
    tops: list[int] = []
    cursor = view.textCursor()
    for position in range(start, end):
        cursor.setPosition(position)
        top = view.cursorRect(cursor).top()
        if not tops or top != tops[-1]:
            tops.append(top)
    return tops


def _opened(window: MainWindow, qtbot: QtBot) -> tuple[SourceView, str]:
    window.resize(1024, 700)
    open_document_named(window, qtbot, ARTICLE)
    assert window.document is not None
    view = window.source_view
    view.moveCursor(QTextCursor.MoveOperation.Start)
    return view, window.document.text


def _assert_spaced_for_reading(view: SourceView, text: str) -> None:
    natural = QFontMetricsF(view.font()).lineSpacing()
    first_break = text.index("\n")
    second_break = text.index("\n", first_break + 1)
    first = _line_tops(view, 0, utf16_length(text[:first_break]))
    second = _line_tops(
        view, utf16_length(text[: first_break + 1]), utf16_length(text[:second_break])
    )
    assert len(first) >= 2 and len(second) >= 2, "the paragraphs should wrap"

    pitches = [b - a for a, b in pairwise(first)] + [b - a for a, b in pairwise(second)]
    assert min(pitches) >= 1.4 * natural, (pitches, natural)  # line height ~1.5
    paragraph_gap = second[0] - first[-1]
    assert paragraph_gap >= min(pitches) + 0.5 * natural, (paragraph_gap, pitches, natural)

    cursor = view.textCursor()
    cursor.setPosition(0)
    margin = view.cursorRect(cursor).left() + view.horizontalScrollBar().value()
    assert margin >= 0.75 * natural, (margin, natural)


def test_lines_and_paragraphs_are_spaced_for_reading(window: MainWindow, qtbot: QtBot) -> None:
    view, text = _opened(window, qtbot)
    _assert_spaced_for_reading(view, text)


def test_spacing_survives_new_highlights_resizing_and_a_new_font(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Qt lays a block out again when its highlights change or the width changes."""
    view, text = _opened(window, qtbot)
    select_with_keyboard(window, qtbot, "Zachód zdecydowanie")
    press(view, Qt.Key.Key_S)  # a stance: new formats on the first paragraph
    assert window.source_view.span_index is not None
    assert [a.layer for a in window.source_view.span_index.at(text.index("Zachód"))] == ["stance"]
    _assert_spaced_for_reading(view, text)

    window.resize(1400, 900)
    qtbot.waitUntil(lambda: view.width() > 600)
    _assert_spaced_for_reading(view, text)

    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    _assert_spaced_for_reading(view, text)


def test_a_click_lands_on_the_line_drawn_there(window: MainWindow, qtbot: QtBot) -> None:
    view, text = _opened(window, qtbot)
    cursor = view.textCursor()
    for needle in ("prawem", "Tymczasem rosyjskie", "Agencja TASS"):
        position = utf16_length(text[: text.index(needle)]) + 2
        cursor.setPosition(position)
        target = view.cursorRect(cursor)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target.center())
        assert view.textCursor().position() == position, needle


def test_the_end_of_the_text_can_be_scrolled_into_view(window: MainWindow, qtbot: QtBot) -> None:
    view, _ = _opened(window, qtbot)
    scrollbar = view.verticalScrollBar()
    scrollbar.setValue(scrollbar.maximum())
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    last_line = view.cursorRect(cursor)
    assert scrollbar.maximum() > 0
    assert view.viewport().rect().contains(last_line), (last_line, view.viewport().rect())


def test_the_caret_stays_whole_in_view_while_moving_down_and_to_a_found_word(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Qt scrolls a plain text view as if its lines touched; with the leading between
    them its sums come out short and the caret's line was left half below the edge."""
    view, text = _opened(window, qtbot)
    view.setFocus()
    cut: list[tuple[int, int, int, int]] = []
    for step in range(60):
        press(view, Qt.Key.Key_Down)
        caret = view.cursorRect()
        if caret.bottom() >= view.viewport().height() or caret.top() < 0:
            cut.append((step, caret.top(), caret.bottom(), view.viewport().height()))
    assert cut == []

    view.moveCursor(QTextCursor.MoveOperation.Start)
    cursor = view.textCursor()
    cursor.setPosition(utf16_length(text[: text.index("Agencja TASS")]))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()  # as the find bar and the annotation list do
    caret = view.cursorRect()
    assert caret.top() >= 0 and caret.bottom() < view.viewport().height(), caret
