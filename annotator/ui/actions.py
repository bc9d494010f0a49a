"""Menus, actions and their shortcuts.

Every shortcut is a menu action, so the Help → Keyboard shortcuts list is
generated from the actions themselves and cannot drift from what the keys do.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.io.formats import export_formats
from annotator.ui import shortcut_table
from annotator.ui.backups import restore_from_backup
from annotator.ui.language import layer_title, translate
from annotator.ui.language_menu import add_language_menu
from annotator.ui.theme import choose_theme, saved_theme

if TYPE_CHECKING:
    from types import ModuleType

    from annotator.ui.context import AppContext
    from annotator.ui.window import MainWindow


def dialogs() -> ModuleType:
    """The dialogs module, imported when a menu item first opens one: the window's first
    paint (bench row 7) does not wait for every dialog's code and its imports."""
    from annotator.ui import dialogs

    return dialogs


def open_dashboard(context: AppContext) -> None:
    from annotator.ui.dashboard import open_dashboard

    open_dashboard(context)


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

    def add(
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        name: str | None = None,
        *,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = _action(window, menu, text, slot, shortcut, name, context=context)
        if name:
            found[name] = action
        return action

    file_menu = bar.addMenu(translate("Actions", "&File"))
    add(
        file_menu,
        translate("Actions", "&New project…"),
        lambda: dialogs().new_project(context),
        QKeySequence.StandardKey.New,
    )
    add(
        file_menu,
        translate("Actions", "&Open project…"),
        lambda: dialogs().open_project(context),
        QKeySequence.StandardKey.Open,
    )
    recent = file_menu.addMenu(translate("Actions", "Recent projects"))
    recent.aboutToShow.connect(lambda: dialogs().fill_recent_menu(context, recent))
    file_menu.addSeparator()
    add(
        file_menu,
        translate("Actions", "&Import…"),
        lambda: dialogs().import_files(context),
        "Ctrl+I",
        "actionImport",
    )
    add(
        file_menu,
        translate("Actions", "Export &CSV…"),
        lambda: dialogs().export(context, "csv"),
        "Ctrl+E",
        "actionExportCsv",
    )
    for fmt in export_formats():  # every other export format, from the formats table
        if fmt.name != "csv":
            # JSONL's menu text predates the table and has its translations.
            text = f"Export {fmt.title}…"
            if fmt.name == "jsonl":
                text = translate("Actions", "Export &JSONL…")
            add(
                file_menu,
                text,
                partial(lambda name: dialogs().export(context, name), fmt.name),
                None,
                f"actionExport{fmt.name.capitalize()}",
            )
    add(
        file_menu,
        translate("Actions", "&Restore backup…"),
        lambda: restore_from_backup(context),
        None,
        "actionRestoreBackup",
    )
    file_menu.addSeparator()
    add(
        file_menu,
        translate("Actions", "S&witch annotator…"),
        lambda: dialogs().switch_annotator(context),
        None,
        "actionSwitchAnnotator",
    )
    file_menu.addSeparator()
    add(
        file_menu,
        translate("Actions", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
        "actionQuit",
    )

    edit_menu = bar.addMenu(translate("Actions", "&Edit"))
    undo = window.operations.undo_group.createUndoAction(window, translate("Actions", "&Undo"))
    undo.setObjectName("actionUndo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = window.operations.undo_group.createRedoAction(window, translate("Actions", "&Redo"))
    redo.setObjectName("actionRedo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        edit_menu.addAction(action)
        window.addAction(action)
        found[action.objectName()] = action
    edit_menu.addSeparator()
    add(
        edit_menu,
        translate("Actions", "&Delete annotation"),
        window.edits.delete_selected,
        "Delete",
        "actionDelete",
    )
    add(
        edit_menu,
        translate("Actions", "Grow span end by a word"),
        lambda: window.edits.resize_selected("end", 1),
        "Alt+Shift+Right",
        "actionGrowEnd",
    )
    add(
        edit_menu,
        translate("Actions", "Shrink span end by a word"),
        lambda: window.edits.resize_selected("end", -1),
        "Alt+Shift+Left",
        "actionShrinkEnd",
    )
    add(
        edit_menu,
        translate("Actions", "Grow span start by a word"),
        lambda: window.edits.resize_selected("start", 1),
        "Alt+Shift+Up",
        "actionGrowStart",
    )
    add(
        edit_menu,
        translate("Actions", "Shrink span start by a word"),
        lambda: window.edits.resize_selected("start", -1),
        "Alt+Shift+Down",
        "actionShrinkStart",
    )
    edit_menu.addSeparator()
    add(
        edit_menu,
        translate("Actions", "&Find in text…"),
        window.show_find,
        QKeySequence.StandardKey.Find,
        "actionFind",
    )

    annotate = bar.addMenu(translate("Actions", "&Annotate"))
    for layer in window.project.schema.layers:
        text = translate("Actions", "Tag selection as {layer}").format(layer=layer_title(layer))
        # The bare layer key is handled by the text view (it must not fire while typing in a
        # form field); the menu shows it and offers the action by mouse.
        action = add(
            annotate,
            text,
            partial(window.edits.tag_selection, layer.name),
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
        translate("Actions", "Next annotation"),
        lambda: window.labels.cycle(1),
        shortcut_table.KEYS["text.cycle"][0],
        "actionNextAnnotation",
        context=Qt.ShortcutContext.WidgetShortcut,
    )
    add(
        annotate,
        translate("Actions", "Previous annotation"),
        lambda: window.labels.cycle(-1),
        shortcut_table.KEYS["text.cycle"][1],
        "actionPreviousAnnotation",
        context=Qt.ShortcutContext.WidgetShortcut,
    )
    add(
        annotate,
        translate("Actions", "Back to the text"),
        window.source_view.setFocus,
        "Ctrl+T",
        "actionFocusText",
    )
    # Enter in the text does the same; the text view handles that key itself, as it
    # does the layer keys (a Return shortcut would also fire for a message box
    # that has not taken the focus yet).
    edit_form = add(
        annotate,
        translate("Actions", "&Edit attributes of the selected annotation (Enter in the text)"),
        window.edits.edit_selected_form,
        "F2",
        "actionEditForm",
    )
    window.source_view.formRequested.connect(edit_form.trigger)
    none_menu = annotate.addMenu(translate("Actions", "&None present"))
    for number, layer in enumerate(window.project.schema.layers[:9], 1):
        add(
            none_menu,
            translate("Actions", "No {layer} in this document").format(
                layer=layer_title(layer).lower()
            ),
            partial(window.edits.toggle_none_present, layer.name),
            f"Alt+{number}",
            f"actionNonePresent_{layer.name}",
        )
    annotate.addSeparator()
    add(
        annotate,
        translate("Actions", "&Mark document done"),
        window.mark_done,
        "Ctrl+Return",
        "actionMarkDone",
    )
    found["actionMarkDone"].setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    add(
        annotate,
        translate("Actions", "&Next document"),
        lambda: window.step_document(1),
        "Alt+Right",
        "actionNextDocument",
    )
    add(
        annotate,
        translate("Actions", "&Previous document"),
        lambda: window.step_document(-1),
        "Alt+Left",
        "actionPreviousDocument",
    )
    add(
        annotate,
        translate("Actions", "Next &unfinished document"),
        window.next_unfinished,
        "Ctrl+Alt+Right",
        "actionNextUnfinished",
    )

    view = bar.addMenu(translate("Actions", "&View"))
    theme_menu = view.addMenu(translate("Actions", "&Theme"))
    themes = QActionGroup(window)
    current = saved_theme()
    for theme, label in (("system", translate("Actions", "&System")),
                         ("light", translate("Actions", "&Light")),
                         ("dark", translate("Actions", "&Dark"))):  # fmt: skip
        chosen = add(theme_menu, label, partial(choose_theme, theme), None, f"actionTheme_{theme}")
        chosen.setCheckable(True)
        chosen.setChecked(theme == current)
        themes.addAction(chosen)
    snap = add(
        view,
        translate("Actions", "&Snap selections to whole words"),
        lambda: setattr(window.edits, "snap_words", snap.isChecked()),
        None,
        "actionSnapWords",
    )
    snap.setCheckable(True)
    snap.setChecked(window.edits.snap_words)
    add(
        view,
        translate("Actions", "&Refresh"),
        window.refresh,
        QKeySequence.StandardKey.Refresh,
        "actionRefresh",
    )
    add(
        view,
        translate("Actions", "Zoom &in"),
        lambda: window.source_view.zoomIn(1),
        "Ctrl+=",
        "actionZoomIn",
    )
    found["actionZoomIn"].setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
    add(
        view,
        translate("Actions", "Zoom &out"),
        lambda: window.source_view.zoomOut(1),
        "Ctrl+-",
        "actionZoomOut",
    )
    add(
        view,
        translate("Actions", "Filter documents"),
        lambda: window.document_filter.setFocus(),
        "Ctrl+L",
        "actionFilterDocuments",
    )
    view.addSeparator()
    add_language_menu(window, view)

    review = bar.addMenu(translate("Actions", "&Review"))
    add(
        review,
        translate("Actions", "&Disagreements…"),
        lambda: dialogs().open_review(context, "disagreements"),
        "Ctrl+Shift+R",
        "actionReview",
    )
    add(
        review,
        translate("Actions", "&Agreement report…"),
        lambda: dialogs().open_review(context, "agreement"),
        None,
        "actionAgreement",
    )
    add(
        review,
        translate("Actions", "&Team dashboard…"),
        lambda: open_dashboard(context),
        None,
        "actionTeamDashboard",
    )
    add(
        review,
        translate("Actions", "&Merge annotator projects…"),
        lambda: dialogs().merge_projects(context),
        None,
        "actionMerge",
    )

    help_menu = bar.addMenu(translate("Actions", "&Help"))
    add(
        help_menu,
        translate("Actions", "&Keyboard shortcuts"),
        lambda: dialogs().show_shortcuts(window, shortcut_rows(window)),
        "F1",
        "actionShortcuts",
    )
    add(
        help_menu,
        translate("Actions", "Annotation &guidelines"),
        lambda: dialogs().toggle_guidelines(context),
        "Shift+F1",
        "actionGuidelines",
    )
    add(
        help_menu,
        translate("Actions", "&About annotator"),
        lambda: dialogs().about(context),
        None,
        "actionAbout",
    )

    window.source_view.escapePressed.connect(window.escape)
    # Esc in the find field closes it and returns to the text (as the placeholder says).
    close_find = QAction(translate("Actions", "Close find"), window.find_bar)
    close_find.setShortcuts([QKeySequence(k) for k in shortcut_table.KEYS["find.close"]])
    close_find.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    close_find.triggered.connect(lambda _checked=False: window.hide_find())
    window.find_bar.addAction(close_find)
    return found


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, then the other keys."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        title = menu.title().replace("&", "")
        actions = list(menu.actions())
        while actions:
            action = actions.pop(0)
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                actions[:0] = submenu.actions()
                continue
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if keys:
                rows.append((title, action.text().replace("&", ""), keys))
    return rows + shortcut_table.rows()
