"""Suggestions are stored apart from annotations, re-runs are idempotent, decisions stick."""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import Document, Origin
from annotator.core.suggestion import Suggestion, SuggestionStatus
from annotator.io.exporter import ExportSelection, export_jsonl
from annotator.store.project import Project
from annotator.store.suggestions import (
    accept_suggestion,
    accept_suggestions,
    document_suggestions,
    iter_suggestions,
    open_counts,
    reject_suggestion,
    rejected_texts,
    reopen_suggestion,
    replace_open_suggestions,
    set_suggestions_off,
    suggestions_off,
)

TEXT = "Kazakhstan said 93 proc. will not do. Serbia said 7 proc. too."


def _document(project: Project) -> int:
    project.documents.add([(Document(None, "doc", TEXT, language="pl"), [])])
    found = project.documents.by_name("doc")
    assert found is not None and found.id is not None
    return found.id


def _figures(doc: int) -> list[Suggestion]:
    return [
        Suggestion(doc, "figure", 16, 24, "figures", {"value": 93, "unit": "percent"}, 0.9),
        Suggestion(doc, "figure", 50, 57, "figures", {"value": 7, "unit": "percent"}, 0.9),
    ]


def _store(project: Project, doc: int, items: list[Suggestion]) -> tuple[int, int]:
    return replace_open_suggestions(
        project, [(doc, items)], suggesters=["figures"], layers=["figure"]
    )


def test_a_rerun_replaces_open_ones_and_keeps_decided_ones(project: Project) -> None:
    doc = _document(project)
    assert _store(project, doc, _figures(doc)) == (2, 0)
    assert _store(project, doc, _figures(doc)) == (2, 0)  # replaced, not doubled
    first, second = document_suggestions(project, doc)
    assert (first.start, first.end, first.attributes) == (16, 24, {"value": 93, "unit": "percent"})
    reject_suggestion(project, first.id or 0, "alice")
    accept_suggestion(project, second.id or 0, "alice")
    assert _store(project, doc, _figures(doc)) == (0, 2)  # neither comes back
    statuses = [s.status for s in document_suggestions(project, doc)]
    assert statuses == [SuggestionStatus.REJECTED, SuggestionStatus.ACCEPTED]
    assert open_counts(project) == {}


def test_accepting_makes_a_suggested_annotation_and_undo_removes_it(project: Project) -> None:
    doc = _document(project)
    _store(project, doc, _figures(doc))
    first = document_suggestions(project, doc)[0]
    assert project.annotations(doc) == []
    annotation = accept_suggestion(project, first.id or 0, "alice", {"value": 93.0})
    [stored] = project.annotations(doc, "alice")
    assert stored.id == annotation.id
    assert (stored.origin, stored.layer, stored.start, stored.end) == (
        Origin.SUGGESTED, "figure", 16, 24,
    )  # fmt: skip
    assert stored.attributes == {"value": 93.0}
    assert project.progress(doc, "alice").status.value == "in_progress"
    again = reopen_suggestion(project, first.id or 0)
    assert again.status == SuggestionStatus.OPEN
    assert project.annotations(doc) == []
    assert open_counts(project) == {doc: 2}


def test_rejected_texts_and_per_annotator_switch(project: Project) -> None:
    doc = _document(project)
    _store(project, doc, _figures(doc))
    reject_suggestion(project, document_suggestions(project, doc)[1].id or 0, "bob")
    assert rejected_texts(project) == {("figure", "7 proc.")}
    assert suggestions_off(project) == set()
    set_suggestions_off(project, "bob", True)
    assert suggestions_off(project) == {"bob"}
    set_suggestions_off(project, "bob", False)
    assert suggestions_off(project) == set()


def test_suggestions_never_reach_annotation_exports(project: Project, tmp_path: Path) -> None:
    doc = _document(project)
    _store(project, doc, _figures(doc))
    out = tmp_path / "out.jsonl"
    export_jsonl(project, out, ExportSelection())
    assert '"annotations": []' in out.read_text(encoding="utf-8")
    rows = list(iter_suggestions(project, statuses=[SuggestionStatus.OPEN]))
    assert [(s.start, name, text) for s, name, text in rows] == [
        (16, "doc", "93 proc."), (50, "doc", "7 proc."),
    ]  # fmt: skip


def test_a_decided_suggestion_cannot_be_decided_again(project: Project) -> None:
    import pytest

    from annotator.store.project import ProjectError

    doc = _document(project)
    _store(project, doc, _figures(doc))
    first = document_suggestions(project, doc)[0]
    reject_suggestion(project, first.id or 0, "alice")
    with pytest.raises(ProjectError, match="rejected"):
        accept_suggestion(project, first.id or 0, "alice")


def test_check_finds_a_suggestion_outside_its_text(project: Project) -> None:
    from annotator.store.integrity import check_project

    doc = _document(project)
    _store(project, doc, _figures(doc))
    assert check_project(project) == []
    with project.transaction() as conn:
        conn.execute('UPDATE suggestions SET "end" = 10000 WHERE start = 16')
    [problem] = check_project(project)
    assert problem.endswith(f"(document {doc}): ends after the text")


def test_an_accepted_suggestion_is_snapped_to_words_and_the_suggestion_kept(
    project: Project,
) -> None:
    """Accepting makes the annotator's own label: its edges follow words like a tagged
    selection (issue 11, item 3); the suggestion itself keeps the suggester's span."""
    filler = "Lorem ipsum dolor sit amet. " * 12  # past the context read around one span
    text = filler + "Plan: a 10-year deal, 93 proc. of them said «да» ; Kazakhstan refused ."
    project.documents.add([(Document(None, "snap", text, language="pl"), [])])
    found = project.documents.by_name("snap")
    assert found is not None and found.id is not None
    doc = found.id

    def span(needle: str, extra_left: int = 0, extra_right: int = 0) -> tuple[int, int]:
        start = text.index(needle)
        return start - extra_left, start + len(needle) + extra_right

    asked = {
        "10-year": span("10"),  # mid-word: the whole word
        "93 proc.": span("93 pro"),  # the abbreviation's period kept
        "«да»": span("«да"),  # the closing mark joins its opener
        "Kazakhstan": span("Kazakhstan", 1, 1),  # no white space at either end
    }
    items = [Suggestion(doc, "quote", a, b, "quotes", {}, 0.5) for a, b in asked.values()]
    replace_open_suggestions(project, [(doc, items)], suggesters=["quotes"], layers=["quote"])
    first, *others = document_suggestions(project, doc)
    accepted = [accept_suggestion(project, first.id or 0, "alice")]  # reads around the span
    accepted += accept_suggestions(project, [s.id or 0 for s in others], "alice")  # whole text
    assert sorted(text[a.start : a.end] for a in accepted) == sorted(asked)
    assert sorted((s.start, s.end) for s in document_suggestions(project, doc)) == sorted(
        asked.values()
    )
