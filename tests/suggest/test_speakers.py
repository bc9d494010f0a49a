"""Speakers given by a pronoun, a left-out subject or a role (annotator/suggest/speakers.py
and the speaker rules of quotes.py): each resolves to the person named before, and a body's
whole name is kept."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.quotes import suggest_quotes
from annotator.suggest.speakers import canonical, is_role
from annotator.suggest.text import words


def _speakers(text: str, language: str) -> dict[str, object]:
    found = suggest_quotes(Document(1, "d", text, language=language), SuggestContext())
    return {text[s.start : s.end]: s.attributes.get("speaker") for s in found}


def test_a_pronoun_after_a_quote_is_the_earlier_speaker_not_a_place_after_the_cue() -> None:
    text = (
        "Nurses' union leader Karen Holloway said staff were exhausted after the winter.\n\n"
        "“We cannot keep asking people to work double shifts every week,” she told a "
        "crowd outside Queen Elizabeth Hospital."
    )
    speakers = _speakers(text, "en")
    assert speakers["We cannot keep asking people to work double shifts every week,"] == (
        "Karen Holloway"
    )


def test_a_left_out_subject_is_the_earlier_speaker() -> None:
    text = (
        "– Nie zamkniemy żadnego oddziału w tym roku – zapewnił dyrektor szpitala Adam "
        "Kowalczyk.\n\n"
        "„Pieniądze z Narodowego Funduszu Zdrowia przyjdą do końca miesiąca” – napisał "
        "w mediach społecznościowych."
    )
    speakers = _speakers(text, "pl")
    assert speakers["Pieniądze z Narodowego Funduszu Zdrowia przyjdą do końca miesiąca"] == (
        "Adam Kowalczyk"
    )


def test_a_pronoun_is_the_nearer_of_the_last_speaker_and_the_last_person() -> None:
    # The last person named (Tom Baker, after "with") is an object; the mayor spoke last.
    text = (
        "Mayor Linda Osei met with Tom Baker on Monday. “We will not raise taxes this "
        "year,” the mayor said. He added that the budget was “balanced for the first time "
        "in a decade.”"
    )
    speakers = _speakers(text, "en")
    assert speakers["We will not raise taxes this year,"] == "Linda Osei"
    assert speakers["the budget was “balanced for the first time in a decade.”"] == "Linda Osei"


def test_a_role_is_the_person_named_beside_an_earlier_mention_of_it() -> None:
    text = (
        "«Vamos a contratar a 3.000 médicos de familia», anunció la ministra de Sanidad, "
        "Ana Beltrán, en el Congreso. La ministra añadió que los contratos serán de "
        "cinco años como mínimo."
    )
    speakers = _speakers(text, "es")
    assert speakers["los contratos serán de cinco años como mínimo"] == "Ana Beltrán"


def test_a_role_never_named_is_the_role_as_written() -> None:
    text = (
        "Министр финансов области заявил, что дефицит бюджета сократится вдвое. "
        "«Мы закончим год без новых долгов», — подчеркнул министр."
    )
    speakers = _speakers(text, "ru")
    assert speakers["дефицит бюджета сократится вдвое"] == "Министр финансов области"
    assert speakers["Мы закончим год без новых долгов"] == "Министр финансов области"


def test_a_firm_in_the_subjects_apposition_is_not_the_speaker() -> None:
    text = (
        "Paul Grant, a senior strategist at Northfield Capital, said the rally was "
        "overdone but warned that bond yields could rise again in the spring."
    )
    speakers = _speakers(text, "en")
    assert speakers["bond yields could rise again in the spring"] == "Paul Grant"


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("cs", "Ministerstvo zemědělství odhaduje, že úroda obilí letos klesne o pětinu.",
         "úroda obilí letos klesne o pětinu", "Ministerstvo zemědělství"),
        ("cs", "Nezaměstnanost v září klesla na 3,6 procenta, oznámil v pondělí Český "
         "statistický úřad.", "Nezaměstnanost v září klesla na 3,6 procenta",
         "Český statistický úřad"),
    ],
)  # fmt: skip
def test_a_bodys_whole_name_is_the_speaker(
    language: str, text: str, quote: str, speaker: str
) -> None:
    assert _speakers(text, language)[quote] == speaker


def test_a_surname_or_a_form_of_address_is_the_full_name_first_given() -> None:
    text = "Тренер Игорь Смирнов ответил журналистам. Игорь Петрович, вы довольны? Смирнов кивнул."
    assert canonical(text, "Смирнов") == "Игорь Смирнов"
    assert canonical(text, "Игорь Петрович") == "Игорь Смирнов"
    # A capitalised first word of a sentence is not a first name.
    assert canonical("Podľa Asociácie pacientov je to zlé.", "Asociácie") == "Asociácie"


@pytest.mark.parametrize(
    ("language", "word", "role"),
    [
        ("de", "Gesundheitsminister", True),
        ("de", "Bezirksleiter", True),
        ("de", "Berichterstattung", False),
        ("de", "Ministerium", False),
        ("pl", "Rzeczniczka", True),
        ("pl", "ministerstwo", False),
        ("es", "ministra", True),
        ("it", "il", False),
    ],
)
def test_roles_and_what_only_looks_like_one(language: str, word: str, role: bool) -> None:
    assert is_role(words(word)[0], language) is role


def test_a_quote_going_on_after_its_attribution_keeps_the_speaker() -> None:
    text = (
        "Nurses' union leader Karen Holloway said staff were exhausted after the winter.\n\n"
        "“We cannot keep asking people to work double shifts,” she told a crowd outside "
        "Queen Elizabeth Hospital. “Some of them have not had a weekend off since March.\n\n"
        "“The board knows it and does nothing about it.”"
    )
    speakers = _speakers(text, "en")
    assert speakers["Some of them have not had a weekend off since March."] == "Karen Holloway"
    assert speakers["The board knows it and does nothing about it."] == "Karen Holloway"
