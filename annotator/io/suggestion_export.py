"""``annotator export --suggestions``: the suggestions table as JSONL or CSV.

One record per suggestion with the columns of issue 14: document, layer,
start, end, text, attributes, suggester, score, status (attributes as a JSON
object in JSONL, as JSON text in CSV).  Separate from the annotation exports
on purpose: suggestions are never mixed into the gold deliverable.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from annotator.io.atomic import atomic_text_writer
from annotator.store.project import Project
from annotator.store.suggestions import iter_suggestions

SUGGESTION_COLUMNS = (
    "document", "layer", "start", "end", "text", "attributes", "suggester", "score", "status",
)  # fmt: skip


def export_suggestions(
    project: Project, target: str | Path, fmt: str, layers: tuple[str, ...] = ()
) -> int:
    """Write every suggestion (all statuses) to ``target``; returns how many."""
    count = 0
    with atomic_text_writer(target) as handle:
        writer = csv.writer(handle, lineterminator="\r\n") if fmt == "csv" else None
        if writer is not None:
            writer.writerow(SUGGESTION_COLUMNS)
        for suggestion, name, text in iter_suggestions(project, layers=layers):
            record = {
                "document": name,
                "layer": suggestion.layer,
                "start": suggestion.start,
                "end": suggestion.end,
                "text": text,
                "attributes": suggestion.attributes,
                "suggester": suggestion.suggester,
                "score": suggestion.score,
                "status": suggestion.status.value,
            }
            if writer is None:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                record["attributes"] = json.dumps(suggestion.attributes, ensure_ascii=False)
                writer.writerow([record[column] for column in SUGGESTION_COLUMNS])
            count += 1
    return count
