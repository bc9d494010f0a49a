"""The form for the selected annotation's attributes, generated from the schema.

One field widget per attribute type.  A field commits its value when the
user finishes with it (Enter, Tab away, a click on a choice), and each commit
becomes one undoable edit; Esc puts back the stored value. Those keys are read
from ``shortcut_table.KEYS`` ("form.*") at each key press, never written here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.attribute_types import attribute_type, parse_date
from annotator.core.model import Annotation
from annotator.core.schema import Attribute, Layer, Schema, missing_required
from annotator.ui.colors import error_color
from annotator.ui.language import (
    attribute_description,
    attribute_label,
    choice_label,
    layer_title,
    translate,
)
from annotator.ui.shortcut_table import KEYS, key_index, pressed
from annotator.ui.undo_keys import pass_undo_keys_to_window

Commit = Callable[[str, Any], None]


def parse_number(text: str) -> float | None:
    """A number typed by a person: "99.23", "99,23", "1 234,5", "-7". None if not one."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class _LineEdit(QLineEdit):
    """A line edit whose Esc restores the stored value instead of closing anything.

    Enter in its completion popup only takes the completion: the focus stays in
    the field. (The completer hands that Enter to the field first, and a plain
    QLineEdit then reports Enter, which leaves the form: the next Tab and number
    went to the text.) Enter is the table's "form.enter", reported as ``entered``
    (QLineEdit's own returnPressed would follow the Return key whatever the table says).
    """

    escaped = Signal()
    entered = Signal()

    def _popup_open(self) -> bool:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        return popup is not None and popup.isVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if pressed("form.enter", event):
            if self._popup_open():
                event.ignore()  # the completer takes the highlighted completion and closes
            else:
                self.entered.emit()
                event.accept()
            return
        if pressed("form.escape", event):
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                popup.hide()
            else:
                self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TextField(QWidget):
    returned = Signal()

    def __init__(self, attribute: Attribute, commit: Commit, suggest: Callable[[str], list[str]]):
        super().__init__()
        self.attribute = attribute
        self._commit = commit
        self._suggest = suggest
        self._stored = ""
        self.edit = _LineEdit()
        self.edit.setObjectName(f"field_{attribute.name}")
        self.edit.setClearButtonEnabled(True)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.edit.editingFinished.connect(self._finish)
        self.edit.entered.connect(self._enter)
        self.edit.escaped.connect(lambda: self.edit.setText(self._stored))
        completer.activated.connect(lambda _text: self._finish())
        # Ctrl+Z undoes the field's own unsaved typing, else the last saved edit.
        pass_undo_keys_to_window(self.edit, lambda: self.edit.text().strip() != self._stored)
        self.edit.textEdited.connect(self._refresh_completions)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def _refresh_completions(self, text: str) -> None:
        if len(text) == 1:  # one query per word typed, filtered by the completer after that
            self._completions.setStringList(self._suggest(""))

    def set_value(self, value: Any) -> None:
        self._stored = "" if value is None else str(value)
        self.edit.setText(self._stored)

    def _enter(self) -> None:
        """Enter: keep what was typed (if it may be stored), then back to the text."""
        self._finish()
        self.returned.emit()

    def _finish(self) -> None:
        text = self.edit.text().strip()
        if text != self._stored:
            self._stored = text
            self._commit(self.attribute.name, text or None)


class NumberField(TextField):
    def __init__(self, attribute: Attribute, commit: Commit) -> None:
        super().__init__(attribute, commit, lambda _: [])
        self.edit.setCompleter(None)  # type: ignore[arg-type]
        self.edit.setPlaceholderText(translate("AttributeForm", "number, e.g. 99.23"))
        self.edit.textChanged.connect(self._validate)

    def set_value(self, value: Any) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        super().set_value(value)

    def _validate(self, text: str) -> None:
        bad = bool(text.strip()) and parse_number(text) is None
        self.edit.setProperty("invalid", bad)
        red = error_color(self.edit.palette())
        self.edit.setStyleSheet(f"border: 1px solid {red};" if bad else "")
        self.edit.setToolTip(translate("AttributeForm", "Not a number") if bad else "")

    def _finish(self) -> None:
        text = self.edit.text().strip()
        value = parse_number(text)
        if text and value is None:
            return  # stays flagged; nothing invalid is stored
        if text != self._stored:
            self._stored = text
            self._commit(self.attribute.name, value)


