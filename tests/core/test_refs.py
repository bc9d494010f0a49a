"""Which labels a ref attribute may point at."""

from __future__ import annotations

from annotator.core.model import Annotation
from annotator.core.refs import ref_targets
from annotator.core.schema import load_schema
from tests.schemas import schema_path

SCHEMA = schema_path("claims_and_sources")


def label(id: str, layer: str) -> Annotation:
    return Annotation(id, 1, "alice", layer, 0, 4)


def test_a_ref_points_at_other_labels_of_the_named_layers() -> None:
    schema = load_schema(SCHEMA)
    claim, other_claim = label("c1", "claim"), label("c2", "claim")
    source, note = label("s1", "source"), label("n1", "note")
    everything = [claim, other_claim, source, note]
    assert ref_targets(schema, claim, everything) == [source]


def test_a_layer_without_refs_has_no_targets() -> None:
    schema = load_schema(SCHEMA)
    source = label("s1", "source")
    assert ref_targets(schema, source, [source, label("c1", "claim")]) == []
