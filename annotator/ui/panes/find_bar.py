"""Find in the text: a field over the source view (Enter: next match, wrapping round)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from annotator.ui.language import translate
from annotator.ui.shortcut_table import pressed
from annotator.ui.undo_keys import pass_undo_keys_to_window
from annotator.ui.views.source_view import SourceView


class FindBar(QLineEdit):
    def __init__(self, source_view: SourceView, say: Callable[[str, int], None]) -> None:
        """``say(message, milliseconds)`` shows a passing message ("not found")."""
        super().__init__()
        self._view, self._say = source_view, say
        self.setObjectName("findBar")
        self.setPlaceholderText(translate("MainWindow", "Find in text (Enter: next, Esc: close)"))
        self.setAccessibleName(translate("MainWindow", "Find in text"))
        self.count = QLabel()  # "3 of 12": the window puts it beside the field
        self.count.setObjectName("findCount")
        self.hide()
        self.count.hide()
        pass_undo_keys_to_window(self)
        self.textChanged.connect(lambda _text: self.find_next(restart=True))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if pressed("find.next", event):  # Esc (close) is an action: actions.py
            self.find_next()
            event.accept()
            return
        super().keyPressEvent(event)

    def open(self) -> None:
        self.show()
        self.count.show()
        self.setFocus()
        self.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and give the keys back to the text."""
        self.hide()
        self.count.hide()
        self._view.setFocus()

    def find_next(self, restart: bool = False) -> None:
        """Select the next match after the selection (from the start when ``restart``)."""
        needle, text = self.text(), self._view.text
        if not needle or not text:
            return
        _, end = self._view.selection()
        origin = 0 if restart else end
        pattern = re.compile(re.escape(needle), re.IGNORECASE)
        match = pattern.search(text, origin) or pattern.search(text, 0)
        if match is None:
            self.count.setText(translate("MainWindow", "no match"))
            self._say(translate("MainWindow", "“{text}” not found").format(text=needle), 3000)
            return
        starts = [found.start() for found in pattern.finditer(text)]
        self.count.setText(
            translate("MainWindow", "{current} of {total}").format(
                current=bisect_left(starts, match.start()) + 1, total=len(starts)
            )
        )
        self._view.set_selection(match.start(), match.end())
        self._view.ensureCursorVisible()
