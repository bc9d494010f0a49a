"""What a write changed, described without Qt (after Anki's ``OpChanges``).

Every write the user interface makes returns one ``Changes``; the operations
layer announces it through its single ``changed`` signal and every model and
view decides for itself whether it cares. The store and the command line can
build the same description, so the answer to "what must be shown again?" has
one vocabulary everywhere.

``everything`` is the honest answer when a write is too broad to list (an
import, a merge, a restore, or another program's commit seen by the poll):
readers then read what they show again.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.model import Annotation, Decision, DocumentProgress


@dataclass(frozen=True)
class Changes:
    added: tuple[Annotation, ...] = ()
    removed: tuple[Annotation, ...] = ()
    updated: tuple[tuple[Annotation, Annotation], ...] = ()  # (before, after)
    progress: tuple[DocumentProgress, ...] = ()
    decided: tuple[Decision, ...] = ()
    undecided: tuple[Decision, ...] = ()
    schema: bool = False
    everything: bool = False
    suggestions: tuple[int, ...] = ()  # documents whose suggestions were decided or reopened

    @classmethod
    def all(cls) -> Changes:
        """Anything may have changed: read it all again."""
        return cls(everything=True)

    @property
    def documents(self) -> frozenset[int]:
        """Ids of the documents whose labels, progress or decisions changed."""
        ids = {a.document_id for a in (*self.added, *self.removed)}
        ids.update(after.document_id for _before, after in self.updated)
        ids.update(p.document_id for p in self.progress)
        ids.update(d.document_id for d in (*self.decided, *self.undecided))
        ids.update(self.suggestions)
        return frozenset(ids)

    @property
    def annotations_changed(self) -> bool:
        return bool(self.added or self.removed or self.updated or self.everything)

    def touches(self, document_id: int | None) -> bool:
        """Whether what is shown of ``document_id`` may have changed."""
        return self.everything or (document_id is not None and document_id in self.documents)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            added=self.added + other.added,
            removed=self.removed + other.removed,
            updated=self.updated + other.updated,
            progress=self.progress + other.progress,
            decided=self.decided + other.decided,
            undecided=self.undecided + other.undecided,
            schema=self.schema or other.schema,
            everything=self.everything or other.everything,
            suggestions=self.suggestions + other.suggestions,
        )

    def __bool__(self) -> bool:
        return self != Changes()
