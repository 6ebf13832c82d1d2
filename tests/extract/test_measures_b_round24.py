"""Issue 14, round 24 (measures, part B, branch ms25b): a figure drafted as the wrong registry
concept, or a proposed name other than docs/facts.md's, causes that recurred across the writers
of the calibration reports (at least 3 reports of at least 2 rounds), one test per cause, each
with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Since May, the county police dismantled drug smuggling gangs 12, seized drugs 4 "
         "kilograms.", "12", ("drug-smuggling-gangs-dismantled", "gang")),
        ("In the campaign, the city's police destroyed the drug dealing networks 8, cut off two "
         "routes.", "8", ("drug-dealing-networks-destroyed", "network")),
    ],
)  # fmt: skip
def test_a_count_after_its_verb_and_noun(text: str, number: str, expected: tuple[str, str]) -> None:
    assert read(text, number) == expected


def test_a_count_after_its_noun_leaves_people_and_a_following_noun_alone() -> None:
    # people keep the registry's reading; a count with its own noun after it is that noun's
    assert read("Since May, the county police arrested drug suspects 61, seized drugs.", "61") == (
        "suspects-arrested",
        "person",
    )
    assert read("The police dismantled drug gangs 12 times in the year.", "12")[0] != (
        "drug-gangs-dismantled"
    )


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Of those detained, 318 were charged with unlawful importing of a controlled drug.", "318",
         "trafficking-arrests"),
        ("Officers arrested 950 people, of whom 212 were charged with heroin supply.", "212",
         "trafficking-arrests"),
        ("Of the 480 people charged, 207 faced charges of trafficking cocaine.", "207",
         "trafficking-arrests"),
        ("Charges were laid against 730 people, of whom 291 faced trafficking-related charges.",
         "291", "trafficking-arrests"),
        ("The regional forces made 4,310 arrests for drug trafficking in 2025.", "4,310",
         "trafficking-arrests"),
        ("In total, 9 people face 54 charges, including trafficking and money laundering.", "9",
         "people-charged"),
        ("The charges were laid against 312 adults and youths.", "312", "people-charged"),
    ],
)  # fmt: skip
def test_people_charged_by_the_offence_after_them(text: str, number: str, measure: str) -> None:
    assert read(text, number) == (measure, "person")


def test_a_charge_of_possession_or_an_arrest_for_possession_is_no_supply() -> None:
    text = "Of those arrested, 618 were charged with possession of cannabis."
    assert read(text, "618")[0] == "people-charged"
    assert read("Police made 2,140 arrests for drug possession in 2025.", "2,140")[0] == (
        "suspects-arrested"
    )


def test_a_part_of_the_arrests_is_not_a_part_of_an_earlier_part() -> None:
    text = (
        "Detectives arrested 2,610 people in 2025, of whom 1,430 were charged with supply. "
        "The north and south units accounted for 905 and 744 of the arrests respectively."
    )
    assert read(text, "905") == ("suspects-arrested", "person")
    assert read(text, "744") == ("suspects-arrested", "person")
    # the nearest whole that is no part still gives its measure to the part
    text = (
        "Detectives made 1,430 arrests for drug supply in 2025. "
        "The north and south units accounted for 905 and 525 of the arrests respectively."
    )
    assert read(text, "905") == ("trafficking-arrests", "person")


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Prisons A, B and C had positive rates of 26.4%, 21.2% and 17.8% respectively.",
         "21.2", "positive-rate"),
        ("The services' completion rates were 61%, 58% and 49% respectively.", "49",
         "completion-rate"),
    ],
)  # fmt: skip
def test_levels_listed_after_plural_named_rates(text: str, number: str, measure: str) -> None:
    assert read(text, number) == (measure, "percent")


def test_levels_of_unnamed_rates_or_rates_per_100000_are_left_alone() -> None:
    assert read("Rates of 26.4% and 21.2% were seen in the two prisons.", "21.2")[0] != "rate"
    text = (
        "The two counties recorded 412 and 208 overdose deaths, with age-adjusted rates of "
        "30.2 and 14.1 per 100,000 respectively."
    )
    assert read(text, "14.1")[0] != "age-adjusted-rate"
