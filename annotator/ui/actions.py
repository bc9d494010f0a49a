"""Menus, actions and their shortcuts.

Every shortcut is a menu action, so the Help → Keyboard shortcuts list is
generated from the actions themselves and cannot drift from what the keys do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.ui import dialogs
from annotator.ui.backups import restore_from_backup

if TYPE_CHECKING:
    from annotator.ui.window import MainWindow


def _action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence.StandardKey | None = None,
    name: str | None = None,
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    if name:
        action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    window.addAction(action)
    return action


def install(window: MainWindow) -> dict[str, QAction]:
    context = window.context
    bar = window.menuBar()
    found: dict[str, QAction] = {}

    def add(menu: QMenu, text: str, slot: Callable[[], object], shortcut=None, name=None, **kw):  # type: ignore[no-untyped-def]
        action = _action(window, menu, text, slot, shortcut, name, **kw)
        if name:
            found[name] = action
        return action

    file_menu = bar.addMenu("&File")
    add(
        file_menu,
        "&New project…",
        lambda: dialogs.new_project(context),
        QKeySequence.StandardKey.New,
    )
    add(
        file_menu,
        "&Open project…",
        lambda: dialogs.open_project(context),
        QKeySequence.StandardKey.Open,
    )
    recent = file_menu.addMenu("Recent projects")
    recent.aboutToShow.connect(lambda: dialogs.fill_recent_menu(context, recent))
    file_menu.addSeparator()
    add(
        file_menu,
        "&Import…",
        lambda: dialogs.import_files(context),
        "Ctrl+I",
        "actionImport",
    )
    add(
        file_menu,
        "Export &CSV…",
        lambda: dialogs.export(context, "csv"),
        "Ctrl+E",
        "actionExportCsv",
    )
    add(
        file_menu,
        "Export &JSONL…",
        lambda: dialogs.export(context, "jsonl"),
        None,
        "actionExportJsonl",
    )
    add(
        file_menu,
        "&Restore backup…",
        lambda: restore_from_backup(context),
        None,
        "actionRestoreBackup",
    )
    file_menu.addSeparator()
    add(
        file_menu,
        "S&witch annotator…",
        lambda: dialogs.switch_annotator(context),
        None,
        "actionSwitchAnnotator",
    )
    file_menu.addSeparator()
    add(file_menu, "&Quit", window.close, QKeySequence.StandardKey.Quit, "actionQuit")

    edit_menu = bar.addMenu("&Edit")
    undo = window.operations.undo_group.createUndoAction(window, "&Undo")
    undo.setObjectName("actionUndo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = window.operations.undo_group.createRedoAction(window, "&Redo")
    redo.setObjectName("actionRedo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        edit_menu.addAction(action)
        window.addAction(action)
        found[action.objectName()] = action
    edit_menu.addSeparator()
    add(edit_menu, "&Delete annotation", window.delete_selected, "Delete", "actionDelete")
    add(
        edit_menu,
        "Grow span end by a word",
        lambda: window.resize_selected("end", 1),
        "Alt+Shift+Right",
        "actionGrowEnd",
    )
    add(
        edit_menu,
        "Shrink span end by a word",
        lambda: window.resize_selected("end", -1),
        "Alt+Shift+Left",
        "actionShrinkEnd",
    )
    add(
        edit_menu,
        "Grow span start by a word",
        lambda: window.resize_selected("start", 1),
        "Alt+Shift+Up",
        "actionGrowStart",
    )
    add(
        edit_menu,
        "Shrink span start by a word",
        lambda: window.resize_selected("start", -1),
        "Alt+Shift+Down",
        "actionShrinkStart",
    )
    edit_menu.addSeparator()
    add(edit_menu, "&Find in text…", window.show_find, QKeySequence.StandardKey.Find, "actionFind")

    annotate = bar.addMenu("&Annotate")
    for layer in window.project.schema.layers:
        text = f"Tag selection as {layer.title}"
        # The bare layer key is handled by the text view (it must not fire while typing in a
        # form field); the menu shows it and offers the action by mouse.
        action = add(
            annotate,
            text,
            lambda n=layer.name: window.tag_selection(n),
            None,
            f"actionTag_{layer.name}",
        )
        if layer.key:
            action.setShortcut(QKeySequence(layer.key.upper()))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            window.source_view.addAction(action)
    annotate.addSeparator()
    add(
        annotate,
        "Next annotation",
        lambda: window.cycle_annotation(1),
        "Tab",
        "actionNextAnnotation",
        context=Qt.ShortcutContext.WidgetShortcut,
    )
    add(
        annotate,
        "Previous annotation",
        lambda: window.cycle_annotation(-1),
        "Shift+Tab",
        "actionPreviousAnnotation",
        context=Qt.ShortcutContext.WidgetShortcut,
    )
    add(annotate, "Back to the text", window.source_view.setFocus, "Ctrl+T", "actionFocusText")
    annotate.addSeparator()
    add(annotate, "&Mark document done", window.mark_done, "Ctrl+Return", "actionMarkDone")
    found["actionMarkDone"].setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    add(
        annotate,
        "&Next document",
        lambda: window.step_document(1),
        "Alt+Right",
        "actionNextDocument",
    )
    add(
        annotate,
        "&Previous document",
        lambda: window.step_document(-1),
        "Alt+Left",
        "actionPreviousDocument",
    )
    add(
        annotate,
        "Next &unfinished document",
        window.next_unfinished,
        "Ctrl+Alt+Right",
        "actionNextUnfinished",
    )

    view = bar.addMenu("&View")
    snap = add(
        view,
        "&Snap selections to whole words",
        lambda: setattr(window, "snap_words", snap.isChecked()),
        None,
        "actionSnapWords",
    )
    snap.setCheckable(True)
    snap.setChecked(window.snap_words)
    add(view, "&Refresh", window.refresh, QKeySequence.StandardKey.Refresh, "actionRefresh")
    add(view, "Zoom &in", lambda: window.source_view.zoomIn(1), "Ctrl+=", "actionZoomIn")
    found["actionZoomIn"].setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
    add(view, "Zoom &out", lambda: window.source_view.zoomOut(1), "Ctrl+-", "actionZoomOut")
    add(
        view,
        "Filter documents",
        lambda: window.document_filter.setFocus(),
        "Ctrl+L",
        "actionFilterDocuments",
    )

    review = bar.addMenu("&Review")
    add(review, "&Disagreements…", lambda: dialogs.open_review(context, "disagreements"),
        "Ctrl+Shift+R", "actionReview")  # fmt: skip
    add(review, "&Agreement report…", lambda: dialogs.open_review(context, "agreement"), None,
        "actionAgreement")  # fmt: skip
    add(review, "&Merge annotator projects…", lambda: dialogs.merge_projects(context), None,
        "actionMerge")  # fmt: skip

    help_menu = bar.addMenu("&Help")
    add(
        help_menu,
        "&Keyboard shortcuts",
        lambda: dialogs.show_shortcuts(window, shortcut_rows(window)),
        "F1",
        "actionShortcuts",
    )
    add(
        help_menu,
        "Annotation &guidelines",
        lambda: dialogs.toggle_guidelines(context),
        "Shift+F1",
        "actionGuidelines",
    )
    add(help_menu, "&About annotator", lambda: dialogs.about(context), None, "actionAbout")

    window.source_view.escapePressed.connect(window.escape)
    return found


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, plus the layer keys."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        title = menu.title().replace("&", "")
        for action in menu.actions():
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if keys:
                rows.append((title, action.text().replace("&", ""), keys))
    return rows
