"""Page furniture (annotator/suggest/furniture.py): counters, time stamps and links to other
articles are not figures; headlines and sentences with the same numbers still are."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.suggest.context import SuggestContext
from annotator.suggest.figures import suggest_figures
from annotator.suggest.furniture import furniture_lines


def _figures(text: str, language: str) -> list[str]:
    found = suggest_figures(Document(1, "d", text, language=language), SuggestContext())
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Comments / 35"),
        ("en", "Comments 12 | Share 3.4K"),
        ("en", "Share 1.2K"),
        ("pl", "Komentarze (18) · Udostępnij 96"),
        ("de", "Kommentare (7) | Teilen"),
        ("ru", "Комментарии 4 · Просмотры 10 215"),
        ("en", "Updated June 2, 2025, 9:40 a.m. ET | 4 min read"),
        ("fr", "Publié le 2 juin 2025 à 08h10, mis à jour à 10h55"),
        ("pl", "02.06.2025, 07:30 · aktualizacja 08:05"),
        ("es", "Sevilla - 02 JUN 2025 - 11:20 CEST"),
        ("pl", "Czytaj także: Ceny prądu w górę o 12 proc."),
        ("de", "Mehr zum Thema: Siemens streicht 2.000 Stellen"),
    ],
)
def test_furniture_lines_are_not_figures(language: str, line: str) -> None:
    text = f"Headline of the story\n\nFirst paragraph of the article.\n\n{line}\n"
    assert furniture_lines(text, language) == [(text.index(line), text.index(line) + len(line))]
    assert _figures(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Inflation hits 5% in March", "5%"),
        ("pl", "Kraków: ceny biletów w górę o 20 proc.", "20 proc."),
        ("en", "The vote is set for June 2, 2025 at 12:00, the council said.", "June 2"),
        ("de", "Bosch streicht 3.500 Stellen | Werk Reutlingen betroffen", "3.500"),
        ("en", "Revenue / 35 million dollars in the first quarter of the year", "35 million"),
    ],
)
def test_headlines_and_sentences_keep_their_figures(language: str, text: str, figure: str) -> None:
    assert furniture_lines(text, language) == []
    assert any(found.startswith(figure) for found in _figures(text, language))
