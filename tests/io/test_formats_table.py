"""The formats table is the one source of format names, suffixes and dialog filters."""

from __future__ import annotations

import click

from annotator.cli import main
from annotator.io.formats import (
    EXPORT_FORMATS,
    FORMATS,
    IMPORT_FORMATS,
    export_format_for,
    import_file_filter,
)


def _choices(command: str) -> list[str]:
    group = main
    assert isinstance(group, click.Group)
    found = group.commands[command]
    option = next(p for p in found.params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    return list(option.type.choices)


def test_cli_format_choices_are_the_tables() -> None:
    assert _choices("import") == list(IMPORT_FORMATS)
    assert _choices("export") == list(EXPORT_FORMATS)
    for name in ("brat", "labelstudio", "webanno", "doccano", "text", "markdown", "jsonl", "csv"):
        assert name in IMPORT_FORMATS
    for name in ("brat", "labelstudio", "webanno", "doccano", "jsonl", "csv"):
        assert name in EXPORT_FORMATS


def test_every_readable_suffix_is_in_the_import_filter() -> None:
    text = import_file_filter()
    for fmt in FORMATS:
        if fmt.reader is not None:
            assert fmt.file_filter() in text
            for suffix in fmt.suffixes:
                assert f"*{suffix}" in text.split(";;")[0]


def test_export_format_from_the_suffix() -> None:
    from pathlib import Path

    assert export_format_for(Path("a.jsonl"), None).name == "jsonl"
    assert export_format_for(Path("a.json"), None).name == "labelstudio"
    assert export_format_for(Path("a.csv"), None).name == "csv"
    assert export_format_for(Path("folder"), "brat").name == "brat"
