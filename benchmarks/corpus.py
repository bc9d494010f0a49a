"""A seeded news corpus in native JSONL, shared by the import, export and agreement benchmarks.

Densities are those of real work on the default news schema: articles of about
5 KB, three annotators who mostly mark the same stances, quotes and figures
(sometimes with other boundaries or other values, sometimes alone), about 100
annotations per document in all.  Every annotation carries what
``annotator export --format jsonl`` writes (id, text, timestamps), so the file
is the round-trip case of README "JSONL format".
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common import ANNOTATORS, make_text

HOLDERS = ("Kazakhstan", "Казахстан", "Polska", "the EU", "Zelensky", "الحكومة", "NATO")
TARGETS = ("the referendums", "референдумы", "sanctions", "the annexation", "aid")
NUMBERS = (93.0, 87.05, 99.23, 12.0, 4.5, 1000.0, 2022.0, 15.0, 0.5, 250.0)
STAMP = "2026-11-23T09:00:00.000000Z"


def _attributes(layer: str, rng: random.Random) -> dict[str, Any]:
    if layer == "stance":
        return {
            "holder": rng.choice(HOLDERS),
            "target": rng.choice(TARGETS),
            "polarity": rng.choice(("favor", "against", "neutral", "unclear")),
        }
    if layer == "quote":
        return {"speaker": rng.choice(HOLDERS), "kind": rng.choice(("direct", "indirect"))}
    return {
        "value": rng.choice(NUMBERS),
        "unit": rng.choice(("percent", "count", "money", "date")),
        "measures": rng.choice(("turnout", "votes", "budget")),
    }


def _disagree(attributes: dict[str, Any], rng: random.Random, layer: str) -> dict[str, Any]:
    """Another annotator's view of the same thing: one value differs 15 % of the time."""
    if rng.random() >= 0.15:
        return dict(attributes)
    other = _attributes(layer, rng)
    key = rng.choice(sorted(attributes))
    return {**attributes, key: other[key]}


def document_records(
    documents: int, annotations: int, seed: int = 42, size: int = 5000
) -> Iterator[dict[str, Any]]:
    """``documents`` native JSONL records with exactly ``annotations`` annotations in all."""
    rng = random.Random(seed)
    for number in range(documents):
        text = make_text(size, rng)
        quota = annotations // documents + (number < annotations % documents)
        items: list[dict[str, Any]] = []
        while len(items) < quota:
            layer = rng.choices(("stance", "quote", "figure"), (4, 3, 3))[0]
            length = rng.randint(2, 15) if layer == "figure" else rng.randint(20, 250)
            start = rng.randrange(0, len(text) - length)
            truth = _attributes(layer, rng)
            for annotator in ANNOTATORS:
                if len(items) == quota or rng.random() > 0.9:
                    continue
                a, b = start, start + length
                if rng.random() < 0.2:  # other boundaries, still overlapping
                    a = min(max(0, a + rng.randint(-10, 10)), len(text) - 1)
                    b = max(a + 1, min(len(text), b + rng.randint(-10, 10)))
                items.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "layer": layer,
                        "start": a,
                        "end": b,
                        "text": text[a:b],
                        "annotator": annotator,
                        "attributes": _disagree(truth, rng, layer),
                        "note": "",
                        "origin": "manual",
                        "created_at": STAMP,
                        "updated_at": STAMP,
                    }
                )
        yield {
            "name": f"article-{number:06d}.txt",
            "text": text,
            "meta": {
                "title": text[:60].strip(),
                "language": rng.choice(("en", "ru", "pl", "ar")),
                "url": f"https://news.example/{number}",
            },
            "annotations": items,
        }


def write_jsonl(path: Path, documents: int, annotations: int, seed: int = 42) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in document_records(documents, annotations, seed):
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
    return path


def model_records(documents: int, annotations: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """A model's pre-annotations: labels with no id, text or timestamps, one annotator.

    What a tagger hands over to be corrected; import gives each label a stable id.
    """
    rng = random.Random(seed)
    for number in range(documents):
        text = make_text(5000, rng)
        quota = annotations // documents + (number < annotations % documents)
        items = []
        for _ in range(quota):
            layer = rng.choices(("stance", "quote", "figure"), (4, 3, 3))[0]
            length = rng.randint(2, 15) if layer == "figure" else rng.randint(20, 250)
            start = rng.randrange(0, len(text) - length)
            items.append(
                {
                    "layer": layer,
                    "start": start,
                    "end": start + length,
                    "annotator": "model",
                    "attributes": _attributes(layer, rng),
                    "origin": "suggested",
                }
            )
        yield {"name": f"article-{number:07d}.txt", "text": text, "annotations": items}


def write_model_jsonl(path: Path, documents: int, annotations: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in model_records(documents, annotations):
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
    return path
