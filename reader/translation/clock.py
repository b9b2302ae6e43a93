"""Times of day and hours-and-minutes, as the check compares them across languages.

"6:20 p.m." is "18 h 20", "1 p.m." "13 heures", "13 h 45" "13 hours 45 minutes".
The figure recogniser takes "1 p.m." for a bare count and does not see "18 h 20"
at all, so the check reads these itself: each is worth a set of minutes (after
midnight, or of a duration), more than one where the text leaves it open
("6:20" may be morning or evening).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = r"[ \u00a0\u202f]"

#: English: "6:20 p.m.", "10 a.m.", "10am", "18:30", "13 hours 45 minutes", and the
#: British press's "6.45pm" (a point before the minutes, only with am or pm after).
_ENGLISH = re.compile(
    rf"(?<![\d.,:])(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?{_SPACE}?(?P<half>[ap]\.?m\b\.?)"
    rf"|(?<![\d.,:])(?P<h24>\d{{1,2}}):(?P<m24>\d{{2}})(?![\d:])"
    rf"|(?<![\d.,])(?P<hours>\d{{1,2}}){_SPACE}hours?"
    rf"(?:,?{_SPACE}(?:and{_SPACE})?(?P<minutes>\d{{1,2}}){_SPACE}minutes?)?\b",
    re.IGNORECASE,
)

#: French: "18 h 20", "18h20", "13 h", "13 heures", "2 heures et 6 minutes".
_FRENCH = re.compile(
    rf"(?<![\d.,])(?P<h>\d{{1,2}}){_SPACE}?(?:h|heures?)"
    rf"(?:{_SPACE}?(?P<m>\d{{2}})(?!\d)"
    rf"|,?{_SPACE}(?:et{_SPACE})?(?P<minutes>\d{{1,2}}){_SPACE}?min(?:utes?)?)?\b"
)


@dataclass(frozen=True)
class ClockTime:
    """A time of day or an hours-and-minutes span of a sentence, and what it may be worth."""

    start: int
    end: int
    text: str
    minutes: frozenset[int]


def clock_times(text: str, language: str) -> list[ClockTime]:
    """Return the times of day and hours-and-minutes spans of a sentence, in order."""
    times = []
    if language == "en":
        for match in _ENGLISH.finditer(text):
            worth = _english_minutes(match)
            if worth:
                times.append(ClockTime(match.start(), match.end(), match.group(), worth))
    else:
        for match in _FRENCH.finditer(text):
            hours = int(match.group("h"))
            minutes = int(match.group("m") or match.group("minutes") or 0)
            if hours <= 24 and minutes < 60:
                value = frozenset({hours * 60 + minutes})
                times.append(ClockTime(match.start(), match.end(), match.group(), value))
    return times


def _english_minutes(match: re.Match[str]) -> frozenset[int]:
    if match.group("half"):
        hours, minutes = int(match.group("h")), int(match.group("m") or 0)
        if not 1 <= hours <= 12 or minutes >= 60:
            return frozenset()
        evening = match.group("half")[0].lower() == "p"
        return frozenset({(hours % 12 + (12 if evening else 0)) * 60 + minutes})
    if match.group("h24"):
        hours, minutes = int(match.group("h24")), int(match.group("m24"))
        if hours > 24 or minutes >= 60:
            return frozenset()
        # "6:20" may be morning or evening; "18:30" is only evening.
        later = {(hours + 12) * 60 + minutes} if 1 <= hours < 12 else set()
        return frozenset({hours * 60 + minutes} | later)
    hours, minutes = int(match.group("hours")), int(match.group("minutes") or 0)
    if minutes >= 60:
        return frozenset()
    return frozenset({hours * 60 + minutes})
