"""The shipped translations are complete, current and consistent with their sources.

``resources/translations/annotator_{pl,ru,uk}.ts`` must have a finished
translation for every string the code asks for: lupdate is run on a copy, so a
string added to ``annotator/ui`` without ``make update-translations`` and a
translation fails here, as does an entry left unfinished or obsolete.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging/translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

FOLDER = translations.FOLDER
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate leaves them for the code as it is now."""
    folder = tmp_path_factory.mktemp("ts")
    for source in translations.sources():
        shutil.copy(source, folder / source.name)
    translations.update_sources(folder)
    return folder


@pytest.mark.parametrize("code", [*translations.LANGUAGES, *translations.PLURALS_ONLY])
def test_every_string_of_the_code_is_translated(refreshed: Path, code: str) -> None:
    name = f"annotator_{code}.ts"
    shipped = (FOLDER / name).read_text(encoding="utf-8")
    problems = []
    for context, message in _messages(refreshed / name):
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source")
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{kind}: {context} | {source}")
        elif not all(_forms(message)):
            problems.append(f"empty: {context} | {source}")
    assert not problems, f"{name}: run `make update-translations` and translate:\n" + "\n".join(
        problems
    )
    assert 'type="obsolete"' not in shipped and 'type="vanished"' not in shipped


@pytest.mark.parametrize("code", translations.LANGUAGES)
def test_translations_keep_placeholders_plurals_and_accelerators(code: str) -> None:
    problems = []
    for context, message in _messages(FOLDER / f"annotator_{code}.ts"):
        source = message.findtext("source") or ""
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != 3:
            problems.append(f"{context} | {source}: {len(forms)} plural forms, not 3")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context} | {source}: placeholders differ in {form!r}")
            if ("%n" in source) != ("%n" in form) and message.get("numerus") == "yes":
                problems.append(f"{context} | {source}: %n missing in {form!r}")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                problems.append(f"{context} | {source}: accelerator (&) differs in {form!r}")
    assert not problems, "\n".join(problems)


def test_lrelease_compiles_every_catalogue(tmp_path: Path) -> None:
    for source in translations.sources():
        shutil.copy(source, tmp_path / source.name)
    built = translations.compile_all(force=True, folder=tmp_path)
    assert [path.name for path in built] == [
        f"annotator_{code}.qm" for code in (*translations.LANGUAGES, *translations.PLURALS_ONLY)
    ]
    assert all(path.stat().st_size > 16 for path in built)


def _translate_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted((ROOT / "annotator" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "translate" and len(node.args) >= 2:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def test_lupdate_sees_every_translate_call() -> None:
    """PySide6's lupdate silently skips a call it cannot read (a computed text, or a count
    that is an expression such as ``len(x)``): such a string would never be translated."""
    shipped = {
        (context, message.findtext("source") or "")
        for context, message in _messages(FOLDER / "annotator_pl.ts")
    }
    problems = []
    calls = _translate_calls()
    for where, call in calls:
        context, text = call.args[0], call.args[1]
        if not (
            isinstance(context, ast.Constant)
            and isinstance(context.value, str)
            and isinstance(text, ast.Constant)
            and isinstance(text.value, str)
        ):
            problems.append(f"{where}: context and text must be string literals")
            continue
        if len(call.args) >= 4 and not isinstance(call.args[3], (ast.Name, ast.Constant)):
            problems.append(f"{where}: the count must be a plain name (lupdate skips expressions)")
        elif (context.value, text.value) not in shipped:
            problems.append(f"{where}: {text.value!r} is not in the .ts files")
    assert calls and not problems, "\n".join(problems)
