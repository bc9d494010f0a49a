"""The review queue without a window: which units wait for a decision, read a batch
of documents at a time, under the reviewer's filters (after Vorta's view models).

Units never cross documents, so the queue is the documents' queues in id
order; reading a slice at a time lets a window show the first units at once and
read the rest between key presses. The review window drives this class and
shows what it says; tests drive it directly.
"""

from __future__ import annotations

import time
from bisect import insort
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from annotator.core.model import GOLD
from annotator.review.disagreements import (
    ReviewItem,
    queue_order,
    review_items,
    ruled_sources,
    started_among,
    unit_differences,
)
from annotator.store import adjudication
from annotator.store.project import Project


@dataclass(frozen=True)
class QueueFilter:
    layer: str = ""
    """Only units of this layer ("" for all)."""
    pair: tuple[str, str] | None = None
    """Only units where these two annotators differ."""
    document: str = ""
    """Only documents whose name contains this (any case)."""


class ReviewQueue:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.names = project.documents.names()
        self.items: list[ReviewItem] = []
        """Every unit read so far that has no decision yet (agreements too), in queue order."""
        self.agreed = 0
        self.annotators: tuple[str, ...] = ()
        self.filter = QueueFilter()
        self._ruled: set[str] = set()
        self._unread: list[int] = []  # document ids still to read, the next one last
        self._assigned: Callable[[int, tuple[str, ...]], tuple[str, ...]] | None = None
        self._include_unstarted = False

    def reload(
        self,
        only: Collection[int] | None = None,
        assigned: Callable[[int, tuple[str, ...]], tuple[str, ...]] | None = None,
        *,
        include_unstarted: bool = False,
    ) -> None:
        """Start again from the store: who annotated, what is decided, nothing read yet.

        ``only`` limits the queue to these documents and ``assigned(document_id,
        annotators)`` says whose labels are compared in each (a team project
        compares a document among its assignees: ``team.overlap``). Unless
        ``include_unstarted``, a document is compared only among those who
        started or finished it (``started_among``).
        """
        # Everyone with labels or a status: finishing a document with "none present"
        # ticked is an answer too (no stance here), which another's label contradicts.
        self.annotators = tuple(sorted(set(self.project.annotations.annotators()) - {GOLD}))
        self._ruled = ruled_sources(adjudication.decisions(self.project))
        self._include_unstarted = include_unstarted
        self._assigned = assigned
        wanted = self.names if only is None else set(self.names) & set(only)
        self._unread = sorted(wanted, reverse=True)
        self.items, self.agreed = [], 0

    def pairs(self) -> list[tuple[str, str]]:
        """Every pair of annotators, for the pair filter."""
        names = self.annotators
        return [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]

    @property
    def loading(self) -> bool:
        """Whether documents are still to be read."""
        return bool(self._unread)

    def read_more(self, budget: float) -> list[ReviewItem]:
        """Read documents for about ``budget`` seconds (at least one); returns the new
        units the filter shows."""
        deadline = time.perf_counter() + budget
        names, schema, ruled = self.annotators, self.project.schema, self._ruled
        batch: list[ReviewItem] = []
        while self._unread:
            document_id = self._unread.pop()
            annotations = self.project.annotations(document_id)
            chosen = names if self._assigned is None else self._assigned(document_id, names)
            if not self._include_unstarted:
                started = self.project.progress.started_in(document_id)
                chosen = started_among(chosen, annotations, started)
            # One annotator alone: nothing to compare (nor an "agreement" of one to accept).
            if len(chosen) >= 2:
                pool = [a for a in annotations if a.annotator in chosen]
                batch.extend(review_items(pool, schema, chosen, ruled))
            if time.perf_counter() >= deadline:
                break
        self.items.extend(batch)
        self.agreed += sum(1 for item in batch if item.agreed)
        return [item for item in batch if self.shows(item)]

    def shows(self, item: ReviewItem) -> bool:
        """Whether ``item`` belongs in the queue under the current filter."""
        chosen = self.filter
        if item.agreed or (chosen.layer and item.layer != chosen.layer):
            return False
        needle = chosen.document.strip().casefold()
        if needle and needle not in self.names.get(item.document_id, "").casefold():
            return False
        return not chosen.pair or bool(
            unit_differences(item.unit, chosen.pair, self.project.schema)
        )

    def shown(self) -> list[ReviewItem]:
        return [item for item in self.items if self.shows(item)]

    def agreements(self) -> list[ReviewItem]:
        """The units where every annotator agrees (read everything first for all of them)."""
        return [item for item in self.items if item.agreed]

    def remove(self, items: Iterable[ReviewItem]) -> None:
        """Decided units leave the queue."""
        gone = list(items)
        ids = {id(item) for item in gone}
        self.items = [item for item in self.items if id(item) not in ids]
        self.agreed -= sum(1 for item in gone if item.agreed)

    def restore(self, items: Iterable[ReviewItem]) -> None:
        """Units whose decision was undone come back in their place."""
        for item in items:
            insort(self.items, item, key=queue_order)
            self.agreed += item.agreed

    @property
    def total(self) -> int:
        """Documents in the project."""
        return len(self.names)

    @property
    def read_count(self) -> int:
        """Documents read so far (or left out of a team project's comparison)."""
        return len(self.names) - len(self._unread)
