"""Core messages: English for the CLI, templates and values kept apart for the window.

The window's side (the same message in Polish or Russian) is in
``tests/ui/window/test_core_messages_in_window.py``.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.messages import Message, translatable
from annotator.store.errors import ProjectError

ROOT = Path(__file__).resolve().parents[2]
MARKERS = {"Message", "translatable"}


def test_english_text_fills_values_counts_and_nested_messages() -> None:
    assert str(Message("Merged %n file(s).", count=1)) == "Merged 1 file."
    assert str(Message("Merged %n file(s).", count=2)) == "Merged 2 files."
    inner = Message("no column named '{column}'", column="text")
    assert str(Message("{source}: {reason}", source="a.csv", reason=inner)) == (
        "a.csv: no column named 'text'"
    )
    listed = Message("lacks {missing}", missing=[Message("layer '{layer}'", layer="x"), "y"])
    assert str(listed) == "lacks layer 'x'; y"
    assert str(Message("a {{literal}} brace")) == "a {literal} brace"
    assert translatable("Same text back") == "Same text back"


def test_errors_keep_their_english_text_and_carry_the_message() -> None:
    reason = Message("row has {fields} fields, the header has {columns}", fields=3, columns=2)
    error = InputError(reason, source="bad.csv", line=3)
    assert str(error) == "bad.csv:3: row has 3 fields, the header has 2"
    assert error.reason == "row has 3 fields, the header has 2"
    assert isinstance(error.message, Message)
    assert error.message.values == {"source": "bad.csv", "line": 3, "reason": reason}
    assert str(InputError("plain", line=4)) == "line 4: plain"
    assert str(InputError("plain")) == "plain" and InputError("plain").message == "plain"
    project = ProjectError("p.sqlite", Message("no such project file"))
    assert str(project) == "p.sqlite: no such project file"


def _marker_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted((ROOT / "annotator").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "annotator").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in MARKERS:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def test_every_core_message_is_a_literal_lupdate_can_read() -> None:
    """lupdate reads ``Message("…")`` as QT_TR_NOOP: a template that is not a plain string
    literal (an f-string, a variable, a concatenation with ``+``) would never be translated,
    and an f-string would put its values into the catalogue. Every template must also be
    in the shipped catalogue (``make update-translations`` puts it there)."""
    catalogue = ET.parse(ROOT / "resources/translations/annotator_pl.ts").getroot()
    shipped = {
        message.findtext("source")
        for context in catalogue.iter("context")
        if (context.findtext("name") or "") == ""
        for message in context.iter("message")
    }
    problems = []
    calls = _marker_calls()
    for where, call in calls:
        first = call.args[0] if call.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            problems.append(f"{where}: the text must be one string literal")
        elif first.value not in shipped:
            problems.append(f"{where}: {first.value!r} is not in the .ts files")
    assert len(calls) > 80 and not problems, "\n".join(problems)
