"""Render resources/icons/annotator.svg to the PNG sizes desktops and installers ask for.

The SVG is the source; the PNGs are committed because X11 window icons, the
hicolor theme's fixed-size folders and Windows/macOS icon converters all want
bitmaps, and rendering them at build time would make packaging depend on a
display-capable Qt. Run it again after editing the SVG:

    .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, target: Path) -> None:
    """One square PNG with a transparent background, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"{target}: could not be written")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "annotator.svg"
    for size in SIZES:
        target = ICONS / f"annotator-{size}.png"
        render(svg, size, target)
        print(f"wrote {target.relative_to(ICONS.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
