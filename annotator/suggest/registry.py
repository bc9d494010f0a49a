"""The table of suggesters: name, the layers it fills, the function that finds them.

Adding a suggester means adding its module and one row here; the command line
(``annotator suggest --suggester NAME``), the run and the evaluation read this
table and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from annotator.core.model import Document
from annotator.core.suggestion import Suggestion
from annotator.suggest.context import SuggestContext
from annotator.suggest.figures import suggest_figures
from annotator.suggest.quotes import suggest_quotes
from annotator.suggest.repeat import suggest_repeats
from annotator.suggest.stance import suggest_stances

SuggestFunction = Callable[[Document, SuggestContext], Sequence[Suggestion]]


@dataclass(frozen=True)
class Suggester:
    name: str
    layers: tuple[str, ...]
    """The layers it proposes; empty for "any layer" (repeat follows what was tagged)."""
    function: SuggestFunction
    description: str
    reads_project: bool = False
    """It reads the run's context (the project's labels), so it runs where the project
    is open; the others see only the document and may run in worker processes."""

    def serves(self, layer: str) -> bool:
        return not self.layers or layer in self.layers


SUGGESTERS: tuple[Suggester, ...] = (
    Suggester(
        "figures", ("figure",), suggest_figures,
        "numbers written with digits in the text's language, with value and unit",
    ),
    Suggester(
        "quotes", ("quote",), suggest_quotes,
        "quoted, block, dash-dialogue and indirect speech, with kind and speaker",
    ),
    Suggester(
        "stance", ("stance",), suggest_stances,
        "sentences with a stance cue, with polarity, holder and target",
    ),
    Suggester(
        "repeat", (), suggest_repeats,
        "other occurrences of already tagged spans, with the same attributes",
        reads_project=True,
    ),
)  # fmt: skip

SUGGESTER_NAMES = tuple(suggester.name for suggester in SUGGESTERS)


def suggester(name: str) -> Suggester:
    for item in SUGGESTERS:
        if item.name == name:
            return item
    raise KeyError(name)
