"""Which lemma a word is, for the cue lexicons: simplemma's dictionaries, read once per machine.

simplemma ships a dictionary (form → lemma) per language and decodes it in
Python when first asked: 0.4 s for English, several seconds for Polish or
Russian, so a run over a corpus in nine languages spent more time loading
dictionaries than reading articles.  The suggesters only ask whether a word is
a form of one of the few hundred cue lemmas, so just those forms (every form
the dictionary maps to a cue lemma) are kept: in tables built at development
time (``make cue-forms``, cue_tables.py) that ship with annotator, and, when a
table was built for another lexicon or simplemma version, in a small file in the
user cache folder, named by simplemma's version and the lexicon's content,
built on first use.  Either is read in milliseconds.  A word the
dictionary does not list is not a cue (simplemma's guessing rules for unknown
words are not used).
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from platformdirs import user_cache_path

from annotator.suggest.lexicon import REPORTING, SIMPLEMMA_CODES, STANCE


def _cue_lemmas(language: str) -> frozenset[str]:
    return REPORTING.get(language, frozenset()) | frozenset(STANCE.get(language, {}))


def cache_file(language: str) -> Path:
    lemmas = "\n".join(sorted(_cue_lemmas(language)))
    code = SIMPLEMMA_CODES.get(language, language)  # which dictionary the forms came from
    key = f"{version('simplemma')}\n{code}\n{lemmas}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return user_cache_path("annotator") / "suggest" / f"cue-forms-{language}-{digest}.json"


def _forms_from_simplemma(language: str) -> dict[str, str]:
    """Every dictionary form whose lemma is a cue (one pass over the whole dictionary)."""
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    lemmas = _cue_lemmas(language)
    forms = {lemma: lemma for lemma in lemmas}
    try:
        dictionary = DEFAULT_DICTIONARY_FACTORY.get_dictionary(
            SIMPLEMMA_CODES.get(language, language)
        )
    except ValueError:  # a language simplemma does not know
        return forms
    raw = getattr(dictionary, "_dict", None)
    if isinstance(raw, dict):  # simplemma's bytes → bytes table: compare without decoding
        wanted = {lemma.encode(): lemma for lemma in lemmas}
        for form_bytes, lemma_bytes in raw.items():
            found = wanted.get(lemma_bytes)
            if found is not None:
                forms[form_bytes.decode().lower()] = found
        return forms
    for form, lemma in dictionary.items():
        if lemma in lemmas:
            forms[form.lower()] = lemma
    return forms


PACKAGED_TABLES = Path(__file__).with_name("cue_forms")
"""The tables built at development time (``make cue-forms``, see cue_tables.py)."""


def table_key(language: str) -> str:
    """What a table was built from: simplemma's version, the dictionary and the cue lemmas
    (the cache file's name carries exactly that)."""
    return cache_file(language).name


def _packaged_forms(language: str) -> dict[str, str] | None:
    """The shipped table of ``language`` when it was built for the present lexicon."""
    try:
        table = json.loads((PACKAGED_TABLES / f"{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(table, dict) or table.get("key") != table_key(language):
        return None
    forms = table.get("forms")
    return {str(k): str(v) for k, v in forms.items()} if isinstance(forms, dict) else None


@lru_cache(maxsize=32)
def cue_forms(language: str) -> dict[str, str]:
    """Form (lower case) → cue lemma for ``language``: the shipped table, else the
    cache file, else simplemma (a lexicon changed since the tables were built)."""
    packaged = _packaged_forms(language)
    if packaged is not None:
        return packaged
    path = cache_file(language)
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            return {str(k): str(v) for k, v in loaded.items()}
    except (OSError, ValueError):
        pass
    forms = _forms_from_simplemma(language)
    try:  # a cache that cannot be written only costs the next run the same time again
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(forms, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass
    return forms


def cue_lemma(word: str, language: str) -> str | None:
    """The cue lemma ``word`` is a form of, or None."""
    return cue_forms(language).get(word.lower()) if language else None
