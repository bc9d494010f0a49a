"""Stance: sentences where a holder takes a position through a stance cue.

A cue (recognise, support, condemn, refuse, oppose… as lemmas per language in
``lexicon.py``) gives the polarity; a negation up to three words before it
flips it ("nie uzna" → against, "will not recognize" → against, "не
осудил" → favor… of a kind: we report "against" flipped to "favor" only for
cues of opposition, which is rarely right, so a negated "against" cue becomes
"unclear").  The holder is the name before the cue in the sentence, the target
the words after it up to the next punctuation.  Precision is expected to be
lower than for quotes and figures: this is a reading aid, measured as such.
"""

from __future__ import annotations

from bisect import bisect_right

from annotator.core.model import Document
from annotator.core.suggestion import Suggestion
from annotator.suggest.context import SuggestContext
from annotator.suggest.cues import is_negation, stance_cues
from annotator.suggest.language import language_of
from annotator.suggest.lexicon import AGAINST, FAVOR
from annotator.suggest.text import first_words, holder_before, last_words, sentences

NAME = "stance"
LAYER = "stance"
_TARGET_WORDS = 8


def _flip(polarity: str) -> str:
    return AGAINST if polarity == FAVOR else "unclear"


def suggest_stances(document: Document, context: SuggestContext) -> list[Suggestion]:
    assert document.id is not None
    text = document.text
    language = language_of(text, document.language)
    found = []
    spans = sentences(text)
    sentence_starts = [start for start, _end in spans]
    done: set[int] = set()
    for word, cue_polarity in stance_cues(text, language):
        index = bisect_right(sentence_starts, word.start) - 1
        if index < 0 or index in done or word.start >= spans[index][1]:
            continue
        done.add(index)  # one suggestion per sentence: its first cue
        start, end = spans[index]
        polarity = cue_polarity
        if any(is_negation(w, language) for w in last_words(text, start, word.start, 3)):
            polarity = _flip(polarity)
        attributes: dict[str, object] = {"polarity": polarity}
        holder = holder_before(text, start, word.start)
        if holder:
            attributes["holder"] = holder
        target_end = word.end
        following = first_words(text, word.end, end, _TARGET_WORDS)
        for item in following:
            if any(mark in text[target_end : item.start] for mark in ",.;:()"):
                break
            target_end = item.end
        if target_end > word.end:
            attributes["target"] = text[following[0].start : target_end]
        clause_end = end - 1 if text[end - 1] in ".!?" else end
        found.append(Suggestion(document.id, LAYER, start, clause_end, NAME, attributes, 0.4))
    return found
