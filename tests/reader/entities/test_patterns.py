"""Sentences in the shapes where a recogniser goes wrong on real news, with the panel expected.

Each case is our own sentence in one of the shapes that broke on hand-annotated
French and English news (organisations given another label, run-on or cut names,
weekdays, numbers in words, ranges, European formats, figures inside names).
An expectation is `"surface:LABEL"`; `|` separates answers that are all fine
("CHU Pellegrin:ORG/PLACE", "Mardi matin:DATE|Mardi:DATE"). `forbidden` lists
surfaces that must not be on the panel at all, or not with one label
("Mardi:PERSON").
"""

from __future__ import annotations

import pytest

from reader.entities import EntityResult, extract_entities

#: (language, sentence, expected, forbidden)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # Names: labels.
    (
        "fr",
        "Les sociétés Lime et Dott ont retiré leurs trottinettes, selon le tabloïd Fakt.",
        ["Lime:ORG", "Dott:ORG", "Fakt:ORG"],
        [],
    ),
    (
        "fr",
        "Le parti PVV a protesté, comme l'Arcom en France et la CNMC en Espagne.",
        ["PVV:ORG", "Arcom:ORG", "CNMC:ORG", "France:PLACE", "Espagne:PLACE"],
        [],
    ),
    (
        "fr",
        "La patiente a été conduite au CHU Pellegrin à Bordeaux.",
        ["CHU Pellegrin:ORG/PLACE", "Bordeaux:PLACE"],
        [],
    ),
    (
        "en",
        "The Uffizi, which will lend the Botticelli to the show, has asked the Louvre for advice.",
        ["Uffizi:ORG/PLACE", "Louvre:ORG/PLACE", "Botticelli:PERSON/MISC"],
        [],
    ),
    (
        "en",
        "Japanese series “Shogun” won at the Golden Globes on Monday. El Niño’s effects faded.",
        ["Japanese:MISC", "Shogun:MISC", "Golden Globes:MISC", "El Niño:MISC", "Monday:DATE"],
        [],
    ),
    (
        "en",
        "The foundation paid $3 million to acquire Paul Cézanne’s 1890 Card Players, Evening"
        " for the Courtauld.",
        [
            "$3 million:MONEY",
            "Paul Cézanne:PERSON",
            "1890:DATE",
            "Card Players, Evening:MISC",
            "Courtauld:ORG/PLACE",
        ],
        [],
    ),
    (
        "fr",
        "Parmi les pianistes invités figurent Claire Martin, Min-Jun Kim, Hye-Jin Choi et"
        " Louis Perrin.",
        [
            "Claire Martin:PERSON",
            "Min-Jun Kim:PERSON",
            "Hye-Jin Choi:PERSON",
            "Louis Perrin:PERSON",
        ],
        [],
    ),
    (
        "en",
        "The Musée Picasso lent a portrait of Queen Elizabeth I, while the film “Parasite” was"
        " shown in Seattle.",
        [
            "Musée Picasso:ORG/PLACE",
            "Elizabeth I:PERSON|Queen Elizabeth I:PERSON",
            "Parasite:MISC",
            "Seattle:PLACE",
        ],
        [],
    ),
    (
        "fr",
        "Les partisans de la loi travail ont défilé à Nantes.",
        ["loi travail:MISC", "Nantes:PLACE"],
        [],
    ),
    (
        "en",
        "The board of Brookline Mutual met in Denver. Attendance in Iowa dropped quickly.",
        ["Brookline Mutual:ORG", "Denver:PLACE", "Iowa:PLACE"],
        ["Attendance"],
    ),
    (
        "fr",
        "L'Italienne Giulia Rossi devance la Canadienne Emma Roy, et la sonde Psyché a décollé.",
        [
            "Italienne:MISC",
            "Canadienne:MISC",
            "Giulia Rossi:PERSON",
            "Emma Roy:PERSON",
            "Psyché:MISC",
        ],
        [],
    ),
    (
        "fr",
        "Les Néerlandais et le Hongrois Péter Kovács hésitent ; l'Ukraine et la Lorraine votent.",
        ["Néerlandais:MISC", "Hongrois:MISC", "Péter Kovács:PERSON"],
        ["Ukraine:MISC", "Lorraine:MISC"],
    ),
    # Names: boundaries and junk.
    (
        "fr",
        "Elle déjeunait avec la directrice de l'Hôpital universitaire de Plzeň Jana Dvořáková.",
        ["Hôpital universitaire de Plzeň:ORG/PLACE", "Jana Dvořáková:PERSON"],
        ["Hôpital universitaire de Plzeň Jana Dvořáková"],
    ),
    (
        "fr",
        "La cour d'appel de Douai a suivi l'avis du Haut Conseil de la famille et de l'enfance.",
        ["cour d'appel de Douai:ORG", "Haut Conseil de la famille et de l'enfance:ORG"],
        [],
    ),
    (
        "fr",
        "Seuls 9 Etats ont ratifié, et les panneaux suivent l'arrêté de la Ville de Niort,"
        " selon la Ville.",
        ["9:NUMBER", "Niort:PLACE|Ville de Niort:ORG"],
        ["Etats", "Ville"],
    ),
    # A participle or adjective opening a sentence is no name; the name after it is.
    (
        "fr",
        "Interrogés par le journal, les habitants du quartier se disent las des travaux.",
        [],
        ["Interrogés"],
    ),
    (
        "fr",
        "Retraité de la RATP, il consacre ses journées au jardin ouvrier.",
        ["RATP:ORG"],
        ["Retraité"],
    ),
    (
        "fr",
        "Saluée par les riverains, la rénovation du lavoir s'achèvera en juin.",
        [],
        ["Saluée"],
    ),
    (
        "fr",
        "Retraitée de l'Éducation nationale, Monique Lefort anime depuis dix ans"
        " l'association Les Liseuses, à Dijon.",
        ["Éducation nationale:ORG", "Monique Lefort:PERSON", "Les Liseuses:ORG", "Dijon:PLACE"],
        ["Retraitée de l'Éducation nationale"],
    ),
    (
        "fr",
        "Bénévole depuis 2012, Paul Girard a rejoint l'amicale Vieux Port.",
        ["Paul Girard:PERSON", "Vieux Port:ORG"],
        ["Bénévole"],
    ),
    # Bodies named after their noun: "l'association X", "le collectif X", "l'ONG X".
    (
        "fr",
        "Sollicité par la mairie, le collectif Rue Libre a prêté sa salle. L'ONG Eau Vive"
        " fournira les bassins.",
        ["Rue Libre:ORG", "Eau Vive:ORG"],
        [],
    ),
    (
        "fr",
        "Inquiets, les parents ont écrit à l'organisation Enfance Sereine.",
        ["Enfance Sereine:ORG"],
        [],
    ),
    # Figures.
    (
        "fr",
        "Le tribunal de Rouen a condamné Paul Mercier à six mois de prison et trois ans"
        " d'interdiction d'exercer. Sa complice a écopé de 10 mois avec sursis.",
        ["six mois:DATE/QUANTITY", "trois ans:DATE/QUANTITY", "10 mois:DATE/QUANTITY"],
        [],
    ),
    (
        "en",
        "The walkout at the Dayton factory lasted three days; the last one lasted 9 days.",
        ["three days:DATE", "9 days:DATE"],
        [],
    ),
    (
        "en",
        "The committee met on Monday, and the decision came on Friday in Chicago.",
        ["Monday:DATE", "Friday:DATE", "Chicago:PLACE"],
        [],
    ),
    (
        "fr",
        "Mardi matin, Julie Martin a reçu les élus à Lille. Ils se retrouveront vendredi.",
        ["Mardi matin:DATE|Mardi:DATE", "vendredi:DATE", "Julie Martin:PERSON"],
        ["Mardi:PERSON", "Mardi matin:PERSON"],
    ),
    (
        "en",
        "Six nurses quit, and three-quarters of the remaining staff signed a petition.",
        ["Six:NUMBER", "three-quarters:NUMBER"],
        [],
    ),
    (
        "fr",
        "D'après Luc Bernard, une dizaine d'ouvriers et quatre cadres ont quitté le site de Metz.",
        ["une dizaine:NUMBER|dizaine:NUMBER", "quatre:NUMBER", "Luc Bernard:PERSON"],
        [],
    ),
    (
        "fr",
        "Le taux d'inflation est passé de 5,2 % en 2022 à 2 % en 2024.",
        ["5,2 %:PERCENT", "2 %:PERCENT", "2022:DATE", "2024:DATE"],
        ["2022 à 2 %"],
    ),
    (
        "fr",
        "Le salon aura lieu entre le 12 et le 15 juin à Cannes.",
        ["12 et le 15 juin:DATE|entre le 12 et le 15 juin:DATE"],
        ["12:NUMBER"],
    ),
    (
        "en",
        "River levels in Iowa rose 2 to 4 feet, and prices climbed from March to June 2023.",
        ["2 to 4 feet:QUANTITY", "March to June 2023:DATE"],
        ["2:NUMBER", "4 feet", "June 2023"],
    ),
    (
        "fr",
        "La note adressée à la préfecture de Caen s'élève à 23.415,80 euros.",
        ["23.415,80 euros:MONEY"],
        ["80 euros"],
    ),
    (
        "en",
        "Nevada approved a 20-mile railway and a 500-acre wind farm near Reno.",
        ["20-mile:QUANTITY", "500-acre:QUANTITY"],
        ["20:NUMBER", "500:NUMBER"],
    ),
    (
        "en",
        "In Georgia, turnout rose between the 2018 and 2022 elections.",
        ["2018:DATE", "2022:DATE"],
        ["2022:NUMBER"],
    ),
    (
        "en",
        "At midnight, the utility declared a “Stage 3” alert, said Mark Ellis (2).",
        ["Mark Ellis:PERSON"],
        ["3", "2"],
    ),
    # English organisations: head nouns, clubs, counties, companies' cues, quoted titles.
    (
        "en",
        "A lawyer told London's High Court that the Pinewood Housing Authority and the"
        " Department of Energy had been warned.",
        ["High Court:ORG", "Pinewood Housing Authority:ORG", "Department of Energy:ORG"],
        ["London's High Court", "Pinewood Housing:PERSON"],
    ),
    (
        "en",
        "Stoke City beat Real Betis 2-0 on Saturday, and Harlan County said it would pay"
        " for the new stand.",
        ["Stoke City:ORG", "Real Betis:ORG", "Harlan County:ORG", "Saturday:DATE"],
        ["Stoke City:PLACE"],
    ),
    (
        "en",
        "Corvix, which has about 2,000 staff in Leeds, said in a statement that Corvix would"
        " appeal. Zentara's market value fell.",
        ["Corvix:ORG", "Zentara:ORG", "Leeds:PLACE"],
        ["Corvix:PERSON", "Zentara:PLACE"],
    ),
    (
        "en",
        "Studios fought over “The Salt Road,” a thriller by Ines Varga, and Chancellor Petra"
        " Lindqvist met the Storting.",
        ["The Salt Road:MISC", "Ines Varga:PERSON", "Petra Lindqvist:PERSON", "Storting:ORG"],
        ["Salt Road"],
    ),
    (
        "en",
        "The Halden Hawks lost 98-91 to Oakland on Friday. The Hawks' coach said USA Basketball"
        " had called two of his players.",
        ["Halden Hawks:ORG", "Hawks:ORG", "USA Basketball:ORG"],
        ["USA Basketball:PLACE", "Hawks:MISC"],
    ),
]


