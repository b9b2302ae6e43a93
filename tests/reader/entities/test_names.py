"""Named entities with the real spaCy pipelines, and our rules on top of them."""

from __future__ import annotations

import gc
import time

import pytest

from reader.entities import EntitiesUnavailable, extract_entities, is_loaded, ner, preload
from reader.entities.names import segments, trim
from reader.entities.ner import model_text, split_blocks


def names(text: str, language: str) -> dict[str, str]:
    """Return {canonical text: label} of the named entities of `text`."""
    result = extract_entities(text, language)
    return {e.text: e.label for e in result.entities if e.group != "Figures"}


def test_preload_loads_once(french: str) -> None:
    assert is_loaded(french)
    preload(french)
    assert is_loaded(french)


def test_loading_a_model_leaves_collection_off_and_full_collections_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The app collects garbage on its UI thread only (ui/collector.py); spaCy's
    # loader switches automatic collection back on unless we stop it. And the
    # model's half a million objects, walked by every full collection, would
    # freeze the window for over 100 ms each time.
    monkeypatch.setattr(ner, "_pipelines", {})
    gc.disable()
    try:
        before = _full_collection_seconds()
        preload("en")
        assert not gc.isenabled()
        assert _full_collection_seconds() - before < 0.05
    finally:
        gc.enable()
    assert extract_entities("Angela Merkel visited Paris.", "en").entities


def _full_collection_seconds() -> float:
    started = time.perf_counter()
    gc.collect()
    return time.perf_counter() - started


def test_other_languages_are_unavailable() -> None:
    with pytest.raises(EntitiesUnavailable, match="French or English"):
        preload("de")
    with pytest.raises(EntitiesUnavailable):
        extract_entities("Angela Merkel war in Berlin.", "de")


def test_model_text_keeps_offsets() -> None:
    text = "L’entreprise d’Anne a 1\u202f000 clients\u00a0!"
    readable = model_text(text)
    assert len(readable) == len(text)
    assert "’" not in readable
    assert "\u202f" not in readable


def test_blocks_are_the_paragraphs() -> None:
    text = "Un.\n\nDeux.\n  \nTrois."
    assert [text[s:e] for s, e in split_blocks(text)] == ["Un.", "Deux.", "Trois."]


def test_typographic_apostrophes_give_no_junk(french: str) -> None:
    text = (
        "Aujourd’hui, l’entreprise n’a pas dit qu’elle partirait. "
        "L’Europe s’inquiète, d’après Anne Hidalgo."
    )
    found = names(text, french)
    assert found == {"Europe": "PLACE", "Anne Hidalgo": "PERSON"}


def test_company_contexts_make_organisations(french: str) -> None:
    text = (
        "La start-up lyonnaise Kelvoa a levé des fonds. Kelvoa recrute, dit Julien Ferrand. "
        "L’entreprise Nexalis a racheté Optiqa."
    )
    found = names(text, french)
    assert found["Kelvoa"] == "ORG"
    assert found["Nexalis"] == "ORG"
    assert found["Optiqa"] == "ORG"
    assert found["Julien Ferrand"] == "PERSON"


def test_english_company_suffixes_and_possessives(english: str) -> None:
    text = (
        "Shares of Corvane Inc. fell after Japan's exports slowed. "
        "Corvane said Ovid Pharma, based in Boston, would buy Ledgerline."
    )
    found = names(text, english)
    assert found["Corvane Inc."] == "ORG"
    assert found["Ovid Pharma"] == "ORG"
    assert found["Ledgerline"] == "ORG"
    assert found["Japan"] == "PLACE"
    assert found["Boston"] == "PLACE"


def test_a_surname_is_counted_with_the_full_name(french: str) -> None:
    text = "Hélène Marchetti dirige le groupe. Selon Marchetti, la croissance reviendra."
    result = extract_entities(text, french)
    person = next(e for e in result.entities if e.label == "PERSON")
    assert (person.text, person.count) == ("Hélène Marchetti", 2)


