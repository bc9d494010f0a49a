"""How good the suggestions are: precision, recall and F1 against one annotator's labels.

Matching (one to one, greedy, within a document and layer):

* **exact**: same start and end.
* **overlap**, the rule of the issue, per layer:
  - figure: the suggestion covers every digit of the gold figure, holds no
    digit outside it, and is not much longer ("not much more than the figure
    itself": at most max(10, half the gold length) extra characters);
  - every other layer: the overlap is at least half of the union.

Besides P/R/F1 the report gives, on overlap matches:
* figure ``value_right``: share of matched figures whose suggested value
  equals the gold value (both empty counts as equal, as for dates);
* quote ``direct_recall``: recall on gold quotes that are direct, three words
  or more and attributed (a speaker is given);
* quote ``speaker_right``: share of matched quotes (with a gold speaker) whose
  suggested speaker contains the gold speaker's surname (its last word; the
  first letters, so that inflected forms such as "Ławrowem" ~ "Ławrow" count).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.model import Annotation
from annotator.core.suggestion import Suggestion, SuggestionStatus
from annotator.store.project import Project

Span = tuple[int, int]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        }  # fmt: skip


@dataclass
class _Tally:
    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    extra: dict[str, list[bool]] = field(default_factory=dict)

    def note(self, name: str, right: bool) -> None:
        self.extra.setdefault(name, []).append(right)

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"exact": self.exact.as_dict(), "overlap": self.overlap.as_dict()}
        for name, outcomes in sorted(self.extra.items()):
            result[name] = {
                "right": sum(outcomes), "of": len(outcomes),
                "share": round(sum(outcomes) / len(outcomes), 3) if outcomes else 0.0,
            }  # fmt: skip
        return result


_DIGIT = re.compile(r"\d")
_MADE = (SuggestionStatus.OPEN, SuggestionStatus.ACCEPTED)


def figure_matches(text: str, suggested: Span, gold: Span) -> bool:
    """The issue's rule for figures (see the module docstring)."""
    s0, s1 = suggested
    g0, g1 = gold
    if s1 <= g0 or g1 <= s0:
        return False
    gold_digits = [m.start() for m in _DIGIT.finditer(text, g0, g1)]
    if not gold_digits or not all(s0 <= d < s1 for d in gold_digits):
        return False
    if any(not g0 <= m.start() < g1 for m in _DIGIT.finditer(text, s0, s1)):
        return False
    extra = max(0, g0 - s0) + max(0, s1 - g1)
    return extra <= max(10, (g1 - g0) // 2)


def overlap_matches(text: str, suggested: Span, gold: Span) -> bool:
    """Overlap at least half of the union."""
    inter = min(suggested[1], gold[1]) - max(suggested[0], gold[0])
    union = max(suggested[1], gold[1]) - min(suggested[0], gold[0])
    return inter > 0 and inter * 2 >= union


def _rule(layer: str) -> Callable[[str, Span, Span], bool]:
    return figure_matches if layer == "figure" else overlap_matches


def _pairs(
    text: str,
    suggestions: Sequence[Suggestion],
    gold: Sequence[Annotation],
    matches: Callable[[str, Span, Span], bool],
) -> list[tuple[Suggestion, Annotation]]:
    """Greedy one-to-one pairing, the pair with the largest overlap first."""
    candidates = []
    for s in suggestions:
        for g in gold:
            if matches(text, (s.start, s.end), (g.start, g.end)):
                inter = min(s.end, g.end) - max(s.start, g.start)
                candidates.append((-inter, s.start, g.start, s, g))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_s: set[int] = set()
    used_g: set[str] = set()
    pairs = []
    for _inter, _a, _b, s, g in candidates:
        if id(s) in used_s or g.id in used_g:
            continue
        used_s.add(id(s))
        used_g.add(g.id)
        pairs.append((s, g))
    return pairs


def _same_value(suggested: Any, gold: Any) -> bool:
    if gold in (None, "") or suggested in (None, ""):
        return gold in (None, "") and suggested in (None, "")
    try:
        a, b = float(suggested), float(gold)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def speaker_matches(suggested: str, gold: str) -> bool:
    """The gold speaker's surname (last word) begins a word of the suggested speaker."""
    gold_words = re.findall(r"[^\W\d_]+", gold.lower())
    if not gold_words:
        return False
    surname = gold_words[-1]
    stem = surname[: max(4, len(surname) - 3)] if len(surname) > 4 else surname
    return any(word.startswith(stem) for word in re.findall(r"[^\W\d_]+", suggested.lower()))


def _is_direct(annotation: Annotation, text: str) -> bool:
    words = re.findall(r"\w+", text[annotation.start : annotation.end])
    return (
        annotation.attributes.get("kind") == "direct"
        and len(words) >= 3
        and bool(str(annotation.attributes.get("speaker", "")).strip())
    )


def _tally(
    tally: _Tally,
    layer: str,
    text: str,
    suggestions: Sequence[Suggestion],
    gold: Sequence[Annotation],
) -> None:
    exact = {(s.start, s.end) for s in suggestions} & {(g.start, g.end) for g in gold}
    tally.exact.tp += len(exact)
    tally.exact.fp += len({(s.start, s.end) for s in suggestions}) - len(exact)
    tally.exact.fn += len({(g.start, g.end) for g in gold}) - len(exact)
    pairs = _pairs(text, suggestions, gold, _rule(layer))
    tally.overlap.tp += len(pairs)
    tally.overlap.fp += len(suggestions) - len(pairs)
    tally.overlap.fn += len(gold) - len(pairs)
    matched_gold = {g.id for _s, g in pairs}
    for s, g in pairs:
        if layer == "figure":
            tally.note(
                "value_right", _same_value(s.attributes.get("value"), g.attributes.get("value"))
            )
        if layer == "quote" and str(g.attributes.get("speaker", "")).strip():
            tally.note(
                "speaker_right",
                speaker_matches(str(s.attributes.get("speaker", "")), str(g.attributes["speaker"])),
            )
    if layer == "quote":
        for g in gold:
            if _is_direct(g, text):
                tally.note("direct_recall", g.id in matched_gold)


def evaluate(
    documents: Iterable[tuple[str, Sequence[Suggestion], Sequence[Annotation]]],
    layers: Sequence[str],
    suggesters: Sequence[tuple[str, Callable[[str], bool]]],
) -> dict[str, Any]:
    """P/R/F1 per layer, for all suggesters together and for each one.

    ``documents`` gives each document's text, its suggestions and the gold
    annotations; ``suggesters`` is (name, serves-layer) for each suggester.
    """
    overall: dict[str, _Tally] = {layer: _Tally() for layer in layers}
    by_suggester: dict[tuple[str, str], _Tally] = {}
    count = 0
    for text, suggestions, gold in documents:
        count += 1
        for layer in layers:
            layer_gold = [g for g in gold if g.layer == layer]
            layer_suggestions = [s for s in suggestions if s.layer == layer]
            _tally(overall[layer], layer, text, layer_suggestions, layer_gold)
            for name, serves in suggesters:
                if not serves(layer):
                    continue
                own = [s for s in layer_suggestions if s.suggester == name]
                tally = by_suggester.setdefault((layer, name), _Tally())
                _tally(tally, layer, text, own, layer_gold)
    return {
        "documents": count,
        "layers": {
            layer: {
                "all": overall[layer].as_dict(),
                "by_suggester": {
                    name: tally.as_dict()
                    for (tally_layer, name), tally in sorted(by_suggester.items())
                    if tally_layer == layer
                },
            }
            for layer in layers
        },
    }


def format_report(report: dict[str, Any], against: str) -> str:
    """A plain-text table of :func:`evaluate`'s report."""
    lines = [f"suggestions against {against}'s annotations ({report['documents']} documents)"]
    header = f"{'layer':<8} {'suggester':<10} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn"
    lines.append(header)
    for layer, data in report["layers"].items():
        rows = [("(all)", data["all"]), *data["by_suggester"].items()]
        for name, tally in rows:
            for match in ("exact", "overlap"):
                c = tally[match]
                lines.append(
                    f"{layer:<8} {name:<10} {match:<8} {c['precision']:>6.3f} {c['recall']:>6.3f} "
                    f"{c['f1']:>6.3f}  {c['tp']}/{c['fp']}/{c['fn']}"
                )
            for extra in ("value_right", "direct_recall", "speaker_right"):
                if extra in tally:
                    e = tally[extra]
                    lines.append(
                        f"{layer:<8} {name:<10} {extra}: {e['share']:.3f} ({e['right']}/{e['of']})"
                    )
    return "\n".join(lines)


def evaluate_project(
    project: Project,
    against: str,
    layers: Sequence[str] = (),
    suggesters: Sequence[str] = (),
) -> dict[str, Any]:
    """:func:`evaluate` over a project: its open and accepted suggestions against
    ``against``'s annotations (rejected ones are left out, as the issue asks)."""
    from annotator.store.suggestions import document_suggestions
    from annotator.suggest.registry import SUGGESTERS

    if against not in project.annotations.annotators():
        raise AnnotatorError(f"{project.path}: no annotations by '{against}'")
    chosen_layers = list(layers) or list(project.schema.layer_names)
    chosen = [s for s in SUGGESTERS if not suggesters or s.name in suggesters]

    def documents() -> Iterator[tuple[str, list[Suggestion], list[Annotation]]]:
        for document_id in project.documents.names():
            made = [
                s
                for s in document_suggestions(project, document_id, _MADE)
                if any(c.name == s.suggester for c in chosen)
            ]
            gold = project.annotations(document_id, against)
            if made or gold:
                yield project.documents.get(document_id).text, made, gold

    report = evaluate(documents(), chosen_layers, [(s.name, s.serves) for s in chosen])
    if not suggesters:  # leave out the suggesters that were not run
        for data in report["layers"].values():
            data["by_suggester"] = {
                name: tally
                for name, tally in data["by_suggester"].items()
                if tally["overlap"]["tp"] + tally["overlap"]["fp"]
            }
    report["against"] = against
    return report
