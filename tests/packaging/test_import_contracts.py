"""Every module is under the import-linter contracts (a module left out is checked by none).

import-linter's layers contract only constrains the layers it names: a new
``annotator/ui/<module>`` or a new Qt-free package that nobody adds to
pyproject.toml silently escapes the rules (as ui/panes, ui/suggestions, ui/theme
and ui/undo_keys once did).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "annotator"


def contracts() -> dict[str, dict[str, Any]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def modules_in(folder: Path) -> set[str]:
    return {
        path.stem if path.is_file() else path.name
        for path in folder.iterdir()
        if (path.suffix == ".py" and path.stem not in {"__init__", "__main__"})
        or (path.is_dir() and (path / "__init__.py").exists())
    }


def named_layers(layers: list[str]) -> set[str]:
    return {name.strip() for layer in layers for name in layer.split("|")}


def test_every_ui_module_is_in_a_ui_layer() -> None:
    [ui_layers] = [c for c in contracts().values() if c.get("containers") == ["annotator.ui"]]
    assert modules_in(PACKAGE / "ui") - named_layers(ui_layers["layers"]) == set()


def test_every_module_of_a_ui_subpackage_with_layers_is_in_one() -> None:
    """The windows' own parts (the review window's panes, the label controllers) are
    layered too, so a pane cannot reach back into the window that composes it."""
    layered = {
        c["containers"][0]: c["layers"]
        for c in contracts().values()
        if c.get("type") == "layers" and c.get("containers", [""])[0].startswith("annotator.ui.")
    }
    assert set(layered) >= {"annotator.ui.review", "annotator.ui.editing"}
    for container, layers in layered.items():
        folder = PACKAGE / container.removeprefix("annotator.").replace(".", "/")
        assert modules_in(folder) - named_layers(layers) == set(), container


def test_every_other_module_is_in_the_qt_free_core() -> None:
    [no_qt] = [c for c in contracts().values() if "PySide6" in c.get("forbidden_modules", [])]
    checked = {name.removeprefix("annotator.") for name in no_qt["source_modules"]}
    assert modules_in(PACKAGE) - {"ui"} - checked == set()


def test_every_ui_module_but_operations_is_kept_from_the_bulk_writes() -> None:
    [bulk] = [
        c for c in contracts().values() if "annotator.io.importer" in c.get("forbidden_modules", [])
    ]
    kept = {name.removeprefix("annotator.ui.") for name in bulk["source_modules"]}
    assert modules_in(PACKAGE / "ui") - {"operations"} - kept == set()
