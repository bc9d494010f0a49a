"""The tests and benchmarks stay typed: mypy checks them, and nothing slips past it.

mypy (strict, `make lint`) reports a test function whose parameters lack types, so a
new ``def test_x(qtbot)`` fails lint. What mypy lets through is checked here: a
``# type: ignore[no-untyped-def]`` that silences it (two hundred of them once hid the
fixtures' types), any other ``type: ignore`` but the few deliberate ones listed
below (an Optional is said to be there with a helper), a ``qtbot`` typed as
something looser than pytest-qt's ``QtBot``, tests or benchmarks dropped from
mypy's files, and a test folder without ``__init__.py`` (its modules would be
collected and type-checked under the wrong names).
"""

from __future__ import annotations

import ast
import io
import tokenize
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("tests", "benchmarks")


def python_files() -> list[Path]:
    return sorted(path for folder in CHECKED for path in (ROOT / folder).rglob("*.py"))


def test_mypy_checks_the_tests_and_benchmarks_strictly() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert set(CHECKED) <= set(config["files"])
    assert config["strict"] is True
    for override in config.get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        if any(m.split(".")[0] in CHECKED for m in modules):
            assert override.get("disallow_untyped_defs", True), override
            assert override.get("disallow_incomplete_defs", True), override


def test_no_type_ignore_hides_a_missing_annotation() -> None:
    found = []
    for path in python_files():
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT and "no-untyped-def" in token.string:
                found.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    assert found == [], "type the parameters instead: " + ", ".join(found)


# The `type: ignore` comments a test needs on purpose: it passes a wrong value to see it
# refused, or replaces a method the way monkeypatching does. An Optional is not one of
# them (tests/stored.py, tests/ui/helpers.py); a new entry says why beside it.
DELIBERATE_IGNORES = {
    "tests/core/test_model.py": "misc",  # assigns to a frozen record to see it refused
    "tests/review/test_coefficients.py": "arg-type",  # an unknown level, to see it refused
    "tests/team/test_allocation.py": "arg-type",  # bad options, to see them refused
    "tests/ui/window/test_content_safety.py": "method-assign",  # records QToolTip.showText
    "tests/packaging/test_desktop_files.py": "assignment,method-assign",  # case-sensitive keys
}


def test_every_type_ignore_is_a_deliberate_one() -> None:
    found = []
    for path in python_files():
        name = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT and token.string.startswith("# type: ignore"):
                codes = token.string.removeprefix("# type: ignore").split("]")[0].strip("[")
                if DELIBERATE_IGNORES.get(name) != codes:
                    found.append(f"{name}:{token.start[0]}: {token.string}")
    assert found == [], "say it is there with a helper instead:\n" + "\n".join(found)


def test_every_qtbot_is_a_qtbot() -> None:
    found = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = node.args
                for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
                    if argument.arg != "qtbot":
                        continue
                    annotation = argument.annotation
                    if not (isinstance(annotation, ast.Name) and annotation.id == "QtBot"):
                        shown = ast.unparse(annotation) if annotation else "no type"
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: qtbot: {shown}")
    assert found == [], "annotate `qtbot: QtBot` (from pytestqt.qtbot):\n" + "\n".join(found)


def test_every_test_folder_is_a_package() -> None:
    folders = {
        path.parent
        for pattern in ("test_*.py", "conftest.py")
        for path in (ROOT / "tests").rglob(pattern)
    }
    missing = [
        str(folder.relative_to(ROOT))
        for folder in sorted(folders)
        if not (folder / "__init__.py").exists()
    ]
    assert missing == []
