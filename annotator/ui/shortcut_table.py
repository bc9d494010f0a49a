"""The keys that are not menu actions, in one table, for Help → Keyboard shortcuts.

Menu actions' keys are read from the actions themselves (``actions.shortcut_rows``);
the keys handled by the review window, the attribute form, the text and the find
bar are listed here, and every handler reads its keys from ``KEYS`` (the review
window builds its actions from it; the text, the form and the find bar ask
``key_index``/``pressed`` at each key press), so the help list cannot drift from
what the windows do. Keys are Qt's portable text.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from annotator.ui.language import translate

#: name → keys (portable text). Handlers read these; ``rows()`` shows them.
KEYS: dict[str, tuple[str, ...]] = {
    "review.accept": tuple(str(n) for n in range(1, 10)),
    "review.edit": ("E",),
    "review.reject": ("R",),
    "review.accept_agreements": ("Ctrl+Shift+A",),
    "review.undo": ("Ctrl+Z",),
    "review.redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    "review.close": ("Esc", "Ctrl+W"),
    "review.rationale_enter": ("Return",),
    "text.form": ("Return",),
    "text.escape": ("Esc",),
    "text.cycle": ("Tab", "Shift+Tab"),  # next / previous annotation (also menu actions)
    "form.choice": tuple(str(n) for n in range(1, 10)),
    "form.next": ("Tab", "Shift+Tab"),
    "form.enter": ("Return",),
    "form.escape": ("Esc",),
    "find.next": ("Return",),
    "find.close": ("Esc",),
}


_SHIFT, _KEYPAD = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier


def _pressed(event: QKeyEvent) -> tuple[int, Qt.KeyboardModifier]:
    """The event's key as the table writes keys: the keypad's Enter is Return, the
    keypad is no modifier, and Backtab is Shift+Tab."""
    key, modifiers = event.key(), event.modifiers() & ~_KEYPAD
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    if key == Qt.Key.Key_Backtab:
        key, modifiers = Qt.Key.Key_Tab, modifiers | _SHIFT
    return int(key), modifiers


def _is(event: QKeyEvent, written: str) -> bool:
    if len(written) == 1 and not (event.modifiers() & ~(_SHIFT | _KEYPAD)):
        # One character ("1", "E"): the character typed, however the keyboard layout
        # types it (digits need Shift on AZERTY).
        return event.text().lower() == written.lower()
    return _pressed(event) == _combination(written)


@cache
def _combination(written: str) -> tuple[int, Qt.KeyboardModifier] | None:
    """A key as the table writes it ("Shift+Tab"), parsed once."""
    sequence = QKeySequence(written, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1:
        return None
    wanted = sequence[0]  # type: ignore[index]
    return int(wanted.key()), wanted.keyboardModifiers()


def key_index(name: str, event: QKeyEvent) -> int | None:
    """Which of ``KEYS[name]`` the key press is (its place in the tuple), or None."""
    for index, written in enumerate(KEYS[name]):
        if _is(event, written):
            return index
    return None


def pressed(name: str, event: QKeyEvent) -> bool:
    """Whether the key press is one of ``KEYS[name]``."""
    return key_index(name, event) is not None


def _keys(name: str) -> str:
    keys = KEYS[name]
    if len(keys) == 9 and keys[0] == "1":
        return "1–9"
    return ", ".join("Enter" if key == "Return" else key for key in keys)


def rows() -> list[tuple[str, str, str]]:
    """(where, what, keys) for every key that is not a menu action, translated now."""
    review = translate("Shortcuts", "Review window")
    text = translate("Shortcuts", "Text")
    form = translate("Shortcuts", "Attribute form")
    find = translate("Shortcuts", "Find bar")
    table = [
        (review, translate("Shortcuts", "Accept version 1–9"), _keys("review.accept")),
        (review, translate("Shortcuts", "Edit, then accept"), _keys("review.edit")),
        (review, translate("Shortcuts", "Reject all versions"), _keys("review.reject")),
        (
            review,
            translate("Shortcuts", "Accept all agreements"),
            _keys("review.accept_agreements"),
        ),
        (review, translate("Shortcuts", "Undo decision"), _keys("review.undo")),
        (review, translate("Shortcuts", "Redo decision"), _keys("review.redo")),
        (review, translate("Shortcuts", "Close the review window"), _keys("review.close")),
        (
            review,
            translate("Shortcuts", "Accept the selected version (in the rationale)"),
            _keys("review.rationale_enter"),
        ),
        (
            text,
            translate("Shortcuts", "Edit the selected annotation's attributes"),
            _keys("text.form"),
        ),
        (text, translate("Shortcuts", "Clear the selection"), _keys("text.escape")),
        (form, translate("Shortcuts", "Pick choice 1–9"), _keys("form.choice")),
        (form, translate("Shortcuts", "Next / previous field"), _keys("form.next")),
        (form, translate("Shortcuts", "Back to the text"), _keys("form.enter")),
        (
            form,
            translate("Shortcuts", "Close the completion, then back to the text"),
            _keys("form.escape"),
        ),
        (find, translate("Shortcuts", "Next match"), _keys("find.next")),
        (find, translate("Shortcuts", "Close find, back to the text"), _keys("find.close")),
    ]
    return table
