"""Errors that carry where the problem is, so every message can name it.

Every bad-input path raises one of these; the CLI prints ``str(error)`` and
exits non-zero, the GUI shows the same text in a dialog. No traceback reaches
a user for bad input.
"""

from __future__ import annotations

from typing import Any


class AnnotatorError(Exception):
    """Base for every error caused by input or project state, not by a bug."""


class InputError(AnnotatorError):
    """Bad input: names the file, the line (1-based) when known, and the reason."""

    def __init__(self, reason: str, *, source: str = "", line: int | None = None) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        super().__init__(self.describe())

    def describe(self) -> str:
        where = self.source
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.reason}" if where else self.reason


class SchemaError(InputError):
    """The schema file is malformed or does not fit the project's data."""


def shown(value: Any, limit: int = 80) -> str:
    """``repr(value)`` cut short: a message names the value, it does not reprint a file."""
    try:
        text = repr(value)
    except RecursionError:
        return "a value nested too deeply"
    return text if len(text) <= limit else f"{text[:limit]}…"
