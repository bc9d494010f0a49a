"""Quotes: marks of each language with nesting, blocks, dashes, indirect speech; no scare quotes."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.quotes import suggest_quotes


def _quotes(text: str, language: str = "") -> list[tuple[str, dict[str, object]]]:
    found = suggest_quotes(Document(1, "d", text, language=language), SuggestContext())
    return [(text[s.start : s.end], s.attributes) for s in found]


def test_polish_marks_with_a_speaker_after_the_cue() -> None:
    text = (
        "„Kazachstan nie zapewnia mechanizmów obchodzenia sankcji” – "
        "poinformował szef MSZ Dmytro Kułeba."
    )
    [(quote, attributes)] = _quotes(text, "pl")
    assert quote == "Kazachstan nie zapewnia mechanizmów obchodzenia sankcji"
    assert attributes["kind"] == "direct"
    assert "Kułeba" in str(attributes["speaker"])


def test_russian_guillemets_with_nested_quotes_are_one_quote() -> None:
    text = (
        "«Мы не признаем так называемые „референдумы“ на этих территориях», — сказал Иван Петров."
    )
    [(quote, attributes)] = _quotes(text, "ru")
    assert quote == "Мы не признаем так называемые „референдумы“ на этих территориях"
    assert attributes["speaker"] == "Иван Петров"


def test_scare_quotes_are_left_out() -> None:
    text = 'Russia held a "sham" vote in the «референдумы» and the "so-called referenda".'
    assert _quotes(text, "en") == []


def test_a_block_after_a_reporting_cue_and_one_closed_by_a_mark_only() -> None:
    text = (
        "At the Assembly, President Kassym Tokayev stated,\n\n"
        "We must rethink the linkages between three primordial principles.\n\n"
        'He further said it again,\n\nWould completely violate our national interests." [v]\n'
    )
    quotes = [quote for quote, _ in _quotes(text, "en")]
    assert "We must rethink the linkages between three primordial principles." in quotes
    assert "Would completely violate our national interests." in quotes


def test_dash_dialogue() -> None:
    text = "— Мы никогда не признаем эти результаты, — заявил министр Сергей Лавров.\n"
    [(quote, attributes)] = _quotes(text, "ru")
    assert quote == "Мы никогда не признаем эти результаты"
    assert attributes["kind"] == "direct"


def test_indirect_speech_from_a_lemmatised_cue() -> None:
    text = "Minister Nikola Selakovic przekazał, że Belgrad nie uzna wyników głosowania."
    [(quote, attributes)] = _quotes(text, "pl")
    assert quote == "Belgrad nie uzna wyników głosowania"
    assert attributes == {"kind": "indirect", "speaker": "Nikola Selakovic"}


def test_german_and_french_marks() -> None:
    german = "„Wir werden diese Ergebnisse niemals anerkennen“, sagte Olaf Scholz."
    french = "« Nous ne reconnaîtrons jamais ces résultats », a déclaré Emmanuel Macron."
    [(quote, attributes)] = _quotes(german, "de")
    assert quote == "Wir werden diese Ergebnisse niemals anerkennen"
    assert attributes["speaker"] == "Olaf Scholz"
    [(quote, attributes)] = _quotes(french, "fr")
    assert quote == "Nous ne reconnaîtrons jamais ces résultats"
    assert attributes["speaker"] == "Emmanuel Macron"
