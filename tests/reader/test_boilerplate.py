"""Tests for reader.boilerplate: promo vocabulary, bylines and dates."""

from __future__ import annotations

import pytest

from reader.boilerplate import (
    MAX_BOILERPLATE_CHARS,
    boilerplate_kind,
    find_date,
    is_boilerplate_line,
    is_breadcrumb,
    is_credit_line,
    is_label_line,
    is_standalone_boilerplate,
    match_byline,
    match_dateline,
    split_authors,
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Newsletter quotidienne", "newsletter"),
        ("📩 La newsletter du matin", "newsletter"),
        ("Recevez chaque matin l’essentiel de l’actualité.", "newsletter"),
        ("Get the best stories in your inbox every Sunday.", "newsletter"),
        ("Pour ne rien manquer, lisez notre newsletter", "newsletter"),
        ("Abonnez-vous au magazine", "subscription"),
        ("Inscrivez-vous gratuitement", "subscription"),
        ("Sign up", "subscription"),
        ("Subscribe now and save 50%", "subscription"),
        ("Déjà abonné ? Connectez-vous", "subscription"),
        ("Il vous reste 80 % de cet article à lire.", "subscription"),
        ("Cet article est réservé aux abonnés.", "subscription"),
        ("À lire également : Le budget de la ville", "related"),
        ("Lire aussi", "related"),
        ("Read more: The island schools", "related"),
        ("See also the map of the new lines", "related"),
        ("Related: Ten years of trams", "related"),
        ("Related articles", "related"),
        ("Sur le même sujet", "related"),
        ("Vous avez aimé cet article ? Likez-nous", "share"),
        ("Did you enjoy this story? Tell a friend", "share"),
        ("Share this article", "share"),
        ("Partager sur Facebook", "share"),
        ("Follow us on Twitter", "share"),
        ("Suivez-nous sur Instagram", "share"),
        ("Follow Harbour News on Instagram, Facebook and YouTube.", "share"),
        ("Suivez notre rédaction locale sur X", "share"),
        ("Commentaires (12)", "share"),
        ("Facebook Twitter LinkedIn E-mail", "share"),
        ("© 2025 Le Journal", "legal"),
        ("Copyright 2024 Example Ltd", "legal"),
        ("Tous droits réservés", "legal"),
        ("All rights reserved.", "legal"),
        ("Crédit photo : Jean Martin", "legal"),
        ("PUBLICITÉ", "advertising"),
        ("Advertisement", "advertising"),
        ("Contenu sponsorisé", "advertising"),
        ("Skip to content", "navigation"),
        ("Menu", "navigation"),
        ("Accueil › Économie › Entreprises", "navigation"),
        ("Home / News", "navigation"),
        ("5 min de lecture", "metadata"),
        ("Temps de lecture : 4 minutes", "metadata"),
        ("4 min read", "metadata"),
        ("Tags: climate, cities", "metadata"),
        ("Mots-clés : vélo, ville", "metadata"),
        ("We use cookies to personalise content and ads.", "consent"),
        ("Nous utilisons des cookies pour mesurer l’audience.", "consent"),
        ("Ce site utilise des traceurs. En savoir plus", "consent"),
        ("En poursuivant votre navigation, vous acceptez leur utilisation.", "consent"),
        ("By continuing to browse, you agree to our use of cookies.", "consent"),
        ("Cookie settings", "consent"),
        ("Paramétrer les cookies", "consent"),
        ("Gérer mes choix", "consent"),
        ("Accept all cookies", "consent"),
        ("Tout accepter", "consent"),
        ("Continuer sans accepter →", "consent"),
        ("Accepter", "consent"),
        ("Politique de confidentialité", "consent"),
        ("Crédit : AFP", "legal"),
        ("Credit: Flixbus", "legal"),
        ("Photos by Daniel Wu", "legal"),
        ("Photo : Jean Dupont / AFP", "legal"),
    ],
)
def test_boilerplate_lines(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Her newsletter now reaches four thousand homes.",
        "Elle publie une newsletter hebdomadaire depuis 2019.",
        "Share prices fell 3% on Monday.",
        "Related research suggests otherwise.",
        "Comments from the minister were brief.",
        "Les lecteurs peuvent s’abonner en ligne depuis mars, explique-t-il.",
        "Sign language interpreters were present.",
        "Menu du jour : soupe et tarte.",
        "Home is where the ferry stops.",
        "Il a réagi vivement.",
        "Paris, Lyon et Marseille",
        "The cookies were still warm when we arrived.",
        "Elle accepte les cookies de sa voisine, pas ses conseils.",
        "Credit card debt is rising.",
        "Crédit agricole et banques mutualistes",
        "Photo : Un livreur charge son vélo-cargo devant un entrepôt.",
        "Photos of the flood spread quickly online.",
        "Police urged drivers to follow updates on Twitter.",
        "Follow the coast road on foot to the lighthouse.",
        "Follow the advice on X-rays given by the clinic.",
        "OK.",
        "",
    ],
)
def test_body_lines_are_not_boilerplate(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_long_lines_are_never_boilerplate() -> None:
    line = "Abonnez-vous à notre newsletter, " + "disait-elle en riant, " * 12
    assert len(line) > MAX_BOILERPLATE_CHARS
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("line", "standalone"),
    [
        ("Lire aussi : Le tram de Brest", True),
        ("À LIRE ÉGALEMENT >> Les budgets", True),
        ("Read more: Bridges", True),
        ("Related", True),
        ("Publicité", True),
        ("Lire aussi les mémoires de l’auteur, parus en 2019.", False),
        ("Newsletter quotidienne", False),
        ("Abonnez-vous", False),
        ("Crédit photo : Mairie de Plounévez", True),
        ("Photos by Daniel Wu", True),
        ("Credit card debt is rising.", False),
        ("We use cookies to personalise content.", False),  # trusted at the edges only
    ],
)
def test_standalone_boilerplate(line: str, standalone: bool) -> None:
    assert is_standalone_boilerplate(line) is standalone


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("Accueil › Économie › Entreprises", True),
        ("Home > Travel", True),
        ("News | World | Europe", True),
        ("Tech > IA", False),
        ("Paris > Lyon > la ville où il a grandi et travaillé toute sa vie durant.", False),
        ("Une phrase ordinaire.", False),
        ("Home · Archive · About", True),
        ("Accueil • Société • Culture • Sport", True),
        ("Par Camille Roux · 18 avril 2025 · 6 min de lecture", False),
        ("Paris · Berlin", False),
        ("The mayor · the council · the residents", False),
    ],
)
def test_breadcrumbs(line: str, crumbs: bool) -> None:
    assert is_breadcrumb(line) is crumbs


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Par Jeanne Dupont", "Jeanne Dupont"),
        ("par jeanne dupont", None),
        ("By John Smith", "John Smith"),
        ("BY JOHN SMITH", "JOHN SMITH"),
        ("Written by Noor Haddad, 14 May 2024", "Noor Haddad"),
        ("Propos recueillis par Hélène Garnier", "Hélène Garnier"),
        ("Une tribune de Sophie Marchand, économiste, avec Paul Girard", "Sophie Marchand"),
        ("Texte de Camille Roux pour Le Quotidien, traduit par Ana Ruiz", "Camille Roux"),
        ("Par Jeanne Dupont et Jean Martin, envoyés spéciaux", "Jeanne Dupont et Jean Martin"),
        ("By Ann Lee, Bo Chen and Ravi Das", "Ann Lee, Bo Chen and Ravi Das"),
        ("By Ann Lee, Bo Chen, and Ravi Das", "Ann Lee, Bo Chen, and Ravi Das"),
        ("Par Jeanne Dupont, Envoyée Spéciale à Kyiv", "Jeanne Dupont"),
        ("Par Charles de Gaulle", "Charles de Gaulle"),
        ("Par Jeanne Dupont de l’AFP", "Jeanne Dupont"),
        ("By J.-P. O’Neill | Reuters", "J.-P. O’Neill"),
        ("— Par Anne-Sophie d’Arcy", "Anne-Sophie d’Arcy"),
        ("Auteur : Paul Girard", "Paul Girard"),
        ("Author: Ravi Das", "Ravi Das"),
        ("Par Jeanne Dupont, le 12 février 2025", "Jeanne Dupont"),
        ("By Ana Ruiz March 3, 2025", "Ana Ruiz"),
        ("Par AFP", "AFP"),
        ("By 2030, most buses will be electric.", None),
        ("By the end of the year we had moved.", None),
        ("By Monday, the team had shipped.", None),
        ("Par ailleurs, le budget augmente.", None),
        ("Parce que Jeanne l’a dit.", None),
        ("Par Jeanne Dupont a été élue.", None),
        ("Byron Smith", None),
        ("Une contribution", None),
    ],
)
def test_match_byline(line: str, author: str | None) -> None:
    assert match_byline(line) == author


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publié le 12 février 2025 à 10h30", "12 février 2025 à 10h30"),
        ("Mis à jour le 13/02/2025", "13/02/2025"),
        ("Le 1er mars 2025", "1er mars 2025"),
        ("Lundi 3 mars 2025", "Lundi 3 mars 2025"),
        ("Published Feb 10, 2025", "Feb 10, 2025"),
        ("Updated: March 3, 2025 9:15 AM ET", "March 3, 2025 9:15 AM ET"),
        ("2025-02-10", "2025-02-10"),
        ("12 février 2025 · 5 min de lecture", "12 février 2025"),
        ("Publié le 3 mars 2025 - Mis à jour le 4 mars 2025", "3 mars 2025"),
        ("Brest, le 12 mars 2025", "12 mars 2025"),
        ("LONDON — March 3, 2025", "March 3, 2025"),
        ("Saint-Malo, 3 mars 2025", "3 mars 2025"),
        ("Brest, une ville qui change", None),
        ("Le 12 février 2025, le conseil a voté.", None),
        ("En mars 2025, rien ne bougeait.", None),
        ("5 min de lecture", None),
        ("Il est 21 h 40 gare d’Austerlitz", None),
    ],
)
def test_match_dateline(line: str, date: str | None) -> None:
    assert match_dateline(line) == date


