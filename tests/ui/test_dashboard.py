"""Review → Team dashboard: the team report in the window, charts from memory, saved whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from annotator.core.schema import Schema
from annotator.ui import main_window
from annotator.ui.dashboard import TeamDashboard
from annotator.ui.window import MainWindow
from tests.team.scenario import team_project
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import child
from tests.ui.test_appearance import dark_palette


@pytest.fixture
def team_window(qtbot: QtBot, tmp_path: Path, news_schema: Schema) -> Iterator[MainWindow]:
    team = team_project(tmp_path, news_schema)
    window = main_window(team.lead, "lead")
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_the_menu_opens_the_dashboard_with_every_chart(
    team_window: MainWindow, qtbot: QtBot, palette_name: str
) -> None:
    original = QApplication.palette()
    if palette_name == "dark":
        QApplication.setPalette(dark_palette())
    try:
        team_window.named_actions["actionTeamDashboard"].trigger()
        dashboard = team_window.findChild(TeamDashboard, "teamDashboard")
        assert dashboard is not None and dashboard.isVisible()
        text = dashboard.view.toPlainText()
        for expected in ("Team report: lead.sqlite", "Progress", "Time per document",
                         "Agreement", "stance · polarity", "alice", "carol"):  # fmt: skip
            assert expected in text, expected
        document = dashboard.view.document()
        for name in ("progress.png", "time.png", "agreement.png", "confusion-0.png"):
            image = document.resource(QTextDocument.ResourceType.ImageResource.value, name)
            assert isinstance(image, QImage) and image.width() > 200, name
        dashboard.resize(1024, 700)
        qtbot.wait(50)
        path = save_screenshot(dashboard, f"team-dashboard-{palette_name}.png")
        assert path.stat().st_size > 20_000
    finally:
        QApplication.setPalette(original)


def test_save_writes_the_self_contained_page(
    team_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saved.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(target), ""))
    )
    team_window.named_actions["actionTeamDashboard"].trigger()
    dashboard = child(team_window, TeamDashboard, "teamDashboard")
    dashboard.save_button.click()
    page = target.read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') == 4
    assert 'src="progress.png"' not in page


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", ("Raport zespołu: lead.sqlite", "Postęp", "Czas na dokument", "Zgodność",
                "Porównano: 6 dokumentów przydzielonych", "stance · polarity")),
        ("ru", ("Отчёт команды: lead.sqlite", "Ход работы", "Время на документ", "Согласие",
                "Сравнивались: 6 документов, назначенных", "stance · polarity")),
    ],
)  # fmt: skip
def test_the_dashboard_speaks_the_windows_language(
    qtbot: QtBot,
    tmp_path: Path,
    news_schema: Schema,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    expected: tuple[str, ...],
) -> None:
    """The report's sentences come from the Qt-free team/ package: the window words them
    in its language (the CLI's file stays English: tests/team, tests/cli)."""
    monkeypatch.setenv("ANNOTATOR_LANG", language)
    team = team_project(tmp_path, news_schema)
    window = main_window(team.lead, "lead")
    qtbot.addWidget(window)
    window.show()
    window.named_actions["actionTeamDashboard"].trigger()
    dashboard = window.findChild(TeamDashboard, "teamDashboard")
    assert dashboard is not None
    text = dashboard.view.toPlainText()
    for line in expected:
        assert line in text, line
    assert f'<html lang="{language}">' in dashboard.html
    dashboard.resize(1024, 700)
    qtbot.wait(50)
    save_screenshot(dashboard, f"team-dashboard-{language}.png")
    window.close()
