"""Figure values: one typed value for a figure however French or English writes it."""

from __future__ import annotations

import pytest

from reader.entities.values import FigureValue, figure_value, other_reading, render, same_value

SAME = [
    # (French figure, label, English figure, label)
    ("97,4 milliards de dollars", "MONEY", "$97.4 billion", "MONEY"),
    ("97,4 Md$", "MONEY", "$97.4bn", "MONEY"),
    ("3 M€", "MONEY", "€3m", "MONEY"),
    ("un milliard d'euros", "MONEY", "a billion euros", "MONEY"),
    ("8,1 %", "PERCENT", "8.1%", "PERCENT"),
    ("-3,5 %", "PERCENT", "-3.5 percent", "PERCENT"),
    ("2 points de pourcentage", "PERCENT", "2 percentage points", "PERCENT"),
    ("1 500", "NUMBER", "1,500", "NUMBER"),
    ("2,5 millions", "NUMBER", "2.5 million", "NUMBER"),
    ("1,5 billion", "NUMBER", "1.5 trillion", "NUMBER"),
    ("3,5 tonnes", "QUANTITY", "3.5 tonnes", "QUANTITY"),
    ("5 °C", "QUANTITY", "5 degrees", "QUANTITY"),
    ("10 km", "QUANTITY", "10 kilometres", "QUANTITY"),
    ("mardi 12 mars 2024", "DATE", "Tuesday, March 12, 2024", "DATE"),
    ("1er mars", "DATE", "March 1", "DATE"),
    ("12 mars", "DATE", "March 12, 2024", "DATE"),
    ("février 2025", "DATE", "February 2025", "DATE"),
    ("T3 2024", "DATE", "Q3 2024", "DATE"),
    ("années 1990", "DATE", "the 1990s", "DATE"),
    ("30 ans", "DATE", "30 years", "DATE"),
    ("12/02/2025", "DATE", "2025-02-12", "DATE"),
    ("2023-2025", "DATE", "2023-2025", "DATE"),
    ("3 à 5 %", "PERCENT", "3 to 5%", "PERCENT"),
    ("12-14 mars", "DATE", "March 12-14", "DATE"),
]

DIFFERENT = [
    ("97,4 milliards de dollars", "MONEY", "97.4 million dollars", "MONEY"),
    ("97,4 milliards de dollars", "MONEY", "€97.4 billion", "MONEY"),
    ("8,1 %", "PERCENT", "81%", "PERCENT"),
    ("12 mars", "DATE", "May 12", "DATE"),
    ("mardi 12 mars", "DATE", "Wednesday, March 12", "DATE"),
    ("1,5 billion", "NUMBER", "1.5 billion", "NUMBER"),
    ("10 km", "QUANTITY", "10 miles", "QUANTITY"),
    ("3 à 5 %", "PERCENT", "3 to 6%", "PERCENT"),
    ("2024", "DATE", "2025", "DATE"),
]


def _both(
    french: str, fr_label: str, english: str, en_label: str
) -> tuple[FigureValue, FigureValue]:
    """Return the values of a French figure and an English one, both readable."""
    source = figure_value(french, fr_label, "fr")
    target = figure_value(english, en_label, "en")
    assert source is not None and target is not None
    return source, target


@pytest.mark.parametrize(("french", "fr_label", "english", "en_label"), SAME)
def test_french_and_english_spellings_have_one_value(
    french: str, fr_label: str, english: str, en_label: str
) -> None:
    source, target = _both(french, fr_label, english, en_label)
    assert same_value(source, target), (source, target)


@pytest.mark.parametrize(("french", "fr_label", "english", "en_label"), DIFFERENT)
def test_a_changed_figure_has_another_value(
    french: str, fr_label: str, english: str, en_label: str
) -> None:
    source, target = _both(french, fr_label, english, en_label)
    assert not same_value(source, target), (source, target)


def test_the_value_is_typed() -> None:
    value = figure_value("97,4 milliards de dollars", "MONEY", "fr")
    assert value == FigureValue("amount", 97.4e9, currency="USD", form="fr", scale=1e9)
    assert value.to_dict() == {
        "kind": "amount",
        "number": 97_400_000_000,
        "currency": "USD",
        "form": "fr",
    }
    date = figure_value("mardi 12 mars 2024", "DATE", "fr")
    assert date is not None
    assert date.to_dict() == {"kind": "date", "date": "2024-03-12", "weekday": "tuesday"}
    assert figure_value("12 mars", "DATE", "fr") == FigureValue("date", date="--03-12")


