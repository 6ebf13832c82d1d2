"""Issue 14, round 21 (measures, part B, branch ms22b): a figure drafted as the wrong registry
concept, causes that recurred across the writers of the calibration reports (at least 3 reports
of at least 2 rounds), one test per cause, each with a counter-example. Every sentence is made
up."""

from __future__ import annotations

import pytest

from tests.extract.sentences import figure
from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The laboratory tested 3,050 samples of street drugs in 2025; 610 of them contained "
         "heroin and 44 contained morphine.", "44"),
        ("Of 2,800 saliva samples examined by the police laboratory, 1,150 (41.1%) were positive "
         "for a drug.", "1,150"),
        ("In the wastewater survey, 80 samples were collected from 20 plants, 6 samples out of "
         "which were detected positive for ketamine.", "6"),
        ("The agency analysed 9,400 drug samples in 2025. Samples containing xylazine rose from "
         "120 in 2024 to 310 in 2025.", "310"),
        ("The two largest prisons returned 205 and 117 positive samples respectively.", "117"),
        ("The two largest prisons returned 205 and 117 positive samples respectively.", "205"),
    ],
)  # fmt: skip
def test_the_positive_part_of_the_samples_tested(text: str, number: str) -> None:
    assert read(text, number) == ("samples-tested-positive", "sample")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the whole tested, and samples no test is said to have found anything in
        ("The laboratory tested 3,050 samples of street drugs in 2025.", "3,050"),
        ("Officers collected 2,800 saliva samples, and the laboratory examined 1,150 samples "
         "in its own building.", "1,150"),
    ],
)  # fmt: skip
def test_samples_no_words_call_positive_stay_tested(text: str, number: str) -> None:
    assert read(text, number)[0] == "samples-tested"


_OVERDOSE = "In 2025, 1,310 drug overdose deaths were recorded in the state. "


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (_OVERDOSE + "The rate rose from 6.1 to 6.4 deaths per 100,000 population.", "6.4"),
        (_OVERDOSE + "That is a rate of 20.3 deaths per 100,000 residents.", "20.3"),
        ("Some 880 residents died of a drug overdose in 2025. Westshire recorded 140 deaths, a "
         "rate of 30.2 per 100,000.", "30.2"),
        ("Men accounted for 70% of all overdose deaths.\n\nNorthfield recorded 310 of the deaths. "
         "Eastvale had the highest rate in the state, at 41.5 per 100,000.", "41.5"),
    ],
)  # fmt: skip
def test_a_bare_death_rate_after_overdose_deaths_is_theirs(text: str, number: str) -> None:
    assert read(text, number) == ("overdose-death-rate", "per-100000")


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # deaths a drug or another kind names last keep the rate round 15 names
        ("In 2025, 1,310 opioid overdose deaths were recorded. The rate was 6.4 deaths per 100,000 "
         "population.", "6.4", "opioid-overdose-death-rate"),
        ("The report counts 1,310 drug overdose deaths.\n\nDrug deaths were highest in the north. "
         "Northfield recorded 140 deaths, a rate of 6.4 per 100,000.", "6.4", "drug-death-rate"),
        ("In 2025, 980 drug-induced deaths were registered. Northfield recorded 140 deaths, a rate "
         "of 6.4 per 100,000.", "6.4", "drug-death-rate"),
    ],
)  # fmt: skip
def test_other_deaths_keep_their_rate(text: str, number: str, expected: str) -> None:
    assert figure(text, number).measure == expected


def test_people_referred_to_diversion_is_in_the_registry() -> None:
    from narcokg.model.registry import registry

    entry = registry().measures["people-referred-to-diversion"]
    assert (entry.kind, entry.count_unit, entry.nature) == ("count", "person", "flow")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The state police referred 1,730 people to a drug diversion program in 2025.", "1,730"),
        ("A further 4,050 persons found with small amounts of cannabis were referred to the "
         "Police Drug Diversion Scheme.", "4,050"),
        ("Offenders may pay a fine or attend an education session; 318 people chose the "
         "diversion programme instead.", "318"),
    ],
)  # fmt: skip
def test_people_referred_to_diversion(text: str, number: str) -> None:
    assert read(text, number) == ("people-referred-to-diversion", "person")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # referrals to treatment, and a diversion of medicines, are no diversion scheme
        ("The court referred 640 people to drug treatment in 2025.", "640"),
        ("Police referred 575 adults to assessment and treatment through the Drug Diversion "
         "Initiative.", "575"),
        ("Inspectors opened 142 drug diversion investigations at hospitals.", "142"),
    ],
)  # fmt: skip
def test_other_referrals_and_diversions_are_not(text: str, number: str) -> None:
    assert read(text, number)[0] != "people-referred-to-diversion"


def test_smuggling_attempts_foiled_is_in_the_registry() -> None:
    from narcokg.model.registry import registry

    entry = registry().measures["smuggling-attempts-foiled"]
    assert (entry.kind, entry.count_unit, entry.nature) == ("count", "attempt", "flow")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Border guards foiled 57 attempts to smuggle drugs across the northern frontier.", "57"),
        ("Customs officers uncovered 38 attempts to smuggle narcotics through the airport.", "38"),
        ("The coast guard thwarted 12 smuggling attempts at sea during the year.", "12"),
    ],
)  # fmt: skip
def test_smuggling_attempts_foiled(text: str, number: str) -> None:
    assert read(text, number) == ("smuggling-attempts-foiled", "attempt")


def test_attempts_of_no_smuggling_are_not() -> None:
    text = "The agency made 40 attempts to contact the owners of the vehicles."
    assert read(text, "40")[0] != "smuggling-attempts-foiled"
