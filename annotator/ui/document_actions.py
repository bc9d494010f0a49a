"""What the main window offers only while a document is open.

A new project has no documents: nothing to tag, tick, mark done, find, export or
review. Those menu entries, the layer buttons and the checklist are disabled
rather than answering "No document is open" (or writing an empty file), and the
empty text area says how to begin: File → Import… and its key. The same holds
when another program removes the last document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.ui.language import translate

if TYPE_CHECKING:
    from annotator.ui.window import MainWindow

NEEDS_A_DOCUMENT = frozenset(
    {
        # Edit
        "actionDelete",
        "actionGrowEnd",
        "actionShrinkEnd",
        "actionGrowStart",
        "actionShrinkStart",
        "actionFind",
        # Annotate
        "actionNextAnnotation",
        "actionPreviousAnnotation",
        "actionFocusText",
        "actionEditForm",
        "actionMarkDone",
        "actionNextDocument",
        "actionPreviousDocument",
        "actionNextUnfinished",
        # Suggestions
        "actionAcceptSuggestion",
        "actionRejectSuggestion",
        "actionNextSuggestion",
        "actionPreviousSuggestion",
        "actionSuggestDocument",
        # Review: nothing to compare yet
        "actionReview",
        "actionAgreement",
    }
)
"""Actions by object name; the per-layer and per-format ones by ``NEEDS_A_DOCUMENT_FAMILIES``."""

NEEDS_A_DOCUMENT_FAMILIES = ("actionTag_", "actionNonePresent_", "actionAcceptAll_", "actionExport")
"""Name prefixes of actions made once per layer or per export format."""


def needs_a_document(action_name: str) -> bool:
    return action_name in NEEDS_A_DOCUMENT or action_name.startswith(NEEDS_A_DOCUMENT_FAMILIES)


def menu_text(text: str) -> str:
    """A menu entry's text as it reads on screen (no ``&`` mnemonic markers)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def how_to_begin(window: MainWindow) -> str:
    """The empty text area's hint, naming the menu path and key the window really has."""
    import_action = window.named_actions["actionImport"]
    path = "{menu} → {entry}".format(  # names, not a sentence: the sentence is translated
        menu=menu_text(translate("Actions", "&File")),  # the File menu's title (actions.py)
        entry=menu_text(import_action.text()),
    )
    key = import_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return translate(
        "MainWindow",
        "This project has no documents yet.\n\nTo begin, import articles: {path} ({key}).",
    ).format(path=path, key=key)


def show_whether_a_document_is_open(window: MainWindow) -> None:
    """Enable what needs a document only while one is open; else show how to begin."""
    is_open = window.document is not None
    if is_open and window.panel.checklist.isEnabled():
        return  # from one document to the next: all is enabled already (~0.1 ms saved)
    for name, action in window.named_actions.items():
        if needs_a_document(name):
            action.setEnabled(is_open)
    for opener, submenu in _submenus(window):  # Annotate → None present: greyed as its entries
        names = [a.objectName() for a in submenu.actions() if not a.isSeparator()]
        if names and all(needs_a_document(name) for name in names):
            opener.setEnabled(is_open)
    window.panel.checklist.setEnabled(is_open)
    window.layer_bar.setEnabled(is_open)
    # "Select text and press a layer key…" asks for what an empty project lacks.
    window.editor.placeholder.setVisible(is_open)
    if not is_open:
        window.source_view.show_nothing(how_to_begin(window))


def _submenus(window: MainWindow) -> list[tuple[QAction, QMenu]]:
    """The menu bar's submenus, each with the action that opens it."""
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                found.append((action, submenu))
    return found
