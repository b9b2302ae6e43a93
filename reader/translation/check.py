"""Check a translated sentence against its source: same figures, same names.

Every figure of the source (found by `reader.entities.figures`, valued by
`reader.entities.values`) must be in the translation with the same value, written
in the target language's conventions ("97,4 billion" in English has the right value
and the wrong form), or in other terms a translation may use: a measure converted
to metric and rounded ("100 mph" / "160 km/h"), a day by its name ("le 14 Juillet"
/ "Bastille Day"), a small count in words. Every name of the source must come
through unchanged, as its spelling in the other language ("Londres" / "London"), or
as a translation may write it: `names` holds the rules for names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from reader.entities.figures import figure_spans
from reader.entities.values import FigureValue, figure_value, other_reading, same_value
from reader.translation.clock import clock_times
from reader.translation.issue import Issue
from reader.translation.names import check_names
from reader.translation.terms import named_day, same_in_other_terms, two_numbers

__all__ = [
    "MISMATCH",
    "OK",
    "REPAIRED",
    "Figure",
    "Issue",
    "SentenceCheck",
    "check_pair",
    "sentence_figures",
]

#: Statuses of a checked sentence.
OK, REPAIRED, MISMATCH = "ok", "repaired", "mismatch"


def _words(text: str) -> list[str]:
    return text.split()


#: Small counts a translation may spell out ("2 enfants" → "two children").
_SPELLED = {
    "fr": _words("zéro un deux trois quatre cinq six sept huit neuf dix onze douze"),
    "en": _words("zero one two three four five six seven eight nine ten eleven twelve"),
}

#: A count of times said in one word or two ("2 fois" / "twice", "1 time" / "une
#: fois"), by the translation's language: taken only for a count of times, so for a
#: count the source's `_TIMES_NOUN` follows ("2 enfants" is never "twice").
_TIMES = {("en", 1): ("once",), ("en", 2): ("twice",), ("fr", 1): ("une fois", "une seule fois")}
#: The noun of a count of times, by the source's language.
_TIMES_NOUN = {"fr": re.compile(r"[ \u00a0]+fois\b"), "en": re.compile(r"[ \u00a0]+times?\b")}


@dataclass(frozen=True)
class SentenceCheck:
    """What the check found in one translated sentence.

    `status` is ok, repaired (the shown translation is the repair, `original`
    the model's own) or mismatch (the shown translation is the model's, with
    `issues`). A repaired sentence keeps the issues of the model's version.
    """

    status: str
    issues: tuple[Issue, ...] = ()
    original: str = ""

    def describe(self) -> str:
        """Return one line per issue, and whether it was repaired (a tooltip's text)."""
        lines = [issue.describe() for issue in self.issues]
        if self.status == REPAIRED:
            lines = [f"{line} — repaired" for line in lines]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Return the check as JSON-ready fields."""
        data: dict[str, Any] = {"status": self.status}
        if self.issues:
            data["issues"] = [issue.to_dict() for issue in self.issues]
        if self.original:
            data["original"] = self.original
        return data

    @classmethod
    def from_dict(cls, data: Any) -> SentenceCheck:
        """Rebuild a check from `to_dict`'s fields (ValueError if they do not fit)."""
        try:
            status = str(data["status"])
            issues = tuple(
                Issue(str(i["kind"]), str(i["source"]), str(i["target"]))
                for i in data.get("issues", ())
            )
            original = str(data.get("original", ""))
        except (TypeError, KeyError, AttributeError) as error:
            raise ValueError(f"not a sentence check: {error}") from error
        if status not in (OK, REPAIRED, MISMATCH):
            raise ValueError(f"not a sentence check status: {status!r}")
        return cls(status, issues, original)


@dataclass(frozen=True)
class Figure:
    """A figure of a sentence: where it is, as written, and its value."""

    start: int
    end: int
    text: str
    value: FigureValue


@dataclass
class _Target:
    figures: list[Figure]
    used: set[int] = field(default_factory=set)


def sentence_figures(text: str, language: str) -> list[Figure]:
    """Return the figures of a sentence that have a value, in order."""
    figures = []
    for label, start, end in figure_spans(text):
        value = figure_value(text[start:end], label, language)
        if value is not None:
            figures.append(Figure(start, end, text[start:end], value))
    return figures


def check_pair(source: str, target: str, from_code: str, to_code: str) -> tuple[Issue, ...]:
    """Return what the translation `target` of the sentence `source` got wrong.

    Figures are matched by value, in any order; a figure of the source with no
    match is paired with a left-over figure of the translation of the same kind
    (a changed value) or reported missing. Names must be in the translation as
    written or as their listed equivalent.
    """
    figures = _joined_figures(source, from_code)
    found = _Target(_joined_figures(target, to_code))
    issues, figures = _check_clock_times(source, target, (from_code, to_code), figures, found)
    issues += _check_figures(figures, found, (source, target), (from_code, to_code))
    issues += check_names(source, target, from_code, to_code)
    return tuple(issues)


#: What joins a date to the last day of its range: "May 19 to 21", "19 et 21 mai".
_DAY_RANGE_JOINT = re.compile(r"[ \u00a0]*(?:to|through|and|-|–|au|et)[ \u00a0]*")


def _day_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Join a date and the day that ends its range ("May 19" + "21" is May 19-21).

    The recogniser reads "du 19 au 21 mai" as one date range and "from May 19
    to 21" as a date and a count; joined, the two compare.
    """
    joined: list[Figure] = []
    for figure in figures:
        previous = joined[-1] if joined else None
        value = figure.value
        if (
            previous is not None
            and previous.value.kind == "date"
            and not previous.value.date_high
            and re.fullmatch(r"[\d-]*-\d\d", previous.value.date)
            and value.kind == "number"
            and figure.text.isdigit()
            and int(previous.value.date[-2:]) < int(figure.text) <= 31
            and _DAY_RANGE_JOINT.fullmatch(text, previous.end, figure.start)
        ):
            high = f"{previous.value.date[:-2]}{int(figure.text):02d}"
            merged = replace(previous.value, date_high=high)
            joined[-1] = Figure(
                previous.start, figure.end, text[previous.start : figure.end], merged
            )
            continue
        joined.append(figure)
    return joined


def _joined_figures(text: str, language: str) -> list[Figure]:
    """Return a sentence's figures, those the recogniser splits joined back."""
    figures = _spelled_percents(text, _mid_years(text, language, sentence_figures(text, language)))
    return _value_ranges(text, _day_ranges(text, figures))


#: The middle of a year: "mid-2026", "à la mi-2026", which the recogniser does not read.
_MID_YEAR = re.compile(r"(?<![\w-])(?:mid|mi)-(?P<year>\d{4})\b", re.IGNORECASE)


def _mid_years(text: str, language: str, figures: list[Figure]) -> list[Figure]:
    """Add the year of "mid-2026" / "mi-2026" to a sentence's figures, as a date."""
    added = []
    for match in _MID_YEAR.finditer(text):
        start, end = match.span("year")
        if any(f.start < end and start < f.end for f in figures):
            continue
        value = figure_value(match.group("year"), "DATE", language)
        if value is not None:
            added.append(Figure(start, end, match.group("year"), value))
    return sorted([*figures, *added], key=lambda figure: figure.start) if added else figures


#: A percentage's sign after a number in words: "soixante-deux pour cent", "ninety percent".
_PERCENT_AFTER = re.compile(r"[ \u00a0]+(?:pour[ \u00a0]?cent|per[ \u00a0]?cent|percent)\b", re.I)


def _spelled_percents(text: str, figures: list[Figure]) -> list[Figure]:
    """Read a number in words before "pour cent" or "percent" as a percentage.

    The recogniser takes "quatre-vingt-dix pour cent" as the count 90 and the
    count "cent" (100): joined, it compares with "90%".
    """
    joined: list[Figure] = []
    skip_until = -1
    for figure in figures:
        if figure.start < skip_until:
            continue
        after = _PERCENT_AFTER.match(text, figure.end)
        value = figure.value
        if after and value.kind == "number" and not figure.text[:1].isdigit():
            skip_until = after.end()
            percent = replace(value, kind="percent")
            end = after.end()
            joined.append(Figure(figure.start, end, text[figure.start : end], percent))
            continue
        joined.append(figure)
    return joined


#: What joins the two ends of a range of values: "from €17 to €22", "aged 5 to 11".
_RANGE_JOINT = re.compile(r"[ \u00a0]*(?:to|through|à|au|-|–)[ \u00a0]*")
#: "between 5 and 11", "entre 5 et 11": a range too.
_BETWEEN = re.compile(r"(?:between|entre)[ \u00a0]+$", re.IGNORECASE)
_BETWEEN_JOINT = re.compile(r"[ \u00a0]+(?:and|et)[ \u00a0]+")
_RANGE_KINDS = frozenset(("number", "amount", "quantity", "percent", "duration"))
#: A change from one value down to another: "cut from £2.1m to £1.4m", "de 8,1 % à 7,3 %".
_FROM_BEFORE = re.compile(r"\b(?:from|de)[ \u00a0]+$", re.IGNORECASE)
_CHANGE_JOINT = re.compile(r"[ \u00a0]+(?:to|à)[ \u00a0]+")


def _value_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Join two figures written as the ends of one range ("from €17 to €22").

    The recogniser reads "17 à 22 euros" as one range and "€17 to €22" as two
    amounts (each has its currency); joined, the two compare. The first end
    must be lower, or the two the ends of a change ("from £2.1m to £1.4m",
    which the recogniser reads in "de 2,1 à 1,4 million de livres"), of the same
    kind as the second or a bare count, and in the same currency or unit.
    """
    joined: list[Figure] = []
    for figure in figures:
        previous = joined[-1] if joined else None
        value = figure.value
        if previous is not None and _ends_of_a_range(text, previous, figure):
            low = previous.value.number
            merged = replace(value, number=low, high=value.number)
            joined[-1] = Figure(
                previous.start, figure.end, text[previous.start : figure.end], merged
            )
            continue
        joined.append(figure)
    return joined


def _ends_of_a_range(text: str, first: Figure, second: Figure) -> bool:
    low, high = first.value, second.value
    if low.kind not in _RANGE_KINDS or high.kind not in _RANGE_KINDS:
        return False
    if low.high is not None or high.high is not None or low.number is None:
        return False
    if high.number is None or low.number == high.number:
        return False
    if low.number > high.number and not (
        _FROM_BEFORE.search(text, 0, first.start)
        and _CHANGE_JOINT.fullmatch(text, first.end, second.start)
    ):
        return False  # only a change may go down: "from £2.1m to £1.4m"
    if low.approximate or high.approximate or low.denominator or high.denominator:
        return False
    if low.kind not in (high.kind, "number"):
        return False
    if low.kind == high.kind and (low.currency, low.unit) != (high.currency, high.unit):
        return False
    if _RANGE_JOINT.fullmatch(text, first.end, second.start):
        return True
    return bool(
        _BETWEEN_JOINT.fullmatch(text, first.end, second.start)
        and _BETWEEN.search(text, 0, first.start)
    )


def _check_clock_times(
    source: str, target: str, codes: tuple[str, str], figures: list[Figure], found: _Target
) -> tuple[list[Issue], list[Figure]]:
    """Check the times of day and hours-and-minutes ("1 p.m." / "13 heures").

    Returns their issues and the source's other figures; the translation's
    figures inside a matched time are taken.
    """
    times = clock_times(source, codes[0])
    if not times:
        return [], figures
    targets = clock_times(target, codes[1])
    taken: set[int] = set()
    issues = []
    for time in times:
        index = next(
            (
                i
                for i, other in enumerate(targets)
                if i not in taken and time.minutes & other.minutes
            ),
            None,
        )
        if index is None:
            said = next((t.text for i, t in enumerate(targets) if i not in taken), "")
            issues.append(Issue("value" if said else "missing", time.text, said))
            continue
        taken.add(index)
        matched = targets[index]
        for i, figure in enumerate(found.figures):
            if figure.start < matched.end and matched.start < figure.end:
                found.used.add(i)
    rest = [
        figure
        for figure in figures
        if not any(figure.start < t.end and t.start < figure.end for t in times)
    ]
    return issues, rest


def _check_figures(
    sources: list[Figure], found: _Target, texts: tuple[str, str], codes: tuple[str, str]
) -> list[Issue]:
    if not sources:
        return []
    source, target = texts
    from_code, to_code = codes
    issues: list[Issue] = []
    unmatched: list[Figure] = []
    for figure in sources:
        index = _find(found, lambda value, figure=figure: same_value(figure.value, value))
        if index is not None:
            matched = found.figures[index]
            if matched.value.form not in ("", to_code):
                issues.append(Issue("form", figure.text, matched.text))
            continue
        index = _find_other_reading(found, figure.value, to_code)
        if index is not None:
            issues.append(Issue("form", figure.text, found.figures[index].text))
            continue
        if _spelled_out(figure.value, target, to_code) or _digits_stay(figure, target, found):
            continue
        if _times_in_words(figure, (source, target), codes):
            continue
        if _as_ordinal(figure.value, target) or named_day(figure.value, target, to_code):
            continue
        index = _find(found, lambda value, figure=figure: same_in_other_terms(figure.value, value))
        if index is not None or two_numbers(figure.text, target, from_code):
            continue
        unmatched.append(figure)
    for figure in unmatched:
        index = _find(found, lambda value, kind=figure.value.kind: value.kind == kind)
        if index is None:
            index = _find(found, lambda value: True)
        said = found.figures[index].text if index is not None else ""
        issues.append(Issue("value" if said else "missing", figure.text, said))
    return issues


def _find(found: _Target, accept: Callable[..., bool]) -> int | None:
    for index, figure in enumerate(found.figures):
        if index not in found.used and accept(figure.value):
            found.used.add(index)
            return index
    return None


def _find_other_reading(found: _Target, value: FigureValue, to_code: str) -> int | None:
    for index, figure in enumerate(found.figures):
        if index in found.used:
            continue
        other = other_reading(figure.value, figure.text, to_code)
        if other is not None and same_value(value, other):
            found.used.add(index)
            return index
    return None


def _digits_stay(figure: Figure, target: str, found: _Target) -> bool:
    """Tell whether a bare number is in the translation as written, outside any figure.

    A score ("2-1") or a reference ("article 49.3", "version 2.0") is not a
    quantity in the translation: kept as written, it is right. A count written in
    the source's conventions is a figure of the translation, so never taken here.
    """
    value = figure.value
    if value.kind != "number" or value.scale != 1.0 or not figure.text[:1].isdigit():
        return False
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", figure.text):
        return False
    pattern = rf"(?<![\d.,]){re.escape(figure.text)}(?![\d]|[.,]\d)"
    return any(
        not any(f.start < match.end() and match.start() < f.end for f in found.figures)
        for match in re.finditer(pattern, target)
    )


def _as_ordinal(value: FigureValue, target: str) -> bool:
    """Tell whether a count or a number of years is in the translation as an ordinal.

    "fête ses 170 ans" is "celebrates its 170th anniversary".
    """
    number = value.number
    if value.kind not in ("number", "duration") or number is None or value.scale != 1.0:
        return False
    if not float(number).is_integer() or number < 1:
        return False
    ordinal = rf"(?<![\d.,]){int(number)}(?:st|nd|rd|th|e|er|re|ème|eme)\b"
    return re.search(ordinal, target) is not None


def _spelled_out(value: FigureValue, target: str, to_code: str) -> bool:
    number = value.number
    if value.kind != "number" or number is None or not 0 <= number < len(_SPELLED[to_code]):
        return False
    if not float(number).is_integer():
        return False
    word = _SPELLED[to_code][int(number)]
    return re.search(rf"\b{word}\b", target, re.IGNORECASE) is not None


def _times_in_words(figure: Figure, texts: tuple[str, str], codes: tuple[str, str]) -> bool:
    """Tell whether a count of times came out as its word ("2 fois" / "twice")."""
    source, target = texts
    from_code, to_code = codes
    number = figure.value.number
    if figure.value.kind != "number" or number is None or figure.value.scale != 1.0:
        return False
    noun = _TIMES_NOUN.get(from_code)
    if noun is None or not noun.match(source, figure.end):
        return False
    words = _TIMES.get((to_code, int(number)), ()) if float(number).is_integer() else ()
    return any(re.search(rf"\b{word}\b", target, re.IGNORECASE) for word in words)
