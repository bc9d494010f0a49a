"""Sentences for people, kept translatable without Qt.

The core (errors, the merge summary, the import report, the agreement method) speaks
English: the command line and every file it writes stay English. The window shows
the same sentences in the annotator's language, so the core does not glue its
values into the text: a :class:`Message` keeps the English template and the values
apart. ``str(message)`` is the English sentence; the window translates the template
(``annotator.ui.language.shown``) and then puts the same values in, so file names
and line numbers come through unchanged.

The templates are the catalogue: ``make update-translations`` runs lupdate over the
core too, with ``Message`` and :func:`translatable` declared as aliases of Qt's
``QT_TR_NOOP`` marker (lupdate reads them by name, nothing is imported from Qt), and
puts them in the ``.ts`` files under the empty context. So a template must be a
string literal written in the call (``tests/core/test_messages.py`` checks this):

    Message("no layer '{layer}' in the schema", layer=name)
    Message("Merged %n file(s).", count=len(files))

``{name}`` fields take the values (``str.format``; a literal brace is doubled);
``%n`` takes ``count``, which also picks the plural form (Polish, Russian and
Ukrainian have three). In English ``word(s)`` becomes ``word`` for one and ``words``
otherwise. A value may itself be a Message, or a list of them (joined by "; "); they
are translated too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Union

Text = Union["Message", str]
"""What the core hands to people: a translatable :class:`Message`, or a plain string
(a name, a path, or a sentence not yet made translatable, which stays English)."""

Say = Callable[["Message | str"], str]
"""How a producer of many sentences (the team report) turns them into text: ``str`` for
English (the CLI's output and files), ``annotator.ui.language.shown`` in the window."""

_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")
CONTEXT = ""
"""The translation context of every core message (lupdate gives QT_TR_NOOP's aliases the
empty context outside a Qt class)."""


class Message:
    """An English sentence template with its values, translatable as a whole."""

    __slots__ = ("count", "template", "values")

    def __init__(self, template: str, /, *, count: int | None = None, **values: object) -> None:
        self.template = template
        self.count = count
        self.values: Mapping[str, object] = values

    @classmethod
    def constant(cls, text: str) -> Message:
        """A value-less Message of a text marked with :func:`translatable` where it is
        defined (a table's hint), so it can be a value of another Message."""
        return cls(text)

    def __str__(self) -> str:
        return fill(english_template(self.template, self.count), self.count, self.values, str)

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, self.count, dict(self.values)) == (
            other.template,
            other.count,
            dict(other.values),
        )

    def __hash__(self) -> int:
        return hash((self.template, self.count))


def english_template(template: str, count: int | None) -> str:
    """``template`` with ``word(s)`` made singular or plural for ``count``."""
    if count is None:
        return template
    return _ENGLISH_PLURAL.sub(lambda m: "" if count == 1 else m.group(1), template)


def fill(
    template: str,
    count: int | None,
    values: Mapping[str, object],
    word: Callable[[Message], str],
) -> str:
    """``template`` with ``%n`` and the ``{name}`` fields filled; ``word`` turns a value
    that is a :class:`Message` into text (English here, translated in the window)."""
    if count is not None:
        template = template.replace("%n", str(count))
    shown = {name: _value(value, word) for name, value in values.items()}
    return template.format(**shown)


def _value(value: object, word: Callable[[Message], str]) -> object:
    if isinstance(value, Message):
        return word(value)
    if isinstance(value, list):  # a list of items: one after the other, "; " between
        return "; ".join(str(_value(item, word)) for item in value)
    return value


def translatable(text: str) -> str:
    """Mark a constant English text (no values) for the translation catalogues.

    Returns ``text`` unchanged: the CLI and the files keep the English; the window
    looks the same text up in its catalogue (``annotator.ui.language.shown``)."""
    return text
