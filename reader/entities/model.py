"""The values the entities core hands out: labels, groups, entities and results."""

from __future__ import annotations

from dataclasses import dataclass

from reader.errors import Cancelled, LisibleError

#: Every label an entity can carry; the first four are named entities, the rest figures.
LABELS = ("PERSON", "ORG", "PLACE", "MISC", "MONEY", "PERCENT", "DATE", "NUMBER", "QUANTITY")

#: Labels the figures recogniser gives (never spaCy).
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "DATE", "NUMBER", "QUANTITY"})

#: Labels the named-entity recogniser gives.
NAME_LABELS = frozenset({"PERSON", "ORG", "PLACE", "MISC"})

#: The group of the side panel each label is listed under.
GROUPS: dict[str, str] = {
    "PERSON": "People",
    "ORG": "Organisations",
    "PLACE": "Places",
    "MISC": "Other",
    "MONEY": "Figures",
    "PERCENT": "Figures",
    "DATE": "Figures",
    "NUMBER": "Figures",
    "QUANTITY": "Figures",
}

#: The order the groups are shown in.
GROUP_ORDER = ("People", "Organisations", "Places", "Other", "Figures")


class EntitiesUnavailable(LisibleError):
    """Entities cannot be found for this text (no model for its language)."""


@dataclass(frozen=True)
class Entity:
    """One thing the text mentions, with every span where it does.

    `text` is the canonical form shown to a reader (the most complete mention,
    "Elon Musk" for "Musk"); `mentions` are sorted `(start, end)` offsets into
    the text the entity was found in.
    """

    text: str
    label: str
    mentions: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        """Return how many times the text mentions the entity."""
        return len(self.mentions)

    @property
    def first(self) -> int:
        """Return the start of the first mention."""
        return self.mentions[0][0]

    @property
    def group(self) -> str:
        """Return the side-panel group of the entity's label."""
        return GROUPS[self.label]


@dataclass(frozen=True)
class EntityResult:
    """The entities of one text, sorted by first mention."""

    language: str
    entities: tuple[Entity, ...]


#: Raised by `extract_entities` when its `cancelled()` callback says to stop.
ExtractionCancelled = Cancelled
