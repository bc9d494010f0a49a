"""Annotations bucketed by the lines they cover (what the text view colours line by line)."""

from __future__ import annotations

import random

from annotator.core.model import Annotation
from annotator.core.span_layout import LineSpanIndex

TEXT = "First line.\nSecond, longer line.\n\nFourth\u2029fifth after a paragraph separator."


def _label(number: int, start: int, end: int) -> Annotation:
    return Annotation(f"a{number}", 1, "alice", "quote", start, end, {})


def _buckets(index: LineSpanIndex) -> dict[int, set[str]]:
    lines = range(len(index.line_starts))
    return {line: {a.id for a in index.on_line(line)} for line in lines if index.on_line(line)}


def test_reset_puts_each_label_on_the_lines_it_covers() -> None:
    index = LineSpanIndex(TEXT)
    second = TEXT.index("Second")
    fourth = TEXT.index("Fourth")
    labels = [
        _label(0, 0, 5),  # "First"
        _label(1, 6, 12),  # "line.\n": its separator belongs to the first line
        _label(2, 6, 13),  # into the second line by one character
        _label(3, second, fourth + 3),  # second line, the empty third, the fourth
        _label(4, fourth, len(TEXT)),  # across the paragraph separator to the end
        _label(5, 0, 0),  # a whole-document label: the first line
        _label(6, len(TEXT), len(TEXT)),  # empty, at the very end
    ]
    index.reset(labels)
    assert _buckets(index) == {
        0: {"a0", "a1", "a2", "a5"},
        1: {"a2", "a3"},
        2: {"a3"},
        3: {"a3", "a4"},
        4: {"a4", "a6"},
    }


def test_reset_is_adding_one_by_one() -> None:
    """The inlined reset against ``add``, for many random spans of a text of many lines."""
    rng = random.Random(12)
    text = "".join(rng.choice(["ab ", "c\n", "\n", "d\u2029", "😀 "]) for _ in range(2000))
    labels = []
    for number in range(3000):
        start = rng.randrange(0, len(text) + 1)
        labels.append(_label(number, start, min(len(text), start + rng.choice([0, 1, 2, 5, 40]))))
    by_reset, by_add = LineSpanIndex(text), LineSpanIndex(text)
    by_reset.reset(labels)
    for label in labels:
        by_add.add(label)
    assert _buckets(by_reset) == _buckets(by_add)
    assert len(_buckets(by_reset)) > 100

    by_reset.reset(labels[:10])  # a second reset forgets the first
    assert set().union(*_buckets(by_reset).values()) == {a.id for a in labels[:10]}


def test_reset_puts_a_label_past_the_end_where_add_does() -> None:
    """A label that ends (or starts) after the text, as a damaged or hand-edited project
    can hold (``annotator check`` reports it): the window still opens the document,
    and the label is on the last line, as ``add`` puts it."""
    text = "ab\ncd"
    labels = [_label(0, 6, 8), _label(1, 4, 9), _label(2, 5, 6), _label(3, 0, 40)]
    by_reset, by_add = LineSpanIndex(text), LineSpanIndex(text)
    by_reset.reset(labels)
    for label in labels:
        by_add.add(label)
    assert by_reset._by_line == by_add._by_line
    assert _buckets(by_reset) == {0: {"a3"}, 1: {"a0", "a1", "a2", "a3"}}
