"""Labels a file attributes to ``gold``: one rule for every import format.

In a project, a ``gold`` label is made by a review decision, and the two are
written together (``store/decisions.py``); ``annotator check`` reports a gold
label without its decision.  No file format holds the decisions (an export with
``--gold``, a doccano record or a Label Studio ``completed_by`` naming ``gold``,
an INCEpTION user called ``gold``, ``--annotator gold``), so an import cannot
bring gold labels in honestly.  Refusing would leave the labels behind; taking
them as gold would make gold nobody decided.  So they come in as the annotator
``gold-imported``, and the import says so once, with the first place they were
read: the lead accepts them into gold in Review → Disagreements (one key per
unit, or every unit where all agree), which writes the decisions.

Their ids are kept (a second import of the same file adds nothing), and a label
that the project holds already as gold (the same layer and span: the project's
own export imported back) is that label (``stored_duplicates``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from annotator.core.messages import Message, Text
from annotator.core.model import GOLD
from annotator.io.records import ParsedDocument

GOLD_IMPORTED = "gold-imported"
"""The annotator of labels that a file gave to ``gold``."""

_ROW_ANNOTATOR = 2  # native_jsonl._label_row: [id, document, annotator, layer, ...]


def rename_gold(item: ParsedDocument) -> int:
    """Give ``item``'s gold labels (and gold progress) to :data:`GOLD_IMPORTED`;
    returns how many labels were renamed."""
    renamed = 0
    if item.rows is not None:
        for row in item.rows:
            if row[_ROW_ANNOTATOR] == GOLD:
                row[_ROW_ANNOTATOR] = GOLD_IMPORTED
                renamed += 1
    if any(a.annotator == GOLD for a in item.annotations):
        kept = []
        for annotation in item.annotations:
            if annotation.annotator == GOLD:
                annotation = replace(annotation, annotator=GOLD_IMPORTED)
                renamed += 1
            kept.append(annotation)
        item.annotations = kept
    if any(p.annotator == GOLD for p in item.progress):
        item.progress = [
            replace(p, annotator=GOLD_IMPORTED) if p.annotator == GOLD else p for p in item.progress
        ]
    return renamed


class GoldCount:
    """The gold labels renamed over a whole import, and where the first was read."""

    def __init__(self) -> None:
        self.count = 0
        self.first = ""

    def add(self, items: Iterable[ParsedDocument]) -> None:
        for item in items:
            renamed = rename_gold(item)
            if renamed and not self.count:
                self.first = item.where
            self.count += renamed

    def note(self) -> Text | None:
        """The import's note, or None when no label named gold."""
        if not self.count:
            return None
        return Message(
            "{where}: %n label(s) of '{gold}' imported as the annotator '{imported}': gold "
            "labels are made by review decisions, which files do not hold; accept them into "
            "gold in Review → Disagreements",
            count=self.count,
            where=self.first,
            gold=GOLD,
            imported=GOLD_IMPORTED,
        )
