"""Document text, metadata and labels are shown as plain text: markup loads and runs nothing.

A document is made of HTML and Markdown that would fetch a file if Qt read it
as rich text. Every place the window shows it must show the characters as typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.core.model import Annotation, Document, Origin
from annotator.core.schema import load_schema
from annotator.resources import default_schema_path
from annotator.store.project import Project
from annotator.ui import main_window
from annotator.ui.dialogs import _OfflineBrowser
from annotator.ui.window import MainWindow

IMAGE = "tests-artifact-probe.png"


@pytest.fixture
def probe(tmp_path: Path) -> Path:
    """A real image file that rich text would load if it interpreted the markup."""
    from PySide6.QtGui import QImage

    path = tmp_path / IMAGE
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    return path


def _hostile(probe: Path) -> str:
    return (
        f'<img src="{probe.as_uri()}"> <b>bold</b> <a href="https://example.com">link</a>\n'
        f"![tracker]({probe.as_uri()}) <script>alert(1)</script> &amp; 🇺🇦"
    )


@pytest.fixture
def hostile_window(qtbot: QtBot, tmp_path: Path, probe: Path) -> MainWindow:
    text = _hostile(probe)
    document = Document(None, "<b>name</b>.txt", text, title=f'<img src="{probe.as_uri()}">')
    label = Annotation(
        "evil", 0, "alice", "quote", 0, len(text.split("\n")[0]),
        {"speaker": f'<img src="{probe.as_uri()}">'}, origin=Origin.MANUAL,
    )  # fmt: skip
    path = tmp_path / "hostile.sqlite"
    with Project.open(path, create=True, schema=load_schema(default_schema_path())) as project:
        project.documents.add([(document, [label])])
    window = main_window(path, "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _as_rendered(tooltip: str) -> str:
    """What Qt shows for a tooltip string (rich text is guessed the way QToolTip does)."""
    if not GuiQt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_text_title_and_labels_show_the_markup_itself(
    hostile_window: MainWindow, probe: Path
) -> None:
    window = hostile_window
    text = _hostile(probe)
    assert window.source_view.toPlainText() == text.replace("\n", "\u2029").replace("\u2029", "\n")
    # Nothing in the text view is an image: every fragment is plain characters.
    block = window.source_view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            assert not iterator.fragment().charFormat().isImageFormat()
            iterator += 1
        block = block.next()
    assert window.title_label.text() == f'<img src="{probe.as_uri()}">'
    assert window.title_label.textFormat() == Qt.TextFormat.PlainText

    documents = window.documents
    tip = documents.data(documents.index(0, documents.NAME), Qt.ItemDataRole.ToolTipRole)
    assert _as_rendered(tip) == f'<b>name</b>.txt\n<img src="{probe.as_uri()}">'

    annotations = window.panel.model
    tip = annotations.data(annotations.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert _as_rendered(tip).startswith(f'<img src="{probe.as_uri()}"> <b>bold</b>')


def test_hover_tooltip_over_a_label_is_plain(
    hostile_window: MainWindow, qtbot: QtBot, probe: Path
) -> None:
    view = hostile_window.source_view
    found = view.annotations_at_qt(3)
    assert [a.id for a in found] == ["evil"]
    shown: list[str] = []
    from PySide6.QtWidgets import QToolTip

    original = QToolTip.showText
    try:
        QToolTip.showText = lambda _pos, text, *_args: shown.append(text)  # type: ignore[method-assign]
        rect = view.cursorRect(view.textCursor())
        qtbot.mouseMove(view.viewport(), rect.center() + QPoint(4, 0))
        event_pos = rect.center() + QPoint(4, 0)
        from PySide6.QtGui import QHelpEvent

        QApplication.sendEvent(
            view.viewport(),
            QHelpEvent(QHelpEvent.Type.ToolTip, event_pos, view.viewport().mapToGlobal(event_pos)),
        )
    finally:
        QToolTip.showText = original  # type: ignore[method-assign]
    assert shown, "no tooltip was shown over the label"
    assert _as_rendered(shown[-1]) == f'Quote — speaker: <img src="{probe.as_uri()}">'


def test_error_messages_are_plain(hostile_window: MainWindow, qtbot: QtBot, probe: Path) -> None:
    hostile_window.show_error(f'bad file <img src="{probe.as_uri()}">.txt:3: reason')
    box = hostile_window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith("bad file <img")
    box.close()


def test_guidelines_never_load_images(qtbot: QtBot, probe: Path) -> None:
    browser = _OfflineBrowser()
    qtbot.addWidget(browser)
    browser.document().setMarkdown(f"# Rules\n\n![probe]({probe.as_uri()})\n")
    browser.show()
    qtbot.waitExposed(browser)
    resource = browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(probe.as_uri())
    )
    assert not _is_image(resource)
    # The same Markdown in a plain QTextBrowser does load the file: the check can fail.
    from PySide6.QtWidgets import QTextBrowser

    plain = QTextBrowser()
    qtbot.addWidget(plain)
    plain.document().setMarkdown(f"# Rules\n\n![probe]({probe.as_uri()})\n")
    plain.show()
    qtbot.waitExposed(plain)
    loaded = plain.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(probe.as_uri())
    )
    assert _is_image(loaded)


def _is_image(resource: object) -> bool:
    from PySide6.QtGui import QImage, QPixmap

    if isinstance(resource, QPixmap | QImage):
        return resource.width() > 1  # the probe is 4×4; the blocked answer is 1×1 blank
    if isinstance(resource, bytes | bytearray) or hasattr(resource, "data"):
        raw: Any = resource  # bytes, or a QByteArray (a buffer)
        return not QImage.fromData(bytes(raw)).isNull()
    return False
