"""Wheel build hook: compile the interface translations before the wheel is packed.

``resources/`` goes into the wheel as ``annotator/_resources`` (pyproject.toml's
force-include), so the ``.qm`` files compiled here beside their ``.ts`` sources ship
with it. PySide6-Essentials is in ``build-system.requires`` for its ``lrelease``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sys.path.insert(0, str(Path(self.root) / "packaging"))
        try:
            from translations import compile_all
        finally:
            sys.path.pop(0)
        compile_all()
