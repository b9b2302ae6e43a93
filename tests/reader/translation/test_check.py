"""The figure and name check of a translated sentence, and the placeholders of a repair."""

from __future__ import annotations

import pytest

from reader.translation.check import (
    MISMATCH,
    REPAIRED,
    Issue,
    SentenceCheck,
    check_pair,
    sentence_names,
)
from reader.translation.repair import prepare

SOURCE = "Le groupe a perdu 97,4 milliards de dollars le 12 mars, soit 8,1 % de son chiffre."


@pytest.mark.parametrize(
    "target",
    [
        "The group lost $97.4 billion on March 12, or 8.1% of its turnover.",
        "On March 12 the group lost 8.1% of its turnover, $97.4bn.",
    ],
)
def test_a_faithful_translation_passes(target: str) -> None:
    assert check_pair(SOURCE, target, "fr", "en") == ()


@pytest.mark.parametrize(
    ("target", "issue"),
    [
        (
            "The group lost 97.4 million dollars on March 12, or 8.1% of its turnover.",
            Issue("value", "97,4 milliards de dollars", "97.4 million dollars"),
        ),
        (
            "The group lost $974 billion on March 12, or 8.1% of its turnover.",
            Issue("value", "97,4 milliards de dollars", "$974 billion"),
        ),
        ("The group lost $97.4 billion on May 12, or 8.1% of its turnover.", None),
        (
            "The group lost $97.4 billion on March 12, a large part of its turnover.",
            Issue("missing", "8,1 %", ""),
        ),
        (
            "The group lost 97,4 billion dollars on March 12, or 8.1% of its turnover.",
            Issue("form", "97,4 milliards de dollars", "97,4 billion dollars"),
        ),
    ],
)
def test_each_kind_of_error_is_reported(target: str, issue: Issue | None) -> None:
    issues = check_pair(SOURCE, target, "fr", "en")
    assert len(issues) == 1
    if issue is not None:
        assert issues[0] == issue
    else:
        assert issues[0].source == "12 mars" and issues[0].target == "May 12"


def test_names_must_come_through_or_as_their_listed_equivalent() -> None:
    source = "Selon Pierre Lenoir, les États-Unis et la Banque centrale européenne ont tort."
    right = "According to Pierre Lenoir, the United States and the European Central Bank are wrong."
    assert check_pair(source, right, "fr", "en") == ()
    wrong = "According to Stone Lenoir, the United States and the European Central Bank are wrong."
    assert check_pair(source, wrong, "fr", "en") == (
        Issue("name", "Pierre Lenoir", "Stone Lenoir"),
    )


def test_words_that_open_a_sentence_or_titles_are_not_names() -> None:
    names = [n.text for n in sentence_names("Hier, le Président a vu Jean Dupont.", "fr")]
    assert names == ["Jean Dupont"]


def test_english_to_french_conventions() -> None:
    source = "Inflation reached 8.1% and the deficit $1,500 million."
    assert (
        check_pair(
            source, "L'inflation a atteint 8,1 % et le déficit 1,5 milliard de dollars.", "en", "fr"
        )
        == ()
    )
    assert check_pair(
        source, "L'inflation a atteint 8.1 % et le déficit 1,5 milliard de dollars.", "en", "fr"
    ) == (Issue("form", "8.1%", "8.1 %"),)


def test_a_small_count_may_be_spelled_out() -> None:
    assert check_pair("Il a 2 enfants.", "He has two children.", "fr", "en") == ()
    assert check_pair("Il a 2 enfants.", "He has three children.", "fr", "en") != ()


def test_repair_holds_figures_and_flagged_names_in_place() -> None:
    source = "Pierre Lenoir a vendu 1 500 voitures à Londres."
    issues = (Issue("name", "Pierre Lenoir", "Stone Lenoir"), Issue("value", "1 500", "150"))
    prepared = prepare(source, issues, "fr", "en")
    assert prepared is not None
    assert prepared.text == "41 a vendu 42 voitures à Londres."
    assert (
        prepared.restore("41 sold 42 cars in London.") == "Pierre Lenoir sold 1,500 cars in London."
    )
    assert prepared.restore("41 sold cars in London.") is None  # a placeholder went missing


def test_a_placeholder_is_never_a_number_of_the_sentence() -> None:
    source = "Le 41e étage accueille 1 500 personnes."
    prepared = prepare(source, (Issue("value", "1 500", "150"),), "fr", "en")
    assert prepared is not None
    assert prepared.text == "Le 41e étage accueille 42 personnes."
    assert (
        prepared.restore("The 41st floor hosts 42 people.") == "The 41st floor hosts 1,500 people."
    )


def test_a_check_survives_its_json() -> None:
    check = SentenceCheck(REPAIRED, (Issue("value", "1 500", "150"),), original="150 cars")
    assert SentenceCheck.from_dict(check.to_dict()) == check
    assert check.describe() == "source: 1 500 — translation said: 150 — repaired"
    with pytest.raises(ValueError):
        SentenceCheck.from_dict({"status": "maybe"})
    assert SentenceCheck(MISMATCH, (Issue("missing", "8,1 %"),)).describe() == (
        "source: 8,1 % — translation said: nothing for it"
    )


def test_a_name_headed_by_a_common_noun_is_never_put_back_as_written() -> None:
    # "Cour de justice" is the model's to translate: a repair would leave French in English.
    source = "La Cour de justice a tranché."
    assert prepare(source, (Issue("name", "Cour de justice"),), "fr", "en") is None
    person = prepare("Pierre Lenoir a tranché.", (Issue("name", "Pierre Lenoir"),), "fr", "en")
    assert person is not None and person.text == "41 a tranché."
