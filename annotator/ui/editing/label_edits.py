"""What the user does to the open document's labels: tag a selection, delete, move an
edge, set an attribute, tick "none present", and why the document is not done yet.

Every change goes through ``Operations``; what it changed comes back through
``DocumentLabels.on_changed``, so nothing here updates a view after a write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from annotator.core.progress import unfinished
from annotator.core.schema import missing_required
from annotator.core.words import moved_edge, snap_to_words, trim_space
from annotator.store.project import Project
from annotator.ui.editing.document_labels import DocumentLabels, layer_name
from annotator.ui.language import attribute_label, translate
from annotator.ui.operations import Operations

ShowMessage = Callable[[str, int], None]
"""(text, milliseconds) → shown in the status bar."""


class LabelEdits:
    """The label commands of the main window (its menus and keys call these)."""

    def __init__(
        self,
        project: Project,
        operations: Operations,
        labels: DocumentLabels,
        show_message: ShowMessage,
    ) -> None:
        self.project = project
        self.operations = operations
        self.labels = labels
        self.show_message = show_message
        self.snap_words = True  # a selection grows to whole words (View menu)

    def tag_selection(self, layer_name: str) -> None:
        """Label the text selection (or, for a document layer, the document) with a layer."""
        document = self.labels.document
        layer = self.project.schema.layer(layer_name)
        if document is None or document.id is None or layer is None:
            return
        if layer.scope == "document":
            start, end = 0, 0
        else:
            start, end = self.labels.source_view.selection()
            if self.snap_words:
                start, end = snap_to_words(document.text, start, end)
            else:  # white space at an edge is never stored, snapping or not
                start, end = trim_space(document.text, start, end)
            if start >= end:
                self.show_message(
                    translate("MainWindow", "Select some text first, then press the layer key."),
                    4000,
                )
                return
        # A figure's value and unit guessed from the selected text, in the document's language.
        # (Imported at the first tag: its number and date patterns are not needed to start.)
        from annotator.core.figures import prefilled_attributes

        attributes = prefilled_attributes(layer, document.text[start:end], document.language)
        created = self.operations.create(document.id, layer_name, start, end, attributes)
        if created is None:
            return
        # The text selection would hide the new layer colour: let it go, caret at the end.
        self.labels.source_view.place_caret(created.end)
        self.labels.select_annotation_id(created.id, scroll=False)
        self.labels.editor.focus_first()

    def delete_selected(self) -> None:
        if self.labels.selected is not None:
            self.operations.delete(self.labels.selected)

    def resize_selected(self, edge: str, direction: int) -> None:
        """Move the start or end of the selected span one word out (+1) or in (-1)."""
        annotation, document = self.labels.selected, self.labels.document
        if annotation is None or document is None:
            return
        start, end = moved_edge(document.text, annotation.start, annotation.end, edge, direction)
        if (start, end) == (annotation.start, annotation.end):
            return
        self.operations.update(
            annotation,
            replace(annotation, start=start, end=end),
            translate("MainWindow", "Resize span"),
        )

    def commit_attribute(self, name: str, value: Any) -> None:
        """Store a value the form confirmed (empty removes the attribute)."""
        annotation = self.labels.selected
        if annotation is None:
            return
        if name == "note":
            after = replace(annotation, note=value or "")
        else:
            attributes = dict(annotation.attributes)
            if value is None or value == "":
                attributes.pop(name, None)
            else:
                attributes[name] = value
            after = replace(annotation, attributes=attributes)
        layer = self.project.schema.layer(annotation.layer)
        attribute = layer.attribute(name) if layer else None
        shown = attribute_label(attribute) if attribute else translate("MainWindow", "Note")
        self.operations.update(
            annotation, after, translate("MainWindow", "Set {attribute}").format(attribute=shown)
        )

    def edit_selected_form(self) -> None:
        """From the text into the selected annotation's form (its first empty required field)."""
        selected = self.labels.selected
        if selected is None:
            self.show_message(
                translate("MainWindow", "Select an annotation first (Tab, or click it)."), 4000
            )
            return
        form = self.labels.editor.current_form()
        missing = set(missing_required(form.layer, selected.attributes)) if form else set()
        self.labels.editor.focus_first(required_first=bool(missing))

    def set_none_present(self, layer: str, checked: bool) -> None:
        document = self.labels.document
        if document is not None and document.id is not None:
            self.operations.set_none_present(document.id, layer, checked)

    def toggle_none_present(self, layer_name: str) -> None:
        """The "none present" box of ``layer_name``, by key (only while the layer has no labels)."""
        box = self.labels.panel.checklist.boxes.get(layer_name)
        if box is None or not box.isEnabled():
            self.show_message(
                translate(
                    "MainWindow",
                    "“None present” needs a layer without annotations in this document.",
                ),
                4000,
            )
            return
        self.set_none_present(layer_name, not box.isChecked())

    def done_problems(self) -> list[str]:
        """Why the current document cannot be marked done yet (empty: it can)."""
        document = self.labels.document
        if document is None or document.id is None:
            return [translate("MainWindow", "No document is open.")]
        progress = self.project.progress(document.id, self.operations.annotator)
        schema, model = self.project.schema, self.labels.model
        problems = []
        for item in unfinished(schema, model.annotations(), progress):
            title = layer_name(schema, item.layer)
            if item.annotation is None:
                problems.append(
                    translate(
                        "MainWindow", "{layer}: no annotation, and “none present” is not ticked"
                    ).format(layer=title)
                )
                continue
            layer = schema.layer(item.layer)
            names = [
                attribute_label(a) if (a := layer.attribute(n) if layer else None) else n
                for n in item.missing
            ]
            problems.append(
                translate("MainWindow", "{layer} “{excerpt}”: missing {attributes}").format(
                    layer=title,
                    excerpt=model.excerpt(item.annotation),
                    attributes=", ".join(names),
                )
            )
        return problems
