"""The project file: opening safely, refusing what is not ours, committing every edit."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.core.model import Annotation, Document, DocumentProgress, Origin, Status
from annotator.core.schema import Schema, load_schema, parse_schema, schema_from_dict
from annotator.resources import default_schema_path
from annotator.store.migrations import KNOWN_MIGRATIONS
from annotator.store.project import APPLICATION_ID, Project, ProjectError
from tests.stored import annotation_of, attribute_of, document_named, layer_of

ARTICLE = "Kazakhstan will not recognize the referendums, said Smadiyarov."


def add_document(project: Project, name: str = "a.txt", text: str = ARTICLE, **fields: Any) -> int:
    project.documents.add([(Document(id=None, name=name, text=text, **fields), [])])
    document = project.documents.by_name(name)
    assert document is not None and document.id is not None
    return document.id


def stance(
    document_id: int, start: int = 0, end: int = 10, annotator: str = "ala", **attrs: Any
) -> Annotation:
    return Annotation(
        id=f"a-{document_id}-{start}-{end}-{annotator}",
        document_id=document_id,
        annotator=annotator,
        layer="stance",
        start=start,
        end=end,
        attributes=attrs or {"holder": "Kazakhstan", "polarity": "against"},
    )


def second_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


# -- opening -------------------------------------------------------------------


def test_create_then_reopen_keeps_schema_and_documents(tmp_path: Path, news_schema: Schema) -> None:
    path = tmp_path / "sub" / "p.annotator.sqlite"
    with Project.open(path, create=True, schema=news_schema) as project:
        document_id = add_document(project, title="Tytuł")
        project.annotations.add(stance(document_id))
    assert path.exists()
    assert not list(tmp_path.glob("sub/.*.creating"))
    with Project.open(path) as project:
        assert project.schema == news_schema
        assert project.documents.get(document_id).title == "Tytuł"
        assert [a.attributes for a in project.annotations(document_id)] == [
            {"holder": "Kazakhstan", "polarity": "against"}
        ]


def test_creating_stopped_half_way_leaves_no_temporary_file(
    tmp_path: Path, news_schema: Schema, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C (or SIGTERM, raised as an exception by the command line) while the new
    file is being prepared: neither the project nor its temporary file is left."""

    def stopped(*_args: object, **_kwargs: object) -> Schema:
        raise KeyboardInterrupt

    monkeypatch.setattr("annotator.store.project._prepare", stopped)
    with pytest.raises(KeyboardInterrupt):
        Project.open(tmp_path / "p.annotator", create=True, schema=news_schema)
    assert list(tmp_path.iterdir()) == []


def test_opening_existing_file_ignores_the_given_schema(
    tmp_path: Path, news_schema: Schema
) -> None:
    path = tmp_path / "p.sqlite"
    Project.open(path, create=True, schema=news_schema).close()
    other = parse_schema('[[layer]]\nname = "other"\n')
    with Project.open(path, create=True, schema=other) as project:
        assert project.schema.layer_names == ["stance", "quote", "figure"]


