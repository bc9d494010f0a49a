"""Every user-visible string literal in ``annotator/ui`` goes through Qt's translation.

An AST walk over the UI code finds text handed to the places a user reads
(widget texts, titles, tooltips, status messages, message boxes, menus, table
headers…) and fails on one that is a literal, an f-string or a literal with
``.format``/``+`` rather than ``translate(...)``. Strings without a letter
(" · ", "…", "%") need no translation, except as a table header: a sign that
names a column there ("✓", "#") stands for a word, and its language may prefer
another sign ("№"). Object names, settings keys, style
sheets and key sequences are not user-visible and are not looked at.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "annotator" / "ui"

# Method or function name -> positions of the arguments a user reads ("*": all of them).
SINKS: dict[str, tuple[int, ...] | str] = {
    # widgets and actions
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "showMessage": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "setFormat": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setHeaderLabels": "*",
    "setItemText": (1,),
    "setCancelButtonText": (0,),
    "setButtonText": (1,),
    "setDescription": (0,),
    "addItem": (0,),
    "addItems": "*",
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addMenu": (0, 1),
    "addAction": (0, 1),
    "addSection": (0,),
    "addRow": (0,),
    "addButton": (0,),
    "createUndoAction": (1,),
    "createRedoAction": (1,),
    "setUndoText": (0,),
    # widget constructors: their text arguments
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QToolButton": (),
    "QDockWidget": (0,),
    "QCommandLinkButton": (0, 1),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
    "QUndoCommand": (0,),
    "_Edit": (1,),  # operations' undo step: (operations, label, do, undo)
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    # static dialogs: (parent, title, text or caption, ...)
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    # our own helpers that show their arguments
    "message": (1, 2),
    "run_in_background": (1,),
    "tooltip": (0,),
    "show_error": (0,),
}
# Keyword arguments a user reads, wherever they appear.
KEYWORDS = {"text", "title", "label", "caption", "toolTip", "statusTip", "placeholderText"}
# Class or module constants that are shown as they are (table headers, status words).
SHOWN_CONSTANTS = ("HEADERS", "LABELS", "TITLES")
# Methods of item models whose returned strings are shown in a view.
SHOWN_RETURNS = {"data", "headerData", "headers"}

ALLOWED = {
    "annotator",  # the program's name, as a message box title
}
"""Literal texts that are user-visible and rightly not translated."""


def _has_letters(text: str) -> bool:
    """Whether ``text`` has words to translate (markup and the allowed names aside)."""
    text = re.sub(r"<[^>]*>", "", text)
    for allowed in ALLOWED:
        text = text.replace(allowed, "")
    return any(ch.isalpha() for ch in text)


def _is_header_sign(text: str) -> bool:
    """A column header of signs only (``"✓"``, ``"#"``): it names the column."""
    return bool(text.strip())


def _untranslated(node: ast.expr | None, *, header: bool = False) -> str | None:
    """The literal text in ``node`` that bypasses translation, or None. ``header``: the
    text is a table header, where a letterless sign must be translated too."""
    if node is None:
        return None

    def shown(text: str) -> bool:
        return _has_letters(text) or (header and _is_header_sign(text))

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if shown(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        literal = "".join(str(p) for p in parts)
        return ast.unparse(node) if _has_letters(literal) else None
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left, header=header) or _untranslated(node.right, header=header)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body, header=header) or _untranslated(node.orelse, header=header)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for element in node.elts:
            found = _untranslated(element, header=header)
            if found:
                return found
        return None
    if isinstance(node, ast.Dict):
        for value in node.values:
            found = _untranslated(value, header=header)
            if found:
                return found
        return None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _untranslated(node.func.value, header=header)
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _violations(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(UI.parent.parent)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            positions = SINKS.get(name)
            if positions is not None:
                chosen = (
                    node.args
                    if isinstance(positions, str)  # "*": every argument
                    else [node.args[i] for i in positions if i < len(node.args)]
                )
                for argument in chosen:
                    text = _untranslated(argument)
                    if text:
                        yield f"{where}:{node.lineno}: {name}({text!r})"
            for keyword in node.keywords:
                if keyword.arg in KEYWORDS:
                    text = _untranslated(keyword.value)
                    if text:
                        yield f"{where}:{node.lineno}: {keyword.arg}={text!r}"
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if any(n.endswith(SHOWN_CONSTANTS) for n in names):
                text = _untranslated(node.value, header=any(n.endswith("HEADERS") for n in names))
                if text:
                    yield f"{where}:{node.lineno}: {names[0]} = {text!r}"
        elif isinstance(node, ast.FunctionDef) and node.name in SHOWN_RETURNS:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return):
                    text = _untranslated(inner.value, header=node.name != "data")
                    if text:
                        yield f"{where}:{inner.lineno}: {node.name} returns {text!r}"


def test_every_user_visible_literal_is_translated() -> None:
    found = [v for path in sorted(UI.rglob("*.py")) for v in _violations(path)]
    assert not found, (
        'Wrap these in translate("Context", "…") (README → Writing UI text):\n' + "\n".join(found)
    )


def test_the_check_catches_each_kind_of_bypass(tmp_path: Path) -> None:
    """The walk itself: each bypass is found, translated and letterless text is not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Done')\n"
        "box = QMessageBox(icon, 'annotator', f'Lost {n} files')\n"
        "bar.showMessage('Saved ' + name)\n"
        "button = QPushButton('{n} left'.format(n=n))\n"
        "HEADERS = ('Layer', 'Text')\n"
        "action = QAction(text='Quit')\n"
        "def data(self, index, role):\n    return 'yes' if index else 'no'\n"
        "label.setText(translate('C', 'Done'))\n"
        "label.setText(translate('C', '{n} left').format(n=n))\n"
        "label.setText(' · ')\n"
        "label.setObjectName('doneLabel')\n"
        "settings.value('window/geometry')\n"
        "COMPACT_HEADERS = {3: '✓'}\n"
        "def headerData(self, section, orientation, role):\n    return '#'\n"
        "SIGN_HEADERS = {3: translate('C', '✓')}\n",
        encoding="utf-8",
    )
    global UI
    saved, UI = UI, tmp_path
    try:
        found = list(_violations(sample))
    finally:
        UI = saved
    lines = sorted(int(v.split(":")[1]) for v in found)
    assert lines == [1, 2, 3, 4, 5, 6, 8, 14, 16], found
