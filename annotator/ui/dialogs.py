"""Dialogs and the File/Help menu commands that open them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.io.formats import import_file_filter
from annotator.locations import data_dir
from annotator.store.project import Project
from annotator.ui import plain_text
from annotator.ui.context import AppContext
from annotator.ui.focus_frame import as_tab_stop, with_focus_ring
from annotator.ui.language import error_text, translate
from annotator.ui.models.flat_table import FlatTableModel, Index
from annotator.ui.operations import jobs
from annotator.ui.settings import (
    last_folder,
    recent_projects,
    remember_annotator,
    remember_folder,
    remember_reviewer,
    remembered_reviewer,
)


def project_filter() -> str:
    """The file dialogs' filter for project files (a function: translated when asked)."""
    return translate("Dialogs", "annotator projects (*.sqlite *.annotator.sqlite);;All files (*)")


def _ask_name(parent: QWidget | None, title: str, prompt: str, current: str) -> str | None:
    """A name typed (stripped), or None when cancelled, empty or the reserved “gold”."""
    name, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, current)
    return _checked_name(parent, name, ok)


def _checked_name(parent: QWidget | None, name: str, ok: bool) -> str | None:
    """``name`` stripped, or None when the dialog was cancelled, it is empty or “gold”."""
    name = name.strip()
    if not ok or not name:
        return None
    if name == "gold":
        QMessageBox.warning(
            parent, "annotator", translate("Dialogs", "“gold” is reserved for adjudicated labels.")
        )
        return None
    return name


def ask_annotator_name(parent: QWidget | None, current: str = "") -> str | None:
    return _ask_name(
        parent,
        translate("Dialogs", "Annotator"),
        translate("Dialogs", "Your annotator name (saved with every label you make):"),
        current,
    )


def ask_reviewer_name(parent: QWidget | None, suggested: str) -> str | None:
    """The name review decisions are logged under, asked (or confirmed) as review opens.

    Not silently the annotator's: who decided what is the review log's whole point.
    """
    name = _ask_name(
        parent,
        translate("Dialogs", "Reviewer"),
        translate("Dialogs", "Reviewer name (every decision is logged under it):"),
        suggested,
    )
    if name is not None:
        remember_reviewer(name)
    return name


def choose_annotator_name(parent: QWidget | None, current: str, known: list[str]) -> str | None:
    """File → Switch annotator: the names known in the project to pick from, or a new one."""
    if not known:
        return ask_annotator_name(parent, current)
    names = [current, *[name for name in known if name != current]]
    name, ok = QInputDialog.getItem(
        parent,
        translate("Dialogs", "Annotator"),
        translate("Dialogs", "Work as (pick a name in this project, or type a new one):"),
        names,
        0,
        True,  # editable: a new annotator types their name
    )
    return _checked_name(parent, name, ok)


def switch_annotator(context: AppContext) -> None:
    known = [name for name in context.project.annotations.annotators() if name != "gold"]
    name = choose_annotator_name(context.window, context.annotator, known)
    if name and name != context.annotator:
        remember_annotator(name)
        context.operations.switch_annotator(name)


def new_project(context: AppContext) -> None:
    path, _ = QFileDialog.getSaveFileName(
        context.window,
        translate("Dialogs", "New project"),
        last_folder(str(data_dir())),
        project_filter(),
    )
    if path:
        remember_folder(path)
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        if target.exists():
            context.show_error(
                translate("Dialogs", "{path} already exists; choose a new name.").format(
                    path=target
                )
            )
            return
        context.open_path(target, create=True)


def open_project(context: AppContext) -> None:
    path, _ = QFileDialog.getOpenFileName(
        context.window,
        translate("Dialogs", "Open project"),
        last_folder(str(data_dir())),
        project_filter(),
    )
    if path:
        remember_folder(path)
        context.open_path(Path(path))


def fill_recent_menu(context: AppContext, menu: QMenu) -> None:
    menu.clear()
    for path in recent_projects():
        action = menu.addAction(path)
        action.triggered.connect(lambda _c=False, p=path: context.open_path(Path(p)))
    if not menu.actions():
        menu.addAction(translate("Dialogs", "(none yet)")).setEnabled(False)


