"""Line height and paragraph spacing for the source text (issue 11: hours of reading).

``QPlainTextEdit`` keeps opening a 1 MB document cheap by laying out only the
lines it paints, but its layout ignores ``QTextBlockFormat`` line height and
margins. ``QTextEdit`` honours them and lays out the whole document instead
(in the background, in growing chunks that stall key presses on large texts).
So the plain layout is kept and taught two things, through public API only:

- line height: after Qt has broken a block into lines, the lines are moved
  apart (``QTextLine.setPosition``), half the extra space above each line and
  half below, so the caret, selections and hit tests follow the lines;
- paragraph spacing: a block (one line of the source text, a paragraph)
  reports a taller bounding rectangle. ``QPlainTextEdit`` paints, scrolls and
  hit-tests by stacking exactly these rectangles.

A block freshly laid out by Qt has its first line at y = 0; once spread, its
first line sits half a leading lower. That is how a block laid out again by
Qt (after a resize, or new highlight formats) is recognised and spread anew.
Text, offsets and what a click selects are unchanged: only geometry moves.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

# Reading proportions, in line heights of the text's font.
LINE_HEIGHT = 1.5  # distance from one line to the next
PARAGRAPH_SPACING = 0.6  # added after each non-empty paragraph


class ReadingLayout(QPlainTextDocumentLayout):
    """A plain-text layout with line height and paragraph spacing."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._leading = 1.0
        self._paragraph = 0.0

    def set_line_height(self, natural: float) -> None:
        """Spacing for a font whose natural line height is ``natural`` pixels."""
        # At least one pixel of leading: a spread block is told apart by its first
        # line lying below y = 0.
        leading = max(1.0, float(round(natural * (LINE_HEIGHT - 1.0))))
        paragraph = float(round(natural * PARAGRAPH_SPACING))
        if (leading, paragraph) == (self._leading, self._paragraph):
            return
        self._leading, self._paragraph = leading, paragraph
        document = self.document()
        document.markContentsDirty(0, document.characterCount())  # lay every line out anew

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)
        layout = block.layout()
        count = layout.lineCount()
        if not block.isVisible() or count == 0:
            return rect
        if layout.lineAt(0).y() == 0:
            y = self._leading / 2
            for number in range(count):
                line = layout.lineAt(number)
                line.setPosition(QPointF(line.x(), y))
                y += line.height() + self._leading
        last = layout.lineAt(count - 1)
        height = last.y() + last.height() + self._leading / 2
        if block.length() > 1:  # an empty line is spacing enough
            height += self._paragraph
        if not block.next().isValid():
            height += self.document().documentMargin()
        rect.setHeight(height)
        return rect
