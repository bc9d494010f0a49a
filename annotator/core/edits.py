"""One edit of a label or of a document's progress, applied to what is stored now.

The same project may be open in two windows (two processes) as the same
annotator. A window writes from what it last read; had it written a label or a
progress record whole, a value the other window saved meanwhile (another
attribute, the note, another layer's "none present") would be silently put back.
So an edit, and its undo and redo, carry only what the edit changed: a label's
span, layer, note and each attribute by name; a progress record's status and
each layer's "none present".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from annotator.core.model import Annotation, DocumentProgress

_ABSENT = object()


def _same(left: Any, right: Any) -> bool:
    # 1 == True in Python; a flag set to true over a number 1 is still a change.
    return type(left) is type(right) and left == right


def label_with_edit(stored: Annotation, before: Annotation, after: Annotation) -> Annotation:
    """``stored`` with what changed from ``before`` to ``after``; everything else as stored."""
    edited = stored
    if (before.start, before.end) != (after.start, after.end):
        edited = replace(edited, start=after.start, end=after.end)
    if before.layer != after.layer:
        edited = replace(edited, layer=after.layer)
    if before.note != after.note:
        edited = replace(edited, note=after.note)
    attributes = dict(stored.attributes)
    for name in before.attributes.keys() | after.attributes.keys():
        old = before.attributes.get(name, _ABSENT)
        new = after.attributes.get(name, _ABSENT)
        if _same(old, new):
            continue
        if new is _ABSENT:
            attributes.pop(name, None)
        else:
            attributes[name] = new
    return replace(edited, attributes=attributes)


def progress_with_edit(
    stored: DocumentProgress, before: DocumentProgress, after: DocumentProgress
) -> DocumentProgress:
    """``stored`` with the status and "none present" ticks changed from ``before`` to
    ``after``; the other layers' ticks (and the time spent) as stored."""
    status = after.status if before.status != after.status else stored.status
    ticked = after.none_present - before.none_present
    unticked = before.none_present - after.none_present
    none_present = (stored.none_present | ticked) - unticked
    return replace(stored, status=status, none_present=none_present)
