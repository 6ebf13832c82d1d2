"""Issue 14, round 14 (measures and units): causes that recurred across the writers of the
calibration reports, one test per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a currency's ISO code before the amount, with or without a space
        ("Customs officers seized EUR 3.7 million in cash at the border.", "3700000",
         ("cash-seized", "euro")),
        ("The agency confiscated GHS9.1 million in cash from the couriers.", "9100000",
         ("cash-seized", "cedi")),
        # the real's and the cedi's own signs, and a dollar sign followed by a space
        ("Agents seized R$ 5.5 million in cash in the raids.", "5500000", ("cash-seized", "real")),
        ("The task force seized GH¢4.3 million in cash.", "4300000", ("cash-seized", "cedi")),
        ("Inspectors seized drugs worth US$ 212 million at the port.", "212000000",
         ("value-of-drugs-seized", "dollar")),
    ],
)  # fmt: skip
def test_a_currency_written_before_the_amount_is_its_unit(
    text: str, number: str, expected: tuple[str, str]
) -> None:
    assert read(text, number) == expected


def test_capitals_that_are_no_currency_code_give_no_money_unit() -> None:
    # counter-example: three capitals before a number that name no currency ("FOI 2024")
    assert (
        read("Officers arrested 41 people under the ABC 17 order this spring.", "17")[1] != "euro"
    )
    assert read("The unit seized 75 kilograms of cocaine in 2024.", "75") == (
        "cocaine-seized",
        "kilogram",
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the subject of a level names the people it counts, even with an age in it
        ("Deaths among people aged 30 to 39 fell to 174, from 201 the year before.", "174"),
        ("Young patients aged under 16 numbered 88, up 5% from 84.", "88"),
        # "the number of" with an adjective before it
        ("The yearly number of drug dealers rose from 3,140 in 2021 to 3,560 in 2023.", "3,140"),
    ],
)  # fmt: skip
def test_a_bare_level_counts_what_its_subject_names(text: str, number: str) -> None:
    assert read(text, number)[1] == "person"


def test_a_bare_level_of_a_thing_is_not_counted_in_persons() -> None:
    # counter-example: a subject naming things, not people
    assert read("Cannabis plants eradicated numbered 5,120 in the year.", "5,120")[1] != "person"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # people counted by the offence they committed or were cleared for
        ("In 2023 the police caught 2,310 criminal suspects of drug crimes.", "2,310"),
        ("The number of persons cleared for opioid offences has fallen from 3,150 in 2014 to "
         "2,270 in 2024.", "3,150"),
    ],
)  # fmt: skip
def test_people_counted_by_their_offence_are_persons(text: str, number: str) -> None:
    assert read(text, number)[1] == "person"


def test_offences_counted_stay_cases() -> None:
    # counter-example: the offences themselves, and arrests for offences
    assert read("Officers recorded 4,410 drug crimes in 2023.", "4,410")[1] == "case"
    assert read("Officers made 310 arrests for drug offences.", "310")[0] == "suspects-arrested"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # people counted only by their offence, no other act on them: suspects arrested
        ("The yearly number of drug offenders rose from 3,140 in 2021 to 3,560 in 2023.", "3,560",
         "suspects-arrested"),
        ("In 2024 the number of persons cleared for drug offences was 8,402.", "8,402",
         "suspects-arrested"),
        ("The number of persons cleared for cannabis offences fell from 2,950 to 2,610.", "2,610",
         "cannabis-suspects-arrested"),
    ],
)  # fmt: skip
def test_people_counted_by_their_offence_are_suspects_arrested(
    text: str, number: str, measure: str
) -> None:
    assert read(text, number) == (measure, "person")


def test_offenders_a_verb_acted_on_keep_the_verbs_measure() -> None:
    # counter-example: a court's act on offenders is no arrest
    assert read("The courts convicted 1,415 drug offenders in 2023.", "1,415")[0] != (
        "suspects-arrested"
    )


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # an amount compared with the one before it is the same measure's
        ("The unit restrained $52 million in assets, compared with $47 million the year before.",
         "47000000", ("assets-restrained", "dollar")),
        # property worth an amount, held in it, or acted on right after it: assets-<act>
        ("Gang assets worth EUR 61 million were seized during the year.", "61000000",
         ("assets-seized", "euro")),
        ("Agents seized $3.1 million in cash and $7.4 million in other assets.", "7400000",
         ("assets-seized", "dollar")),
        ("Officers seized £9.2 million in cash, and a further £4.4 million frozen in bank "
         "accounts.", "4400000", ("assets-frozen", "pound-sterling")),
    ],
)  # fmt: skip
def test_money_acted_on_as_property_is_assets(
    text: str, number: str, expected: tuple[str, str]
) -> None:
    assert read(text, number) == expected


def test_cash_and_drugs_worth_stay_their_own() -> None:
    # counter-examples: cash is cash, and drugs' worth is the value of drugs seized
    assert read("Agents seized $3.1 million in cash and $7.4 million in other assets.", "3100000")[
        0
    ] == ("cash-seized")
    assert read("Police seized cocaine worth $8 million, against $6 million in 2023.", "6000000")[
        0
    ] == ("value-of-drugs-seized")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the start of a change to a rate, and an earlier level in a bracket headed by its year
        ("Over two years the heroin possession rate rose from 55.2 to 98.7 per 100,000 "
         "population.", "55.2"),
        ("The overdose death rate fell to 21.8 per 100,000 residents (2023: 27.0).", "27.0"),
    ],
)  # fmt: skip
def test_a_bare_level_beside_a_rate_is_that_rate(text: str, number: str) -> None:
    assert read(text, number)[1] == "per-100000"


def test_a_bare_count_beside_a_count_is_no_rate() -> None:
    # counter-example: a from-to change between two counts
    assert read("Arrests for heroin rose from 410 to 520 in 2024.", "410")[1] == "person"
