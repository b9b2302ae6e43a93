"""How the window writes dates, languages, sizes, counts and durations: one set for every screen.

In the interface's language (ui/i18n.py), whatever the desktop's locale for
the rest (Qt applies it to the C library, so `strftime` would follow it);
sizes are in decimal units, as file managers show them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale

from reader.article import Article
from reader.language import language_name
from ui.i18n import QT_TRANSLATE_NOOP, current_language, translate, ui_locale

#: The languages the detector names (by Qt's English names), for the catalogue:
#: `display_language` shows them in the interface's language.
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Languages", "Afrikaans"),
    QT_TRANSLATE_NOOP("Languages", "Albanian"),
    QT_TRANSLATE_NOOP("Languages", "Arabic"),
    QT_TRANSLATE_NOOP("Languages", "Bangla"),
    QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    QT_TRANSLATE_NOOP("Languages", "Catalan"),
    QT_TRANSLATE_NOOP("Languages", "Chinese"),
    QT_TRANSLATE_NOOP("Languages", "Croatian"),
    QT_TRANSLATE_NOOP("Languages", "Czech"),
    QT_TRANSLATE_NOOP("Languages", "Danish"),
    QT_TRANSLATE_NOOP("Languages", "Dutch"),
    QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "Estonian"),
    QT_TRANSLATE_NOOP("Languages", "Filipino"),
    QT_TRANSLATE_NOOP("Languages", "Finnish"),
    QT_TRANSLATE_NOOP("Languages", "French"),
    QT_TRANSLATE_NOOP("Languages", "German"),
    QT_TRANSLATE_NOOP("Languages", "Greek"),
    QT_TRANSLATE_NOOP("Languages", "Gujarati"),
    QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    QT_TRANSLATE_NOOP("Languages", "Hindi"),
    QT_TRANSLATE_NOOP("Languages", "Hungarian"),
    QT_TRANSLATE_NOOP("Languages", "Indonesian"),
    QT_TRANSLATE_NOOP("Languages", "Italian"),
    QT_TRANSLATE_NOOP("Languages", "Japanese"),
    QT_TRANSLATE_NOOP("Languages", "Kannada"),
    QT_TRANSLATE_NOOP("Languages", "Korean"),
    QT_TRANSLATE_NOOP("Languages", "Latvian"),
    QT_TRANSLATE_NOOP("Languages", "Lithuanian"),
    QT_TRANSLATE_NOOP("Languages", "Macedonian"),
    QT_TRANSLATE_NOOP("Languages", "Malayalam"),
    QT_TRANSLATE_NOOP("Languages", "Marathi"),
    QT_TRANSLATE_NOOP("Languages", "Nepali"),
    QT_TRANSLATE_NOOP("Languages", "Norwegian Bokmål"),
    QT_TRANSLATE_NOOP("Languages", "Persian"),
    QT_TRANSLATE_NOOP("Languages", "Polish"),
    QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    QT_TRANSLATE_NOOP("Languages", "Punjabi"),
    QT_TRANSLATE_NOOP("Languages", "Romanian"),
    QT_TRANSLATE_NOOP("Languages", "Russian"),
    QT_TRANSLATE_NOOP("Languages", "Slovak"),
    QT_TRANSLATE_NOOP("Languages", "Slovenian"),
    QT_TRANSLATE_NOOP("Languages", "Somali"),
    QT_TRANSLATE_NOOP("Languages", "Spanish"),
    QT_TRANSLATE_NOOP("Languages", "Swahili"),
    QT_TRANSLATE_NOOP("Languages", "Swedish"),
    QT_TRANSLATE_NOOP("Languages", "Tamil"),
    QT_TRANSLATE_NOOP("Languages", "Telugu"),
    QT_TRANSLATE_NOOP("Languages", "Thai"),
    QT_TRANSLATE_NOOP("Languages", "Turkish"),
    QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    QT_TRANSLATE_NOOP("Languages", "Urdu"),
    QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    QT_TRANSLATE_NOOP("Languages", "Welsh"),
    QT_TRANSLATE_NOOP("Languages", "Unknown language"),
)


def display_language(code: str) -> str:
    """Return the name of a language code, e.g. "French" for "fr" ("Français" in French)."""
    name = language_name(code)
    if name == code:
        # The core names the languages it translates; Qt knows all the others.
        language = QLocale(code).language()
        if language not in {QLocale.Language.C, QLocale.Language.AnyLanguage}:
            name = QLocale.languageToString(language)
    return translate("Languages", name)


def language_in_text(code: str) -> str:
    """Return a language's name as written inside a sentence ("anglais" in French)."""
    name = display_language(code)
    # French writes language names in lower case, except where they open a line.
    return name.lower() if current_language() == "fr" else name


def direction_label(from_code: str, to_code: str) -> str:
    """Return a translation direction as e.g. "French → English"."""
    return f"{display_language(from_code)} → {display_language(to_code)}"


def display_date(value: str) -> str:
    """Return an ISO date or timestamp as e.g. "14 April 2025"; other text as it is."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    # strftime's %B would follow the desktop's locale, which Qt applies to the C library.
    return ui_locale().toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")


def display_moment(moment: datetime) -> str:
    """Return a moment to the minute, sortable as text: "2025-04-14 09:30"."""
    return moment.strftime("%Y-%m-%d %H:%M")


def format_size(size: int) -> str:
    """Return a byte count for people, e.g. "1.3 MB" (decimal units, as in file managers)."""
    if size < 1000:
        return translate("Format", "{size} bytes").format(size=size)
    value = float(size)
    units = (
        translate("Format", "kB", "kilobytes"),
        translate("Format", "MB", "megabytes"),
        translate("Format", "GB", "gigabytes"),
    )
    for unit in units:
        value /= 1000
        if value < 1000 or unit is units[-1]:
            break
    return f"{ui_locale().toString(value, 'f', 1)} {unit}"


def plural(number: int, one: str, many: str) -> str:
    """Return `one` or `many` (translated already) for `number`, with `{n}` filled in.

    English says "1 word", "0 words"; French "0 mot", "1 mot", "2 mots".
    """
    singular = abs(number) < 2 if current_language() == "fr" else number == 1
    return (one if singular else many).replace("{n}", ui_locale().toString(number))


def words(number: int) -> str:
    """Return e.g. "1 word", "912 words"."""
    return plural(number, translate("Format", "{n} word"), translate("Format", "{n} words"))


def reading_time(minutes: int) -> str:
    """Return a reading time, e.g. "4 min read"."""
    return translate("Format", "{minutes} min read").format(minutes=minutes)


def reading_summary(article: Article) -> str:
    """Return e.g. "French · 912 words · 4 min read" (no language when unknown)."""
    parts = [words(article.word_count), reading_time(article.reading_minutes)]
    if article.language:
        parts.insert(0, display_language(article.language))
    return " · ".join(parts)
