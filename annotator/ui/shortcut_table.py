"""The keys that are not menu actions, in one table, for Help → Keyboard shortcuts.

Menu actions' keys are read from the actions themselves (``actions.shortcut_rows``);
the keys handled by the review window, the attribute form, the text and the find
bar are listed here, and the review window takes its keys from ``KEYS`` so the
help list cannot drift from what the window does. Keys are Qt's portable text.
"""

from __future__ import annotations

from annotator.ui.language import translate

#: name → keys (portable text). The review window builds its actions from these.
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
    "form.choice": tuple(str(n) for n in range(1, 10)),
    "form.next": ("Tab", "Shift+Tab"),
    "form.enter": ("Return",),
    "form.escape": ("Esc",),
    "find.next": ("Return",),
    "find.close": ("Esc",),
}


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
