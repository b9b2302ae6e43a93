"""The interface's language: English (the source text) or French, chosen once at start-up.

Every visible string goes through `translate(context, text)`, which Qt's
`pyside6-lupdate` finds in the source and lists in `resources/i18n/lisible_fr.ts`;
`pyside6-lrelease` compiles that into the `.qm` catalogue loaded here (see
`scripts/update_translations.py`). The context is a fixed name per feature,
never the class's: PySide6's `self.tr()` takes the context from the object's
own class, so a subclass would lose its parent's translations.

Text kept in module-level tables is marked with `QT_TRANSLATE_NOOP` (found by
lupdate, returned as is) and translated where it is shown.

The language follows the desktop (`LANGUAGE`, `LC_ALL`, `LANG`, as Qt reads
them) unless Preferences names one; it applies when Lisible starts, because
the widgets take their text when they are made.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.errors import Phrase, os_reason
from reader.paths import resource

logger = logging.getLogger(__name__)

#: The languages the interface is written in; English is the source text.
LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"
#: The `interface/language` setting's value that follows the desktop.
SYSTEM = "system"

_state = {"language": SOURCE_LANGUAGE}
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return `text` in the interface's language (`%n` takes `n`, with its plural).

    Called by this name so that lupdate finds the strings: an alias would hide them.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


#: The catalogue's context for the messages the core writes (`reader.errors.Phrase`);
#: `scripts.update_translations` files the core's templates under it.
CORE_CONTEXT = "Errors"


def phrase_text(phrase: Phrase) -> str:
    """Return a sentence of the core in the interface's language, its fields filled in.

    A field that is itself a `Phrase` (what kind of file, say) is translated too.
    A template the catalogue lacks stays English, as the command line writes it.
    """
    template = QCoreApplication.translate(CORE_CONTEXT, phrase.template)
    if not phrase.fields:
        return template
    fields = {
        name: phrase_text(value) if isinstance(value, Phrase) else value
        for name, value in phrase.fields.items()
    }
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        # A translation that names a field the template lacks: better English than nothing.
        return str(phrase)


def os_reason_text(error: OSError) -> str:
    """Return why `error` happened in the interface's language (see `reader.errors.os_reason`)."""
    reason = os_reason(error)
    return phrase_text(reason) if isinstance(reason, Phrase) else reason


def system_language() -> str:
    """Return the first of the desktop's preferred languages the interface speaks."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code in {"c", "posix"}:
            break
    return SOURCE_LANGUAGE


def interface_language(choice: str) -> str:
    """Return the language to show for a setting's value (a code, or "system")."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """Return the language the interface is shown in now."""
    return _state["language"]


def use_language(language: str) -> bool:
    """Load the catalogues of `language` (Lisible's and Qt's own dialogs'); English needs none.

    Call it before making any widget. Return False, and stay in English, when
    Lisible's catalogue cannot be loaded.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("use_language() needs the QApplication")
    reset()
    if language not in LANGUAGES:
        raise ValueError(f"no interface in {language!r}")
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        catalogue = resource("i18n", f"lisible_{language}.qm")
        # The wheel and the clone both install resources as plain files.
        if not ours.load(str(catalogue)):
            logger.warning("cannot load the %s interface from %s", language, catalogue)
            return False
        qts = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qts.load(f"qtbase_{language}", folder):
            _installed.append(qts)
        else:
            # Lisible's own text is translated; only Qt's buttons stay in English.
            logger.warning("Qt has no %s catalogue in %s", language, folder)
        _installed.append(ours)
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    _state["language"] = language
    QLocale.setDefault(_locale_for(language))
    return True


def reset() -> None:
    """Go back to the source language (English), as before `use_language`."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _state["language"] = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale.system())


def _locale_for(language: str) -> QLocale:
    """Return the desktop's locale if it speaks `language`, else the language's main one.

    Numbers and dates then read as the interface does: "1,5" beside French words.
    """
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` of a table for the catalogue and return it as is; `translate` shows it."""
    return text


def ui_locale() -> QLocale:
    """Return the locale numbers and dates are written in: the interface language's."""
    return _locale_for(current_language())
