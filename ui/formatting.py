"""How the window writes dates, languages, sizes, counts and durations: one set for every screen.

The UI is in English whatever the desktop's locale (Qt applies it to the C
library, so `strftime` would follow it); a language code reads as its English
name; sizes are in decimal units, as file managers show them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale

from reader.article import Article
from reader.language import language_name

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def display_language(code: str) -> str:
    """Return the English name of a language code, e.g. "French" for "fr"."""
    name = language_name(code)
    if name == code:
        # The core names the languages it translates; Qt knows all the others.
        language = QLocale(code).language()
        if language not in {QLocale.Language.C, QLocale.Language.AnyLanguage}:
            return QLocale.languageToString(language)
    return name


def direction_label(from_code: str, to_code: str) -> str:
    """Return a translation direction as e.g. "French → English"."""
    return f"{display_language(from_code)} → {display_language(to_code)}"


def display_date(value: str) -> str:
    """Return an ISO date or timestamp as e.g. "14 April 2025"; other text as it is."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    # English like the rest of the UI; strftime's %B would follow the user's
    # locale, which Qt applies to the C library.
    return _ENGLISH.toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")


def display_moment(moment: datetime) -> str:
    """Return a moment to the minute, sortable as text: "2025-04-14 09:30"."""
    return moment.strftime("%Y-%m-%d %H:%M")


def format_size(size: int) -> str:
    """Return a byte count for people, e.g. "1.3 MB" (decimal units, as in file managers)."""
    if size < 1000:
        return f"{size} bytes"
    value = float(size)
    for unit in ("kB", "MB"):
        value /= 1000
        if value < 1000:
            return f"{value:.1f} {unit}"
    return f"{value / 1000:.1f} GB"


def count(number: int, noun: str) -> str:
    """Return e.g. "1 name", "3 names", "2 entities"."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number:,} {noun if number == 1 else plural}"


def reading_time(minutes: int) -> str:
    """Return a reading time, e.g. "4 min read"."""
    return f"{minutes} min read"


def reading_summary(article: Article) -> str:
    """Return e.g. "French · 912 words · 4 min read" (no language when unknown)."""
    parts = [count(article.word_count, "word"), reading_time(article.reading_minutes)]
    if article.language:
        parts.insert(0, display_language(article.language))
    return " · ".join(parts)
