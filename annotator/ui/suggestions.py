"""Suggestions in the window: drawn dashed in the layer colour, decided by key.

The suggesters run offline (``annotator suggest`` or Suggestions → Suggest for
this document); here an annotator sees the open ones of the current document,
per layer as they choose, and accepts (the label's form opens, prefilled) or
rejects the one at the caret, jumps between them, or accepts all of one layer.
Every decision goes through the operations layer, so it is one undo step and
one ``changed`` signal like any edit. An annotator for whom the project turned
suggestions off (a blind baseline, ``annotator suggest --off-for NAME``) sees none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.core.changes import Changes
from annotator.core.model import Annotation, Document
from annotator.core.suggestion import Suggestion, SuggestionStatus
from annotator.store.suggestions import document_suggestions, suggestions_off
from annotator.ui.language import layer_title, translate

if TYPE_CHECKING:
    from annotator.ui.window import MainWindow


def as_annotation(suggestion: Suggestion) -> Annotation:
    """A suggestion in the shape the span index draws (its id marks it as a suggestion)."""
    return Annotation(
        id=f"suggestion:{suggestion.id}",
        document_id=suggestion.document_id,
        annotator="",
        layer=suggestion.layer,
        start=suggestion.start,
        end=suggestion.end,
        attributes=suggestion.attributes,
    )


class SuggestionMarks(QObject):
    """The current document's open suggestions, their menu and their keys."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hidden_layers: set[str] = set()
        self.shown: list[Suggestion] = []
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        window.operations.changed.connect(self._on_changed)
        window.operations.annotatorChanged.connect(lambda _name: self.reload())

    # -- what is shown -----------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self.window.operations.annotator not in suggestions_off(self.window.project)

    def show(self, document: Document) -> None:
        """Called when a document opens: draw its open suggestions."""
        self.reload(document)

    def reload(self, document: Document | None = None) -> None:
        document = document or self.window.document
        if document is None or document.id is None or not self.enabled:
            self.shown = []
        else:
            candidates = [
                s
                for s in document_suggestions(
                    self.window.project, document.id, [SuggestionStatus.OPEN]
                )
                if s.layer not in self.hidden_layers
            ]
            # The labels are read only when there is something for them to hide:
            # 10,000 of them take as long to read as the text takes to lay out.
            mine = {
                (a.layer, a.start, a.end)
                for a in (
                    self.window.project.annotations(document.id, self.window.operations.annotator)
                    if candidates
                    else ()
                )
            }
            self.shown = [s for s in candidates if s.span not in mine]
        view = self.window.source_view
        if self.shown or view.suggestion_index is not None:
            view.show_suggestions(as_annotation(s) for s in self.shown)

    def _on_changed(self, changes: Changes) -> None:
        """Read again only when suggestions may look different: an edit of a label
        (every key press in a form) must not cost a query and a repaint of the text."""
        document = self.window.document
        if document is None or not changes.touches(document.id):
            return
        if changes.everything or document.id in changes.suggestions:
            self.reload()
        elif self.shown and (changes.added or changes.removed or changes.updated):
            self.reload()  # a label now at a suggestion's place hides it

    def at_caret(self) -> Suggestion | None:
        """The innermost shown suggestion under the caret (or ending right at it)."""
        view = self.window.source_view
        caret = view.from_qt(view.textCursor().position())
        covering = [s for s in self.shown if s.start <= caret <= s.end]
        return min(covering, key=lambda s: s.end - s.start) if covering else None

    # -- keys --------------------------------------------------------------------

    def accept_at_caret(self) -> None:
        found = self._needed()
        if found is None or found.id is None:
            return
        added = self.window.operations.accept_suggestions(
            found.document_id, [found.id], translate("Suggestions", "Accept suggestion")
        )
        if added:
            self.window.select_annotation_id(added[0].id, scroll=False)
            self.window.editor.focus_first()

    def reject_at_caret(self) -> None:
        found = self._needed()
        if found is not None and found.id is not None:
            self.window.operations.reject_suggestion(found.document_id, found.id)

    def step(self, delta: int) -> None:
        """Select the next (``delta`` 1) or previous (-1) suggestion after the caret."""
        view = self.window.source_view
        caret = view.from_qt(view.textCursor().selectionStart())
        ordered = sorted(self.shown, key=lambda s: (s.start, s.end))
        if delta > 0:
            following = [s for s in ordered if s.start > caret]
            target = following[0] if following else (ordered[0] if ordered else None)
        else:
            before = [s for s in ordered if s.start < caret]
            target = before[-1] if before else (ordered[-1] if ordered else None)
        if target is None:
            self._say(translate("Suggestions", "No open suggestions in this document."))
            return
        view.set_selection(target.start, target.end)
        view.ensureCursorVisible()
        values = ", ".join(f"{k}: {v}" for k, v in target.attributes.items())
        layer = self.window.project.schema.layer(target.layer)
        self._say(f"{layer_title(layer) if layer else target.layer}: {values}")

    def accept_layer(self, layer: str) -> None:
        document = self.window.document
        ids = [s.id for s in self.shown if s.layer == layer and s.id is not None]
        if document is None or document.id is None or not ids:
            self._say(translate("Suggestions", "No open suggestions of that layer here."))
            return
        label = translate("Suggestions", "Accept all suggestions: {layer}").format(layer=layer)
        self.window.operations.accept_suggestions(document.id, ids, label)

    def set_layer_shown(self, layer: str, shown: bool) -> None:
        if shown:
            self.hidden_layers.discard(layer)
        else:
            self.hidden_layers.add(layer)
        self.reload()

    def suggest_here(self) -> None:
        document = self.window.document
        if document is not None and document.id is not None:
            self.window.operations.suggest_document(document.id)

    def _needed(self) -> Suggestion | None:
        found = self.at_caret()
        if found is None:
            self._say(translate("Suggestions", "Put the caret on a suggestion (dashed) first."))
        return found

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 4000)

    # -- menu --------------------------------------------------------------------

    def _build_menu(self) -> None:
        window = self.window
        bar = window.menuBar()
        menu = QMenu(translate("Actions", "S&uggestions"), bar)
        existing = bar.actions()
        if existing:  # before Help, the last menu
            bar.insertMenu(existing[-1], menu)
        else:
            bar.addMenu(menu)

        def add(text: str, slot: object, shortcut: str | None, name: str) -> QAction:
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            menu.addAction(action)
            window.addAction(action)
            self.actions[name] = action
            return action

        add(translate("Actions", "&Accept suggestion at caret"), self.accept_at_caret,
            "Ctrl+Shift+A", "actionAcceptSuggestion")  # fmt: skip
        add(translate("Actions", "&Reject suggestion at caret"), self.reject_at_caret,
            "Ctrl+Shift+X", "actionRejectSuggestion")  # fmt: skip
        add(translate("Actions", "&Next suggestion"), lambda: self.step(1),
            "Ctrl+.", "actionNextSuggestion")  # fmt: skip
        add(translate("Actions", "&Previous suggestion"), lambda: self.step(-1),
            "Ctrl+,", "actionPreviousSuggestion")  # fmt: skip
        menu.addSeparator()
        for layer in window.project.schema.layers:
            title = layer_title(layer)
            add(translate("Actions", "Accept all: {layer}").format(layer=title),
                lambda name=layer.name: self.accept_layer(name), None,
                f"actionAcceptAll_{layer.name}")  # fmt: skip
        menu.addSeparator()
        for layer in window.project.schema.layers:
            title = layer_title(layer)
            action = add(translate("Actions", "Show: {layer}").format(layer=title),
                         lambda: None, None, f"actionShowSuggestions_{layer.name}")  # fmt: skip
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda shown, name=layer.name: self.set_layer_shown(name, shown))
        menu.addSeparator()
        add(translate("Actions", "Suggest for this &document"), self.suggest_here, None,
            "actionSuggestDocument")  # fmt: skip