def test_new_project_is_in_wal_mode_and_marked_as_ours(project: Project) -> None:
    connection = second_connection(project.path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        applied = [row[0] for row in connection.execute("SELECT name FROM _sqlite_migrations")]
    finally:
        connection.close()
    assert applied == KNOWN_MIGRATIONS


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project file") as caught:
        Project.open(tmp_path / "missing.sqlite")
    assert "missing.sqlite" in str(caught.value)
    assert not (tmp_path / "missing.sqlite").exists()


def test_create_needs_a_schema(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="schema is needed"):
        Project.open(tmp_path / "new.sqlite", create=True)


@pytest.mark.parametrize(
    "content",
    [b"Hello, I am a text file\n", b"\x89PNG\r\n\x1a\n" + bytes(200), b"SQLite"],
    ids=["text", "png", "short"],
)
def test_non_sqlite_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match="not an SQLite database") as caught:
        Project.open(path, create=True, schema=load_schema(default_schema_path()))
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "firefox.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE places (url TEXT)")
    connection.execute("INSERT INTO places VALUES ('https://example.org')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="another program's SQLite database"):
        Project.open(path)
    assert path.read_bytes() == before
    connection = sqlite3.connect(path)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert tables == {"places"}


def _closed_project_bytes(make_project: Callable[..., Project]) -> tuple[Path, bytes]:
    project = make_project()
    for i in range(30):
        add_document(project, f"doc{i}.txt", ARTICLE * 20 + str(i))
    project.close()
    return project.path, project.path.read_bytes()


@pytest.mark.parametrize("keep", [16, 100, 4096, 0.5])
def test_truncated_file_is_refused(
    tmp_path: Path, make_project: Callable[..., Project], keep: float
) -> None:
    _, raw = _closed_project_bytes(make_project)
    size = int(len(raw) * keep) if isinstance(keep, float) else keep
    assert size < len(raw)
    path = tmp_path / "truncated.sqlite"
    path.write_bytes(raw[:size])
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "malformed" in str(caught.value) or "not a" in str(caught.value)


def test_damaged_page_is_refused_with_a_project_error(
    tmp_path: Path, make_project: Callable[..., Project]
) -> None:
    _, raw = _closed_project_bytes(make_project)
    page_size = int.from_bytes(raw[16:18], "big")
    damaged = bytearray(raw)
    damaged[page_size : 2 * page_size] = b"\xff" * page_size  # page 2: a table's root
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(bytes(damaged))
    with pytest.raises(ProjectError, match="malformed"):
        Project.open(path)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(ProjectError) as caught:
        Project.open(tmp_path / "dir.sqlite")
    assert "dir.sqlite" in str(caught.value)


def test_file_from_a_newer_version_is_refused(project: Project) -> None:
    path = project.path
    project.close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('annotator', '9999_from_the_future', '2099-01-01')"
    )
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="newer version") as caught:
        Project.open(path)
    assert "9999_from_the_future" in str(caught.value)
    assert str(path) in str(caught.value)


def test_other_migration_sets_do_not_count_as_newer(project: Project) -> None:
    path = project.path
    project.close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('some_plugin', '0001_plugin', '2099-01-01')"
    )
    connection.commit()
    connection.close()
    with Project.open(path) as reopened:
        assert reopened.documents.count() == 0


def test_project_without_schema_row_is_refused(project: Project) -> None:
    path = project.path
    project.close()
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM project_meta WHERE key = 'schema'")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="no schema"):
        Project.open(path)


# -- every edit is committed ---------------------------------------------------


def test_add_update_delete_are_each_committed(project: Project) -> None:
    document_id = add_document(project)
    observer = second_connection(project.path)

    def stored() -> list[tuple[Any, ...]]:
        return observer.execute(
            'SELECT id, start, "end", attributes, note FROM annotations'
        ).fetchall()

    try:
        added = project.annotations.add(stance(document_id, 0, 10))
        assert added.created_at and added.created_at == added.updated_at
        assert stored() == [
            (added.id, 0, 10, '{"holder": "Kazakhstan", "polarity": "against"}', "")
        ]
        status = observer.execute("SELECT status FROM document_status").fetchall()
        assert status == [("in_progress",)]

        from dataclasses import replace

        changed = project.annotations.update(
            replace(added, start=34, end=45, attributes={"holder": "Kazachstan"}, note="n")
        )
        assert changed.updated_at > added.updated_at
        assert stored() == [(added.id, 34, 45, '{"holder": "Kazachstan"}', "n")]
        assert annotation_of(project, added.id).covered_text(ARTICLE) == ARTICLE[34:45]

        project.annotations.delete(added.id)
        assert stored() == []
        assert project.annotations.get(added.id) is None
    finally:
        observer.close()


def test_update_of_unknown_annotation_fails(project: Project) -> None:
    document_id = add_document(project)
    with pytest.raises(ProjectError, match="no annotation with id"):
        project.annotations.update(stance(document_id))


def test_failed_transaction_rolls_back(project: Project) -> None:
    document_id = add_document(project)
    with pytest.raises(RuntimeError), project.transaction() as conn:
        conn.execute(
            "INSERT INTO document_status (document_id, annotator, status, updated_at) "
            "VALUES (?, 'x', 'done', 'now')",
            (document_id,),
        )
        raise RuntimeError("boom")
    assert project.progress(document_id, "x").status is Status.NEW