def test_the_number_conventions_are_kept_as_the_form() -> None:
    assert figure_value("1 500", "NUMBER", "fr").form == "fr"  # type: ignore[union-attr]
    assert figure_value("1,500", "NUMBER", "en").form == "en"  # type: ignore[union-attr]
    assert figure_value("1500", "NUMBER", "en").form == ""  # type: ignore[union-attr]
    # "97,4 billion" in English: the French decimal comma, read as such.
    wrong = figure_value("97,4 billion", "NUMBER", "en")
    assert wrong is not None and wrong.form == "fr" and wrong.number == pytest.approx(97.4e9)


def test_the_other_conventions_read_an_ambiguous_figure_otherwise() -> None:
    french = figure_value("1,500", "NUMBER", "fr")
    assert french is not None and french.number == 1.5
    english = other_reading(french, "1,500", "fr")
    assert english is not None and english.number == 1500


@pytest.mark.parametrize(
    ("text", "label", "language", "french", "english"),
    [
        ("$97.4bn", "MONEY", "en", "97,4 milliards de dollars", "$97.4 billion"),
        ("8,1 %", "PERCENT", "fr", "8,1\u00a0%", "8.1%"),
        ("mardi 12 mars 2024", "DATE", "fr", "mardi 12 mars 2024", "Tuesday, March 12, 2024"),
        ("1,5 million", "NUMBER", "fr", "1,5 million", "1.5 million"),
        ("12 500", "NUMBER", "fr", "12\u202f500", "12,500"),
        ("30 years", "DATE", "en", "30 ans", "30 years"),
        ("Q3 2024", "DATE", "en", "T3 2024", "Q3 2024"),
    ],
)
def test_a_value_is_written_in_each_languages_conventions(
    text: str, label: str, language: str, french: str, english: str
) -> None:
    value = figure_value(text, label, language)
    assert value is not None
    assert render(value, "fr") == french
    assert render(value, "en") == english
    for written, code in ((french, "fr"), (english, "en")):
        again = figure_value(written, label, code)
        assert again is not None and same_value(value, again)


def test_what_cannot_be_read_has_no_value() -> None:
    assert figure_value("quelque chose", "NUMBER", "fr") is None
    assert figure_value("Pierre", "PERSON", "fr") is None


