"""Where the genuine files of other annotation tools live (tests/fixtures/interchange/)."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"


def fixture(tool: str, name: str) -> Path:
    path = FIXTURES / tool / name
    assert path.exists(), path
    return path


def copy_fixture(tool: str, name: str, folder: Path) -> Path:
    """A copy under ``folder`` (tests never write beside the checked-in originals)."""
    source = fixture(tool, name)
    target = folder / source.name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copyfile(source, target)
    return target
