"""Figures a translation may write in other terms than its source, and still be right.

A measure converted to the other unit system and rounded ("100 mph" / "160 km/h"),
a year read as a date on one side and a count on the other ("l'Euro 2024"), a day
by its name ("le 14 Juillet" / "Bastille Day"), a weekday as a habit ("le dimanche" /
"on Sundays"), an English count and a model number the recogniser joined ("44 737
Max jets"). The check (`reader.translation.check`) asks these when a figure of the
source has no figure of the same value in the translation.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

from reader.entities.values import FigureValue
from reader.folding import fold

#: Imperial units and what one is worth in the metric unit a translation converts it to.
_CONVERSIONS = {
    ("mph", "km/h"): 1.609344,
    ("mi", "km"): 1.609344,
    ("ft", "m"): 0.3048,
    ("in", "cm"): 2.54,
    ("acre", "ha"): 0.4046856,
}
#: How far a converted measure may be rounded: "100 mph" is "160 km/h", "3 miles" "5 km".
_ROUNDING = 0.05


def same_in_other_terms(a: FigureValue, b: FigureValue) -> bool:
    """Tell whether two figures are one value written in other terms.

    A year is a date on one side and a bare number on the other ("l'Euro 2024",
    "Euro 2024"); a measure converted to the other unit system, rounded as
    translators round it ("100 mph" / "160 km/h", "90°F" / "32 °C"). A wrong
    scale or decimal is out by ten times at least, far beyond the rounding.
    """
    for year, number in ((a, b), (b, a)):
        if year.kind == "date" and number.kind == "number" and _is_year(number, year.date):
            return True
    if a.kind != "quantity" or b.kind != "quantity" or a.high is not None or b.high is not None:
        return False
    if a.number is None or b.number is None:
        return False
    for (imperial, metric), factor in _CONVERSIONS.items():
        if (a.unit, b.unit) == (imperial, metric):
            return math.isclose(a.number * factor, b.number, rel_tol=_ROUNDING)
        if (b.unit, a.unit) == (imperial, metric):
            return math.isclose(b.number * factor, a.number, rel_tol=_ROUNDING)
    if (a.unit, b.unit) == ("°F", "°C"):
        return abs((a.number - 32) * 5 / 9 - b.number) <= 1.0
    if (a.unit, b.unit) == ("°C", "°F"):
        return abs((b.number - 32) * 5 / 9 - a.number) <= 1.0
    return False


def two_numbers(text: str, target: str, from_code: str) -> bool:
    """Tell whether an English number grouped by a space was two numbers, both kept.

    English groups thousands with commas, so "44 737 Max jets" is a count and a
    model's number that the recogniser joined: each is in the translation as written.
    """
    if from_code != "en" or not re.fullmatch(r"\d+(?: \d+)+", text):
        return False
    return all(re.search(rf"(?<![\d.,]){part}(?![\d]|[.,]\d)", target) for part in text.split())


def _is_year(number: FigureValue, date: str) -> bool:
    """Tell whether a bare whole number is the year `date` ("2024" / "2024")."""
    value = number.number
    if value is None or number.scale != 1.0 or number.high is not None:
        return False
    return re.fullmatch(r"\d{4}", date) is not None and value == int(date)


#: Days of the year that have a name of their own in each language, as each writes
#: it: a date without its year may come out as its name ("le 14 Juillet" / "Bastille
#: Day"). A capitalised word must stay capitalised, so that a common word ("that
#: assumption", "armistice talks") is never taken for the day.
_HOLIDAYS = {
    "--01-01": ("New Year's Day", "jour de l'An", "Nouvel An"),
    "--02-14": ("Valentine's Day", "Saint-Valentin"),
    "--05-01": ("May Day", "Labour Day", "fête du Travail"),
    "--07-04": ("Independence Day", "Fourth of July", "fête de l'Indépendance"),
    "--07-14": ("Bastille Day", "fête nationale"),
    "--08-15": ("Assumption", "Assomption"),
    "--10-31": ("Halloween",),
    "--11-01": ("All Saints' Day", "Toussaint"),
    "--11-11": ("Armistice Day", "Remembrance Day", "Armistice"),
    "--12-24": ("Christmas Eve", "réveillon de Noël", "veille de Noël"),
    "--12-25": ("Christmas Day", "Christmas", "Noël"),
    "--12-26": ("Boxing Day",),
    "--12-31": ("New Year's Eve", "Saint-Sylvestre", "réveillon du Nouvel An"),
}
#: French weekdays by the English name the values carry.
_FRENCH_WEEKDAYS = dict(
    zip(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        strict=True,
    )
)


def named_day(value: FigureValue, target: str, to_code: str) -> bool:
    """Tell whether a date came out as its day's name, or a weekday as a habit.

    "le 14 Juillet" is "Bastille Day", "le 25 décembre" "Christmas Day"; "le
    dimanche" (every Sunday) is "on Sundays", which names no one day.
    """
    if value.kind != "date":
        return False
    folded = fold(target)
    if value.weekday and not value.date:
        day = value.weekday if to_code == "en" else _FRENCH_WEEKDAYS.get(value.weekday, "")
        return bool(day) and re.search(rf"\b{day}s\b", folded) is not None
    written = _unaccented(target)
    return any(pattern.search(written) for pattern in _holiday_patterns().get(value.date, ()))


@functools.cache
def _holiday_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Return each named day's names as patterns, compiled the first time one is asked."""
    return {
        date: tuple(re.compile(_as_written(name)) for name in names)
        for date, names in _HOLIDAYS.items()
    }


def _unaccented(text: str) -> str:
    """Return `text` without accents, with ’ as ', its case kept."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _as_written(name: str) -> str:
    """Return a pattern for a day's name: its capitals required, any other case free.

    "Assumption" matches "ASSUMPTION" and "Assumption", never "assumption";
    "fête nationale", written in lower case, matches "Fête nationale" too.
    """
    pattern = ""
    for part in re.split(r"([^\W\d_]+)", _unaccented(name)):
        if part[:1].isupper():
            pattern += re.escape(part[0]) + f"(?i:{re.escape(part[1:])})"
        elif part:
            pattern += f"(?i:{re.escape(part)})"
    return rf"(?<![\w-]){pattern}(?![\w-])"
