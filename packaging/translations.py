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
import xml.etree.ElementTree as ET
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


CORE_MARKERS = "QT_TR_NOOP+=Message,QT_TR_NOOP+=translatable"
"""The core's translatable texts (``annotator/core/messages.py``): lupdate reads
``Message("...")`` and ``translatable("...")`` as Qt's ``QT_TR_NOOP`` (empty context)."""


def python_sources() -> list[Path]:
    """The UI's ``translate()`` calls and the core's ``Message``/``translatable`` texts."""
    return sorted((ROOT / "annotator").rglob("*.py"))


def sources(folder: Path = FOLDER) -> list[Path]:
    return [folder / f"annotator_{code}.ts" for code in (*LANGUAGES, *PLURALS_ONLY)]


def update_sources(folder: Path = FOLDER) -> None:
    """lupdate: add the strings of annotator to every .ts and drop the vanished ones.

    No source locations in the files: they would change with every edit anywhere in
    the UI and turn each helper's merge into a conflict in three .ts files.

    PySide6's lupdate (6.11) marks ``translate(context, text, "", n)`` as a plural
    message only when ``n`` is a number literal, so it would offer one form where
    Polish, Russian and Ukrainian need three. ``_restore_plurals`` makes every
    message whose text has ``%n`` plural again, keeping the forms already written.
    """
    command = [
        _tool("lupdate"),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-tr-function-alias",
        CORE_MARKERS,
        *(str(path) for path in python_sources()),
    ]
    targets = sources(folder)
    before = {path: _plural_translations(path) for path in targets if path.exists()}
    subprocess.run([*command, "-ts", *(str(p) for p in targets)], check=True)
    for path in targets:
        _restore_plurals(path, before.get(path, {}), plurals_only=path.stem.endswith(PLURALS_ONLY))


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def _plural_translations(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        _key(context, message): message.find("translation")  # type: ignore[misc]
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes" and message.find("translation") is not None
    }


def _restore_plurals(
    path: Path, before: dict[tuple[str, str, str], ET.Element], *, plurals_only: bool
) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    forms = 2 if plurals_only else 3  # English: one/other; Polish, Russian, Ukrainian: three
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if "%n" not in source:
                if plurals_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            old = before.get(_key(context, message))
            current = message.find("translation")
            if current is not None:
                message.remove(current)
            if old is None:
                old = ET.Element("translation", {"type": "unfinished"})
                for _ in range(forms):
                    ET.SubElement(old, "numerusform")
            message.append(old)
        if not list(context.iter("message")):
            root.remove(context)
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")


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
