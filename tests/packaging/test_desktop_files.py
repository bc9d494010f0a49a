"""The menu entry, icons and AppStream data, and installing them for one user.

Checked in pure Python so the suite needs no extra system packages; the
reference validators (desktop-file-validate, appstreamcli) run too when the
machine has them.
"""

from __future__ import annotations

import configparser
import importlib.util
import shlex
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from annotator import __version__
from tests.packaging.conftest import ROOT

RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / "annotator.desktop"
METAINFO = RESOURCES / "io.github.annotator.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
    "Network", "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip


def _entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_desktop_entry_starts_the_installed_command() -> None:
    entry = _entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Comment"]
    command = shlex.split(entry["Exec"])[0]
    assert command in _pyproject()["project"]["scripts"]
    assert entry["Icon"] == "annotator"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert "Office" in categories.split(";")
    assert set(categories.strip(";").split(";")) <= MAIN_CATEGORIES


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


def test_metainfo_matches_the_desktop_entry_and_the_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == _pyproject()["project"]["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("provides/binary") == "annotator"
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for the new version"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_passes_appstreamcli() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _render_svg(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(RESOURCES / "icons/annotator.svg")).render(painter)
    painter.end()
    return image


def _difference(a: QImage, b: QImage, x: int, y: int) -> int:
    one, two = a.pixelColor(x, y), b.pixelColor(x, y)
    return max(
        abs(one.red() - two.red()),
        abs(one.green() - two.green()),
        abs(one.blue() - two.blue()),
        abs(one.alpha() - two.alpha()),
    )


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icons_are_rendered_from_the_svg(size: int, qapp: QApplication) -> None:
    """A stale PNG (the SVG edited, render_icons.py not run) fails here.

    Compared with a tolerance, not byte for byte, so that another Qt's
    antialiasing does not fail it.
    """
    png = QImage(str(RESOURCES / f"icons/annotator-{size}.png"))
    assert (png.width(), png.height()) == (size, size)
    png = png.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    fresh = _render_svg(size)
    step = max(1, size // 32)
    points = [(x, y) for x in range(0, size, step) for y in range(0, size, step)]
    differing = [point for point in points if _difference(png, fresh, *point) > 16]
    assert len(differing) <= len(points) // 100, f"run packaging/render_icons.py ({differing[:5]})"


def test_svg_icon_is_square_and_valid(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(RESOURCES / "icons/annotator.svg"))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height() > 0


def _installer() -> ModuleType:
    path = ROOT / "packaging/install_desktop.py"
    spec = importlib.util.spec_from_file_location("install_desktop", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake_program(tmp_path: Path) -> Path:
    """An executable in a folder with a space, as on many home folders."""
    program = tmp_path / "My Apps" / "annotator"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\necho annotator\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def test_install_desktop_puts_everything_in_place_for_one_user(
    tmp_path: Path, fake_program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installer = _installer()
    monkeypatch.setenv("PATH", "/nonexistent")  # no annotator command yet: a wrapper is due
    data, bin_dir = tmp_path / "share", tmp_path / "bin"
    written = installer.install(fake_program, data, bin_dir)

    desktop = data / "applications/annotator.desktop"
    assert desktop in written
    entry = _entry(desktop)
    assert entry["Exec"] == f'"{fake_program}"'
    assert entry["TryExec"] == str(fake_program)
    for size in ICON_SIZES:
        assert (data / f"icons/hicolor/{size}x{size}/apps/annotator.png").is_file()
    assert (data / "icons/hicolor/scalable/apps/annotator.svg").is_file()
    assert (data / "metainfo/io.github.annotator.metainfo.xml").is_file()
    wrapper = bin_dir / "annotator"
    assert subprocess.run([str(wrapper)], capture_output=True, text=True).stdout == "annotator\n"
    if shutil.which("desktop-file-validate", path="/usr/bin:/bin"):
        validate = subprocess.run(
            ["/usr/bin/desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert validate.returncode == 0, validate.stdout

    removed = installer.uninstall(data, bin_dir)
    assert desktop in removed and wrapper in removed
    assert not desktop.exists() and not wrapper.exists()


def test_install_desktop_never_replaces_someone_elses_command(
    tmp_path: Path, fake_program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installer = _installer()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    foreign = bin_dir / "annotator"
    foreign.write_text("#!/bin/sh\necho pipx\n", encoding="utf-8")
    foreign.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    written = installer.install(fake_program, tmp_path / "share", bin_dir)
    assert foreign not in written
    assert "pipx" in foreign.read_text(encoding="utf-8")
    installer.uninstall(tmp_path / "share", bin_dir)
    assert foreign.exists()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/opt/annotator/annotator", "/opt/annotator/annotator"),
        ("/home/a b/annotator", '"/home/a b/annotator"'),
        ('/tmp/q"uote$/annotator', '"/tmp/q\\\\"uote\\\\$/annotator"'),
        ("/tmp/100%/annotator", "/tmp/100%%/annotator"),
    ],
)
def test_exec_argument_follows_the_desktop_entry_quoting(path: str, expected: str) -> None:
    assert _installer().desktop_exec_argument(Path(path)) == expected
