"""A seeded, deliberately awkward multi-annotator project for pinning agreement output.

Built from ``random.Random(seed)`` only, so the same seed gives the same labels on
every machine and Python version.  What it covers, on purpose:

- spans shared by three or four annotators, jittered boundaries, nested spans,
  chains (A overlaps B overlaps C, A not C), one long span over two short ones;
- the same span twice by one annotator (creation order decides the pairing),
  empty spans at 0 and elsewhere, document-scope labels;
- an empty document, a document only one annotator worked on, a document only
  gold labelled, an annotator who appears in two documents only;
- attribute values missing, ``""``, ``[]``, lists of choices, text differing in
  case, space and Unicode folding (ß, é, Turkish İ), numbers as int, float, numeric
  text, junk and booleans, dates, refs to units, to missing ids and to several;
- a label on a layer the schema does not have, and a schema layer nobody used.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from annotator.core.model import GOLD, Annotation, Origin

ANNOTATORS = ("alice", "bob", "chen", "Émile")
"""The regular annotators; "zoë" appears in two documents, gold in a few."""

SCHEMA_LAYERS: dict[str, dict[str, str]] = {
    "stance": {"holder": "text", "polarity": "choice", "sure": "flag"},
    "figure": {"value": "number", "when": "date", "unit": "choice"},
    "quote": {"source": "ref", "kind": "choice"},
    "topic": {"topic": "choice"},
    "unused": {"remark": "text"},
}
"""As ``tests/fixtures/schemas/agreement_pinned.toml`` declares them."""

CHOICES = {
    "stance": {"polarity": ["favor", "against", "neutral"]},
    "figure": {"unit": ["percent", "count", "money"]},
    "quote": {"kind": ["direct", "indirect", "partial"]},
    "topic": {"topic": ["politics", "economy", "sport"]},
    "unused": {},
}

HOLDERS = ("Kazakhstan", " kazakhstan", "KAZAKHSTAN ", "Straße", "STRASSE", "Zürich",
           "zu\u0308rich", "İstanbul", "Москва", "москва", "الحكومة", "🇺🇦 Kyiv", "",
           "  ")  # fmt: skip
NUMBERS: tuple[Any, ...] = (93, 93.0, "93", 87.05, 0, -4.5, 1e6, "abc", True, None, 12)
DATES: tuple[Any, ...] = ("2022-09-30", "2022-10-01", "2021-01-01", None, "")
TOPICS = ("politics", "economy", "sport")
ORIGINS = (Origin.MANUAL, Origin.MANUAL, Origin.SUGGESTED, Origin.IMPORTED)


def _stance_values(rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if rng.random() < 0.9:
        values["holder"] = rng.choice(HOLDERS)
    if rng.random() < 0.85:
        values["polarity"] = rng.choice(("favor", "against", "neutral", "favor", "against"))
    elif rng.random() < 0.3:
        values["polarity"] = rng.choice((["favor", "against"], ["against", "favor"], [], "old"))
    if rng.random() < 0.7:
        values["sure"] = rng.random() < 0.6
    return values


def _figure_values(rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {}
    number = rng.choice(NUMBERS)
    if number is not None:
        values["value"] = number
    date = rng.choice(DATES)
    if date is not None:
        values["when"] = date
    if rng.random() < 0.8:
        values["unit"] = rng.choice(("percent", "count", "money", "percent"))
    return values


def _vary(values: dict[str, Any], make: Any, rng: random.Random) -> dict[str, Any]:
    """Another annotator's values for the same thing: usually the same, sometimes one
    value replaced or dropped."""
    if rng.random() < 0.6 or not values:
        return dict(values)
    changed = dict(values)
    key = rng.choice(sorted(changed))
    if rng.random() < 0.3:
        del changed[key]
    else:
        other = make(rng)
        changed[key] = other.get(key, "")
    return changed


def _stamp(rng: random.Random) -> str:
    return f"2026-11-{rng.randint(20, 29)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z"


def case_annotations(seed: int = 2026, documents: int = 14) -> list[Annotation]:
    """The labels of the pinned case, in a shuffled order (results must not depend on it)."""
    rng = random.Random(seed)
    labels: list[Annotation] = []
    counter = iter(range(1, 1_000_000))

    def add(doc: int, who: str, layer: str, start: int, end: int, values: dict[str, Any],
            origin: Origin = Origin.MANUAL) -> Annotation:  # fmt: skip
        annotation = Annotation(
            id=f"{rng.getrandbits(32):08x}-{next(counter):04d}",
            document_id=doc,
            annotator=who,
            layer=layer,
            start=start,
            end=end,
            attributes=values,
            origin=origin,
            created_at=_stamp(rng),
            updated_at=_stamp(rng),
        )
        labels.append(annotation)
        return annotation

    for doc in range(1, documents + 1):
        if doc == 5:
            continue  # an empty document
        if doc == 6:
            workers: tuple[str, ...] = ("alice",)  # one annotator only
        elif doc == 7:
            workers = (GOLD,)  # gold only
        elif doc in (3, 11):
            workers = (*ANNOTATORS, "zoë", GOLD)
        else:
            workers = tuple(w for w in ANNOTATORS if rng.random() < 0.85) or ("bob", "chen")
        length = rng.randint(300, 900)
        for _ in range(rng.randint(4, 14)):
            layer = rng.choice(("stance", "stance", "figure", "quote", "mystery"))
            span = rng.randint(1, 12) if layer == "figure" else rng.randint(5, 80)
            start = rng.randrange(0, length - span)
            make = _figure_values if layer == "figure" else _stance_values
            truth = make(rng)
            for who in workers:
                if rng.random() < 0.15:
                    continue
                a, b = start, start + span
                if rng.random() < 0.3:
                    a = max(0, a + rng.randint(-6, 6))
                    b = max(a + 1, b + rng.randint(-6, 6))
                if rng.random() < 0.04:
                    b = a  # an empty span inside the text
                values = _vary(truth, make, rng)
                if layer == "quote":
                    values = {"kind": rng.choice(("direct", "indirect", "partial", ""))}
                origin = rng.choice(
                    (Origin.MANUAL, Origin.MANUAL, Origin.SUGGESTED, Origin.IMPORTED)
                )
                add(doc, who, layer, a, b, values, origin)
                if rng.random() < 0.05:  # the same span again, created later
                    add(doc, who, layer, a, b, _vary(values, make, rng))
        regular = [w for w in workers if w != GOLD]
        if len(regular) > 1 and rng.random() < 0.7:  # one long span over two short ones
            who, other = rng.sample(regular, 2)
            base = rng.randrange(0, length - 100)
            add(doc, who, "stance", base, base + 90, _stance_values(rng))
            add(doc, other, "stance", base + 5, base + 40, _stance_values(rng))
            add(doc, other, "stance", base + 45, base + 85, _stance_values(rng))
        if len(regular) > 2:  # a chain: A overlaps B overlaps C, A and C share nothing
            base = rng.randrange(0, length - 60)
            add(doc, regular[0], "stance", base, base + 20, _stance_values(rng))
            add(doc, regular[1], "stance", base + 15, base + 40, _stance_values(rng))
            add(doc, regular[2], "stance", base + 35, base + 60, _stance_values(rng))
        for who in workers:  # document-level topics, sometimes two
            if rng.random() < 0.8:
                for _ in range(1 + (rng.random() < 0.2)):
                    topic = {"topic": rng.choice(TOPICS)} if rng.random() < 0.9 else {}
                    add(doc, who, "topic", 0, 0, topic)
    _add_refs(labels, rng, add)
    rng.shuffle(labels)
    return labels


def _add_refs(labels: list[Annotation], rng: random.Random, add: Any) -> None:
    """Quotes whose source names a stance: the one the annotator's own stance in the same
    unit, a missing id, several targets, or nothing."""
    stances: dict[tuple[int, str], list[Annotation]] = {}
    for label in labels:
        if label.layer == "stance":
            stances.setdefault((label.document_id, label.annotator), []).append(label)
    for (doc, who), own in sorted(stances.items()):
        for target in own[:3]:
            if rng.random() < 0.3:
                continue
            roll = rng.random()
            if roll < 0.6:
                source: Any = target.id
            elif roll < 0.7:
                source = "no-such-label"
            elif roll < 0.85:
                source = [target.id, own[-1].id]
            else:
                source = ""
            add(doc, who, "quote", target.start, target.end, {"source": source, "kind": "direct"})


def documents_of(labels: list[Annotation]) -> Iterator[int]:
    """Every document id the case has, including the empty one (for storing it)."""
    yield from range(1, 1 + max(label.document_id for label in labels))
