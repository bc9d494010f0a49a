"""Files annotator recognises but does not read, so it can say what they are.

A CoNLL column file imported as text would become one document whose text is
the token table; recognising it lets the import refuse with a reason instead.
"""

from __future__ import annotations

import re
from pathlib import Path

_BIO_TAG = re.compile(r"^(O|[BIESLU]-\S+|[BIESLU])$")


def looks_like_conll(path: Path, head: str) -> bool:
    """One token per line, columns split by tabs or spaces, the last a BIO tag or ``_``."""
    lines = [line for line in head.split("\n")[:200] if line.strip() and not line.startswith("#")]
    if len(lines) < 2:
        return False
    tagged = 0
    for line in lines:
        columns = line.split("\t") if "\t" in line else line.split()
        if len(columns) < 2:
            return False
        if _BIO_TAG.match(columns[-1].strip()) or columns[-1].strip() == "_":
            tagged += 1
    return tagged >= 0.8 * len(lines)
