"""Repair a translated sentence whose figures or names came out wrong.

The sentence is translated again with each figure, and each name the check
flagged, replaced by a short number the model copies through as it is (models
translate "dessine 47 voitures" faithfully where "1 500 voitures" or "97,4
milliards" trip them up); the placeholders are then replaced by the figures
written in the target language's conventions and the names as they are, or as
their spelling in the other language. The caller keeps the result only if it
passes the check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.entities.values import render
from reader.translation import equivalents
from reader.translation.check import Issue, sentence_figures
from reader.translation.names import is_common_noun_name, sentence_names

#: Placeholders are two-digit numbers: short enough that no model groups or
#: rewrites them, and 41-99 stays clear of the small counts ("2 enfants") a
#: sentence is likely to hold; any that the sentence holds already is skipped.
_FIRST_PLACEHOLDER = 41
_LAST_PLACEHOLDER = 99


@dataclass(frozen=True)
class Prepared:
    """A sentence with placeholders, and what each placeholder stands for in the target."""

    text: str
    replacements: tuple[tuple[str, str], ...]

    def restore(self, translated: str) -> str | None:
        """Put the figures and names back into the translation; None if one went missing."""
        wanted = dict(self.replacements)
        # One pass, so that a figure put back ("$42 billion") is never taken for a placeholder.
        alternatives = "|".join(wanted)
        pattern = re.compile(rf"(?<![\d.,])(?:{alternatives})(?!\d|[.,]\d)")
        found = pattern.findall(translated)
        if sorted(found) != sorted(wanted):
            return None
        return pattern.sub(lambda match: wanted[match.group()], translated)


def prepare(
    source: str, issues: tuple[Issue, ...], from_code: str, to_code: str
) -> Prepared | None:
    """Return the sentence with its figures and flagged names as placeholders.

    None when there is nothing to stand in for, or too many things to.
    """
    # A person's or a place's name is put back as written; one headed by a common
    # noun ("Cour de justice") is the model's to translate, right or wrong.
    flagged = {
        issue.source
        for issue in issues
        if issue.kind == "name" and not is_common_noun_name(issue.source)
    }
    spans: list[tuple[int, int, str]] = [
        (figure.start, figure.end, render(figure.value, to_code))
        for figure in sentence_figures(source, from_code)
    ]
    for name in sentence_names(source, from_code):
        if name.text in flagged:
            spelled = equivalents.equivalents(name.text, from_code)
            spans.append((name.start, name.end, spelled[0] if spelled else name.text))
    spans.sort()
    taken = set(re.findall(r"\d+", source))
    numbers = (
        str(n) for n in range(_FIRST_PLACEHOLDER, _LAST_PLACEHOLDER + 1) if str(n) not in taken
    )
    parts: list[str] = []
    replacements: list[tuple[str, str]] = []
    position = 0
    for start, end, replacement in spans:
        if start < position or not replacement:
            continue  # overlapping spans: the first one stands
        placeholder = next(numbers, None)
        if placeholder is None:
            return None
        parts += [source[position:start], placeholder]
        replacements.append((placeholder, replacement))
        position = end
    if not replacements:
        return None
    parts.append(source[position:])
    return Prepared("".join(parts), tuple(replacements))
