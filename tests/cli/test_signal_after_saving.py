"""A signal that comes once a writing command has committed its work.

Closing the project file after a large import takes a second or more (SQLite copies
its write-ahead log into the file then); ``kill`` during it was handled just after the
close, raised as "nothing was changed", exit 143, and the new project file holding the
finished import was removed (seen with a 60,000-document import killed 6 s in). Here
the signal is sent from inside ``Project.close``, after the real close, which is when
Python runs the handler of a signal that arrived during it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.store import project as project_module
from annotator.store.project import Project

STOPPING = [signal.SIGTERM, signal.SIGHUP, signal.SIGINT]


@pytest.fixture
def signal_while_closing(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Put the signal number in the list: the next ``Project.close`` sends it to this
    process after closing."""
    chosen: list[int] = []
    close = Project.close

    def close_then_signal(self: Project) -> None:
        close(self)
        if chosen:
            os.kill(os.getpid(), chosen.pop())

    monkeypatch.setattr(Project, "close", close_then_signal)
    return chosen


def _project_and_second_text(tmp_path: Path, existing: bool) -> tuple[Path, Path]:
    """A project path (holding one imported document if ``existing``, else not there
    yet) and a second text to import into it."""
    (tmp_path / "first.txt").write_text("The first document.", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("The second document.", encoding="utf-8")
    project = tmp_path / "p.annotator"
    if existing:
        first = ["--project", str(project), "import", str(tmp_path / "first.txt")]
        assert CliRunner().invoke(main, first).exit_code == 0
    return project, second


@pytest.mark.parametrize("signum", STOPPING, ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("existing", [False, True], ids=["new project", "existing project"])
def test_a_signal_while_closing_a_finished_import_keeps_it_and_says_so(
    tmp_path: Path, signal_while_closing: list[int], signum: int, existing: bool
) -> None:
    project, second = _project_and_second_text(tmp_path, existing)
    runner = CliRunner()
    before = {number: signal.getsignal(number) for number in STOPPING}

    signal_while_closing.append(signum)
    result = runner.invoke(main, ["--project", str(project), "import", str(second)])

    assert not signal_while_closing  # the signal was sent
    assert (result.exit_code, result.exception) == (0, None), result.output
    assert "nothing was changed" not in result.output
    assert "imported 1 document(s)" in result.output
    with Project.open(project) as reopened:
        assert reopened.documents.count() == (2 if existing else 1)
    assert {number: signal.getsignal(number) for number in STOPPING} == before


def test_a_signal_before_the_work_is_done_still_stops_it(tmp_path: Path) -> None:
    """The other side: a signal while the command still works stops it (the handler is
    still ours until the command's work returned)."""
    (tmp_path / "first.txt").write_text("The first document.", encoding="utf-8")
    project = tmp_path / "p.annotator"

    def stop_on_read(*_args: object, **_kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("annotator.io.importer.import_files", stop_on_read)
        result = CliRunner().invoke(
            main, ["--project", str(project), "import", str(tmp_path / "first.txt")]
        )

    assert result.exit_code == 128 + signal.SIGTERM
    assert "stopped by SIGTERM; nothing was changed" in result.output
    assert not project.exists()


def test_a_command_that_only_read_stays_stoppable_to_its_end(tmp_path: Path) -> None:
    """Only a command that wrote ignores the signals after its work: the team report,
    built after the project is closed, still stops on Ctrl-C (and writes no file)."""
    (tmp_path / "first.txt").write_text("The first document.", encoding="utf-8")
    project = tmp_path / "p.annotator"
    runner = CliRunner()
    assert (
        runner.invoke(
            main, ["--project", str(project), "import", str(tmp_path / "first.txt")]
        ).exit_code
        == 0
    )

    def interrupted_while_rendering(*_args: object) -> str:
        os.kill(os.getpid(), signal.SIGINT)
        return "<html></html>"

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("annotator.team.report.render_html", interrupted_while_rendering)
        result = runner.invoke(
            main, ["--project", str(project), "report", "--output", str(tmp_path / "r.html")]
        )

    assert result.exit_code == 128 + signal.SIGINT, result.output
    assert "interrupted; nothing was changed" in result.output
    assert not (tmp_path / "r.html").exists()


class _SignalAfterCommit:
    """A project connection whose COMMIT is followed at once by ``signum`` to this
    process: Python runs the handler right after the COMMIT call, as for a signal that
    came during it (a merge of 60,000 documents spends most of a second there)."""

    def __init__(self, connection: sqlite3.Connection, signum: int) -> None:
        self._connection = connection
        self._signum = signum

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        cursor = self._connection.execute(sql, *args)
        if sql == "COMMIT" and self._signum:
            signum, self._signum = self._signum, 0
            os.kill(os.getpid(), signum)
        return cursor


@pytest.mark.parametrize("signum", STOPPING, ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("existing", [False, True], ids=["new project", "existing project"])
def test_a_signal_during_the_commit_says_the_changes_were_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int, existing: bool
) -> None:
    project, second = _project_and_second_text(tmp_path, existing)
    runner = CliRunner()
    connect = project_module._connect

    def connect_signalling(path: Path, **options: Any) -> Any:
        connection = connect(path, **options)
        if Path(path).name != project.name or options.get("read_only"):
            return connection
        return _SignalAfterCommit(connection, signum)

    monkeypatch.setattr(project_module, "_connect", connect_signalling)
    result = runner.invoke(main, ["--project", str(project), "import", str(second)])
    monkeypatch.undo()

    name = signal.Signals(signum).name
    assert result.exit_code == 128 + signum, result.output
    assert result.output == f"stopped by {name} after the command's changes were saved\n"
    with Project.open(project) as reopened:
        assert reopened.documents.count() == (2 if existing else 1)
