"""Writing the cue-form tables shipped with annotator (``make cue-forms``).

Building a language's cue forms means decoding simplemma's whole dictionary
for it (about a minute for all languages on a busy machine), so it is done
when the lexicon changes, not on a user's first ``annotator suggest``: the
tables are committed in ``annotator/suggest/cue_forms/``, one JSON file per
language, and :func:`annotator.suggest.lemmas.cue_forms` reads them.  Each
table records the cache key it was made for (simplemma's version and the
lexicon's cue lemmas); a table that no longer matches is ignored, and the run
falls back to building the forms itself, so a stale table costs time, never a
wrong cue.  ``tests/suggest/test_cue_tables.py`` fails while a table is stale
and rebuilds one language to check the file equals what this module writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from annotator.suggest.lemmas import PACKAGED_TABLES, _forms_from_simplemma, table_key
from annotator.suggest.lexicon import REPORTING, STANCE


def cue_languages() -> list[str]:
    """Every language with reporting or stance cues."""
    return sorted(set(REPORTING) | set(STANCE))


def table_text(language: str) -> str:
    """The table file's content: its key, then every form → lemma, one per line."""
    table = {"key": table_key(language), "forms": _forms_from_simplemma(language)}
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def write_tables(folder: Path = PACKAGED_TABLES, languages: list[str] | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages or cue_languages():
        (folder / f"{language}.json").write_text(table_text(language), encoding="utf-8")
        print(f"cue forms: {language}", file=sys.stderr)


if __name__ == "__main__":
    write_tables()
