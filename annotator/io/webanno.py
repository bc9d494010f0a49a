"""WebAnno TSV 3.x, the tab-separated format of WebAnno and INCEpTION."""

from __future__ import annotations

from pathlib import Path

FORMAT_LINE = "#FORMAT=WebAnno TSV 3"


def looks_like_webanno(path: Path, head: str) -> bool:
    return head.lstrip("\ufeff").startswith(FORMAT_LINE)
