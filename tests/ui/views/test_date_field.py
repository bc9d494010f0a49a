"""The date field: typed with real keys, stored only as an ISO date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator.core.schema import load_schema
from annotator.ui.views.attribute_form import FIELDS, DateField, LayerForm
from tests.schemas import schema_path

EVENTS = schema_path("events")


def test_every_field_of_the_type_table_has_a_widget() -> None:
    from annotator.core.attribute_types import ATTRIBUTE_TYPES

    assert {row.field for row in ATTRIBUTE_TYPES.values()} <= set(FIELDS)


def test_a_date_is_stored_only_when_it_is_one(qtbot: QtBot) -> None:
    layer = load_schema(EVENTS).layer("event")
    assert layer is not None
    committed: list[tuple[str, Any]] = []
    form = LayerForm(
        layer, lambda name, value: committed.append((name, value)), lambda *_: [], lambda: None
    )
    qtbot.addWidget(form)
    field = form.fields["when"]
    assert isinstance(field, DateField)
    form.show()
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "5.3.2024")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert committed == []
    assert field.edit.property("invalid") is True
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2024-03-05")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert committed == [("when", "2024-03-05")]
    assert field.edit.property("invalid") is False