def test_import_of_same_name_other_text_stores_nothing(project: Project) -> None:
    add_document(project, "a.txt")
    items: list[tuple[Document, list[Annotation]]] = [
        (Document(id=None, name="b.txt", text="new"), []),
        (Document(id=None, name="a.txt", text="changed"), []),
    ]
    with pytest.raises(ProjectError, match="is already in the project with different text"):
        project.documents.add(items)
    assert project.documents.by_name("b.txt") is None
    assert project.documents.count() == 1


def test_reimport_is_a_no_op(project: Project) -> None:
    document_id = add_document(project)
    annotation = stance(document_id)
    document = Document(id=None, name="a.txt", text=ARTICLE)
    first = project.documents.add([(document, [annotation])])
    again = project.documents.add([(document, [annotation])])
    assert (first.unchanged, first.annotations_added) == (["a.txt"], 1)
    assert (again.added, again.unchanged, again.annotations_added) == ([], ["a.txt"], 0)
    assert again.annotations_unchanged == 1
    assert len(project.annotations(document_id)) == 1


def test_document_text_metadata_and_sha(project: Project) -> None:
    import hashlib

    text = "Zażółć gęślą jaźń 🇵🇱\nсловo"
    document_id = add_document(project, "pl.txt", text, language="pl", site="x.pl")
    project.documents.add(
        [(Document(id=None, name="m.txt", text="t", meta={"keywords": ["a", "b"]}), [])]
    )
    stored = project.documents.get(document_id)
    assert stored.text == text
    assert stored.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert (stored.language, stored.site) == ("pl", "x.pl")
    assert stored.imported_at.endswith("Z")
    assert document_named(project, "m.txt").meta == {"keywords": ["a", "b"]}
    with pytest.raises(ProjectError, match="no document with id 999"):
        project.documents.get(999)


# -- progress ------------------------------------------------------------------


def test_progress_and_none_present(project: Project) -> None:
    first = add_document(project, "a.txt")
    second = add_document(project, "b.txt")
    add_document(project, "c.txt")
    assert project.progress(first, "ala") == DocumentProgress(first, "ala")

    project.progress.set(
        DocumentProgress(first, "ala", Status.DONE, frozenset({"quote", "figure"}))
    )
    project.annotations.add(stance(second, annotator="ala"))

    done = project.progress(first, "ala")
    assert done.status is Status.DONE
    assert done.none_present == {"quote", "figure"}
    assert done.updated_at
    assert project.progress(first, "ola").status is Status.NEW  # per annotator
    assert project.progress(second, "ala").status is Status.IN_PROGRESS
    assert project.progress.status_counts("ala") == {
        Status.NEW: 1,
        Status.IN_PROGRESS: 1,
        Status.DONE: 1,
    }
    # Adding an annotation to a finished document does not reopen it.
    project.annotations.add(stance(first, 11, 20, annotator="ala"))
    assert project.progress(first, "ala").status is Status.DONE
    # "done, nothing present" survives a reopen.
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert reopened.progress(first, "ala").none_present == {"quote", "figure"}
        assert [p.document_id for p in reopened.progress.all(["ala"])] == [first, second]
        assert reopened.annotations.annotators() == ["ala"]


def test_counts_per_annotator_and_layer(project: Project) -> None:
    document_id = add_document(project)
    project.annotations.add(stance(document_id, 0, 10, "ala"))
    project.annotations.add(stance(document_id, 11, 20, "ala"))
    project.annotations.add(stance(document_id, 0, 10, "ola"))
    assert project.annotations.counts() == {("ala", "stance"): 2, ("ola", "stance"): 1}
    assert project.annotations.layer_counts(document_id, "ala") == {"stance": 2}
    assert project.documents.layer_counts(["ola"]) == {(document_id, "ola"): {"stance": 1}}


