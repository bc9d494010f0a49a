"""In every language, no text is cut off: labels, buttons, tabs, menus and headers fit.

For each language the main window, the review window and every dialog are
opened at the smallest size we support (1024×700) and each visible label and
button is compared with the room it has: a one-line text needs its size hint's
width, a wrapped one the height its width asks for. Polish and Russian
screenshots of the main and review windows (1024×700 and 1600×1000, light and
dark) are saved under tests/artifacts/ to be looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.theme import apply_theme
from annotator.ui.window import MainWindow
from tests.seeded import ENGLISH, stance
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import answer_reviewer_name, shown_document

LANGUAGES = ("en", "pl", "ru", "uk")
SLACK = 1  # pixels of rounding between a size hint and a laid-out size


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def cut_off(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit the space it was given."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + SLACK:
                    problems.append(
                        f"{_name(widget)} {widget.text()!r}: needs {needed}px high, has "
                        f"{widget.height()}"
                    )
            elif widget.sizeHint().width() > widget.width() + SLACK:
                problems.append(
                    f"{_name(widget)} {widget.text()!r}: needs {widget.sizeHint().width()}px, "
                    f"has {widget.width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
            if isinstance(widget, QCheckBox) or widget.minimumSizeHint().width() > 0:
                needed = max(needed, widget.minimumSizeHint().width())
            if needed > widget.width() + SLACK:
                problems.append(
                    f"{_name(widget)} {widget.text()!r}: needs {needed}px, has {widget.width()}"
                )
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if needed > widget.width():
                problems.append(f"{_name(widget)} title {widget.title()!r} is cut")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index)
                room = widget.tabRect(index).width()
                if widget.fontMetrics().horizontalAdvance(text.replace("&", "")) > room:
                    problems.append(f"tab {text!r}: has {room}px")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                geometry = widget.actionGeometry(action)
                if geometry.isEmpty() or geometry.right() > widget.width():
                    problems.append(f"menu {action.text()!r} does not fit the menu bar")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) <= 0:
                    continue
                if section == widget.count() - 1 and widget.stretchLastSection():
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                needed = widget.sectionSizeHint(section)  # text, margins, sort indicator
                if needed > widget.sectionSize(section):
                    owner = _name(widget.parentWidget() or widget)
                    problems.append(
                        f"header {text!r} of {owner}: needs {needed}px, "
                        f"has {widget.sectionSize(section)}"
                    )
    return problems


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ANNOTATOR_LANG", request.param)
    return str(request.param)


@pytest.fixture
def translated_window(qtbot: QtBot, project_path: Path, language: str) -> Iterator[MainWindow]:
    _two_annotators_disagree(project_path)
    window = main_window(project_path, "alice")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitActive(window)
    # A label selected, so the attribute form and its choice buttons are on screen.
    window.source_view.set_selection(0, 12)
    window.edits.tag_selection("stance")
    QApplication.processEvents()
    yield window
    window.close()


def _two_annotators_disagree(project_path: Path) -> None:
    """Alice and Bob on the English seed, so the review window has versions to show."""
    with Project.open(project_path) as project:
        document = project.documents.by_name(ENGLISH)
        assert document is not None and document.id is not None
        text, doc = document.text, document.id
        for annotator, needle, polarity in (
            ("alice", "will not recognize the results", "against"),
            ("bob", "will not recognize the results", "favor"),
            ("alice", "specifically expressed his position", "against"),
        ):
            project.annotations.add(
                stance(doc, annotator, text, needle, holder="Kazakhstan", polarity=polarity)
            )


def modal_cut_off(opens: Callable[[], object]) -> list[str]:
    """What is cut off in the modal dialog ``opens`` shows (and waits for), then closes it;
    ["checked"] when it fits."""
    found: list[str] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, inspect)
            return
        QApplication.processEvents()
        found.extend(cut_off(dialog) or ["checked"])
        dialog.close()

    QTimer.singleShot(50, inspect)
    opens()
    return found


def _shown(dialog: QWidget, qtbot: QtBot) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_main_window_fits(translated_window: MainWindow, language: str) -> None:
    assert cut_off(translated_window) == []
    assert translated_window.width() <= 1024, "the content's minimum width widened the window"


def _geometries(root: QWidget) -> list[QRect]:
    return [w.geometry() for w in root.findChildren(QWidget)]


def settle(root: QWidget, rounds: int = 10) -> None:
    """Let the layouts finish: a scroll area lays its content out once, then again when
    its scroll bar appears and the content gets narrower (a wrapped label then needs
    another line). Events are processed until no widget moves or resizes any more."""

    def geometries() -> list[tuple[int, int, int, int]]:
        return [(g.x(), g.y(), g.width(), g.height()) for g in _geometries(root)]

    before = None
    for _ in range(rounds):
        QApplication.processEvents()
        now = geometries()
        if now == before:
            return
        before = now


def test_review_window_fits(translated_window: MainWindow, qtbot: QtBot) -> None:
    from annotator.ui import dialogs
    from annotator.ui.review.review_window import ReviewWindow

    answer_reviewer_name("rita")

    dialogs.open_review(translated_window.context, "disagreements")
    review = translated_window.findChild(ReviewWindow, "reviewWindow")
    assert review is not None
    review.resize(1024, 700)
    qtbot.waitExposed(review)
    QApplication.processEvents()
    problems = cut_off(review)
    if review.width() > 1024:  # the content's minimum width pushed the window wider
        problems.append(f"the review window needs {review.width()}px, more than 1024")
    review.tabs.setCurrentIndex(1)
    settle(review)
    problems += cut_off(review)
    assert problems == []
    review.close()


def test_dialogs_fit(translated_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from annotator.ui import dialogs
    from annotator.ui.backups import RestoreDialog
    from annotator.ui.review.edit_dialog import EditVersionDialog
    from annotator.ui.welcome import WelcomeDialog

    window = translated_window
    shown: dict[str, QWidget] = {}
    shown["welcome"] = _shown(WelcomeDialog(), qtbot)
    shown["restore"] = _shown(RestoreDialog(tmp_path, window), qtbot)
    assert window.selected is not None
    shown["edit version"] = _shown(
        EditVersionDialog(
            window.project.schema, window.selected, shown_document(window).text, window
        ),
        qtbot,
    )
    from annotator.ui.actions import shortcut_rows

    dialogs.show_shortcuts(window, shortcut_rows(window))
    dialogs.about(window.context)
    not_done = modal_cut_off(window.mark_done)  # "not done yet": an attribute is empty
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            shown.setdefault(dialog.objectName() or type(dialog).__name__, dialog)
    assert not_done and len(shown) >= 5, list(shown)
    problems = [f"{name}: {p}" for name, dialog in shown.items() for p in cut_off(dialog)]
    problems += [f"not done yet: {p}" for p in not_done if p != "checked"]
    for widget in shown.values():
        widget.close()
    assert problems == []


def test_asking_the_annotator_name_fits(translated_window: MainWindow) -> None:
    from annotator.ui import dialogs

    assert modal_cut_off(lambda: dialogs.ask_annotator_name(translated_window, "alice")) == [
        "checked"
    ]
    assert modal_cut_off(lambda: dialogs.ask_reviewer_name(translated_window, "rita")) == [
        "checked"
    ]


def _dark(widget: QWidget) -> None:
    """The app's own dark theme, switched as View → Theme → Dark does (with the window
    open), not a look-alike made here."""
    apply_theme("dark")


@pytest.mark.parametrize("language", ["pl", "ru"], indirect=True)
@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_in_polish_and_russian(
    translated_window: MainWindow, qtbot: QtBot, language: str, size: tuple[int, int], theme: str
) -> None:
    from annotator.ui import dialogs
    from annotator.ui.review.review_window import ReviewWindow

    original = QApplication.palette()
    try:
        if theme == "dark":
            _dark(translated_window)
        translated_window.resize(*size)
        QApplication.processEvents()
        name = f"{language}-{theme}-{size[0]}x{size[1]}"
        assert save_screenshot(translated_window, f"main-{name}.png").stat().st_size > 0
        answer_reviewer_name("rita")
        dialogs.open_review(translated_window.context, "disagreements")
        review = translated_window.findChild(ReviewWindow, "reviewWindow")
        assert review is not None
        review.resize(*size)
        qtbot.waitExposed(review)
        QApplication.processEvents()
        assert save_screenshot(review, f"review-{name}.png").stat().st_size > 0
        assert cut_off(translated_window) == [] and cut_off(review) == []
        review.tabs.setCurrentIndex(1)  # the agreement report, with the translated method
        settle(review)
        assert save_screenshot(review, f"agreement-{name}.png").stat().st_size > 0
        assert cut_off(review) == []
        review.close()
    finally:
        apply_theme("system")
        QApplication.setPalette(original)


def test_the_check_sees_cut_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    label = QLabel("Zaimportowano 5 dokumentów do nowego projektu")
    button = QPushButton("Przyjmij wszystkie zgodne adnotacje")
    wrapped = QLabel("Słowo " * 60)
    wrapped.setWordWrap(True)
    for widget in (label, button, wrapped):
        widget.setFixedWidth(60)
        layout.addWidget(widget)
    wrapped.setFixedHeight(20)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    found = cut_off(box)
    assert len(found) == 3, found
    for widget in (label, button):
        widget.setFixedWidth(widget.sizeHint().width())
    wrapped.setFixedHeight(wrapped.heightForWidth(60))
    assert cut_off(box) == []