CHECKED_CHOICE_STYLE = (
    "QPushButton:checked { background-color: palette(highlight); color: palette(highlighted-text);"
    " border: 2px solid palette(highlighted-text); border-radius: 3px; padding: 3px 8px; }"
)


class FlowLayout(QLayout):
    """Lays widgets out in a row and wraps them onto more rows when the row is full.

    The choice buttons ("3 neutral", "3 нейтрально") use it: at 1024 px the panel
    is narrower than one row of them, and a horizontal scroll bar would hide the ends.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of every item: what the field asks for when there is room."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self.spacing() * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest single item: narrower than that, the panel would have to scroll."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _arrange(self, rect: QRect, move: bool) -> int:
        area = rect.marginsRemoved(self.contentsMargins() or QMargins())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        margins = self.contentsMargins()
        return y + row_height - rect.y() + margins.top() + margins.bottom()


class ChoiceField(QWidget):
    """Buttons for each choice; number keys pick them, clicking the chosen one clears it."""

    returned = Signal()

    def __init__(self, attribute: Attribute, commit: Commit) -> None:
        super().__init__()
        self.attribute = attribute
        self._commit = commit
        self._value: str | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = FlowLayout(self)  # wraps at 1024 px rather than scrolling sideways
        keys = KEYS["form.choice"]
        for number, choice in enumerate(attribute.choices, 1):
            shown = choice_label(attribute, choice)
            key = keys[number - 1] if number <= len(keys) else None
            label = f"{key} {shown}" if key else shown
            button = QPushButton(label)
            button.setCheckable(True)
            # The chosen one unmistakable, whatever the style draws for focus: filled
            # in the selection colour (the focus follows it, see ``choose``).
            button.setStyleSheet(CHECKED_CHOICE_STYLE)
            button.setObjectName(f"choice_{attribute.name}_{choice}")
            button.setAccessibleName(
                translate("AttributeForm", "{attribute}: {choice}").format(
                    attribute=attribute_label(attribute), choice=shown
                )
            )
            if key:
                press = translate("AttributeForm", "Press {number}").format(number=key)
                button.setToolTip(press)
                button.setAccessibleDescription(press)
            self.group.addButton(button, number - 1)
            layout.addWidget(button)
        self.group.idClicked.connect(self._clicked)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        first = self.group.button(0)
        if first is not None:
            self.setFocusProxy(first)

    def set_value(self, value: Any) -> None:
        self._value = value if value in self.attribute.choices else None
        for index, choice in enumerate(self.attribute.choices):
            button = self.group.button(index)
            if button is not None:
                button.setChecked(choice == self._value)

    def choose(self, index: int) -> None:
        choice = self.attribute.choices[index]
        new = None if choice == self._value else choice
        self.set_value(new)
        chosen = self.group.button(index)
        if new is not None and chosen is not None and self.isAncestorOf(self.focusWidget()):
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)  # no focus ring on another choice
        self._commit(self.attribute.name, new)

    def _clicked(self, index: int) -> None:
        self.choose(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        choice = key_index("form.choice", event)
        if choice is not None and choice < len(self.attribute.choices):
            self.choose(choice)
            event.accept()
            return
        if pressed("form.enter", event):
            self.returned.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FlagField(QCheckBox):
    returned = Signal()

    def __init__(self, attribute: Attribute, commit: Commit) -> None:
        super().__init__(attribute_label(attribute))
        self.attribute = attribute
        self._commit = commit
        self.clicked.connect(lambda checked: self._commit(self.attribute.name, bool(checked)))

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if pressed("form.enter", event):
            self.returned.emit()
            return
        super().keyPressEvent(event)


class RefField(QComboBox):
    """Pick list of the annotations in this document that the attribute may point to."""

    returned = Signal()

    def __init__(self, attribute: Attribute, commit: Commit) -> None:
        super().__init__()
        self.attribute = attribute
        self._commit = commit
        self._loading = False
        self._options: list[tuple[str, str]] = []
        self.activated.connect(self._chosen)

    def set_options(self, options: list[tuple[str, str]], value: Any) -> None:
        self._loading = True
        # Rebuilding the items while Qt is still delivering this combo box's own key or
        # activation event would delete what it is iterating over: rebuild only on change.
        if options != self._options:
            self._options = list(options)
            self.clear()
            self.addItem(translate("AttributeForm", "(none)"), None)
            for annotation_id, label in options:
                self.addItem(label, annotation_id)
        index = self.findData(value) if value else 0
        self.setCurrentIndex(max(index, 0))
        self._loading = False

    def _chosen(self, index: int) -> None:
        if not self._loading:
            self._commit(self.attribute.name, self.itemData(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if pressed("form.enter", event) and not self.view().isVisible():
            self.returned.emit()
            return
        super().keyPressEvent(event)


class DateField(TextField):
    """An ISO 8601 date (2024-03-05): flagged while it is not one, never stored then."""

    def __init__(self, attribute: Attribute, commit: Commit) -> None:
        super().__init__(attribute, commit, lambda _: [])
        self.edit.setCompleter(None)  # type: ignore[arg-type]
        self.edit.setPlaceholderText(translate("AttributeForm", "date, e.g. 2024-03-05"))
        self.edit.textChanged.connect(self._validate)

    def _validate(self, text: str) -> None:
        bad = bool(text.strip()) and parse_date(text.strip()) is None
        self.edit.setProperty("invalid", bad)
        red = error_color(self.edit.palette())
        self.edit.setStyleSheet(f"border: 1px solid {red};" if bad else "")
        self.edit.setToolTip(translate("AttributeForm", "Not a date as YYYY-MM-DD") if bad else "")

    def _finish(self) -> None:
        text = self.edit.text().strip()
        if text and parse_date(text) is None:
            return  # stays flagged; nothing invalid is stored
        super()._finish()


Field = TextField | ChoiceField | FlagField | RefField
Suggest = Callable[[str], list[str]]

FIELDS: dict[str, Callable[[Attribute, Commit, Suggest], Field]] = {
    "text": TextField,
    "choice": lambda attribute, commit, _suggest: ChoiceField(attribute, commit),
    "number": lambda attribute, commit, _suggest: NumberField(attribute, commit),
    "flag": lambda attribute, commit, _suggest: FlagField(attribute, commit),
    "ref": lambda attribute, commit, _suggest: RefField(attribute, commit),
    "date": lambda attribute, commit, _suggest: DateField(attribute, commit),
}
"""The form field of each ``AttributeType.field`` (``core/attribute_types.py``)."""


def _name_for_screen_readers(field: QWidget, name: str, description: str) -> None:
    """The field and the widget inside it that takes the focus announce the attribute.

    A buddy label names only the widget it points at; a text field's focus is on
    the line edit inside it, which a screen reader would otherwise read as "edit".
    """
    for widget in (field, field.focusProxy(), getattr(field, "edit", None)):
        if isinstance(widget, QWidget) and not isinstance(widget, QPushButton):
            widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)


class _NextFieldKeys(QObject):
    """The table's "form.next" keys move between fields (the first key forwards, the
    second back). An event filter: QWidget takes Tab for its focus chain before any
    ``keyPressEvent`` sees it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = key_index("form.next", event)
            if step is not None and isinstance(watched, QWidget):
                watched.focusNextPrevChild(step == 0)
                return True
        return super().eventFilter(watched, event)