def import_files(context: AppContext) -> None:
    window = context.window
    paths, _ = QFileDialog.getOpenFileNames(
        window, translate("Dialogs", "Import documents"), last_folder(""), import_file_filter()
    )
    if not paths:
        return
    remember_folder(paths[0])

    def done(message: str) -> None:
        QMessageBox.information(window, translate("Dialogs", "Import"), message)

    def unknown_labels(message: str) -> None:
        question = translate("Dialogs", "Add these labels to the schema as new layers?")
        answer = QMessageBox.question(
            window, translate("Dialogs", "Import"), f"{message}\n\n{question}"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def added(summary: str) -> None:
            # The window's panes are built from the schema: a new window shows the new layers.
            context.open_path(context.project.path)
            QMessageBox.information(None, translate("Dialogs", "Import"), summary)

        jobs.import_files(
            context.operations, window, paths, added, context.show_error, add_layers=True
        )

    jobs.import_files(
        context.operations,
        window,
        paths,
        done,
        context.show_error,
        on_unknown_labels=unknown_labels,
    )


def export(context: AppContext, name: str) -> None:
    """File → Export <format>…: the export dialog with that format chosen."""
    from annotator.ui import export_dialog

    export_dialog.export(context, name)


def merge_projects(context: AppContext) -> None:
    """Review → Merge annotator projects…: bring other annotators' files into this one.

    One transaction in the background (the store's merge); the report lists
    what was added and every conflict, which the reviewer resolves in review mode.
    """
    window = context.window
    paths, _ = QFileDialog.getOpenFileNames(
        window,
        translate("Dialogs", "Merge annotator projects"),
        last_folder(str(data_dir())),
        project_filter(),
    )
    if not paths:
        return
    remember_folder(paths[0])

    def done(lines: list[str]) -> None:
        plain_text.message(
            window, translate("Dialogs", "Merge"), "\n".join(lines), QMessageBox.Icon.Information
        )

    jobs.merge_projects(context.operations, window, paths, done, context.show_error)


def open_review(context: AppContext, tab: str) -> None:
    """Review → Disagreements… / Agreement report…: one review window per main window.

    It has its own connection to the project (closed with it), so the reviewer's
    decisions and the annotator's edits are separate transactions as always.
    """
    from annotator.ui.review.review_window import ReviewWindow

    window = context.window
    review = window.findChild(ReviewWindow, "reviewWindow")
    if review is None:
        reviewer = ask_reviewer_name(window, remembered_reviewer() or context.annotator)
        if reviewer is None:
            return
        try:
            project = Project.open(context.project.path)
        except AnnotatorError as error:
            context.show_error(error_text(error))
            return
        review = ReviewWindow(project, reviewer, window)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.destroyed.connect(lambda _object=None: project.close())
    review.tabs.setCurrentIndex(1 if tab == "agreement" else 0)
    review.show()
    review.raise_()
    review.activateWindow()


class ShortcutTableModel(FlatTableModel):
    """(menu, action, keys) rows, read from the actions themselves."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("Dialogs", "Where"),
            translate("Dialogs", "Action"),
            translate("Dialogs", "Keys"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None


def show_shortcuts(window: QMainWindow, rows: list[tuple[str, str, str]]) -> None:
    """Help → Keyboard shortcuts: ``rows`` are (menu, action, keys), read from the menus."""
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("Dialogs", "Keyboard shortcuts"))
    table = QTableView()
    table.setObjectName("shortcutTable")
    table.setAccessibleName(translate("Dialogs", "Keyboard shortcuts"))
    as_tab_stop(table)
    table.setModel(ShortcutTableModel(rows, dialog))
    table.verticalHeader().hide()
    # Where and keys fit their texts (no "Alt+Shift+Ri…"); the description takes the rest.
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    with_focus_ring(buttons.button(QDialogButtonBox.StandardButton.Close))
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(900, 600)
    dialog.open()


class _OfflineBrowser(QTextBrowser):
    """Shows Markdown without fetching anything: no remote images, no file access."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # A real (blank) image, not None or empty bytes: for an answer that is not
        # an image, Qt's image handler falls back to reading a local file itself.
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank


def toggle_guidelines(context: AppContext) -> None:
    window = context.window
    dock = window.findChild(QDockWidget, "guidelinesDock")
    if dock is None:
        dock = QDockWidget(translate("Dialogs", "Annotation guidelines"), window)
        dock.setObjectName("guidelinesDock")
        browser = _OfflineBrowser()
        browser.setOpenLinks(False)
        from annotator.team.packages import project_guidelines

        # A work package carries the guidelines it was made with; otherwise the bundled ones.
        text = project_guidelines(context.project) or translate(
            "Dialogs", "# Guidelines\n\nNo guidelines were found."
        )
        browser.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        dock.setWidget(browser)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.show()
        return
    dock.setVisible(not dock.isVisible())


def about(context: AppContext) -> None:
    """Version and where things are (what a bug report needs), and the licences we owe.

    Qt and PySide6 are used under the LGPLv3, which asks us to say so and to
    point to their source; a window-modal box (``open``) so tests can find it.
    """
    import html
    import platform

    window = context.window
    box = QMessageBox(window)
    box.setObjectName("aboutBox")
    box.setWindowTitle(translate("Dialogs", "About annotator"))
    icon = window.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)

    def paragraph(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"

    box.setText(
        f"<h3>annotator {__version__}</h3>"
        + paragraph(
            translate(
                "Dialogs",
                "Label stances, quotes and figures in news articles; "
                "merge annotators, measure agreement, adjudicate gold labels.",
            )
        )
    )
    rows = (
        (translate("Dialogs", "Project:"), str(context.project.path)),
        (translate("Dialogs", "Data folder:"), str(data_dir())),
    )
    table = "".join(
        f"<tr><td><b>{html.escape(name)}</b></td><td>{html.escape(value)}</td></tr>"
        for name, value in rows
    )
    licences = translate(
        "Dialogs",
        "It uses Qt {qt} and PySide6 {pyside} (Qt for Python), under the GNU Lesser General "
        "Public License v3 (LGPLv3); their source is at {link}. "
        "Python {python} is under the PSF licence.",
    ).format(
        qt=qVersion(),
        pyside=pyside_version,
        python=platform.python_version(),
        link="<a href='https://code.qt.io'>code.qt.io</a>",
    )
    box.setInformativeText(
        f"<table cellspacing='0' cellpadding='2'>{table}</table>"
        + paragraph(translate("Dialogs", "annotator is free software under the MIT licence."))
        + f"<p>{licences}</p>"
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    # Wide enough that a project path in the home folder fits on one line.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 460px; }")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
