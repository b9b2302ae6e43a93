"""Figures written in other terms than their source's: converted, named, split."""

from __future__ import annotations

from reader.entities.values import FigureValue, figure_value
from reader.translation.terms import named_day, same_in_other_terms, two_numbers


def value(text: str, label: str, language: str) -> FigureValue:
    found = figure_value(text, label, language)
    assert found is not None, text
    return found


def test_a_converted_measure_is_the_same_within_its_rounding() -> None:
    speed = value("100 mph", "QUANTITY", "en")
    assert same_in_other_terms(speed, value("160 km/h", "QUANTITY", "fr"))
    assert same_in_other_terms(value("160 km/h", "QUANTITY", "fr"), speed)
    assert not same_in_other_terms(speed, value("16 km/h", "QUANTITY", "fr"))
    assert not same_in_other_terms(speed, value("100 km/h", "QUANTITY", "fr"))


def test_a_year_is_a_date_on_one_side_and_a_count_on_the_other() -> None:
    year = value("2024", "DATE", "en")
    assert same_in_other_terms(value("2024", "NUMBER", "fr"), year)
    assert not same_in_other_terms(value("2028", "NUMBER", "fr"), year)


def test_a_day_by_its_name_and_a_weekday_as_a_habit() -> None:
    assert named_day(value("14 juillet", "DATE", "fr"), "on Bastille Day", "en")
    assert not named_day(value("14 juillet", "DATE", "fr"), "on Christmas Day", "en")
    assert named_day(value("dimanche", "DATE", "fr"), "on Sundays", "en")
    assert not named_day(value("dimanche", "DATE", "fr"), "on Sunday", "en")


def test_a_days_name_is_written_as_a_name_not_as_a_common_word() -> None:
    assumption = value("15 août", "DATE", "fr")
    assert named_day(assumption, "The offices close for the Assumption.", "en")
    assert named_day(assumption, "THE OFFICES CLOSE FOR THE ASSUMPTION.", "en")
    assert not named_day(assumption, "The offices close on that assumption.", "en")
    christmas = value("25 December", "DATE", "en")
    assert named_day(christmas, "Les magasins ferment à Noël.", "fr")
    assert not named_day(christmas, "Les magasins ferment à noël.", "fr")
    assert not named_day(value("25 décembre", "DATE", "fr"), "Shops shut at christmas.", "en")
    armistice = value("11 November", "DATE", "en")
    assert named_day(armistice, "La cérémonie a lieu pour l'Armistice.", "fr")
    assert not named_day(armistice, "Les pourparlers d'armistice ont repris.", "fr")
    # Written in lower case by the language, a day's name is one in either case.
    assert named_day(value("14 juillet", "DATE", "fr"), "Fête nationale: the streets filled.", "en")
    assert named_day(value("1 January", "DATE", "en"), "Fermé le jour de l'An.", "fr")


def test_an_english_number_grouped_by_a_space_may_be_two() -> None:
    assert two_numbers("44 737", "Boeing a livré 44 avions 737 Max.", "en")
    assert not two_numbers("44 737", "Boeing a livré 4 avions 737 Max.", "en")
    assert not two_numbers("44 737", "Boeing a livré 44 avions 737 Max.", "fr")