def test_annotators_are_everyone_with_a_label_or_a_status_sorted(project: Project) -> None:
    assert project.annotations.annotators() == []
    first = add_document(project)
    second = add_document(project, "b.txt")
    names = ("zoe", "ala", "ola", "ala", "Ola")  # a repeat, and "O" sorts before "a" in SQLite
    for start, name in enumerate(names):
        project.annotations.add(stance(first, start, start + 10, annotator=name))
    project.annotations.add(stance(second, annotator="bea"))
    project.progress.set(DocumentProgress(second, "kim", Status.DONE))  # a status, no label
    project.progress.set(DocumentProgress(first, "ala", Status.DONE))  # both
    expected = [
        row[0]
        for row in project.connection.execute(
            "SELECT annotator FROM annotations UNION SELECT annotator FROM document_status"
            " ORDER BY 1"
        )
    ]
    assert expected == ["Ola", "ala", "bea", "kim", "ola", "zoe"]
    assert project.annotations.annotators() == expected


def test_started_in_names_who_took_a_document_past_new(project: Project) -> None:
    first = add_document(project)
    second = add_document(project, "b.txt")
    assert project.progress.started_in(first) == set()
    project.progress.set(DocumentProgress(first, "ala", Status.DONE))
    project.progress.set(DocumentProgress(first, "ola", Status.IN_PROGRESS))
    project.progress.set(DocumentProgress(first, "kim", Status.NEW))  # back to new: not started
    project.progress.set(DocumentProgress(second, "bea", Status.DONE))
    assert project.progress.started_in(first) == {"ala", "ola"}
    assert project.progress.started_in(second) == {"bea"}
    assert project.progress.started_in(second + 1) == set()


# -- completion ----------------------------------------------------------------


def test_used_text_values_most_frequent_first(project: Project) -> None:
    document_id = add_document(project)
    holders = ["Kazakhstan", "Kazakhstan", "Kazachstan", "Russia", "50%_off", "500 off", ""]
    for i, holder in enumerate(holders):
        project.annotations.add(stance(document_id, i, i + 1, holder=holder, polarity="favor"))
    project.annotations.add(
        Annotation("fig", document_id, "ala", "figure", 0, 5, {"value": 3.0, "measures": "votes"})
    )
    assert project.annotations.used_text_values("holder", annotator="ala") == [
        "Kazakhstan",
        "50%_off",
        "500 off",
        "Kazachstan",
        "Russia",
    ]
    assert project.annotations.used_text_values("holder", "kaz", annotator="ala") == [
        "Kazakhstan",
        "Kazachstan",
    ]
    assert project.annotations.used_text_values("holder", "50%", annotator="ala") == ["50%_off"]
    assert project.annotations.used_text_values("holder", "50_", annotator="ala") == []
    assert project.annotations.used_text_values("holder", limit=1, annotator="ala") == [
        "Kazakhstan"
    ]
    assert (
        project.annotations.used_text_values("value", annotator="ala") == []
    )  # numbers are not offered
    assert project.annotations.used_text_values("measures", annotator="ala") == ["votes"]


def test_completion_offers_only_the_annotators_own_values(project: Project) -> None:
    """Blind annotation: Bob is never offered what Alice typed (issue 11, item 6)."""
    document_id = add_document(project)
    project.annotations.add(
        stance(document_id, 0, 5, "alice", holder="Kazakhstan", polarity="favor")
    )
    project.annotations.add(stance(document_id, 0, 5, "bob", holder="Kazan", polarity="favor"))
    assert project.annotations.used_text_values("holder", "Kaz", annotator="bob") == ["Kazan"]
    assert project.annotations.used_text_values("holder", "Kaz", annotator="carol") == []


# -- schema changes ------------------------------------------------------------


def edited(schema: Schema, change: Callable[[dict[str, Any]], None]) -> Schema:
    """A copy of ``schema`` changed through its dict form (the shape of the TOML file)."""
    data = copy.deepcopy(schema.to_dict())
    change(data)
    return schema_from_dict(data, "edited.toml")


