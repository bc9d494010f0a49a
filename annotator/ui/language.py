"""The interface language: which one, and installing Qt's translators for it.

The choice, first match wins: the ``ANNOTATOR_LANG`` environment variable,
then View → Language (remembered in the settings; applied at the next start),
then the system locale, then English. ``annotator.ui.main_window()`` and the
GUI start both call :func:`install_language`, so tests see what users see.

Two catalogues are loaded: ours (``resources/translations/annotator_<lang>.qm``,
compiled from the ``.ts`` sources by ``make translations`` and the package
build) and Qt's own ``qtbase_<lang>.qm`` shipped by PySide6, which translates
the standard buttons and dialogs (OK, Cancel, the file dialog, the context
menu of a text field). ``QLocale.setDefault`` makes numbers and dates shown
in the window follow the language; exports and the CLI never use QLocale.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from annotator.core.attribute_types import display_text
from annotator.core.messages import CONTEXT, Message, Text, english_template, fill
from annotator.core.schema import Attribute, Layer
from annotator.resources import resources_dir
from annotator.ui.settings import app_settings

ENVIRONMENT = "ANNOTATOR_LANG"
SETTINGS_KEY = "view/language"
DEFAULT = "en"

LANGUAGES: Mapping[str, str] = {
    "en": "English",
    "pl": "Polski",
    "ru": "Русский",
    "uk": "Українська",
}
"""Code -> the language's name in itself: a menu of languages is read by someone who
may not understand the current one, so these names are never translated."""

translate = QCoreApplication.translate
"""``translate("Context", "Text")``, ``translate("Context", "%n file(s)", "", n)``: the one
spelling of a translatable string in ``annotator/ui`` (lupdate finds it by that name)."""

_core_lookup = QCoreApplication.translate
"""The same lookup for the core's texts, whose source is a variable here: lupdate finds
them at their ``Message("…")``/``translatable("…")`` in the core, not at this call."""

_installed: list[QTranslator] = []
_current = DEFAULT


def supported(code: str | None) -> str | None:
    """``code`` (``pl``, ``pl_PL.UTF-8``, ``uk-UA``) as one of ours, or None."""
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str | None:
    """The system locale's language if we have it (Qt's view, then the C library's)."""
    for name in QLocale.system().uiLanguages():
        found = supported(name)
        if found:
            return found
    return supported(locale.getlocale(locale.LC_MESSAGES)[0] or os.environ.get("LANG"))


def remembered_language() -> str | None:
    """The language chosen in View → Language, or None for "follow the system"."""
    return supported(str(app_settings().value(SETTINGS_KEY, "") or ""))


def remember_language(code: str | None) -> None:
    """Store the View → Language choice; None (or an unknown code) follows the system."""
    settings = app_settings()
    if supported(code):
        settings.setValue(SETTINGS_KEY, supported(code))
    else:
        settings.remove(SETTINGS_KEY)


def chosen_language() -> str:
    """The language the next window should use (see the module docstring for the order)."""
    return (
        supported(os.environ.get(ENVIRONMENT))
        or remembered_language()
        or system_language()
        or DEFAULT
    )


def _qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues are: Qt's answer, then PySide6's folder (a frozen app)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_language(code: str | None = None) -> str:
    """Load the catalogues of ``code`` (default: :func:`chosen_language`) into the app.

    Replaces what an earlier call installed, so calling it for every window is
    cheap and harmless. Returns the language now in use.
    """
    global _current
    app = QCoreApplication.instance()
    language = supported(code) or chosen_language()
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English has a catalogue too, for its plural forms ("1 document", "2 documents").
    catalogues = [(f"annotator_{language}", translations_dir())]
    if language != DEFAULT:
        catalogues += [(f"qtbase_{language}", folder) for folder in _qt_translation_folders()]
    loaded: set[str] = set()
    for name, folder in catalogues:
        translator = QTranslator(app)
        if name not in loaded and translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.add(name)
    QLocale.setDefault(QLocale(language))
    _current = language
    return language


def current_language() -> str:
    """The language installed last (English before any window was built)."""
    return _current


def installed_catalogues() -> list[str]:
    """The files of the catalogues in use (for tests and the About box)."""
    return [translator.filePath() for translator in _installed]


# -- what the schema calls things, in the window's language ------------------


def layer_title(layer: Layer) -> str:
    return layer.title_in(_current)


def attribute_label(attribute: Attribute) -> str:
    return attribute.label_in(_current)


def attribute_description(attribute: Attribute) -> str:
    return attribute.description_in(_current)


def choice_label(attribute: Attribute, choice: str) -> str:
    return attribute.choice_label(choice, _current)


def display_value(attribute: Attribute | None, value: object) -> str:
    """An attribute value as the window shows it: yes/no, numbers and choices in the
    window's language (``core.attribute_types.display_text`` is the English original)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Values", "yes") if value else translate("Values", "no")
    if isinstance(value, float):
        return QLocale().toString(value, "g", 15)
    if isinstance(value, list | tuple):
        return ", ".join(display_value(attribute, v) for v in value)
    if attribute is not None and attribute.type == "choice" and isinstance(value, str):
        return choice_label(attribute, value)
    return display_text(value)


# -- what the core says, in the window's language ----------------------------


def shown(text: Text) -> str:
    """A core :class:`~annotator.core.messages.Message` in the window's language: its
    template looked up in the catalogues (context ``""``, where lupdate puts the core's
    templates), then the same values put in; nested messages are translated too. A
    plain string (a name, or a core sentence not yet translatable) is shown as it is."""
    if not isinstance(text, Message):
        return text
    if text.count is None:
        return fill(_core_lookup(CONTEXT, text.template), None, text.values, shown)
    template = _core_lookup(CONTEXT, text.template, None, text.count)  # %n filled by Qt
    if template == text.template.replace("%n", str(text.count)):  # no catalogue has it
        template = english_template(text.template, text.count).replace("%n", str(text.count))
    return fill(template, None, text.values, shown)


def core_text(text: str) -> str:
    """A constant text of the core marked with ``translatable()`` (such as the agreement
    report's method), in the window's language."""
    return _core_lookup(CONTEXT, text)


def error_text(error: BaseException) -> str:
    """What a dialog says about a failure from the core: its message, translated."""
    message = getattr(error, "message", None)
    return shown(message) if isinstance(message, Message) else str(error)
