"""Reported speech with no "that" (annotator/suggest/attribution.py): "according to X, …",
"…, X said." and English "said" without "that"; and what must stay unsuggested."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.quotes import suggest_quotes


def _quotes(text: str, language: str) -> list[tuple[str, dict[str, object]]]:
    found = suggest_quotes(Document(1, "d", text, language=language), SuggestContext())
    return [(text[s.start : s.end], s.attributes) for s in found]


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("en", "According to the port authority, traffic fell by a third in May.",
         "traffic fell by a third in May", "port authority"),
        ("pl", "Według prokuratury oskarżony działał wspólnie z dwoma wspólnikami.",
         "oskarżony działał wspólnie z dwoma wspólnikami", "prokuratury"),
        ("pl", "Zdaniem Anny Nowak z Banku Śląskiego stopy spadną jeszcze w tym roku.",
         "stopy spadną jeszcze w tym roku", "Anny Nowak"),
        ("ru", "По словам губернатора Игоря Смирнова, мост откроют уже в сентябре.",
         "мост откроют уже в сентябре", "Игоря Смирнова"),
        ("uk", "За даними митниці, імпорт пального скоротився майже вдвічі.",
         "імпорт пального скоротився майже вдвічі", "митниці"),
        ("de", "Laut der Polizei wurden bei dem Unfall drei Menschen verletzt.",
         "wurden bei dem Unfall drei Menschen verletzt", "Polizei"),
        ("fr", "Selon le ministère, les travaux reprendront au printemps prochain.",
         "les travaux reprendront au printemps prochain", "ministère"),
        ("es", "Según la patronal, el paro bajará en todas las regiones este año.",
         "el paro bajará en todas las regiones este año", "patronal"),
        ("it", "Secondo la Protezione civile, il fiume ha superato il livello di guardia.",
         "il fiume ha superato il livello di guardia", "Protezione"),
        ("cs", "Podle policie řidič nedal přednost chodcům na přechodu.",
         "řidič nedal přednost chodcům na přechodu", "policie"),
    ],
)  # fmt: skip
def test_an_attribution_opening_the_sentence_reports_the_rest(
    language: str, text: str, quote: str, speaker: str
) -> None:
    [(found, attributes)] = _quotes(text, language)
    assert found == quote
    assert attributes["kind"] == "indirect"
    assert str(attributes["speaker"]).startswith(speaker)


def test_a_pronoun_source_is_the_person_named_before() -> None:
    text = (
        "Минфин представил проект бюджета. Замминистра Ольга Петрова выступила в Думе. "
        "По её словам, дефицит сократится уже в следующем году."
    )
    [(found, attributes)] = _quotes(text, "ru")
    assert found == "дефицит сократится уже в следующем году"
    assert str(attributes["speaker"]).endswith("Ольга Петрова")  # with her capitalised role


def test_an_attribution_closing_the_sentence_reports_what_comes_before() -> None:
    text = "Ticket sales rose by a fifth over the summer, according to the theatre's figures."
    assert [q for q, _a in _quotes(text, "en")] == ["Ticket sales rose by a fifth over the summer"]
    text = "Las exportaciones crecieron un 4 % en marzo, según datos del ministerio."
    assert [q for q, _a in _quotes(text, "es")] == ["Las exportaciones crecieron un 4 % en marzo"]


def test_an_attribution_in_the_middle_of_a_sentence_is_left_alone() -> None:
    text = "Le coût du chantier, selon la mairie, atteindra 12 millions d'euros."
    assert _quotes(text, "fr") == []
    text = "Вартість ремонту, за підрахунками міста, становить 8 500 грн на квартиру."
    assert _quotes(text, "uk") == []


def test_as_with_a_reporting_verb_opens_an_attribution() -> None:
    text = (
        "Minister Jan Kowalski odwiedził zakład. Jak dodał, nowe linie ruszą w maju "
        "przyszłego roku."
    )
    [(found, attributes)] = _quotes(text, "pl")
    assert found == "nowe linie ruszą w maju przyszłego roku"
    assert attributes["speaker"] == "Jan Kowalski"


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("en", "Prices will keep falling through the winter, analyst Mark Dunn said.",
         "Prices will keep falling through the winter", "Mark Dunn"),
        ("en", "The plant will close in March, said Laura Finch, the company's spokeswoman.",
         "The plant will close in March", "Laura Finch"),
        ("pl", "Szpital nie przyjmie nowych pacjentów do końca tygodnia, poinformował dyrektor "
         "Adam Lis.", "Szpital nie przyjmie nowych pacjentów do końca tygodnia", "Adam Lis"),
        ("ru", "Поставки газа возобновятся не раньше весны, — сказал министр Павел Орлов.",
         "Поставки газа возобновятся не раньше весны", "Павел Орлов"),
        ("de", "Die Preise würden im Herbst wieder sinken, sagte Verbandschef Uwe Brandt.",
         "Die Preise würden im Herbst wieder sinken", "Uwe Brandt"),
    ],
)  # fmt: skip
def test_a_clause_first_report_is_the_clause_before_the_cue(
    language: str, text: str, quote: str, speaker: str
) -> None:
    [(found, attributes)] = _quotes(text, language)
    assert found == quote
    assert attributes["kind"] == "indirect"
    assert str(attributes["speaker"]).endswith(speaker)  # German nouns: "Verbandschef Uwe Brandt"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the comma ends an adverbial, and the verb has a clause of its own after it
        ("en", "At the summit in Paris, the prime minister said Britain would stay the course."),
        # a relative clause, not a report
        ("pl", "Zarząd wydał komunikat, w którym poinformował o zmianach w spółce."),
        # the decimal comma of 52,3 is no separator
        ("ru", "Явка составила 52,3 процента."),
        # it introduces what follows the colon
        ("en", "Asked about the strike, the minister replied:"),
        # a participle phrase before the comma, and "announced" has an object
        ("en", "Following the vote, called a sham by the opposition, officials announced the "
         "final results."),
    ],
)  # fmt: skip
def test_what_only_looks_like_a_clause_first_report(language: str, text: str) -> None:
    assert [q for q, a in _quotes(text, language) if a["kind"] == "indirect"] == []


def test_english_said_without_that() -> None:
    text = "The airline said it would cut 300 jobs, citing weak demand."
    [(found, attributes)] = _quotes(text, "en")
    assert found == "it would cut 300 jobs"
    assert attributes["speaker"] == "airline"
    assert _quotes("The mayor said on Tuesday nothing would change.", "en") == []


def test_a_partial_quote_inside_indirect_speech_is_part_of_it() -> None:
    text = "The union said the offer was “far too little, far too late” for its members."
    found = _quotes(text, "en")
    assert [(q, a["kind"]) for q, a in found] == [
        ("the offer was “far too little, far too late” for its members", "indirect")
    ]


def test_forms_of_a_three_letter_cue_are_cues() -> None:
    # "add" → "added", "adds": the four-letter prefix filter once let them through as no cue.
    from annotator.suggest.cues import is_reporting
    from annotator.suggest.text import words

    assert [is_reporting(w, "en") for w in words("added adds adding addition")] == [
        True,
        True,
        True,
        False,
    ]


def test_a_cue_with_an_object_after_the_first_comma_does_not_hide_the_report() -> None:
    text = (
        "LONDON, May 2 (Reuters) - British retailers added 12,000 jobs in April, more than "
        "analysts had forecast, the Office for National Statistics said on Thursday."
    )
    quotes = dict(_quotes(text, "en"))
    report = (
        "LONDON, May 2 (Reuters) - British retailers added 12,000 jobs in April, more than "
        "analysts had forecast"
    )
    assert report in quotes
    # The subject before "said", not the day after it.
    assert str(quotes[report]["speaker"]).endswith("National Statistics")


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("ru", "Суд оштрафовал строительную компанию на 12 млн рублей по делу об обрушении. "
         "Об этом в пятницу сообщила пресс-служба суда.",
         "Суд оштрафовал строительную компанию на 12 млн рублей по делу об обрушении",
         "пресс-служба суда"),
        ("pl", "Rząd przeznaczy 2 mld zł na remonty szpitali w przyszłym roku. Poinformował o "
         "tym minister zdrowia Jan Nowak.",
         "Rząd przeznaczy 2 mld zł na remonty szpitali w przyszłym roku", "Jan Nowak"),
        ("de", "Der Konzern streicht in Bayern rund 800 Stellen in zwei Werken. Das teilte "
         "der Betriebsrat am Dienstag mit.",
         "Der Konzern streicht in Bayern rund 800 Stellen in zwei Werken", "Betriebsrat"),
    ],
)  # fmt: skip
def test_a_sentence_attributed_by_the_next_one(
    language: str, text: str, quote: str, speaker: str
) -> None:
    quotes = dict(_quotes(text, language))
    assert quotes[quote] == {"kind": "indirect", "speaker": speaker}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # The next sentence is a quotation, not a pointer back.
        ("pl", "Susza może obniżyć plony zbóż nawet o jedną piątą w tym roku. „To kolejny "
         "stracony sezon” – mówi rolnik spod Miechowa."),
        # Another paragraph.
        ("ru", "Цены на бензин выросли на пять процентов за месяц.\n\nОб этом сообщил Росстат."),
        # A question is not reported.
        ("ru", "Почему цены на бензин выросли на пять процентов за месяц? Об этом рассказал "
         "эксперт."),
    ],
)  # fmt: skip
def test_no_sentence_attributed_by_the_next_one(language: str, text: str) -> None:
    assert all(attributes["kind"] != "indirect" for _quote, attributes in _quotes(text, language))