def _layer(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(layer for layer in data["layer"] if layer["name"] == name)


def _attribute(data: dict[str, Any], layer: str, name: str) -> dict[str, Any]:
    return next(a for a in _layer(data, layer)["attribute"] if a["name"] == name)


def _drop_layer(name: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["layer"] = [layer for layer in data["layer"] if layer["name"] != name]

    return change


def _drop_attribute(layer: str, name: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        found = _layer(data, layer)
        found["attribute"] = [a for a in found["attribute"] if a["name"] != name]

    return change


def _drop_choice(layer: str, attribute: str, choice: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        _attribute(data, layer, attribute)["choices"].remove(choice)

    return change


def test_replace_schema_adds_layers_attributes_and_choices(
    project: Project, news_schema: Schema
) -> None:
    document_id = add_document(project)
    project.annotations.add(stance(document_id))

    def grow(data: dict[str, Any]) -> None:
        _attribute(data, "stance", "polarity")["choices"].append("mixed")
        _layer(data, "quote")["attribute"].append({"name": "verified", "type": "flag"})
        data["layer"].append({"name": "event", "key": "e", "attribute": []})

    bigger = edited(news_schema, grow)
    project.replace_schema(bigger)
    assert project.schema == bigger
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert reopened.schema == bigger
        assert reopened.schema.layer_names == ["stance", "quote", "figure", "event"]
        assert "mixed" in attribute_of(layer_of(reopened.schema, "stance"), "polarity").choices
        assert attribute_of(layer_of(reopened.schema, "quote"), "verified").type == "flag"


def test_replace_schema_refuses_removing_what_is_in_use(
    project: Project, news_schema: Schema
) -> None:
    document_id = add_document(project)
    project.annotations.add(stance(document_id, holder="X", polarity="against"))
    project.annotations.add(Annotation("f1", document_id, "ala", "figure", 0, 3, {"value": 1.0}))
    project.annotations.add(Annotation("f2", document_id, "ala", "figure", 3, 5, {"value": 2.0}))

    def retype_value(data: dict[str, Any]) -> None:
        attribute = _attribute(data, "figure", "value")
        attribute["type"] = "text"
        attribute.pop("role", None)  # the value role needs a number

    cases = [
        (_drop_layer("figure"), "layer 'figure' is used by 2 annotation(s)"),
        (_drop_attribute("stance", "holder"), "layer 'stance', attribute 'holder' is used by 1"),
        (
            _drop_choice("stance", "polarity", "against"),
            "layer 'stance', attribute 'polarity', choice 'against' is used by 1",
        ),
        (retype_value, "layer 'figure', attribute 'value' is used by 2"),
    ]
    for change, message in cases:
        with pytest.raises(ProjectError) as caught:
            project.replace_schema(edited(news_schema, change))
        assert message in str(caught.value)
        assert "cannot remove what is in use" in str(caught.value)
        assert project.schema == news_schema
    # What no annotation uses can go: an attribute, a choice, a whole layer.
    smaller = edited(news_schema, _drop_attribute("stance", "target"))
    smaller = edited(smaller, _drop_choice("stance", "polarity", "neutral"))
    smaller = edited(smaller, _drop_layer("quote"))
    project.replace_schema(smaller)
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert reopened.schema == smaller
        assert layer_of(reopened.schema, "stance").attribute("target") is None
        assert attribute_of(layer_of(reopened.schema, "stance"), "polarity").choices == (
            "favor",
            "against",
            "unclear",
        )


# -- the document list ---------------------------------------------------------


def test_document_ids_search_and_rows(project: Project) -> None:
    b = add_document(project, "b.txt", "Kazachstan nie pomoże Putinowi.\nDruga linia")
    a = add_document(project, "A.txt", "Referendum 99% w Doniecku", title="Głosowanie")
    c = add_document(project, "c_1.txt", "\n\n  Казахстан не признает  \nдалее")
    d = add_document(project, "c-2.txt", "100% sure")
    assert project.documents.ids() == [a, b, d, c]  # by name, case-insensitive
    assert project.documents.ids("putin") == [b]  # text, case-insensitive
    assert project.documents.ids("głos") == [a]  # title
    assert project.documents.ids("Казахстан") == [c]
    assert project.documents.ids("c_") == [c]  # "_" is literal, not a wildcard
    assert project.documents.ids("9%") == [a]  # "%" is literal
    assert project.documents.ids("nothing like this") == []

    project.annotations.add(stance(b, 0, 10, "ala"))
    project.annotations.add(stance(b, 11, 20, "ala"))
    project.annotations.add(stance(a, 0, 10, "ola"))
    rows = project.documents.rows([c, b, a, 12345], "ala")
    assert [r.id for r in rows] == [c, b, a]
    assert [r.title for r in rows] == [
        "Казахстан не признает",
        "Kazachstan nie pomoże Putinowi.",
        "Głosowanie",
    ]
    assert [r.status for r in rows] == [Status.NEW, Status.IN_PROGRESS, Status.NEW]
    assert [r.annotations for r in rows] == [0, 2, 0]
    assert project.documents.rows([], "ala") == []
    # What an edit can change in a row, without the text the title may come from.
    assert project.documents.states([c, b, 12345], "ala") == {
        c: (Status.NEW, 0, False),
        b: (Status.IN_PROGRESS, 2, False),
    }
    assert project.documents.states([], "ala") == {}


def _list_queries(project: Project, **options: Any) -> tuple[list[int], list[str]]:
    """``documents.ids(**options)`` and the plans of the queries it ran."""
    queries: list[str] = []
    project.connection.set_trace_callback(queries.append)
    try:
        ids = project.documents.ids(**options)
    finally:
        project.connection.set_trace_callback(None)
    plans = [
        " / ".join(row[3] for row in project.connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
        for sql in queries
        if sql.lstrip().startswith("SELECT")
    ]
    return ids, plans


def test_the_list_in_name_order_is_read_from_an_index_without_sorting(project: Project) -> None:
    """Layout 0008: SQLite sorted all 100,000 names for every read of the list (70 ms),
    even for the first page at start-up (10 ms). Names equal but for case stay in the
    order they had (by id), in both directions, as the query before the index gave."""
    names = ["b.txt", "B.txt", "a.txt", "C.txt", "A.txt", "c.txt", "Ä.txt"]
    ids = {name: add_document(project, name) for name in names}
    for descending in (False, True):
        direction = "DESC" if descending else "ASC"
        before = [
            row[0]
            for row in project.connection.execute(
                f"SELECT d.id FROM documents d ORDER BY d.name COLLATE NOCASE {direction}, "
                f"d.name COLLATE NOCASE {direction}, d.id"
            )
        ]
        listed, plans = _list_queries(project, descending=descending)
        assert listed == before
        assert "USING COVERING INDEX documents_by_name" in plans[0]
        if not descending:
            assert "TEMP B-TREE" not in plans[0]
    assert project.documents.ids()[:4] == [ids["a.txt"], ids["A.txt"], ids["b.txt"], ids["B.txt"]]
    first, plans = _list_queries(project, limit=3)
    assert first == [ids["a.txt"], ids["A.txt"], ids["b.txt"]]
    assert plans == ["SCAN d USING COVERING INDEX documents_by_name"]


def test_iter_annotations_filters_and_carries_text(project: Project) -> None:
    first = add_document(project, "a.txt")
    second = add_document(project, "b.txt", "Другой текст 😀 здесь")
    project.annotations.add(stance(first, 0, 10, "ala"))
    project.annotations.add(stance(second, 13, 14, "ola"))
    project.annotations.add(
        Annotation("q", second, "ala", "quote", 0, 6, {"speaker": "x"}, origin=Origin.MANUAL)
    )
    everything = [
        (a.id, name, text[a.start : a.end]) for a, name, text in project.annotations.iterate()
    ]
    assert everything == [
        (f"a-{first}-0-10-ala", "a.txt", ARTICLE[:10]),
        ("q", "b.txt", "Другой"),
        (f"a-{second}-13-14-ola", "b.txt", "😀"),
    ]
    only = list(project.annotations.iterate(annotators=["ala"], layers=["quote"]))
    assert [a.id for a, _, _ in only] == ["q"]
    assert json.loads(json.dumps(only[0][0].attributes)) == {"speaker": "x"}
