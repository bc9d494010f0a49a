"""Dash-dialogue interviews: the interviewee's answers are quotes, the interviewer's
questions are not (issue 14: they were suggested as quotes)."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.quotes import suggest_quotes


def _quotes(text: str, language: str) -> list[str]:
    found = suggest_quotes(Document(1, "d", text, language=language), SuggestContext())
    return [text[s.start : s.end] for s in found]


INTERVIEW_RU = (
    "Мы поговорили с директором театра Анной Климовой.\n"
    "— Анна Сергеевна, почему премьеру перенесли на весну?\n"
    "— Мы не успели закончить декорации, и я не хочу выпускать сырой спектакль.\n"
    "— Зрители уже купили билеты. Что будет с ними?\n"
    "— Все билеты действительны, а кто не сможет прийти, получит деньги назад.\n"
)


def test_the_interviewers_questions_are_not_quotes_the_answers_are() -> None:
    assert _quotes(INTERVIEW_RU, "ru") == [
        "Мы не успели закончить декорации, и я не хочу выпускать сырой спектакль.",
        "Все билеты действительны, а кто не сможет прийти, получит деньги назад.",
    ]


def test_a_question_turn_with_a_statement_in_it_is_still_the_interviewers() -> None:
    """ "Зрители уже купили билеты. Что будет с ними?" asks, though it starts with a statement;
    so does a turn that only states, when the turns of its side ask."""
    text = (
        "– Czy miasto dopłaci do biletów?\n"
        "– Tak, przeznaczymy na to pieniądze z rezerwy budżetowej.\n"
        "– Rezerwa jest w tym roku wyjątkowo mała.\n"
        "– Opozycja zawsze tak mówi, a my robimy swoje od lat.\n"
        "– Kiedy ruszy nowa linia tramwajowa?\n"
        "– Najpóźniej jesienią, jeśli wykonawca dotrzyma terminów.\n"
    )
    assert _quotes(text, "pl") == [
        "Tak, przeznaczymy na to pieniądze z rezerwy budżetowej.",
        "Opozycja zawsze tak mówi, a my robimy swoje od lat.",
        "Najpóźniej jesienią, jeśli wykonawca dotrzyma terminów.",
    ]


def test_dialogue_without_questions_keeps_every_turn() -> None:
    text = (
        "— Мы будем добиваться пересчёта голосов, — добавил он. — Это наше право.\n"
        "— Суд рассмотрит жалобу в течение недели, — ответил председатель комиссии.\n"
    )
    assert _quotes(text, "ru") == [
        "Мы будем добиваться пересчёта голосов",
        "Это наше право.",
        "Суд рассмотрит жалобу в течение недели",
    ]


def test_a_name_in_quotation_marks_does_not_hide_an_answer() -> None:
    text = (
        "— Устали ли игроки?\n— Не хочу прятаться за календарь. У «Динамо» тоже плотный график.\n"
    )
    assert _quotes(text, "ru") == [
        "Не хочу прятаться за календарь. У «Динамо» тоже плотный график."
    ]
