"""What the window calls each entity group and label, in the interface's language.

The core names groups in English ("People", "Figures"), as keys; these tables
give lupdate the words to translate and the window the words to show.
"""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, translate

#: The panel's group titles, by the core's group name.
GROUP_NAMES = {
    "People": QT_TRANSLATE_NOOP("Entities", "People"),
    "Organisations": QT_TRANSLATE_NOOP("Entities", "Organisations"),
    "Places": QT_TRANSLATE_NOOP("Entities", "Places"),
    "Other": QT_TRANSLATE_NOOP("Entities", "Other"),
    "Figures": QT_TRANSLATE_NOOP("Entities", "Figures"),
}

#: What a tooltip calls one entity of each label.
KINDS = {
    "PERSON": QT_TRANSLATE_NOOP("Entities", "person"),
    "ORG": QT_TRANSLATE_NOOP("Entities", "organisation"),
    "PLACE": QT_TRANSLATE_NOOP("Entities", "place"),
    "MISC": QT_TRANSLATE_NOOP("Entities", "name"),
    "MONEY": QT_TRANSLATE_NOOP("Entities", "amount of money"),
    "PERCENT": QT_TRANSLATE_NOOP("Entities", "percentage"),
    "DATE": QT_TRANSLATE_NOOP("Entities", "date"),
    "NUMBER": QT_TRANSLATE_NOOP("Entities", "number"),
    "QUANTITY": QT_TRANSLATE_NOOP("Entities", "quantity"),
}


def group_name(group: str) -> str:
    """Return a group's title as the panel shows it, e.g. "People" ("Personnes")."""
    return translate("Entities", GROUP_NAMES.get(group, group))


def kind_name(label: str, group: str) -> str:
    """Return what one entity of `label` is, e.g. "person"; its group's name if unknown."""
    if label in KINDS:
        return translate("Entities", KINDS[label])
    return group_name(group).lower()