# Figures the recogniser finds in words: each is read as the number it says.
IN_WORDS = [
    # (text, label, language, expected value as JSON)
    ("dix-huit", "NUMBER", "fr", {"kind": "number", "number": 18}),
    ("vingt-et-un", "NUMBER", "fr", {"kind": "number", "number": 21}),
    ("vingt et un", "NUMBER", "fr", {"kind": "number", "number": 21}),
    ("soixante-dix-sept", "NUMBER", "fr", {"kind": "number", "number": 77}),
    ("quatre-vingts", "NUMBER", "fr", {"kind": "number", "number": 80}),
    ("quatre-vingt-dix", "NUMBER", "fr", {"kind": "number", "number": 90}),
    ("deux cents", "NUMBER", "fr", {"kind": "number", "number": 200}),
    ("cent vingt-cinq", "NUMBER", "fr", {"kind": "number", "number": 125}),
    ("twenty-one", "NUMBER", "en", {"kind": "number", "number": 21}),
    ("ninety-nine", "NUMBER", "en", {"kind": "number", "number": 99}),
    ("two hundred and five", "NUMBER", "en", {"kind": "number", "number": 205}),
    ("deux millions", "NUMBER", "fr", {"kind": "number", "number": 2_000_000}),
    ("vingt-cinq millions d'euros", "MONEY", "fr",
     {"kind": "amount", "number": 25_000_000, "currency": "EUR"}),
    ("deux tiers", "NUMBER", "fr", {"kind": "number", "number": 2 / 3, "denominator": 3}),
    ("two-thirds", "NUMBER", "en", {"kind": "number", "number": 2 / 3, "denominator": 3}),
    ("trois quarts", "NUMBER", "fr", {"kind": "number", "number": 0.75, "denominator": 4}),
    ("une vingtaine", "NUMBER", "fr", {"kind": "number", "number": 20, "approximate": True}),
    ("a dozen", "NUMBER", "en", {"kind": "number", "number": 12, "approximate": True}),
    ("dix-huit mois", "DATE", "fr", {"kind": "duration", "number": 18, "unit": "month"}),
    ("vingt et un ans", "DATE", "fr", {"kind": "duration", "number": 21, "unit": "year"}),
    ("three to five months", "DATE", "en",
     {"kind": "duration", "number": 3, "high": 5, "unit": "month"}),
    ("3 à 5 ans", "DATE", "fr", {"kind": "duration", "number": 3, "high": 5, "unit": "year"}),
    ("four-year", "DATE", "en", {"kind": "duration", "number": 4, "unit": "year"}),
    ("20-year-old", "DATE", "en", {"kind": "duration", "number": 20, "unit": "year"}),
    ("fifteen-mile", "QUANTITY", "en", {"kind": "quantity", "number": 15, "unit": "mi"}),
    ("Jeudi soir", "DATE", "fr",
     {"kind": "date", "weekday": "thursday", "part": "evening"}),
    ("Tuesday night", "DATE", "en", {"kind": "date", "weekday": "tuesday", "part": "night"}),
    ("mercredi", "DATE", "fr", {"kind": "date", "weekday": "wednesday"}),
    ("January to April 2022", "DATE", "en",
     {"kind": "date", "date": "2022-01", "date_high": "2022-04"}),
    ("de janvier à avril", "DATE", "fr", {"kind": "date", "date": "--01", "date_high": "--04"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "language", "expected"), IN_WORDS)
def test_numbers_in_words_have_their_value(
    text: str, label: str, language: str, expected: dict[str, object]
) -> None:
    value = figure_value(text, label, language)
    assert value is not None
    assert value.to_dict() == pytest.approx(expected)


SAME_IN_WORDS = [
    # A number in words is the number in digits, in either language.
    ("trois", "NUMBER", "three", "NUMBER"),
    ("trois", "NUMBER", "3", "NUMBER"),
    ("3", "NUMBER", "three", "NUMBER"),
    ("vingt-et-un", "NUMBER", "twenty-one", "NUMBER"),
    ("quatre-vingt-dix", "NUMBER", "90", "NUMBER"),
    ("soixante-dix", "NUMBER", "seventy", "NUMBER"),
    ("deux tiers", "NUMBER", "two-thirds", "NUMBER"),
    ("une vingtaine", "NUMBER", "twenty", "NUMBER"),
    ("une douzaine", "NUMBER", "a dozen", "NUMBER"),
    ("dix-huit mois", "DATE", "18 months", "DATE"),
    ("dix-huit mois", "DATE", "eighteen months", "DATE"),
    ("trois à cinq mois", "DATE", "three to five months", "DATE"),
    ("quatre ans", "DATE", "four-year", "DATE"),
    ("jeudi soir", "DATE", "Thursday night", "DATE"),
    ("de janvier à avril 2022", "DATE", "January to April 2022", "DATE"),
]

DIFFERENT_IN_WORDS = [
    ("trois", "NUMBER", "four", "NUMBER"),
    ("dix-huit", "NUMBER", "eight", "NUMBER"),
    ("quatre-vingt-dix", "NUMBER", "eighty", "NUMBER"),
    ("deux tiers", "NUMBER", "one-third", "NUMBER"),
    ("deux tiers", "NUMBER", "2", "NUMBER"),
    ("une vingtaine", "NUMBER", "a dozen", "NUMBER"),
    ("dix-huit mois", "DATE", "eighteen years", "DATE"),
    ("jeudi soir", "DATE", "Friday night", "DATE"),
    ("de janvier à avril 2022", "DATE", "January to March 2022", "DATE"),
]


@pytest.mark.parametrize(("french", "fr_label", "english", "en_label"), SAME_IN_WORDS)
def test_numbers_in_words_compare_with_digits_and_the_other_language(
    french: str, fr_label: str, english: str, en_label: str
) -> None:
    source, target = _both(french, fr_label, english, en_label)
    assert same_value(source, target), (source, target)


@pytest.mark.parametrize(("french", "fr_label", "english", "en_label"), DIFFERENT_IN_WORDS)
def test_a_changed_number_in_words_has_another_value(
    french: str, fr_label: str, english: str, en_label: str
) -> None:
    source, target = _both(french, fr_label, english, en_label)
    assert not same_value(source, target), (source, target)


@pytest.mark.parametrize(
    ("text", "label", "language", "french", "english"),
    [
        ("deux tiers", "NUMBER", "fr", "deux tiers", "two-thirds"),
        ("une vingtaine", "NUMBER", "fr", "une vingtaine", "about 20"),
        ("a dozen", "NUMBER", "en", "une douzaine", "a dozen"),
        ("jeudi soir", "DATE", "fr", "jeudi soir", "Thursday evening"),
        ("January to April 2022", "DATE", "en", "janvier à avril 2022", "January to April 2022"),
        ("dix-huit mois", "DATE", "fr", "18 mois", "18 months"),
    ],
)
def test_figures_in_words_are_written_back_in_each_language(
    text: str, label: str, language: str, french: str, english: str
) -> None:
    value = figure_value(text, label, language)
    assert value is not None
    assert render(value, "fr") == french
    assert render(value, "en") == english
