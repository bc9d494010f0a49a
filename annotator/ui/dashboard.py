"""Review → Team dashboard: the team report (``annotator report``) inside the window.

The page is the same HTML as the file; only the charts differ in where they
live: the file carries them as data URIs, here they are handed to the text
document as image resources under their names, so nothing is ever read from
disk or the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.store.project import Project
from annotator.ui.context import AppContext
from annotator.ui.language import current_language, error_text, shown, translate
from annotator.ui.settings import last_folder, remember_folder


class _ReportBrowser(QTextBrowser):
    """Shows the report's images from the document's resources, and loads nothing else."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)  # see dialogs._OfflineBrowser
        blank.fill(0)
        return blank


class TeamDashboard(QDialog):
    """Progress, time, agreement and confusion heat maps of the project, refreshable."""

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDashboard")
        self.setWindowTitle(
            translate("TeamDashboard", "Team dashboard — {name}").format(name=project_path.name)
        )
        self.project_path = project_path
        self.html = ""
        self.view = _ReportBrowser()
        self.view.setObjectName("teamDashboardView")
        self.view.setOpenLinks(False)
        # The report is a page with white charts: shown as paper in a dark theme too, so
        # its grey notes and table lines keep their contrast.
        paper = self.view.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#202020"))
        self.view.setPalette(paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = QPushButton(translate("TeamDashboard", "&Refresh"))
        self.save_button = QPushButton(translate("TeamDashboard", "&Save as HTML…"))
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 720)

    def refresh(self) -> None:
        """Read the project again (its own connection: the window's edits are committed)."""
        from annotator.team.report import data_uri, gather, render_html

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with Project.open(self.project_path) as project:
                report = gather(project)
            document = QTextDocument(self.view)
            images: dict[str, bytes] = {}

            def image_here(name: str, png: bytes) -> str:
                document.addResource(
                    QTextDocument.ResourceType.ImageResource.value,
                    QUrl(name),
                    QImage.fromData(png, "PNG"),  # type: ignore[arg-type]  # PySide6 takes str
                )
                images[name] = png
                return name

            page = render_html(report, image_here, say=shown, language=current_language())
            document.setHtml(page)
            self.view.setDocument(document)
            for name, png in images.items():  # what Save writes: the self-contained file
                page = page.replace(f'src="{name}"', f'src="{data_uri(name, png)}"')
            self.html = page
        except AnnotatorError as error:
            self.view.setPlainText(error_text(error))
        finally:
            QApplication.restoreOverrideCursor()

    def save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("TeamDashboard", "Save the team report"),
            str(Path(last_folder("")) / "team-report.html"),
            translate("TeamDashboard", "HTML files (*.html)"),
        )
        if path:
            remember_folder(path)
            from annotator.io.atomic import atomic_text_writer

            with atomic_text_writer(Path(path)) as handle:
                handle.write(self.html)


def open_dashboard(context: AppContext) -> TeamDashboard:
    """Review → Team dashboard: one dashboard per main window, refreshed when opened."""
    window = context.window
    dashboard = window.findChild(TeamDashboard, "teamDashboard")
    if dashboard is None:
        dashboard = TeamDashboard(context.project.path, window)
    dashboard.refresh()
    dashboard.show()
    dashboard.raise_()
    dashboard.activateWindow()
    return dashboard