class LayerForm(QWidget):
    def __init__(
        self,
        layer: Layer,
        commit: Commit,
        suggest: Callable[[str, str], list[str]],
        returned: Callable[[], None],
    ) -> None:
        super().__init__()
        self.layer = layer
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for attribute in layer.attributes:
            make = FIELDS[attribute_type(attribute.type).field]
            name = attribute.name
            field = make(attribute, commit, partial(suggest, name))
            field.returned.connect(returned)
            title = attribute_label(attribute)
            label = QLabel(title + (" *" if attribute.required else ""))
            label.setBuddy(field)
            description = attribute_description(attribute)
            if description:
                label.setToolTip(description)
                field.setToolTip(description)
            _name_for_screen_readers(
                field,
                translate("AttributeForm", "{attribute} (required)").format(attribute=title)
                if attribute.required
                else title,
                description,
            )
            layout.addRow(label, field)
            self.fields[attribute.name] = field
            self.labels[attribute.name] = label
        self.note = TextField(
            Attribute(name="note", type="text", title=translate("AttributeForm", "Note")),
            commit,
            lambda _: [],
        )
        self.note.setObjectName("noteField")
        self.note.returned.connect(returned)
        note_title = translate("AttributeForm", "Note")
        _name_for_screen_readers(self.note, note_title, "")
        layout.addRow(note_title, self.note)
        self._next_field_keys = _NextFieldKeys(self)
        for widget in self.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.installEventFilter(self._next_field_keys)

    def show_values(self, annotation: Annotation, ref_options: list[tuple[str, str]]) -> None:
        missing = set(missing_required(self.layer, annotation.attributes))
        for name, field in self.fields.items():
            value = annotation.attributes.get(name)
            if isinstance(field, RefField):
                field.set_options(ref_options, value)
            else:
                field.set_value(value)
            label = self.labels[name]
            red = error_color(label.palette())
            label.setStyleSheet(f"color: {red}; font-weight: bold;" if name in missing else "")
            label.setToolTip(
                translate("AttributeForm", "Required, still empty") if name in missing else ""
            )
        self.note.set_value(annotation.note)

    def first_field(self, *, required_first: bool = True) -> QWidget | None:
        if required_first:
            for attribute in self.layer.attributes:
                if attribute.required:
                    return self.fields[attribute.name]
        if self.layer.attributes:
            return self.fields[self.layer.attributes[0].name]
        return self.note


