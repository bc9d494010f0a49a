"""The label controllers without a window: bare views, a real project and the real
operations layer. Tagging, selection, attribute edits, undo and the done rules are
checked in the store and in what the views show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from annotator.core.model import Document
from annotator.store.project import Project
from annotator.ui.editing.document_labels import DocumentLabels
from annotator.ui.editing.label_edits import LabelEdits
from annotator.ui.operations import Operations
from annotator.ui.views.annotation_panel import AnnotationPanel
from annotator.ui.views.attribute_form import AttributeEditor
from annotator.ui.views.layer_bar import LayerBar
from annotator.ui.views.source_view import SourceView
from tests.stored import annotation_of, stored_id

TEXT = "Turnout was 61.5 percent, officials said on Sunday."


@dataclass
class Editing:
    labels: DocumentLabels
    edits: LabelEdits
    operations: Operations
    messages: list[str]
    everything: list[bool]


@pytest.fixture
def editing(
    qtbot: QtBot, project: Project, make_operations: Callable[[Project, str], Operations]
) -> Editing:
    project.documents.add([(Document(None, "one.txt", TEXT, language="en"), [])])
    operations = make_operations(project, "alice")
    schema = project.schema
    source_view = SourceView(schema)
    editor = AttributeEditor(schema, lambda _attribute, _prefix: [])
    panel = AnnotationPanel(schema, editor)
    layer_bar = LayerBar(schema)
    for widget in (source_view, panel, layer_bar):
        qtbot.addWidget(widget)
    everything: list[bool] = []
    labels = DocumentLabels(
        project, operations, source_view, panel, editor, layer_bar, lambda: everything.append(True)
    )
    operations.changed.connect(labels.on_changed)
    messages: list[str] = []
    edits = LabelEdits(project, operations, labels, lambda text, _ms: messages.append(text))
    document = project.documents.by_name("one.txt")
    assert document is not None
    operations.activate(document)
    labels.show_document(document)
    return Editing(labels, edits, operations, messages, everything)


def open_id(editing: Editing) -> int:
    """The id of the document the labels are shown for."""
    assert editing.labels.document is not None, "no document is open"
    return stored_id(editing.labels.document)


def test_tagging_a_selection_stores_it_prefilled_and_selects_it(
    editing: Editing, project: Project
) -> None:
    start = TEXT.index("61.5")
    editing.labels.source_view.set_selection(start + 1, start + 3)  # snaps to the whole number
    editing.edits.tag_selection("figure")

    [stored] = project.annotations(open_id(editing), "alice")
    assert (stored.start, stored.end) == (start, start + len("61.5"))
    assert stored.attributes.get("value") == 61.5
    assert editing.labels.selected == stored
    assert editing.labels.model.annotations() == [stored]
    assert editing.labels.table.currentIndex().row() == 0


def test_an_empty_selection_is_refused_with_a_message(editing: Editing, project: Project) -> None:
    editing.labels.source_view.place_caret(3)
    editing.edits.tag_selection("stance")
    assert editing.messages == ["Select some text first, then press the layer key."]
    assert project.annotations(open_id(editing), "alice") == []


def test_attribute_edit_and_undo_follow_in_the_views(editing: Editing, project: Project) -> None:
    editing.labels.source_view.set_selection(0, len("Turnout"))
    editing.edits.tag_selection("stance")
    created = editing.labels.selected
    assert created is not None
    editing.edits.commit_attribute("note", "checked twice")
    assert editing.labels.selected is not None and editing.labels.selected.note == "checked twice"
    assert annotation_of(project, created.id).note == "checked twice"

    editing.operations.stack_for(created.document_id).undo()
    assert annotation_of(project, created.id).note == ""
    assert editing.labels.selected is not None and editing.labels.selected.note == ""

    editing.edits.delete_selected()
    assert project.annotations.get(created.id) is None
    assert editing.labels.selected is None and editing.labels.model.rowCount() == 0


def test_cycle_wraps_and_deselect_forgets_the_row(editing: Editing) -> None:
    for start, end in ((0, 7), (12, 16)):
        editing.labels.source_view.set_selection(start, end)
        editing.edits.tag_selection("stance")
    first, second = editing.labels.model.annotations()
    editing.labels.cycle(1)  # from the second (just tagged) round to the first
    assert editing.labels.selected == first
    editing.labels.cycle(-1)
    assert editing.labels.selected == second
    editing.labels.deselect()
    assert editing.labels.selected is None
    assert not editing.labels.table.currentIndex().isValid()


def test_done_problems_name_each_layer_until_none_present_is_ticked(
    editing: Editing, project: Project
) -> None:
    layers = [layer.name for layer in project.schema.layers]
    problems = editing.edits.done_problems()
    assert len(problems) == len(layers) and all("none present" in p for p in problems)
    for name in layers:
        editing.edits.toggle_none_present(name)
    assert editing.edits.done_problems() == []
    assert all(editing.labels.panel.checklist.boxes[name].isChecked() for name in layers)