def _panel(result: EntityResult, text: str) -> set[tuple[str, str]]:
    """Return every (mention as written, label) on the panel."""
    return {(text[s:e], entity.label) for entity in result.entities for s, e in entity.mentions}


def _wanted(expectation: str) -> set[tuple[str, str]]:
    """Return the (surface, label) pairs any of which meets `expectation`."""
    wanted = set()
    for answer in expectation.split("|"):
        surface, _, labels = answer.rpartition(":")
        wanted.update((surface, label) for label in labels.split("/"))
    return wanted


@pytest.mark.usefixtures("french", "english")
@pytest.mark.parametrize(("language", "sentence", "expected", "forbidden"), CASES)
def test_pattern_gives_the_expected_panel(
    language: str, sentence: str, expected: list[str], forbidden: list[str]
) -> None:
    panel = _panel(extract_entities(sentence, language), sentence)
    for expectation in expected:
        assert _wanted(expectation) & panel, f"{expectation} not in {sorted(panel)}"
    for unwanted in forbidden:
        surface, _, label = unwanted.partition(":")
        hits = {(s, found) for s, found in panel if s == surface and label in ("", found)}
        assert not hits, f"{unwanted} listed: {sorted(panel)}"


def test_an_acronym_and_a_surname_join_their_rows(english: str) -> None:
    text = (
        "The Federal Aviation Administration (FAA) opened a review. John Park said Park had"
        " warned the FAA twice."
    )
    rows = {
        entity.label: {text[s:e] for s, e in entity.mentions}
        for entity in extract_entities(text, english).entities
        if entity.group != "Figures"
    }
    assert {"FAA", "Federal Aviation Administration"} <= rows["ORG"]
    assert {"John Park", "Park"} <= rows["PERSON"]
