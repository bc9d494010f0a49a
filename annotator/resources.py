"""Where the bundled default schema, guidelines and seed articles are.

In a source checkout (and an editable install) they are the top-level
``resources/`` and ``seeds/`` folders; a wheel carries them inside the
package as ``annotator/_resources`` and ``annotator/_seeds``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[-1]


def resources_dir() -> Path:
    return _first_existing(_PACKAGE / "_resources", _PACKAGE.parent / "resources")


def seeds_dir() -> Path:
    return _first_existing(_PACKAGE / "_seeds", _PACKAGE.parent / "seeds")


def default_schema_path() -> Path:
    return resources_dir() / "schemas" / "news.toml"


def guidelines_path() -> Path:
    return resources_dir() / "guidelines.md"
