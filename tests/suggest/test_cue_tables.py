"""The shipped cue-form tables: current for the lexicon, equal to what simplemma gives,
and read instead of simplemma's dictionaries (a first run on a machine loads none)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.suggest import lemmas
from annotator.suggest.cue_tables import cue_languages, table_text, write_tables


def test_every_cue_language_has_a_table_built_for_the_present_lexicon() -> None:
    stale = []
    for language in cue_languages():
        path = lemmas.PACKAGED_TABLES / f"{language}.json"
        key = json.loads(path.read_text(encoding="utf-8"))["key"] if path.exists() else None
        if key != lemmas.table_key(language):
            stale.append(language)
    assert stale == [], f"cue-form tables out of date for {stale}: run `make cue-forms`"


def test_a_table_equals_what_simplemma_gives_now() -> None:
    # English: the smallest dictionary (about a second to decode); the others are built
    # by the same code.
    shipped = (lemmas.PACKAGED_TABLES / "en.json").read_text(encoding="utf-8")
    assert table_text("en") == shipped


def test_cue_forms_come_from_the_tables_without_loading_a_dictionary(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_dictionary(language: str) -> dict[str, str]:
        raise AssertionError(f"simplemma's {language} dictionary was loaded")

    monkeypatch.setattr(lemmas, "_forms_from_simplemma", no_dictionary)
    lemmas.cue_forms.cache_clear()
    try:
        assert lemmas.cue_lemma("powiedziała", "pl") == "powiedzieć"
        assert lemmas.cue_lemma("заявил", "ru") is not None
        assert not lemmas.cache_file("pl").exists()  # nothing written to the user's cache
    finally:
        lemmas.cue_forms.cache_clear()


def test_a_stale_table_is_ignored_and_the_forms_are_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "en.json").write_text(
        json.dumps({"key": "an older lexicon", "forms": {"said": "wrong"}}), encoding="utf-8"
    )
    monkeypatch.setattr(lemmas, "PACKAGED_TABLES", folder)
    lemmas.cue_forms.cache_clear()
    try:
        assert lemmas.cue_lemma("said", "en") == "say"
    finally:
        lemmas.cue_forms.cache_clear()


def test_write_tables_writes_the_files_make_cue_forms_commits(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    write_tables(folder, ["en"])
    shipped = lemmas.PACKAGED_TABLES / "en.json"
    assert (folder / "en.json").read_bytes() == shipped.read_bytes()
