"""The first-run welcome: who is annotating, and what to open.

People who label news are often not programmers. A bare "name?" prompt
followed by an empty-looking window leaves them guessing, so the first start
asks the name and offers the four ways in: the sample articles, a new
project, an existing one, or their own files. Choosing only returns a
``WelcomeResult``; ``annotator.ui.app`` opens the window, so this dialog
never touches a project file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import GOLD
from annotator.locations import default_project_path
from annotator.ui.colors import error_color
from annotator.ui.dialogs import project_filter
from annotator.ui.focus_frame import with_focus_ring
from annotator.ui.icons import app_icon
from annotator.ui.language import translate
from annotator.ui.settings import last_folder, remember_folder


class WelcomeChoice(StrEnum):
    SAMPLE = "sample"
    NEW = "new"
    OPEN = "open"
    IMPORT = "import"


@dataclass(frozen=True)
class WelcomeResult:
    """What the person chose. ``project_path`` None means the seeded sample project."""

    name: str
    choice: WelcomeChoice
    project_path: Path | None

    @property
    def import_files(self) -> bool:
        return self.choice is WelcomeChoice.IMPORT


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be an annotator name, in words for the person typing it."""
    if not name:
        return translate("Welcome", "Enter your name first: it is saved with every label you make.")
    if name == GOLD:
        return translate(
            "Welcome", "“{name}” is reserved for the adjudicated labels; choose another name."
        ).format(name=GOLD)
    return None


def _documents_folder() -> str:
    """Where new projects are proposed: a folder people can find again, not a hidden one."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


class WelcomeDialog(QDialog):
    """Asks the annotator's name and what to open; ``result_choice`` holds the answer."""

    error_label: QLabel

    def __init__(self, project_path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(translate("Welcome", "Welcome to annotator"))
        self.result_choice: WelcomeResult | None = None
        # A project named on the command line replaces the sample as the first offer.
        given = Path(project_path).expanduser() if project_path else None
        is_sample = given is None or given.resolve() == default_project_path().resolve()
        self._offered = None if is_sample else given
        self._build()

    def _build(self) -> None:
        icon = QLabel()
        icon.setPixmap(self._icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(translate("Welcome", "Welcome to annotator"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            translate(
                "Welcome",
                "Label stances, quotes and figures in news articles. "
                "Everything you do is saved as you go: there is no Save button.",
            )
        )
        intro.setWordWrap(True)
        heading_text = QVBoxLayout()
        heading_text.addWidget(title)
        heading_text.addWidget(intro)
        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addSpacing(8)
        heading.addLayout(heading_text, 1)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("welcomeName")
        self.name_edit.setPlaceholderText(translate("Welcome", "e.g. alice"))
        self.name_edit.textChanged.connect(lambda _text: self.error_label.hide())
        name_hint = QLabel(
            translate(
                "Welcome",
                "Saved with every label you make, so that a reviewer can compare annotators.",
            )
        )
        name_hint.setWordWrap(True)
        name_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.addRow(translate("Welcome", "Your &name:"), self.name_edit)
        self.name_edit.setAccessibleName(translate("Welcome", "Your name"))
        self.name_edit.setAccessibleDescription(name_hint.text())
        form.addRow("", name_hint)
        self.error_label = QLabel()
        self.error_label.setObjectName("welcomeError")
        self.error_label.setWordWrap(True)
        red = error_color(self.error_label.palette())
        self.error_label.setStyleSheet(f"color: {red}; font-weight: bold;")
        self.error_label.hide()

        if self._offered is None:
            first = (
                translate("Welcome", "Open the sample project"),
                translate("Welcome", "Five news articles to try the tools on"),
            )
        else:
            first = (
                translate("Welcome", "Open {name}").format(name=self._offered.name),
                str(self._offered),
            )
        self.sample_button = self._choice_button(*first, WelcomeChoice.SAMPLE)
        self.new_button = self._choice_button(
            translate("Welcome", "Create a new project…"),
            translate("Welcome", "An empty project with the news schema, saved where you choose"),
            WelcomeChoice.NEW,
        )
        self.open_button = self._choice_button(
            translate("Welcome", "Open an existing project…"),
            translate("Welcome", "A project file (.sqlite) of yours or a colleague's"),
            WelcomeChoice.OPEN,
        )
        self.import_button = self._choice_button(
            translate("Welcome", "Import your own articles…"),
            translate("Welcome", "Text, Markdown, JSONL or CSV files, into a new project"),
            WelcomeChoice.IMPORT,
        )
        self.sample_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Welcome", "Quit"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(heading)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addSpacing(8)
        question = QLabel(translate("Welcome", "What would you like to do?"))
        question_font = question.font()
        question_font.setBold(True)
        question.setFont(question_font)
        layout.addWidget(question)
        choices = QVBoxLayout()
        choices.setSpacing(0)
        for button in (self.sample_button, self.new_button, self.open_button, self.import_button):
            choices.addWidget(button)
        layout.addLayout(choices)
        layout.addStretch(1)  # spare height goes below the choices, not between them
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self.resize(520, 0)
        self._fit_height()
        self.name_edit.setFocus()

    @staticmethod
    def _icon() -> QIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = app_icon()
        return icon

    def _choice_button(
        self, text: str, description: str, choice: WelcomeChoice
    ) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setAccessibleDescription(description)
        with_focus_ring(button)
        button.setObjectName(f"welcome{choice.value.capitalize()}Button")
        button.clicked.connect(lambda _checked=False: self.choose(choice))
        return button

    def _fit_height(self) -> None:
        """As tall as the content needs at the current width.

        Wrapped labels make Qt's size hint too tall at first, and a message
        shown later would otherwise squeeze the choice buttons.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.height():
            self.resize(self.width(), needed)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._fit_height()

    def choose(self, choice: WelcomeChoice) -> None:
        """Check the name, ask for the file the choice needs, and close with the answer."""
        name = self.name_edit.text().strip()
        problem = name_problem(name)
        if problem:
            self._show_error(problem)
            self.name_edit.setFocus()
            return
        if choice is WelcomeChoice.SAMPLE:
            path = self._offered
        elif choice is WelcomeChoice.OPEN:
            path = self._ask_existing_project()
        else:
            title = (
                translate("Welcome", "New project")
                if choice is WelcomeChoice.NEW
                else translate("Welcome", "New project for your articles")
            )
            path = self._ask_new_project(title)
        if choice is not WelcomeChoice.SAMPLE and path is None:
            return  # the file dialog was cancelled: stay here and let them choose again
        self.result_choice = WelcomeResult(name, choice, path)
        self.accept()

    def _ask_existing_project(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Welcome", "Open project"),
            last_folder(_documents_folder()),
            project_filter(),
        )
        if path:
            remember_folder(path)
        return Path(path) if path else None

    def _ask_new_project(self, title: str) -> Path | None:
        suggested = str(Path(last_folder(_documents_folder())) / "news-project.sqlite")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, project_filter())
        if not path:
            return None
        remember_folder(path)
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        if target.exists():
            self._show_error(
                translate(
                    "Welcome", "{path} already exists; choose a new name, or open it instead."
                ).format(path=target)
            )
            return None
        return target


def ask_welcome(project_path: str | Path | None = None) -> WelcomeResult | None:
    """Show the welcome dialog; None when the person quits."""
    dialog = WelcomeDialog(project_path)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.result_choice if accepted else None
    # Its buttons' lambdas refer back to it, so dropping it would not free it.
    dialog.deleteLater()
    return choice
