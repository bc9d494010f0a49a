"""Quote speakers and cue languages found wrong on the held-out set
(tests/fixtures/suggest_heldout): one test per general fix."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.quotes import suggest_quotes
from annotator.suggest.text import lemma


def _quotes(text: str, language: str) -> list[tuple[str, dict[str, object]]]:
    found = suggest_quotes(Document(1, "d", text, language=language), SuggestContext())
    return [(text[s.start : s.end], s.attributes) for s in found]


def test_after_the_cue_the_person_of_an_apposition_not_their_ministry() -> None:
    text = (
        "«No podemos permitir que la vivienda se convierta en un lujo», afirmó la ministra "
        "de Vivienda, Lucía Herrero, en una rueda de prensa."
    )
    [(_quote, attributes)] = _quotes(text, "es")
    assert attributes["speaker"] == "Lucía Herrero"


def test_a_quote_after_an_attributed_one_keeps_its_speaker() -> None:
    text = (
        "“This is the report the Fed was hoping for,” said Dana Whitfield, chief economist at "
        "Harbor Point Advisors in Boston. “Hiring is still solid, and that gives room to pause.”"
    )
    speakers = [attributes["speaker"] for _quote, attributes in _quotes(text, "en")]
    assert speakers == ["Dana Whitfield", "Dana Whitfield"]


def test_indirect_speech_by_a_person_named_after_their_role() -> None:
    text = (
        "Президент Союза нефтепромышленников Виктор Гуляев сказал, что повышение налога "
        "приведёт к сокращению инвестиций."
    )
    [(quote, attributes)] = _quotes(text, "ru")
    assert quote == "повышение налога приведёт к сокращению инвестиций"
    assert attributes["speaker"] == "Виктор Гуляев"


def test_a_cue_opening_the_sentence_is_not_the_speaker() -> None:
    text = (
        "„Na obniżki stóp jest za wcześnie” – powiedział prezes NBP Tadeusz Wrona. "
        "Dodał, że pierwsza obniżka jest możliwa najwcześniej w marcu."
    )
    found = dict(_quotes(text, "pl"))
    assert found["pierwsza obniżka jest możliwa najwcześniej w marcu"]["speaker"] != "Dodał"
    assert "Wrona" in str(found["pierwsza obniżka jest możliwa najwcześniej w marcu"]["speaker"])


@pytest.mark.parametrize(
    ("language", "text", "clause", "surname"),
    [
        ("nl", "Minister Marleen de Vries zei dat zo zeker 3.000 boeren stoppen.",
         "zo zeker 3.000 boeren stoppen", "Vries"),
        ("pt", "O economista Rodrigo Paes afirmou que a reforma é positiva para o país.",
         "a reforma é positiva para o país", "Paes"),
        ("sk", "Minister Ján Kováč povedal, že vláda im vyšla v ústrety.",
         "vláda im vyšla v ústrety", "Kováč"),
        ("hr", "Predsjednica Ivana Perić rekla je da su troškovi rada porasli.",
         "su troškovi rada porasli", "Perić"),
        ("bg", "Управителят Димитър Костов заяви, че банковата система е стабилна.",
         "банковата система е стабилна", "Костов"),
    ],
)  # fmt: skip
def test_indirect_speech_in_languages_that_had_no_cues(
    language: str, text: str, clause: str, surname: str
) -> None:
    found = dict(_quotes(text, language))
    assert clause in found
    assert surname in str(found[clause]["speaker"])


def test_croatian_is_lemmatised_as_serbo_croatian() -> None:
    assert lemma("izjavio", "hr") == "izjaviti"


def test_croatian_cues_are_found_through_serbo_croatian_forms() -> None:
    from annotator.suggest.cues import is_reporting
    from annotator.suggest.text import Word

    assert is_reporting(Word(0, 7, "izjavio", "izjavio"), "hr")
    assert is_reporting(Word(0, 9, "naglasila", "naglasila"), "hr")


def test_dash_speech_after_narration_in_the_same_paragraph() -> None:
    """pl_sad, pl_stopy: "… świadków. – Jesteśmy usatysfakcjonowani. … – stwierdziła."."""
    text = (
        "Prokurator Ewa Dąbrowska przyznała, że proces trwał długo. – Jesteśmy zadowoleni. "
        "Sąd przyjął naszą ocenę dowodów – stwierdziła."
    )
    direct = [(q, a["speaker"]) for q, a in _quotes(text, "pl") if a["kind"] == "direct"]
    assert direct == [
        ("Jesteśmy zadowoleni. Sąd przyjął naszą ocenę dowodów", "Prokurator Ewa Dąbrowska")
    ]
    # without a reporting cue after the closing dash it is narration (a parenthesis)
    text = "Ceny wzrosły. – Nieznacznie, o dwa punkty – ale wzrosły, podał urząd."
    assert [q for q, a in _quotes(text, "pl") if a["kind"] == "direct"] == []


@pytest.mark.parametrize(
    ("language", "text", "phrase", "speaker"),
    [
        ("en", "The union called the offer “an insult” on Monday.", "an insult", None),
        ("pl", "Opozycja nazwała ustawę „skokiem na kasę”.", "skokiem na kasę", "Opozycja"),
        ("de", "Der Minister sprach von einer „stillen Krise“.", "stillen Krise", None),
        ("ru", "Эксперты назвали ситуацию «тревожной».", "тревожной", None),
    ],
)  # fmt: skip
def test_a_short_phrase_someone_called_a_thing_is_a_partial_quote(
    language: str, text: str, phrase: str, speaker: str | None
) -> None:
    found = suggest_quotes(Document(1, "d", text, language=language), SuggestContext())
    partial = [s for s in found if text[s.start : s.end] == phrase]
    assert len(partial) == 1 and partial[0].attributes["kind"] == "partial"
    if speaker is not None:
        assert partial[0].attributes["speaker"] == speaker


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("en", "Moscow held so-called “referendums” in four regions.", "referendums"),
        ("pl", "Zarząd nazwał spółkę „Orlen Paliwa”.", "Orlen Paliwa"),  # a name
        ("ru", "Турция заявила, что не признает «референдумы».", "референдумы"),  # no "called"
    ],
)
def test_scare_quotes_and_names_stay_out(language: str, text: str, phrase: str) -> None:
    found = suggest_quotes(Document(1, "d", text, language=language), SuggestContext())
    assert phrase not in [text[s.start : s.end] for s in found]
