"""The lists of names written differently in French and English, as the check reads them."""

from __future__ import annotations

from reader.translation import equivalents
from reader.translation.equivalents import known_names, listed_names, nationality_words

spellings = equivalents.equivalents


def test_a_country_on_its_names_line_and_its_peoples_is_one_name_of_both() -> None:
    # "Malte | Malta" and "Malte/maltais/maltaise/Maltais | Maltese/Malta": a name
    # the check finds in either language, its people's words accepted for it.
    assert known_names("fr").search("Le gouvernement de Malte a démissionné.")
    assert known_names("en").search("The government of Malta resigned.")
    assert listed_names("en").search("the government of malta")
    assert spellings("Malte", "fr") == ("Malta", "Maltese")
    assert spellings("Malta", "en") == ("Malte", "maltais", "maltaise", "Maltais")
    assert spellings("maltais", "fr") == ("Maltese", "Malta")
    # Capitalised in English, a country is a name, never a nationality's word.
    assert "malta" not in nationality_words("en")
    assert "maltese" in nationality_words("en")


def test_no_name_has_a_spelling_given_twice() -> None:
    lines = (
        equivalents._PAIRS
        + equivalents._NICKNAMES
        + equivalents._TRANSLITERATED
        + equivalents._ADJECTIVES
        + equivalents._PEOPLES
    )
    names = {
        (language, name.strip())
        for line in lines.splitlines()
        if line.strip()
        for language, side in zip(("fr", "en"), line.split("|"), strict=True)
        for name in side.split("/")
        if name.strip()
    }
    assert len(names) > 900
    for language, name in names:
        found = spellings(name, language)
        assert found, name
        assert len(set(found)) == len(found), (name, found)
    # The first spelling is the one a repair writes: "Union européenne" stays first.
    assert spellings("UE", "fr")[0] == "European Union"
    assert spellings("Chypre", "fr")[0] == "Cyprus"
