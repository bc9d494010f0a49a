"""Errors that carry where the problem is, so every message can name it.

Every bad-input path raises one of these; the CLI prints ``str(error)`` (English)
and exits non-zero, the GUI shows ``error.message`` translated in a dialog
(``annotator.ui.language.error_text``: same file, line and values, the window's
language; see ``core/messages.py``). No traceback reaches a user for bad input.
"""

from __future__ import annotations

from typing import Any

from annotator.core.messages import Message, Text


class AnnotatorError(Exception):
    """Base for every error caused by input or project state, not by a bug.

    ``message`` is what a person reads: a translatable :class:`Message`, or a plain
    string for the sentences not yet made translatable (shown in English)."""

    def __init__(self, message: Text = "") -> None:
        self.message: Text = message
        super().__init__(str(message))


class InputError(AnnotatorError):
    """Bad input: names the file, the line (1-based) when known, and the reason."""

    def __init__(self, reason: Text, *, source: str = "", line: int | None = None) -> None:
        self.reason = str(reason)
        self.source = source
        self.line = line
        super().__init__(_located(reason, source, line))

    def describe(self) -> str:
        return str(self.message)


def _located(reason: Text, source: str, line: int | None) -> Text:
    """The reason behind where it happened: ``file:line: reason``."""
    if source and line is not None:
        return Message("{source}:{line}: {reason}", source=source, line=line, reason=reason)
    if source:
        return Message("{source}: {reason}", source=source, reason=reason)
    if line is not None:
        return Message("line {line}: {reason}", line=line, reason=reason)
    return reason


class SchemaError(InputError):
    """The schema file is malformed or does not fit the project's data."""


def shown(value: Any, limit: int = 80) -> str:
    """``repr(value)`` cut short: a message names the value, it does not reprint a file."""
    try:
        text = repr(value)
    except RecursionError:
        return "a value nested too deeply"
    return text if len(text) <= limit else f"{text[:limit]}…"
