"""Compile the interface translations: resources/translations/*.ts -> *.qm (Qt's lrelease).

Run by ``make translations`` (which ``make run``, ``make test`` and ``make package``
depend on) and by the wheel build (``hatch_build.py``), so a wheel or app never
ships a catalogue older than its source. The ``.qm`` files are build products and
are not committed: lrelease comes with PySide6-Essentials, which every environment
that runs the app (and the isolated build environment, see pyproject.toml's
build-system) has anyway.

    python packaging/translations.py            # compile what is out of date
    python packaging/translations.py --update   # also refresh the .ts from the code (lupdate)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("pl", "ru", "uk")
PLURALS_ONLY = ("en",)
"""English needs a catalogue only for its plural forms ("1 document", "2 documents")."""


def _tool(name: str) -> str:
    """Path of Qt's ``lrelease``/``lupdate`` inside the installed PySide6 package."""
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"error: {name} not found in {package} (is PySide6-Essentials installed?)")


def sources(folder: Path = FOLDER) -> list[Path]:
    return [folder / f"annotator_{code}.ts" for code in (*LANGUAGES, *PLURALS_ONLY)]


def update_sources(folder: Path = FOLDER) -> None:
    """lupdate: add the strings of annotator/ui to every .ts and drop the vanished ones.

    No source locations in the files: they would change with every edit anywhere in
    the UI and turn each helper's merge into a conflict in three .ts files.
    """
    python_files = sorted(str(p) for p in (ROOT / "annotator" / "ui").rglob("*.py"))
    command = [_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *python_files]
    full = [str(folder / f"annotator_{code}.ts") for code in LANGUAGES]
    subprocess.run([*command, "-ts", *full], check=True)
    plurals = [str(folder / f"annotator_{code}.ts") for code in PLURALS_ONLY]
    subprocess.run([*command, "-pluralonly", "-ts", *plurals], check=True)


def compile_all(force: bool = False, folder: Path = FOLDER) -> list[Path]:
    """lrelease every .ts whose .qm is missing or older; returns the .qm files."""
    built = []
    for source in sources(folder):
        target = source.with_suffix(".qm")
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True
            )
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate first")
    parser.add_argument("--force", action="store_true", help="recompile every catalogue")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    compile_all(force=args.force or args.update)
    return 0


if __name__ == "__main__":
    sys.exit(main())
