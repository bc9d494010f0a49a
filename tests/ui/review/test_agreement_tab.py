"""The Agreement tab: one section per layer, a match-mode and layer choice, an export
equal to ``annotator agreement``'s file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from annotator.cli import main
from annotator.review.agreement import agreement_report, schema_choices
from annotator.store.project import Project
from annotator.ui.language import install_language
from annotator.ui.review.review_window import ReviewWindow
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import child
from tests.ui.test_appearance import dark_palette


def expected_alpha(project_path: Path, match: str) -> float | None:
    """Krippendorff's alpha of stance polarity, straight from review.agreement."""
    with Project.open(project_path) as project:
        schema_layers = {
            layer.name: {a.name: a.type for a in layer.attributes}
            for layer in project.schema.layers
        }
        annotations = [a for a, _name, _text in project.annotations.iterate()]
        report = agreement_report(
            annotations, schema_layers, None, None, match, schema_choices(project.schema)
        )
    alpha: float | None = report["layers"]["stance"]["attributes"]["polarity"]["krippendorff_alpha"]
    return alpha


def polarity_alpha_cell(window: ReviewWindow) -> str:
    table = child(window, QTableWidget, "agreementTable_stance")
    headers = [header_text(table, c) for c in range(table.columnCount())]
    rows = [row_header_text(table, r) for r in range(table.rowCount())]
    cell = table.item(rows.index("Polarity"), headers.index("Krippendorff's alpha"))
    assert cell is not None
    return str(cell.text())


def header_text(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None, f"column {column} has no header"
    return item.text()


def row_header_text(table: QTableWidget, row: int) -> str:
    item = table.verticalHeaderItem(row)
    assert item is not None, f"row {row} has no header"
    return item.text()


def shown(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value, "f", 3)


def test_one_section_per_layer_with_the_reports_alpha(
    review: ReviewWindow, project_path: Path
) -> None:
    review.tabs.setCurrentIndex(1)
    tab = review.agreement_tab
    names = [layer.name for layer in review.project.schema.layers]
    for name in names:
        assert tab.findChild(QTableWidget, f"agreementTable_{name}") is not None
    alpha = expected_alpha(project_path, "overlap")
    assert alpha is not None
    assert polarity_alpha_cell(review) == shown(alpha)


def test_switching_the_match_mode_changes_the_figures(
    review: ReviewWindow, project_path: Path, qtbot: QtBot
) -> None:
    review.tabs.setCurrentIndex(1)
    tab = review.agreement_tab
    overlap = polarity_alpha_cell(review)
    tab.match.setCurrentIndex(tab.match.findData("exact"))
    qtbot.waitUntil(lambda: polarity_alpha_cell(review) != overlap)
    assert polarity_alpha_cell(review) == shown(expected_alpha(project_path, "exact"))


def test_choosing_a_layer_shows_only_its_section(review: ReviewWindow) -> None:
    review.tabs.setCurrentIndex(1)
    tab = review.agreement_tab
    tab.layers.setCurrentIndex(tab.layers.findData("quote"))
    assert list(tab.report["layers"]) == ["quote"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_writes_what_the_cli_writes(
    review: ReviewWindow, project_path: Path, tmp_path: Path, fmt: str
) -> None:
    review.tabs.setCurrentIndex(1)
    tab = review.agreement_tab
    tab.match.setCurrentIndex(tab.match.findData("exact"))
    tab.layers.setCurrentIndex(tab.layers.findData("stance"))
    written = tab.export(tmp_path / f"tab.{fmt}")
    cli = tmp_path / f"cli.{fmt}"
    result = CliRunner().invoke(
        main,
        ["--project", str(project_path), "agreement", "--match", "exact", "--layer", "stance",
         "--format", fmt, "-o", str(cli)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert written is not None
    assert written.read_bytes() == cli.read_bytes()
    assert b"krippendorff_alpha" in cli.read_bytes()


@pytest.mark.parametrize("language", ["en", "pl"])
@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_screenshots_of_the_agreement_tab(
    review: ReviewWindow, qtbot: QtBot, language: str, palette_name: str
) -> None:
    """Every column title fits at 1024×700, in English and Polish; pictures to look at."""
    install_language(language)
    original = QApplication.palette()
    if palette_name == "dark":
        QApplication.setPalette(dark_palette())
    window = ReviewWindow(review.project, "rita")  # built in the chosen language
    qtbot.addWidget(window)
    try:
        window.resize(1024, 700)
        window.show()
        window.tabs.setCurrentIndex(1)
        qtbot.wait(20)
        table = child(window, QTableWidget, "agreementTable_stance")
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            title = header_text(table, column)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
        path = save_screenshot(window, f"agreement-tab-{language}-{palette_name}.png")
        assert path.stat().st_size > 10_000
    finally:
        QApplication.setPalette(original)
        window.close()
