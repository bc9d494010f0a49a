"""Label Studio's JSON export: a list of tasks, each with ``data`` and ``annotations``."""

from __future__ import annotations

from pathlib import Path

from annotator.io.sniffing import first_json_record

_RESULT_KEYS = ("annotations", "completions", "predictions")


def looks_like_labelstudio(path: Path, head: str) -> bool:
    """A task: an object with ``data`` and annotations, completions or predictions."""
    task = first_json_record(head)
    if isinstance(task, dict) and isinstance(task.get("data"), dict):
        return any(key in task for key in _RESULT_KEYS)
    return False
