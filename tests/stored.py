"""What a test reads back from a project or schema, typed as present.

The store and the schema answer ``None`` for a name they do not know (and a
``Document`` read from the store always has an ``id``). A test that expects the
thing to be there says so once through these helpers, which fail with the name
that was missing, instead of an ``AttributeError`` on ``None`` (and instead of a
``type: ignore`` for mypy).
"""

from __future__ import annotations

from annotator.core.model import Annotation, Document
from annotator.core.schema import Attribute, Layer, Schema
from annotator.store.project import Project


def document_named(project: Project, name: str) -> Document:
    """The stored document called ``name``."""
    document = project.documents.by_name(name)
    assert document is not None, f"no document named {name!r}"
    return document


def document_id(project: Project, name: str) -> int:
    """The id of the stored document called ``name``."""
    return stored_id(document_named(project, name))


def stored_id(document: Document) -> int:
    """The id of a document read from the store (only a document not yet stored has none)."""
    assert document.id is not None, f"document {document.name!r} has no id: not stored"
    return document.id


def annotation_of(project: Project, annotation_id: str) -> Annotation:
    """The stored annotation with ``annotation_id``."""
    annotation = project.annotations.get(annotation_id)
    assert annotation is not None, f"no annotation {annotation_id!r}"
    return annotation


def layer_of(schema: Schema, name: str) -> Layer:
    """The schema's layer called ``name``."""
    layer = schema.layer(name)
    assert layer is not None, f"the schema has no layer {name!r}"
    return layer


def attribute_of(layer: Layer, name: str) -> Attribute:
    """The layer's attribute called ``name``."""
    attribute = layer.attribute(name)
    assert attribute is not None, f"layer {layer.name!r} has no attribute {name!r}"
    return attribute
