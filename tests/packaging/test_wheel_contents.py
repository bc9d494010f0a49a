"""The wheel carries the schema, guidelines, icons and seed articles inside the package.

A wheel built from a checkout must work without the checkout: ``pipx install .``
users have only what the wheel holds. Builds with ``python -m build`` when the
``package`` extra is installed (also checking the sdist), otherwise with
``pip wheel``; both run hatchling, in a few seconds.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    if importlib.util.find_spec("build"):
        command = [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)]
    else:
        command = [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return out


def test_wheel_holds_resources_and_seeds(built: Path) -> None:
    (wheel,) = built.glob("annotator-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "annotator/_resources/schemas/news.toml" in names
    assert "annotator/_resources/guidelines.md" in names
    assert "annotator/_resources/icons/annotator.svg" in names
    assert "annotator/_resources/annotator.desktop" in names
    # The compiled interface translations (hatch_build.py runs lrelease), one per .ts.
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        assert f"annotator/_resources/translations/{source.stem}.qm" in names, source.name
    assert any(name.endswith("annotator_pl.qm") for name in names)
    seeds = {name for name in names if name.startswith("annotator/_seeds/")}
    expected = {f"annotator/_seeds/{path.name}" for path in (ROOT / "seeds").glob("*.txt")}
    assert expected and seeds == expected
    assert not any(name.startswith(("tests/", "packaging/")) for name in names)


def test_sdist_holds_what_a_wheel_is_built_from(built: Path) -> None:
    sdists = list(built.glob("annotator-*.tar.gz"))
    if not sdists:
        pytest.skip("sdist checked only with `build` installed (make package-test)")
    with tarfile.open(sdists[0]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("resources/schemas/news.toml", "resources/guidelines.md", "pyproject.toml"):
        assert needed in names
    assert any(name.startswith("seeds/") and name.endswith(".txt") for name in names)
