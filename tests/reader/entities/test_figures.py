"""Our figures recogniser: French and English formats, and the traps around them."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities import find_figures
from reader.entities.figures import figure_spans, with_model_figures


def figures(text: str) -> list[tuple[str, str]]:
    """Return (label, mention) for every figure, in order."""
    return [(label, text[start:end]) for label, start, end in figure_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("une offre de 97,4 milliards de dollars", [("MONEY", "97,4 milliards de dollars")]),
        ("pour 9,74 milliards de dollars.", [("MONEY", "9,74 milliards de dollars")]),
        ("un chèque de 3 M€ signé", [("MONEY", "3 M€")]),
        ("une dette de 2,5 Md€ au bilan", [("MONEY", "2,5 Md€")]),
        ("15 millions d’euros levés", [("MONEY", "15 millions d’euros")]),
        ("un milliard d'euros", [("MONEY", "un milliard d'euros")]),
        ("il coûte 1 200 € par patient", [("MONEY", "1 200 €")]),
        ("Musk offered $97.4 billion.", [("MONEY", "$97.4 billion")]),
        ("a €3m round and £2.5 million", [("MONEY", "€3m"), ("MONEY", "£2.5 million")]),
        ("US$5 million in cash", [("MONEY", "US$5 million")]),
        ("a billion dollars", [("MONEY", "a billion dollars")]),
        ("rents of $3,700 a month", [("MONEY", "$3,700")]),
        ("une hausse de 15 %", [("PERCENT", "15 %")]),
        (
            "une hausse de 15\u202f% et de 7\u00a0%",
            [("PERCENT", "15\u202f%"), ("PERCENT", "7\u00a0%")],
        ),
        ("up 15% on the year", [("PERCENT", "15%")]),
        ("0,2 point de pourcentage", [("PERCENT", "0,2 point de pourcentage")]),
        ("entre 3-5 % par an", [("PERCENT", "3-5 %")]),
        ("de -3,5 % à +2 %", [("PERCENT", "-3,5 %"), ("PERCENT", "+2 %")]),
        ("Le 12 février 2025, tout change", [("DATE", "12 février 2025")]),
        ("avant le 1er mars", [("DATE", "1er mars")]),
        ("On February 10, 2025, it fell", [("DATE", "February 10, 2025")]),
        ("on 10 February 2025", [("DATE", "10 February 2025")]),
        ("en mars 2025", [("DATE", "mars 2025")]),
        ("the third quarter of 2024", [("DATE", "third quarter of 2024")]),
        ("au T3 2024 et au Q4 2024", [("DATE", "T3 2024"), ("DATE", "Q4 2024")]),
        ("le 12/02/2025 ou le 2025-02-12", [("DATE", "12/02/2025"), ("DATE", "2025-02-12")]),
        ("dans les années 1990", [("DATE", "années 1990")]),
        ("in the 1990s", [("DATE", "1990s")]),
        ("de 2020-2025", [("DATE", "2020-2025")]),
        ("en janvier, les ventes", [("DATE", "janvier")]),
        ("Fin mars, à la mi-mars", [("DATE", "mars"), ("DATE", "mars")]),
        ("In May and since March", [("DATE", "May"), ("DATE", "March")]),
        ("la saison 2024/25", [("DATE", "2024/25")]),
        ("10 km à pied", [("QUANTITY", "10 km")]),
        ("3,5 tonnes de blé", [("QUANTITY", "3,5 tonnes")]),
        ("82 millions de tonnes", [("QUANTITY", "82 millions de tonnes")]),
        ("un parc de 500 MW", [("QUANTITY", "500 MW")]),
        ("46 °C à l'ombre", [("QUANTITY", "46 °C")]),
        ("1,5 degré de plus", [("QUANTITY", "1,5 degré")]),
        ("1 000 m² de bureaux", [("QUANTITY", "1 000 m²")]),
        ("85 million miles", [("QUANTITY", "85 million miles")]),
        ("2 millions d'habitants", [("NUMBER", "2 millions")]),
        ("9.74bn shares", [("NUMBER", "9.74bn")]),
        ("1,250,000 people", [("NUMBER", "1,250,000")]),
        ("il y a 30 ans", [("DATE", "30 ans")]),
        ("for 10 years", [("DATE", "10 years")]),
        ("il y a passé 13 heures", [("QUANTITY", "13 heures")]),
        ("trente millions d’euros", [("MONEY", "trente millions d’euros")]),
        # Weekdays, with the part of the day; numbers and durations in words.
        ("Ils se voient mardi matin, pas lundi.", [("DATE", "mardi matin"), ("DATE", "lundi")]),
        ("on Sunday night and Monday's vote", [("DATE", "Sunday night"), ("DATE", "Monday")]),
        ("Sept salariés et trente-six cadres", [("NUMBER", "Sept"), ("NUMBER", "trente-six")]),
        (
            "quatre-vingts toiles, une centaine de dessins",
            [("NUMBER", "quatre-vingts"), ("NUMBER", "une centaine")],
        ),
        ("dix-huit mois avec sursis", [("DATE", "dix-huit mois")]),
        (
            "twenty-five years later, in five days",
            [("DATE", "twenty-five years"), ("DATE", "five days")],
        ),
        (
            "two-thirds of them, deux tiers des voix",
            [("NUMBER", "two-thirds"), ("NUMBER", "deux tiers")],
        ),
        ("a four-year deal for a 20-year-old", [("DATE", "four-year"), ("DATE", "20-year-old")]),
        (
            "a 15-mile pipeline and a 24-hour strike",
            [("QUANTITY", "15-mile"), ("QUANTITY", "24-hour")],
        ),
        # Ranges sharing a unit are one figure.
        ("entre le 3 et le 9 juillet", [("DATE", "3 et le 9 juillet")]),
        ("from January to April 2022", [("DATE", "January to April 2022")]),
        ("rose 3 to 5 degrees", [("QUANTITY", "3 to 5 degrees")]),
        ("de 5 à 7 millions d'euros", [("MONEY", "5 à 7 millions d'euros")]),
        ("three to five months", [("DATE", "three to five months")]),
        (
            "passé de 8,1 % en 2021 à 7 %",
            [("PERCENT", "8,1 %"), ("DATE", "2021"), ("PERCENT", "7 %")],
        ),
        # European thousands and decimals.
        ("s'élève à 14.872,35 euros", [("MONEY", "14.872,35 euros")]),
    ],
)
def test_formats(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_thousands_with_every_kind_of_space(space: str) -> None:
    text = f"Il y a 1{space}000 salariés et 12{space}500{space}000 clients."
    assert figures(text) == [("NUMBER", f"1{space}000"), ("NUMBER", f"12{space}500{space}000")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Months inside words, and ambiguous months without a day or a year.
        ("Dans le domaine de la santé, maintenant", []),
        ("La mission vers Mars est reportée, dit-il en marchant.", []),
        ("We may see growth as they march, said May.", []),
        ("They may 10 times over", [("NUMBER", "10")]),
        # Numbers that are parts of something else.
        ("Voir https://example.com/2023/page?id=45 demain", []),
        ("Écrire à jean2024@exemple.fr", []),
        ("la version v2.3 puis la 3.8.0", []),
        ("l'A320 et le COVID-19, la 5G et le G7", []),
        ("appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89", []),
        ("call (555) 123-4567 or 555-123-4567", []),
        ("rendez-vous à 14h30 ou à 10:30", []),
        ("le 3e trimestre, la 2nd place", []),
        ("à 14 h, à 9 h 15, at 7.05pm or 10:30 a.m.", []),
        ("comme le note l’étude [12], les prix", []),
        ("le Boeing 737 et Windows 11", []),
        ("Theresa May and Mars", []),
        # Labels, note marks, names and words that look like numbers.
        ("a “Phase 2” emergency, said Laura Chen (3).", []),
        ("type 2 diabetes, Stage 3 alert, page 12", []),
        ("un bâtiment neuf, les Trois Mousquetaires, the Big Four", []),
        ("des deux-roues, l'un des trois", [("NUMBER", "trois")]),
        ("the Sunday Times, Mardi Gras", []),
    ],
)
def test_traps(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


def test_years_are_dates_unless_they_count() -> None:
    text = "En 2023, l'entreprise comptait 2000 salariés; in 2024 it had 2100 employees."
    assert figures(text) == [
        ("DATE", "2023"),
        ("NUMBER", "2000"),
        ("DATE", "2024"),
        ("NUMBER", "2100"),
    ]


def test_a_year_before_a_plural_noun_names_it_after_the_or_another_year() -> None:
    text = "between the 2016 and 2020 elections; the 2024 Olympics; it had 2100 employees"
    assert figures(text) == [
        ("DATE", "2016"),
        ("DATE", "2020"),
        ("DATE", "2024"),
        ("NUMBER", "2100"),
    ]


def test_one_entity_per_figure_with_all_its_mentions() -> None:
    text = "Le 15 %, puis 15\u202f% encore, et 20 %."
    entities = find_figures(text, "fr")
    assert [(e.text, e.label, e.mentions) for e in entities] == [
        ("15 %", "PERCENT", ((3, 7), (14, 18))),
        ("20 %", "PERCENT", ((30, 34),)),
    ]


def test_a_long_article_is_fast() -> None:
    text = "Le 12 février 2025, la société a levé 3 M€, soit 15 % de plus qu'en 2023. " * 2000
    began = time.perf_counter()
    entities = find_figures(text, "fr")
    assert time.perf_counter() - began < 2.0
    assert sum(entity.count for entity in entities) == 4 * 2000


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789 ,.%€$£-/:@\u00a0\u202fabcdeMkmsrt'’\n",
                *["milliards", " de ", "dollars", "février", "mars", "May", " 2025", "bn", "km"],
            ]
        ),
        max_size=80,
    ).map("".join)
)
def test_any_text_gives_ordered_spans_in_bounds_quickly(text: str) -> None:
    began = time.perf_counter()
    spans = list(figure_spans(text))
    assert time.perf_counter() - began < 0.5
    previous_end = 0
    for label, start, end in spans:
        assert label in {"MONEY", "PERCENT", "DATE", "NUMBER", "QUANTITY"}
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        previous_end = end
    for entity in find_figures(text, "en"):
        assert list(entity.mentions) == sorted(entity.mentions)


def test_the_models_figures_count_where_ours_found_none_and_no_rule_refuses_them() -> None:
    text = "After three-and-a-half years, a 4-3 ruling on type 2 rules last year; 12 cases."
    ours = find_figures(text, "en")
    assert [(e.text, e.label) for e in ours] == [("12", "NUMBER")]

    def span(label: str, words: str) -> tuple[str, int, int]:
        start = text.index(words)
        return label, start, start + len(words)

    model = [
        span("DATE", "three-and-a-half years"),  # a form we do not know
        span("NUMBER", "4"),  # a score
        span("NUMBER", "2"),  # a label's number
        span("DATE", "last year"),  # no number
        span("NUMBER", "12"),  # ours already
    ]
    merged = with_model_figures(text, ours, model)
    assert [(e.text, e.label, e.count) for e in merged] == [
        ("three-and-a-half years", "DATE", 1),
        ("12", "NUMBER", 1),
    ]


def test_a_temperature_may_have_its_c_against_the_number() -> None:
    # The British press writes "32.6C"; a seat's or a flat's "12C" is a label.
    assert figures("Heathrow recorded 32.6C, and 40C in Seville.") == [
        ("QUANTITY", "32.6C"),
        ("QUANTITY", "40C"),
    ]
    assert figures("She sat in seat 12C, row 3C; Flat 4C was empty.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "livres" is books and pounds: a sum needs a word of money, a scale or sterling.
        ("Il a publié 3 livres en mai 2024.", [("NUMBER", "3"), ("DATE", "mai 2024")]),
        ("Le billet coûte 3 livres.", [("MONEY", "3 livres")]),
        ("Elle a reçu 20 livres sterling.", [("MONEY", "20 livres sterling")]),
        ("Une amende de 90 millions de livres.", [("MONEY", "90 millions de livres")]),
        # Another sentence's money is no context.
        ("Il a lu 12 livres. Le prix a doublé.", [("NUMBER", "12")]),
    ],
)
def test_livres_are_pounds_only_in_a_sum(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