def test_find_date_inside_a_credit() -> None:
    assert find_date("Par Jeanne Dupont, le 12 février 2025") == "12 février 2025"
    assert find_date("By Ana Ruiz | Feb. 3rd, 2025") == "Feb. 3rd, 2025"
    assert find_date("Par Jeanne Dupont") is None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Accepter", True),
        ("Accept all cookies", True),
        ("Cookie settings", True),
        ("Advertisement", True),
        ("Skip to content", True),
        ("Facebook Twitter", True),
        ("our cookie policy.", False),  # the end of a wrapped sentence
        ("accept it.", False),
        ("and the agreement was signed", False),
    ],
)
def test_label_lines(line: str, label: bool) -> None:
    assert is_label_line(line) is label


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Crédit : Camille Roux", True),
        ("Crédits photos : Jean Martin, Ana Ruiz", True),
        ("Photo credit: Lee Park", True),
        ("Photographs by Kim Lee", True),
        ("Photo : AFP", True),
        ("Photo : Un livreur charge son vélo.", False),
        ("Image: A sleeper coach waits near Lyon.", False),
        ("Credit where it is due: the mayor listened.", False),
        ("Credit card debt is rising.", False),
        ("Crédit : la banque a refusé le prêt.", False),
        ("Photos de famille et souvenirs d’enfance", False),
        ("Photos by the dozen were taken that day", False),
        ("Crédit photo : © Mairie de Brest", True),
        ("Credit: iStock", True),
    ],
)
def test_credit_lines(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit


def test_semicolon_ends_the_names_of_a_credit() -> None:
    assert match_byline("Reporting by Tom Bradley; Editing by Anna Lee") == "Tom Bradley"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Jeanne Dupont et Marc Petit", ["Jeanne Dupont", "Marc Petit"]),
        ("Ann Lee, Bo Chen, and Ravi Das", ["Ann Lee", "Bo Chen", "Ravi Das"]),
        ("Dr. Ana Ruiz & Lee Park", ["Dr. Ana Ruiz", "Lee Park"]),
        ("Roland Barthes", ["Roland Barthes"]),
    ],
)
def test_split_authors(byline: str, authors: list[str]) -> None:
    assert split_authors(byline) == authors
