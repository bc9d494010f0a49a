"""brat standoff: a folder of ``name.txt`` + ``name.ann`` pairs, with ``annotation.conf``."""

from __future__ import annotations

import re
from pathlib import Path

_ANN_LINE = re.compile(r"^(T\d+\t\S+ \d+ \d+|[RAMEN#*]\d*\t)")
_CONF_SECTION = re.compile(r"^\[(entities|relations|events|attributes)\]\s*$", re.MULTILINE)
CONFIG_FILES = frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"})


def looks_like_brat_ann(path: Path, head: str) -> bool:
    """The first non-blank line is a brat annotation line (``T1<TAB>Label 0 5<TAB>...``)."""
    for line in head.split("\n"):
        if line.strip():
            return bool(_ANN_LINE.match(line))
    return False


def looks_like_brat_config(path: Path, head: str) -> bool:
    return path.name in CONFIG_FILES or bool(_CONF_SECTION.search(head))
