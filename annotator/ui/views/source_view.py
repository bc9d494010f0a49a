"""The source text: read-only, selectable, highlighted by layer colour.

This is the one place where Qt's UTF-16 positions meet our code points: every
conversion goes through the document's ``OffsetMap`` here, and the rest of
the UI speaks code points only.

Highlights are applied lazily: just before a paint, each visible line
(Qt "block") that has not been coloured yet gets its formats from the span
index. A ``QSyntaxHighlighter`` would colour every line of a 1 MB document
when it is opened (most of the opening time); this way opening costs about
what ``setPlainText`` costs, and an edit only marks its lines for re-colouring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QRegion,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.core.model import Annotation
from annotator.core.offsets import OffsetMap
from annotator.core.schema import Schema
from annotator.core.span_layout import LineSpanIndex
from annotator.ui import plain_text
from annotator.ui.colors import highlight_background, underline_color
from annotator.ui.shortcut_table import key_index, pressed
from annotator.ui.views.reading_layout import ReadingLayout

READING = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)
"""A document's text: selected by mouse and keys (a caret), never edited."""


class SourceView(QPlainTextEdit):
    """Emits code-point selections; the layer keys ask to tag the selection."""

    tagRequested = Signal(str)
    annotationClicked = Signal(str)
    cycleRequested = Signal(int)
    escapePressed = Signal()
    formRequested = Signal()  # Enter: into the selected annotation's form

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Line height and paragraph spacing (see reading_layout.py). A layout must be
        # in place before the view takes the document: the view connects to it then.
        document = QTextDocument(self)
        self._reading_layout = ReadingLayout(document)
        document.setDocumentLayout(self._reading_layout)
        self.setDocument(document)
        self.setObjectName("sourceView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(READING)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        self.schema = schema
        self.span_index: LineSpanIndex | None = None
        self.offsets: OffsetMap | None = None
        self.text = ""
        self.selected_id: str | None = None
        self._selected: Annotation | None = None
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._layer_keys = {layer.key: layer.name for layer in schema.layers if layer.key}
        self._coloured: set[int] = set()  # block numbers whose formats are current
        self.suggestion_index: LineSpanIndex | None = None  # drawn dashed, under the labels
        self.viewport().installEventFilter(self)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self._fit_reading_layout()  # and again whenever the font changes (changeEvent)
        self.cursorPositionChanged.connect(self._keep_caret_whole)

    # -- content -------------------------------------------------------------

    def show_text(self, text: str, annotations: Iterable[Annotation]) -> None:
        self.text = text
        self.offsets = OffsetMap(text)
        self.span_index = LineSpanIndex(text)
        self.span_index.reset(annotations)
        self.selected_id = None
        self._selected = None
        self.suggestion_index = None
        self._formats.clear()
        self._coloured.clear()
        self.setPlaceholderText("")
        self.setTextInteractionFlags(READING)
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def show_suggestions(self, suggestions: Iterable[Annotation]) -> None:
        """Suggestions (as annotations, see ``ui/suggestions.py``): a dashed underline
        in the layer colour, so they never look like labels."""
        items = list(suggestions)
        self.suggestion_index = LineSpanIndex(self.text) if items else None
        if self.suggestion_index is not None:
            self.suggestion_index.reset(items)
        self._recolour_all()

    def clear_text(self) -> None:
        self.text = ""
        self.offsets = None
        self.span_index = None
        self.suggestion_index = None
        self._coloured.clear()
        self.setPlainText("")

    def show_nothing(self, hint: str) -> None:
        """No document: no text, no caret blinking in it, and ``hint`` in its place."""
        self.clear_text()
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setPlaceholderText(hint)

    def annotation_added(self, annotation: Annotation) -> None:
        if self.span_index is not None:
            self._rehighlight(self.span_index.add(annotation))

    def annotation_removed(self, annotation: Annotation) -> None:
        if self.span_index is not None:
            self._rehighlight(self.span_index.remove(annotation))

    def reset_annotations(self, annotations: Iterable[Annotation]) -> None:
        """New labels for the same text: caret, selection and scroll stay as they are."""
        if self.span_index is None:
            return
        self.span_index.reset(annotations)
        self._selected = None
        self.selected_id = None
        self._recolour_all()

    def replace_annotations(self, old: Iterable[Annotation], new: Iterable[Annotation]) -> None:
        """Swap one set of highlighted annotations for another, repainting only their lines."""
        if self.span_index is None:
            return
        lines: set[int] = set()
        for annotation in old:
            lines.update(self.span_index.remove(annotation))
        for annotation in new:
            lines.update(self.span_index.add(annotation))
        self._rehighlight(sorted(lines))

    def select_annotation(self, annotation: Annotation | None, *, scroll: bool = True) -> None:
        previous = self._selected
        self._selected = annotation
        self.selected_id = annotation.id if annotation else None
        # (the formats stay cached: a selected span's has a key of its own)
        if self.span_index is None:
            return
        lines: set[int] = set()
        if previous is not None:
            lines.update(self.span_index.lines_of(previous))
        if annotation is not None:
            lines.update(self.span_index.lines_of(annotation))
            if scroll:
                cursor = self.textCursor()
                cursor.setPosition(self.to_qt(annotation.start))
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
        self._rehighlight(sorted(lines))

    def _rehighlight(self, lines: Iterable[int]) -> None:
        """Re-colour ``lines`` when they are next painted (at once if on screen).

        In the paint, not here: a tag colours its line twice before the screen
        shows it (the label is added, then selected), and each colouring has Qt
        lay out the whole paragraph again.
        """
        self._coloured.difference_update(lines)
        self.viewport().update()

    def _recolour_all(self) -> None:
        self._formats.clear()
        self._coloured.clear()
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._colour_visible_blocks()
        super().paintEvent(event)

    def _colour_visible_blocks(self) -> None:
        if self.span_index is None or self.offsets is None:
            return
        bottom = self.viewport().rect().bottom()
        block = self.firstVisibleBlock()
        # Walk down summing block heights, as QPlainTextEdit's own paint does
        # (blockBoundingGeometry would walk from the top block again for each one).
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        while block.isValid() and top <= bottom:
            number = block.blockNumber()
            if number not in self._coloured:
                self._coloured.add(number)
                # Before its height is asked for: a bold selected span can change
                # line breaks, and setFormats has Qt lay the block out again.
                block.layout().setFormats(self._block_formats(block))
            top += self.blockBoundingRect(block).height()
            block = block.next()

    def _block_formats(self, block: QTextBlock) -> list[QTextLayout.FormatRange]:
        assert self.span_index is not None and self.offsets is not None
        block_start = block.position()
        palette = self.palette()
        ranges = []
        for segment in self.span_index.segments(block.blockNumber()):
            start = self.offsets.to_utf16(segment.start)
            span = QTextLayout.FormatRange()
            span.start = start - block_start
            span.length = self.offsets.to_utf16(segment.end) - start
            span.format = self.format_for(segment.covering, palette)
            ranges.append(span)
        if self.suggestion_index is not None:
            for segment in self.suggestion_index.segments(block.blockNumber()):
                start = self.offsets.to_utf16(segment.start)
                span = QTextLayout.FormatRange()
                span.start = start - block_start
                span.length = self.offsets.to_utf16(segment.end) - start
                span.format = self._suggestion_format(segment.covering[-1].layer, palette)
                ranges.append(span)
        return ranges

    def _suggestion_format(self, layer_name: str, palette: QPalette) -> QTextCharFormat:
        key = ("suggestion", layer_name)
        cached = self._formats.get(key)
        if cached is None:
            layer = self.schema.layer(layer_name)
            cached = QTextCharFormat()
            cached.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            cached.setUnderlineColor(underline_color(layer.color if layer else "#888888", palette))
            self._formats[key] = cached
        return cached

    def block_formats(self, line: int) -> list[tuple[int, int, QTextCharFormat]]:
        """(start, length, format) in UTF-16 units as applied to ``line`` (for tests)."""
        block = self.document().findBlockByNumber(line)
        return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]

    # -- formats -------------------------------------------------------------

    def format_for(self, covering: tuple[Annotation, ...], palette: QPalette) -> QTextCharFormat:
        """Innermost span gives the background; an enclosing span shows as an underline."""
        key = tuple(a.layer + ("*" if a.id == self.selected_id else "") for a in covering)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        inner = covering[-1]
        selected = any(a.id == self.selected_id for a in covering)
        fmt = QTextCharFormat()
        layer = self.schema.layer(inner.layer)
        color = layer.color if layer else "#888888"
        fmt.setBackground(highlight_background(color, palette, selected=selected))
        if len(covering) > 1:
            outer = self.schema.layer(covering[0].layer)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(underline_color(outer.color if outer else color, palette))
        if selected:
            # Not bold: a heavier weight widens the letters, lines re-wrap and click
            # targets move. A stronger colour and a thick underline change no metrics.
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(underline_color(color, palette))
            fmt.setFontUnderline(True)
        self._formats[key] = fmt
        return fmt

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour_all()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_reading_layout()

    def _fit_reading_layout(self) -> None:
        """Line height, paragraph spacing and margins in proportion to the font."""
        natural = QFontMetricsF(self.font()).lineSpacing()
        self.document().setDocumentMargin(round(natural))
        self._reading_layout.set_line_height(natural)

    def ensureCursorVisible(self) -> None:
        super().ensureCursorVisible()
        self._keep_caret_whole()

    def _keep_caret_whole(self) -> None:
        """Scroll on by lines while the caret's line is cut by the bottom edge.

        Qt scrolls a plain text view (arrow keys, ``ensureCursorVisible``) by
        summing line heights as if lines touched; the reading layout's leading
        between them makes those sums short, so the caret's line was left up to
        one leading below the edge. One more line of scrolling brings it in.
        """
        bar = self.verticalScrollBar()
        while bar.value() < bar.maximum():
            caret = self.cursorRect()
            # (a line that starts at the top already: scrolling would only hide it)
            if caret.top() <= 0 or caret.bottom() < self.viewport().height():
                return
            bar.setValue(bar.value() + 1)

    # -- positions -----------------------------------------------------------

    def to_qt(self, code_point: int) -> int:
        return self.offsets.to_utf16(code_point) if self.offsets else 0

    def from_qt(self, utf16: int) -> int:
        return self.offsets.to_code_point(utf16) if self.offsets else 0

    def selection(self) -> tuple[int, int]:
        """The selected range in code points (start == end when nothing is selected)."""
        cursor = self.textCursor()
        return self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())

    def place_caret(self, position: int) -> None:
        """No selection, the caret at ``position`` (code points)."""
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(position))
        self.setTextCursor(cursor)

    def set_selection(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def annotations_at_qt(self, utf16: int) -> list[Annotation]:
        if self.span_index is None:
            return []
        return self.span_index.at(self.from_qt(utf16))

    # -- input ---------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab cycles annotations here; QWidget would otherwise move focus first.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            cycle = key_index("text.cycle", event)
            if cycle is not None:
                self.cycleRequested.emit(-1 if cycle else 1)  # (next, previous)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if pressed("text.escape", event):
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            self.escapePressed.emit()
            event.accept()
            return
        if pressed("text.form", event):
            self.formRequested.emit()
            event.accept()
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key_text = event.text().lower()
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            layer = self._layer_keys.get(key_text)
            if layer is not None:
                self.tagRequested.emit(layer)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._repaint_frame_only(lambda: super(SourceView, self).focusInEvent(event))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._repaint_frame_only(lambda: super(SourceView, self).focusOutEvent(event))

    def _repaint_frame_only(self, handle: Callable[[], None]) -> None:
        """Let Qt handle a focus change, repainting only the frame, which may show it.

        ``QWidget`` repaints the whole widget when the focus comes or goes, and with
        it the scroll bar and every line on screen: about 2 ms of a 20 ms key press
        that tags (the focus moves on to the label's form). The caret and the
        selection, which do change, repaint their own lines (the text control asks
        the viewport for that, which stays free to update).
        """
        if not self.updatesEnabled():  # someone else holds the updates: leave them be
            handle()
            return
        self.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            handle()
        finally:
            self.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)
        self.update(QRegion(self.rect()).subtracted(QRegion(self.contentsRect())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport():
            if event.type() == QEvent.Type.ToolTip:
                position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
                found = self.annotations_at_qt(position)
                if found:
                    tip = plain_text.tooltip(self._tooltip(found))
                    QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
                else:
                    QToolTip.hideText()
                return True
            if (
                event.type() == QEvent.Type.MouseButtonRelease
                and not self.textCursor().hasSelection()
            ):
                position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
                found = self.annotations_at_qt(position)
                if found:
                    self.annotationClicked.emit(found[-1].id)
        return super().eventFilter(watched, event)

    def _tooltip(self, annotations: list[Annotation]) -> str:
        parts = []
        for a in annotations:
            layer = self.schema.layer(a.layer)
            title = layer.title if layer else a.layer
            values = ", ".join(f"{k}: {v}" for k, v in a.attributes.items() if v not in (None, ""))
            parts.append(f"{title}" + (f" — {values}" if values else ""))
        return "\n".join(parts)