def test_common_noun_acronyms_are_not_names(french: str) -> None:
    text = (
        "L’intelligence artificielle générale (IAG) fascine. L’IAG et l’IA inquiètent "
        "la Banque centrale européenne (BCE) à Francfort."
    )
    found = names(text, french)
    assert "IAG" not in found
    assert "IA" not in found
    assert "BCE" not in found
    assert found["Banque centrale européenne"] == "ORG"


def test_an_acronym_joins_the_name_it_abbreviates(french: str) -> None:
    text = "La Banque centrale européenne (BCE) a parlé. Selon la BCE, les prix ralentissent."
    result = extract_entities(text, french)
    [bank] = [e for e in result.entities if e.label == "ORG"]
    assert bank.text == "Banque centrale européenne"
    assert [text[s:e] for s, e in bank.mentions] == ["Banque centrale européenne", "BCE", "BCE"]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("la France", "France"),
        ("« l’Europe »", "Europe"),
        ("aéroport de Nice", "Nice"),
        ("Bourse sur", "Bourse"),
    ],
)
def test_trim_articles_punctuation_and_common_words(french: str, span: str, expected: str) -> None:
    text = f"Il parle de {span} demain."
    start = text.index(span)
    s, e = trim(text, start, start + len(span), french)
    assert text[s:e] == expected


def test_capitalised_articles_inside_a_sentence_belong_to_the_name(english: str) -> None:
    text = "He reads The Economist."
    start = text.index("The")
    s, e = trim(text, start, start + len("The Economist"), english)
    assert text[s:e] == "The Economist"


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        ("M€. Karim Haddad", ["M€", "Karim Haddad"]),
        ("J. P. Morgan", ["J. P. Morgan"]),
        ("U.S. Steel", ["U.S. Steel"]),
        ("Corvane Inc. fell", ["Corvane Inc. fell"]),
        ("Nappe\tNiveau\tTendance", ["Nappe", "Niveau", "Tendance"]),
        ("Lyon\nGrenoble", ["Lyon", "Grenoble"]),
    ],
)
def test_names_do_not_run_across_sentences_cells_or_lines(span: str, parts: list[str]) -> None:
    assert [span[s:e] for s, e in segments(span, 0, len(span))] == parts


def test_a_name_after_a_full_stop_is_found_whole(french: str) -> None:
    text = (
        "L’entreprise Nexalis a racheté Optiqa pour 480 M€. Karim Haddad, le fondateur "
        "d’Optiqa, rejoint le comité ; Haddad conserve 5 % du capital."
    )
    result = extract_entities(text, french)
    person = next(e for e in result.entities if e.label == "PERSON")
    assert (person.text, person.count) == ("Karim Haddad", 2)


def test_events_portfolios_and_places(french: str, english: str) -> None:
    found = names(
        "Le Salon de l’agriculture ouvre samedi. Le ministre des Comptes publics, "
        "Thomas Cazenave, y sera.",
        french,
    )
    assert found.get("Salon de l’agriculture") == "MISC"
    assert "Comptes publics" not in found
    assert found["Thomas Cazenave"] == "PERSON"
    found = names(
        "We arrive in Split twenty minutes late, at the Consumer Electronics Show.", english
    )
    assert found["Split"] == "PLACE"
    assert found["Consumer Electronics Show"] == "MISC"


def test_what_only_companies_do_makes_an_organisation(french: str, english: str) -> None:
    assert names("Hier, Vomera a levé 12 millions d’euros.", french)["Vomera"] == "ORG"
    assert names("On Monday, Tessaly's shares rose 4%.", english)["Tessaly"] == "ORG"
    assert names("Les dirigeants de Vomera et de Quintel sont venus.", french)["Quintel"] == "ORG"


def test_a_huge_paragraph_is_cut_into_pieces_with_right_offsets(
    english: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ner, "MAX_BLOCK_CHARS", 120)
    sentence = "Jerome Powell spoke in Washington about the Federal Reserve. "
    text = sentence * 12
    result = extract_entities(text, english)
    powell = next(e for e in result.entities if e.text == "Jerome Powell")
    assert powell.count == 12
    assert all(text[s:e] == "Jerome Powell" for s, e in powell.mentions)
