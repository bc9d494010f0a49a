"""What the Qt-free core says shows in the window's language; the CLI stays English.

An import error (``io``), a merge error and the merge summary (``store``) are raised
or written by the core as English templates with values (``core/messages.py``); the
window translates them at one boundary (``ui.language.error_text`` / ``shown``).
The expected texts are written out here, so a wrong lookup or a lost value fails.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from annotator.cli import main as cli
from annotator.core.messages import Message
from annotator.core.model import Annotation, new_annotation_id
from annotator.review.agreement import METHOD
from annotator.store.project import Project
from annotator.ui.language import core_text, install_language, shown
from annotator.ui.window import MainWindow
from tests.ui.conftest import save_screenshot
from tests.ui.helpers import child, shown_document_id, shown_window

BAD_CSV = "name,text\na,Hello world\nb,Two,extra\n"
"""Line 3 has three fields under a two-column header."""

ROW_ERROR = {
    "en": "row has 3 fields, the header has 2",
    "pl": "wiersz ma pól: 3, a nagłówek kolumn: 2",
    "ru": "в строке полей: 3, а в заголовке столбцов: 2",
    "uk": "у рядку полів: 3, а в заголовку стовпців: 2",
}
MERGED_ONE = {"pl": "Scalono 1 plik.", "ru": "Объединён 1 файл.", "uk": "Об’єднано 1 файл."}
ADDED_LINE = {
    "pl": "bob: dodane 1, zaktualizowane 0, bez zmian 0",
    "ru": "bob: добавлено 1, обновлено 0, без изменений 0",
    "uk": "bob: додано 1, оновлено 0, без змін 0",
}
ITSELF = {
    "pl": "to ten sam projekt; nie można go scalić z samym sobą",
    "ru": "это тот же проект; его нельзя объединить с самим собой",
    "uk": "це той самий проєкт; його не можна об’єднати з самим собою",
}


def _message_box(qtbot: QtBot) -> QMessageBox:
    def boxes() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "messageBox" and w.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(boxes()), timeout=20000)
    return boxes()[0]


def _open_window(
    qtbot: QtBot, project_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    monkeypatch.setenv("ANNOTATOR_LANG", language)
    return shown_window(qtbot, project_path)


@pytest.mark.parametrize("language", ["pl", "ru", "uk"])
def test_an_import_error_from_the_core_is_shown_translated_with_file_and_line(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(bad)], ""))
    window = _open_window(qtbot, project_path, language, monkeypatch)

    child(window, QAction, "actionImport").trigger()
    box = _message_box(qtbot)

    assert box.text() == f"{bad}:3: {ROW_ERROR[language]}"
    if language in ("pl", "ru"):
        box.resize(box.sizeHint())
        save_screenshot(box, f"error-import-{language}.png")
    box.close()
    window.close()


WHAT_IT_IS = {
    "pl": "ten plik wygląda na plik brat configuration: zaimportuj folder, w którym leży, "
    "razem z plikami .txt i .ann (--format brat)",
    "ru": "этот файл похож на файл brat configuration: импортируйте папку, в которой он лежит, "
    "вместе с файлами .txt и .ann (--format brat)",
}
UNKNOWN_KIND = {
    "pl": "nieznany rodzaj pliku ('.pdf'): annotator czyta ",
    "ru": "неизвестный вид файла ('.pdf'): annotator читает ",
}


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_what_a_refused_file_is_is_said_in_the_language(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Nested messages (a format's hint inside "looks like … file" inside "this …") and
    a folder of files of no known kind, through File → Import."""
    config = tmp_path / "annotation.conf"
    config.write_text("[entities]\nPerson\n", encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 not text")
    chosen = [str(config)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (list(chosen), ""))
    window = _open_window(qtbot, project_path, language, monkeypatch)

    child(window, QAction, "actionImport").trigger()
    box = _message_box(qtbot)
    assert box.text() == f"{config}: {WHAT_IT_IS[language]}"
    box.close()

    chosen[:] = [str(scan)]
    child(window, QAction, "actionImport").trigger()
    box = _message_box(qtbot)
    assert box.text().startswith(f"{scan}: {UNKNOWN_KIND[language]}.ann, .csv")
    box.close()
    window.close()


BAD_LINES = {
    "bad-span.jsonl": '{"name": "a", "text": "Hello world", '
    '"annotations": [{"layer": "stance", "start": 0, "end": 50}]}\n',
    "bad-status.jsonl": '{"name": "a", "text": "Hello world", '
    '"progress": [{"annotator": "x", "status": "bogus"}]}\n',
}
NATIVE_ERRORS = {
    "pl": {
        "bad-span.jsonl": "dokument 'a', adnotacja nr 1: pozycje 0-50 nie są niepustym "
        "fragmentem wewnątrz tekstu (0-11 znaków)",
        "bad-status.jsonl": 'wpis progress nr 1: "status" musi mieć jedną z wartości: '
        "new, in_progress, done",
    },
    "uk": {
        "bad-span.jsonl": "документ 'a', анотація № 1: зсуви 0-50 не задають непорожній "
        "фрагмент усередині тексту (0-11 символів)",
        "bad-status.jsonl": 'запис progress № 1: "status" має бути одним із: '
        "new, in_progress, done",
    },
}


@pytest.mark.parametrize("language", sorted(NATIVE_ERRORS))
def test_a_bad_native_line_is_explained_in_the_language(
    qtbot: QtBot,
    project_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """Nested three deep: the located frame, the document and label, the validation."""
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (list(chosen), ""))
    window = _open_window(qtbot, project_path, language, monkeypatch)
    for name, line in BAD_LINES.items():
        bad = tmp_path / name
        bad.write_text(line, encoding="utf-8")
        chosen[:] = [str(bad)]
        child(window, QAction, "actionImport").trigger()
        box = _message_box(qtbot)
        assert box.text() == f"{bad}:1: {NATIVE_ERRORS[language][name]}"
        box.close()
    window.close()


FOREIGN_FILES = {
    "doccano.jsonl": '{"text": "Hello world", "label": [[0, 99]]}\n',
    "labelstudio.json": '[{"id": 7, "data": {"text": "Hello world"}, "annotations": [{"result": '
    '[{"id": "r1", "type": "labels", "value": {"start": 0, "end": 5, "text": "Jello", '
    '"labels": ["PER"]}}]}]}]\n',
}
FOREIGN_ERRORS = {
    "doccano.jsonl": ':1: label № 1 должно иметь вид [start, end, "LABEL"] или "LABEL", '
    "получено [0, 99]",
    "labelstudio.json": ":1: задача 7: результат r1: в файле сказано, что фрагмент 0-5 — это "
    "'Jello', но в тексте там 'Hello' (и в символах, и в единицах UTF-16)",
}


def test_other_tools_files_are_refused_in_the_language(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """doccano and Label Studio exports, each with one wrong label, in Russian."""
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (list(chosen), ""))
    window = _open_window(qtbot, project_path, "ru", monkeypatch)
    for name, content in FOREIGN_FILES.items():
        bad = tmp_path / name
        bad.write_text(content, encoding="utf-8")
        chosen[:] = [str(bad)]
        child(window, QAction, "actionImport").trigger()
        box = _message_box(qtbot)
        assert box.text() == f"{bad}{FOREIGN_ERRORS[name]}"
        box.close()
    window.close()


BRAT_NOTE = {
    "pl": "nie zaimportowano: {ann}:2: normalizacja N1 (Reference T1 Wikipedia:534366): "
    "nie jest przechowywana",
    "ru": "не импортировано: {ann}:2: нормализация N1 (Reference T1 Wikipedia:534366): "
    "не сохраняется",
}
WEBANNO_ERROR = {
    "pl": ":5: to nie jest wiersz tokenu WebAnno TSV: 'bogus line'",
    "ru": ":5: это не строка токена WebAnno TSV: 'bogus line'",
}


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_brat_notes_and_webanno_errors_are_said_in_the_language(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """A brat document imported with a line annotator does not hold (the report's
    "not imported" note), and a WebAnno TSV file refused on a bad token line."""
    (tmp_path / "doc.txt").write_text("Hello world\n", encoding="utf-8")
    ann = tmp_path / "doc.ann"
    ann.write_text("T1\tstance 0 5\tHello\nN1\tReference T1 Wikipedia:534366\n", encoding="utf-8")
    tsv = tmp_path / "w.tsv"
    tsv.write_text("#FORMAT=WebAnno TSV 3.3\n\n\n#Text=Hello world\nbogus line\n", encoding="utf-8")
    chosen = [str(ann)]
    reports: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (list(chosen), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: reports.append(text))
    window = _open_window(qtbot, project_path, language, monkeypatch)

    child(window, QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    assert f"  {BRAT_NOTE[language].format(ann=ann)}" in reports[0].splitlines()

    chosen[:] = [str(tsv)]
    child(window, QAction, "actionImport").trigger()
    box = _message_box(qtbot)
    assert box.text() == f"{tsv}{WEBANNO_ERROR[language]}"
    box.close()
    window.close()


def test_the_command_line_still_says_it_in_english(
    qtbot: QtBot, tmp_path: Path, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even in a process whose Qt catalogues are Polish, and with ANNOTATOR_LANG=pl."""
    install_language("pl")
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    monkeypatch.setenv("ANNOTATOR_LANG", "pl")
    result = CliRunner().invoke(cli, ["--project", str(project_path), "import", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3: {ROW_ERROR['en']}" in result.output
    install_language("en")


def _copy_with_bobs_label(project_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "bob.sqlite"
    shutil.copyfile(project_path, copy)
    with Project.open(copy) as project:
        document_id = project.documents.ids()[0]
        project.annotations.add(
            Annotation(new_annotation_id(), document_id, "bob", "quote", start=0, end=4)
        )
    return copy


@pytest.mark.parametrize("language", ["pl", "ru", "uk"])
def test_the_merge_summary_and_a_merge_error_are_shown_translated(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    copy = _copy_with_bobs_label(project_path, tmp_path)
    chosen = [str(copy)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (list(chosen), ""))
    window = _open_window(qtbot, project_path, language, monkeypatch)

    child(window, QAction, "actionMerge").trigger()
    box = _message_box(qtbot)
    lines = box.text().split("\n")
    assert lines[0] == MERGED_ONE[language]
    assert ADDED_LINE[language] in lines
    box.close()

    chosen[:] = [str(project_path)]  # the project into itself: refused by the core
    child(window, QAction, "actionMerge").trigger()
    box = _message_box(qtbot)
    assert box.text() == f"{project_path}: {ITSELF[language]}"
    box.close()
    window.close()


def test_the_agreement_method_and_nested_messages_follow_the_language(qtbot: QtBot) -> None:
    install_language("ru")
    try:
        assert core_text(METHOD).startswith("Аннотации разных аннотаторов выравниваются")
        lacks = Message(
            "its schema does not fit the project {project}: the project lacks {missing} "
            "(same layers and attributes, or a subset, are needed)",
            project="p.sqlite",
            missing=[Message("layer '{layer}'", layer="figure")],
        )
        assert shown(lacks).startswith(
            "его схема не подходит к проекту p.sqlite: в проекте нет: слой 'figure'"
        )
        assert shown(Message("Merged %n file(s).", count=5)) == "Объединено 5 файлов."
    finally:
        install_language("en")
    assert shown(Message("Merged %n file(s).", count=5)) == "Merged 5 files."


IN_USE = {
    "pl": "nie można usunąć tego, co jest używane: warstwa 'quote' – liczba używających "
    "adnotacji: 1",
    "ru": "нельзя удалить то, что используется: слой 'quote' — число использующих аннотаций: 1",
}
NOT_OPEN = {
    "pl": "sugestia {id} ma stan rejected, a nie open",
    "ru": "подсказка {id} в состоянии rejected, а не open",
}


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_store_refusals_reach_the_window_in_the_language(
    qtbot: QtBot, project_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The window's write path ("Not saved: …"): a schema that would drop a layer in use,
    and accepting a suggestion another program rejected meanwhile."""
    import copy

    from annotator.core.schema import schema_from_dict
    from annotator.store.suggestions import document_suggestions, reject_suggestion

    window = _open_window(qtbot, project_path, language, monkeypatch)
    operations = window.context.operations
    document_id = window.project.documents.ids()[0]
    window.project.annotations.add(
        Annotation(new_annotation_id(), document_id, "alice", "quote", start=0, end=4)
    )
    data = copy.deepcopy(window.project.schema.to_dict())
    data["layer"] = [layer for layer in data["layer"] if layer["name"] != "quote"]
    with qtbot.waitSignal(operations.failed) as failed:
        assert not operations.replace_schema(schema_from_dict(data, "smaller.toml"))
    [reason] = failed.args
    assert reason.endswith(f"{project_path}: {IN_USE[language]}"), reason
    box = _message_box(qtbot)  # the window says it too
    assert box.text().endswith(IN_USE[language])
    box.close()

    window.open_document(1)
    window.named_actions["actionSuggestDocument"].trigger()
    assert window.document is not None and window.document.id is not None
    shown = window.suggestion_marks.shown
    assert shown
    target = min(shown, key=lambda s: s.start)
    assert target.id is not None
    with Project.open(project_path) as other:  # another program decides it first
        reject_suggestion(other, target.id, "bob")
    with qtbot.waitSignal(operations.failed) as failed:
        operations.accept_suggestions(shown_document_id(window), [target.id], "Accept suggestion")
    [reason] = failed.args
    assert reason.endswith(NOT_OPEN[language].format(id=target.id)), reason
    _message_box(qtbot).close()
    statuses = {s.id: s.status.value for s in document_suggestions(window.project, document_id)}
    assert statuses.get(target.id, "rejected") == "rejected"
    window.close()


PLAN_ERRORS = {
    "pl": [
        "--overlap musi mieć wartość od 0 do 1 (podano 1.5)",
        "--annotators: 'a/b' nie może być nazwą pliku (tylko litery, cyfry, '.', '-' i '_', "
        "na początku litera lub cyfra)",
        "{path}: brak dokumentów do rozdania",
    ],
    "ru": [
        "--overlap должен быть от 0 до 1 (получено 1.5)",
        "--annotators: 'a/b' не годится как имя файла (только буквы, цифры, '.', '-' и '_', "
        "в начале буква или цифра)",
        "{path}: нет документов для раздачи",
    ],
}


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_work_package_plan_errors_follow_the_language(
    project: Project, tmp_path: Path, language: str
) -> None:
    """The team's plan and package errors through the window's boundary (error_text);
    no window dialog makes packages yet, the CLI does (and stays English)."""
    from annotator.core.errors import AnnotatorError
    from annotator.team.allocation import plan_assignments
    from annotator.team.packages import PackageRequest, create_packages, parse_annotators
    from annotator.ui.language import error_text

    request = PackageRequest(annotators=("alice", "bob"), folder=tmp_path / "out", seed=1)
    raised: list[AnnotatorError] = []
    for attempt in (
        lambda: plan_assignments([1, 2], ["a", "b"], seed=1, overlap=1.5),
        lambda: parse_annotators("alice,a/b"),
        lambda: create_packages(project, request),  # an empty project
    ):
        with pytest.raises(AnnotatorError) as caught:
            attempt()
        raised.append(caught.value)
    install_language(language)
    try:
        shown_texts = [error_text(error) for error in raised]
    finally:
        install_language("en")
    assert shown_texts == [text.format(path=project.path) for text in PLAN_ERRORS[language]]
    assert str(raised[0]) == "--overlap must be between 0 and 1 (got 1.5)"
    assert str(raised[2]) == f"{project.path}: no documents to hand out"


EXPORT_TO_FOLDER = {
    "pl": "to folder; podaj nazwę pliku do zapisu",
    "ru": "это папка; укажите имя файла для записи",
}


@pytest.mark.parametrize("language", sorted(EXPORT_TO_FOLDER))
def test_an_export_refused_by_the_writer_is_said_in_the_language(
    qtbot: QtBot, project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """File → Export CSV… to a path that is a folder: io/atomic refuses it."""
    from PySide6.QtCore import Qt

    from annotator.ui.export_dialog import ExportDialog

    window = _open_window(qtbot, project_path, language, monkeypatch)
    child(window, QAction, "actionExportCsv").trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.gold_box.setChecked(True)  # the seed project has no annotator yet
    dialog.path_edit.setText(str(tmp_path))
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    box = _message_box(qtbot)
    assert box.text() == f"{tmp_path}: {EXPORT_TO_FOLDER[language]}"
    box.close()
    window.close()
