"""One name, one row: spellings of a name join, surnames join their full name."""

from __future__ import annotations

import pytest

from reader.entities.merging import merge_names, name_key
from reader.entities.names import Mention


def mention(text: str, form: str, label: str, occurrence: int = 0) -> Mention:
    """Return a mention of the `occurrence`-th `form` in `text`, voted `label`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(form, start + 1)
    found = Mention(start, start + len(form))
    found.vote(label)
    return found


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("France", "la France"),
        ("Europe", "l’Europe"),
        ("Europe", "L'Europe"),
        ("Société Générale", "SOCIÉTÉ GÉNÉRALE"),
        ("Societe Generale", "Société Générale"),
        ("Côte d’Ivoire", "Côte d'Ivoire"),
        ("Saint-Étienne", "Saint Etienne"),
        ("Microsoft", "Microsoft Corp."),
        ("Corvane", "Corvane Inc"),
    ],
)
def test_spellings_of_one_name_share_a_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


def test_different_names_keep_different_keys() -> None:
    assert name_key("Paris") != name_key("Parisot")
    assert name_key("Banque de France") != name_key("France")


def test_a_surname_joins_the_full_name_and_the_longest_form_is_shown() -> None:
    text = "Elon Musk a parlé. Musk a ajouté que Tesla suivrait. Selon Musk, tout va bien."
    mentions = [
        mention(text, "Elon Musk", "PERSON"),
        mention(text, "Musk", "PERSON", 1),
        mention(text, "Tesla", "ORG"),
        mention(text, "Musk", "ORG", 2),
    ]
    entities = merge_names(text, mentions)
    assert [(e.text, e.label, e.count) for e in entities] == [
        ("Elon Musk", "PERSON", 3),
        ("Tesla", "ORG", 1),
    ]
    assert entities[0].mentions == ((0, 9), (19, 23), (59, 63))


def test_a_surname_shared_by_two_people_stays_apart() -> None:
    text = "Anne Martin et Paul Martin ont vu Martin hier."
    mentions = [
        mention(text, "Anne Martin", "PERSON"),
        mention(text, "Paul Martin", "PERSON"),
        mention(text, "Martin", "PERSON", 2),
    ]
    assert [e.text for e in merge_names(text, mentions)] == ["Anne Martin", "Paul Martin", "Martin"]


def test_the_majority_of_mentions_decides_the_label() -> None:
    text = "Kelvoa grandit. Kelvoa recrute. Kelvoa exporte."
    mentions = [
        mention(text, "Kelvoa", "ORG", 0),
        mention(text, "Kelvoa", "PERSON", 1),
        mention(text, "Kelvoa", "ORG", 2),
    ]
    [entity] = merge_names(text, mentions)
    assert (entity.label, entity.count) == ("ORG", 3)


def test_typographic_and_straight_apostrophes_make_one_entity() -> None:
    text = "La Côte d’Ivoire exporte. La Côte d'Ivoire importe."
    mentions = [
        mention(text, "Côte d’Ivoire", "PLACE"),
        mention(text, "Côte d'Ivoire", "PLACE"),
    ]
    [entity] = merge_names(text, mentions)
    assert entity.count == 2


def test_a_first_name_joins_the_one_person_it_starts() -> None:
    text = "Rosa Lindqvist founded it. Rosa still runs it."
    mentions = [mention(text, "Rosa Lindqvist", "PERSON"), mention(text, "Rosa", "PERSON", 1)]
    [entity] = merge_names(text, mentions)
    assert (entity.text, entity.count) == ("Rosa Lindqvist", 2)


def test_a_lone_word_never_relabels_the_name_it_joins() -> None:
    text = "Riverside Community Radio airs daily. Riverside grew."
    mentions = [
        mention(text, "Riverside Community Radio", "ORG"),
        mention(text, "Riverside", "PERSON", 1),
    ]
    mentions[1].vote("PERSON", 3.0)
    [entity] = merge_names(text, mentions)
    assert (entity.text, entity.label, entity.count) == ("Riverside Community Radio", "ORG", 2)


def test_a_company_suffix_does_not_make_a_lone_word() -> None:
    text = "Erik Halvorsen runs Halvorsen Group."
    mentions = [
        mention(text, "Erik Halvorsen", "PERSON"),
        mention(text, "Halvorsen Group", "ORG"),
    ]
    assert [(e.text, e.label) for e in merge_names(text, mentions)] == [
        ("Erik Halvorsen", "PERSON"),
        ("Halvorsen Group", "ORG"),
    ]


def test_an_acronym_alias_joins_its_expansion() -> None:
    text = "La Banque centrale européenne (BCE) agit. La BCE attend."
    mentions = [
        mention(text, "Banque centrale européenne", "ORG"),
        mention(text, "BCE", "ORG"),
        mention(text, "BCE", "ORG", 1),
    ]
    [entity] = merge_names(text, mentions, {"BCE": "Banque centrale européenne"})
    assert entity.count == 3
