"""`annotator check` finds damage that SQLite alone cannot see."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Annotation, Origin, new_annotation_id
from annotator.store.integrity import check_project
from annotator.store.project import Project
from tests.seeded import seed_project


def seeded(tmp_path: Path) -> Path:
    path = seed_project(tmp_path / "check.sqlite")
    with Project.open(path) as project:
        project.annotations.add(
            Annotation(new_annotation_id(), 1, "alice", "stance", 0, 9,
                       {"holder": "Zachód", "polarity": "against"}, origin=Origin.MANUAL)
        )  # fmt: skip
    return path


def test_a_sound_project_passes(tmp_path: Path) -> None:
    path = seeded(tmp_path)
    with Project.open(path) as project:
        assert check_project(project) == []
    result = CliRunner().invoke(main, ["--project", str(path), "check"])
    assert result.exit_code == 0 and "no problems found" in result.output


def test_tampered_text_offsets_attributes_and_gold_are_reported(tmp_path: Path) -> None:
    path = seeded(tmp_path)
    with Project.open(path) as project:
        conn = project.connection
        conn.execute("UPDATE documents SET text = text || 'x' WHERE id = 2")
        conn.execute('UPDATE annotations SET "end" = 10000000 WHERE annotator = ?', ("alice",))
        conn.execute(
            'INSERT INTO annotations (id, document_id, annotator, layer, start, "end", '
            "attributes, note, origin, created_at, updated_at) VALUES "
            "('g1', 3, 'gold', 'quote', 0, 5, ?, '', 'adjudicated', 't', 't')",
            (json.dumps({"kind": "shouted"}),),
        )
        problems = check_project(project)
    text = "\n".join(problems)
    assert "document 2" in text and "differs from its hash" in text
    assert "offsets 0-10000000" in text
    assert "annotation g1" in text and "'shouted' is not one of" in text
    assert "gold annotation without a review decision" in text
    result = CliRunner().invoke(main, ["--project", str(path), "check"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