class AttributeEditor(QWidget):
    """Stack of one form per layer; shows the selected annotation's."""

    attributeCommitted = Signal(str, object)
    returnToText = Signal()

    def __init__(self, schema: Schema, suggest: Callable[[str, str], list[str]]) -> None:
        super().__init__()
        self.setObjectName("attributeEditor")
        self.schema = schema
        self.annotation: Annotation | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.stack = QStackedWidget()
        self._pages: dict[str, QScrollArea] = {}
        self.placeholder = QLabel(
            translate(
                "AttributeForm",
                "Select text and press a layer key to tag it,\nor pick an annotation.",
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wrapped: unwrapped, its longest translated line set the panel's minimum width
        # (412 px in Russian at 1024×700, wider than the text pane).
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.stack.addWidget(self.placeholder)
        self.forms: dict[str, LayerForm] = {}
        for layer in schema.layers:
            form = LayerForm(
                layer,
                lambda name, value: self.attributeCommitted.emit(name, value),
                suggest,
                self.returnToText.emit,
            )
            self.forms[layer.name] = form
            # Each form scrolls on its own: a layer with many choices (a figure's units)
            # must not make the panel, and so the window's split, wider.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(form)
            # Not a Tab stop of its own: it showed no focus and did nothing there; Tab
            # goes to the fields, and the area scrolls to the one that has the focus.
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setAccessibleName(
                translate("AttributeForm", "Attributes of {layer}").format(layer=layer_title(layer))
            )
            self._pages[layer.name] = scroll
            self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack)

    def show_annotation(
        self,
        annotation: Annotation | None,
        excerpt: str = "",
        ref_options: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.annotation = annotation
        form = self.forms.get(annotation.layer) if annotation else None
        if annotation is None or form is None:
            self.title.setText("")
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.title.setText(f"{layer_title(form.layer)}: “{excerpt}”")
        form.show_values(annotation, list(ref_options))
        self.stack.setCurrentWidget(self._pages[form.layer.name])

    def current_form(self) -> LayerForm | None:
        page = self.stack.currentWidget()
        widget = page.widget() if isinstance(page, QScrollArea) else page
        return widget if isinstance(widget, LayerForm) else None

    def focus_first(self, *, required_first: bool = True) -> None:
        form = self.current_form()
        if form is not None:
            target = form.first_field(required_first=required_first)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focus_first()
        super().focusInEvent(event)
