"""No module in ui/ writes to the project except through ui/operations/.

What "a write" means, so that it can be checked: a function or method of
``annotator/store/`` that opens a transaction (calls ``transaction()``), or
calls such a function, found by reading the store's source (``annotations.add``,
``progress.set``, ``documents.add``…); plus the two that
write another way: the restore (SQLite's backup API onto the project's
connection) and the importer (through ``documents.add``). A UI module outside ``ui/operations/``
may not call one through a project (``project.annotations.add(...)``,
``self.project.annotations.add(...)``) nor import one by name.
import-linter (pyproject.toml) adds that the bulk-write modules, merge and
import, are imported only by the operations layer.
"""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import annotator

PACKAGE = Path(annotator.__file__).parent


NOT_WRITES = {"open"}
"""Opening a project (and the migration it may run, backed up first) is the store's own
bookkeeping, which every window and command does; it is not a change a user makes."""


def _functions(tree: ast.AST) -> dict[str, ast.AST]:
    return {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def _called_names(node: ast.AST) -> set[str]:
    """Functions called by name, and methods called on the store's own objects
    (``self``, a project): ``found.update(...)`` on a dict is not a store write."""
    names = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            if isinstance(call.func, ast.Attribute):
                receiver = ast.unparse(call.func.value)
                opens = call.func.attr in ("transaction", "_transaction")  # on any project
                if opens or receiver.startswith("self") or "project" in receiver:
                    names.add(call.func.attr)
            elif isinstance(call.func, ast.Name) and not hasattr(builtins, call.func.id):
                names.add(call.func.id)  # ``set(...)`` is the builtin, not progress.set
    return names


def store_writes() -> set[str]:
    """Names of the store's functions that write, directly or through another."""
    functions: dict[str, ast.AST] = {}
    for path in (PACKAGE / "store").glob("*.py"):
        functions.update(_functions(ast.parse(path.read_text(encoding="utf-8"))))
    writes = {"transaction", "_transaction", "restore_backup"}
    while True:
        more = {
            name
            for name, node in functions.items()
            if name not in writes and name not in NOT_WRITES and _called_names(node) & writes
        }
        if not more:
            return writes | {"import_files"}
        writes |= more


def _through_project(node: ast.Attribute) -> bool:
    """Whether the call goes through a project: ``self.project.annotations.add``,
    ``project.progress.set``; ``self.panel.model.add`` is a table model's own."""
    return "project" in ast.unparse(node.value)


def write_calls_outside_operations(writes: set[str], ui: Path = PACKAGE / "ui") -> list[str]:
    found = []
    for path in sorted(ui.rglob("*.py")):
        if ui / "operations" in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ui.parent)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in writes and _through_project(node):
                found.append(f"{where}:{node.lineno}: .{node.attr}")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                ("annotator.store", "annotator.io")
            ):
                found.extend(
                    f"{where}:{node.lineno}: import {alias.name}"
                    for alias in node.names
                    if alias.name in writes
                )
    return found


def test_the_store_writes_are_found() -> None:
    """The rule finds the writes it is meant to find (so the check below can fail)."""
    writes = store_writes()
    for name in (
        "add",  # annotations.add, documents.add (the import)
        "update",
        "delete",
        "set",  # progress.set
        "replace_schema",
        "record_decisions",
        "undo_decisions",
        "merge_projects",
        "restore_backup",
    ):
        assert name in writes, name
    for read in (
        "annotations",
        "progress",
        "document",
        "decisions",
        "list_backups",
        "documents_of",
    ):
        assert read not in writes, read


def test_only_the_operations_layer_writes() -> None:
    assert write_calls_outside_operations(store_writes()) == []


def test_a_write_outside_the_operations_layer_is_caught(tmp_path: Path) -> None:
    """The check reads real source: a pane calling the store directly is reported,
    the same call inside operations/ and a UI command of the same name are not."""
    ui = tmp_path / "ui"
    (ui / "operations").mkdir(parents=True)
    (ui / "pane.py").write_text(
        "from annotator.store.adjudication import record_decisions\n"
        "def f(self, a):\n    self.project.annotations.add(a)\n"
        "def g(self):\n    dialogs.import_files(self.context)\n    self.panel.model.add(1)\n"
        "def h(self):\n    self.project.annotations.delete('a')\n",
        encoding="utf-8",
    )
    (ui / "dialogs.py").write_text("def import_files(context): ...\n", encoding="utf-8")
    (ui / "operations" / "edits.py").write_text(
        "def f(self, a):\n    self.project.annotations.add(a)\n", encoding="utf-8"
    )
    assert write_calls_outside_operations(store_writes(), ui) == [
        "ui/pane.py:1: import record_decisions",
        "ui/pane.py:3: .add",
        "ui/pane.py:8: .delete",
    ]
