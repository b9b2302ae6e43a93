"""One name, one entity: group the mentions of a name and give the group one label.

Case, accents, typographic or straight apostrophes, hyphens, a leading article
("la France", "l'Europe") and a company suffix ("Microsoft Corp.") do not split
a name; a lone surname ("Musk") joins the one person whose full name ends with
it ("Elon Musk"). The entity's text is the most complete form written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from reader.entities.model import Entity
from reader.entities.names import Mention
from reader.folding import fold

#: When votes tie, the label a reader is most likely to look for wins.
_LABEL_PREFERENCE = ("PERSON", "ORG", "PLACE", "MISC")

_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l'|the|du|des|de|d')\s*")
_COMPANY_SUFFIX = re.compile(
    r"[\s,]+(?:inc|corp|corporation|ltd|llc|plc|sa|sas|se|ag|gmbh|nv|co|group|groupe)\.?$"
)
_NOT_WORD = re.compile(r"[^\w']+")


def name_key(name: str) -> str:
    """Return what two spellings of one name have in common ("L’Europe" → "europe")."""
    key = _NOT_WORD.sub(" ", fold(name).replace("-", " ")).strip()
    key = _LEADING_ARTICLE.sub("", key)
    key = _COMPANY_SUFFIX.sub("", key)
    key = key.strip(" '")
    return key.replace("' ", "'")


def merge_names(
    text: str, mentions: Sequence[Mention], aliases: Mapping[str, str] | None = None
) -> list[Entity]:
    """Group mentions by name, vote each group's label, and return one entity per name.

    `aliases` maps a form to another form of the same name (an acronym to its
    expansion); the two join when both are mentioned.
    """
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        key = name_key(text[mention.start : mention.end])
        if key:
            groups.setdefault(key, []).append(mention)
    for alias, name in (aliases or {}).items():
        alias_key, name_key_ = name_key(alias), name_key(name)
        if alias_key in groups and name_key_ in groups and alias_key != name_key_:
            groups[name_key_].extend(groups.pop(alias_key))
    # Labels are voted before lone words join: "Riverside" called a person
    # must not turn "Riverside Community Radio" into one.
    labels = {key: group_label(group) for key, group in groups.items()}
    _join_surnames(text, groups, labels)
    entities = [_entity(text, group, labels[key]) for key, group in groups.items()]
    entities.sort(key=lambda entity: entity.first)
    return entities


def group_label(group: Sequence[Mention]) -> str:
    """Return the label with the most votes over all the mentions of one name."""
    totals: Counter[str] = Counter()
    for mention in group:
        totals.update(mention.votes)
    return max(
        _LABEL_PREFERENCE, key=lambda label: (totals[label], -_LABEL_PREFERENCE.index(label))
    )


#: Which lone words may join which full names, by the lone word's own label.
_JOINABLE = (
    ("last", frozenset({"PERSON", "ORG", "PLACE", "MISC"})),
    ("first", frozenset({"PERSON", "MISC"})),
    ("org", frozenset({"ORG", "PERSON", "MISC"})),
)


def _form(text: str, mention: Mention) -> str:
    return " ".join(text[mention.start : mention.end].split())


def _join_surnames(text: str, groups: dict[str, list[Mention]], labels: Mapping[str, str]) -> None:
    """Join a lone word to the one full name it is part of.

    A surname ("Musk") joins the person whose name ends with it, whatever the
    model called it; a first name ("Rosa") joins only when it is a person too;
    a first word ("Goldman") joins an organisation when it is not a place.
    """
    owners: dict[tuple[str, str], list[str]] = {}
    for key in groups:
        words = key.split()
        label = labels[key]
        if len(words) > 1 and label == "PERSON":
            owners.setdefault(("last", words[-1]), []).append(key)
            owners.setdefault(("first", words[0]), []).append(key)
        elif len(words) > 1 and label == "ORG":
            owners.setdefault(("org", words[0]), []).append(key)
    for key in list(groups):
        # "Halvorsen Group" has the key "halvorsen" but is no lone word.
        if len(key.split()) != 1 or any(" " in _form(text, m) for m in groups[key]):
            continue
        label = labels[key]
        for role, allowed in _JOINABLE:
            found = owners.get((role, key), [])
            # A word shared by two names in the text stays on its own row.
            if len(found) == 1 and label in allowed:
                groups[found[0]].extend(groups.pop(key))
                break


def _entity(text: str, group: list[Mention], label: str) -> Entity:
    spans = sorted({(mention.start, mention.end) for mention in group})
    forms = Counter(" ".join(text[start:end].split()) for start, end in spans)
    # The most complete form: the longest, then the most frequent, then the first.
    order = {form: index for index, form in reversed(list(enumerate(forms)))}
    canonical = max(forms, key=lambda form: (len(form), forms[form], -order[form]))
    return Entity(canonical, label, tuple(spans))
