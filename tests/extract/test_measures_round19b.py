"""Issue 14, round 19 (measures, branch ms20b): a figure drafted as the wrong registry concept,
causes that recurred across the writers of the calibration reports (at least 3 reports of at
least 2 rounds), one test per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read

_BEFORE = "The coroner counted 840 drug poisoning deaths in 2023. "


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a year between "the" and the group's noun keeps the part's noun
        ("Heroin was involved in 212 of the 2023 deaths.", "212", "heroin-deaths"),
        ("Cocaine was implicated in 97 of the 2023 deaths.", "97", "cocaine-deaths"),
        # "present in", and a test's place before "in", are found at toxicology
        ("Opioids were present in 530 of the accidental deaths.", "530", "opioid-deaths"),
        ("Of the 840 deaths, fentanyl was found at toxicology in 415 of them.", "415",
         "fentanyl-deaths"),
        ("Heroin was present in 301 of them, and fentanyl in 77.", "77", "fentanyl-deaths"),
    ],
)  # fmt: skip
def test_a_drug_found_in_a_part_of_the_deaths_names_it(
    text: str, number: str, expected: str
) -> None:
    assert read(_BEFORE + text, number)[0] == expected


def test_a_drug_present_but_not_the_cause_is_not_its_deaths() -> None:
    text = "Cocaine was present in 66 further deaths in which it was not considered the cause."
    assert read(_BEFORE + text, "66")[0] != "cocaine-deaths"


def test_a_year_before_a_whole_is_not_a_part() -> None:
    text = "Officers made 410 arrests in 2023, against 388 in 2022."
    assert read(text, "388")[0] == read(text, "410")[0]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a bare mass after a sentence naming the drug by its Australian spelling
        ("Methylamphetamine was again the main target. Detectives seized 96 kilograms in May.",
         "96"),
        ("Troopers seized 2.5 tonnes of methylamphetamine last year. In the final quarter alone "
         "they seized 740 kilograms.", "740"),
    ],
)  # fmt: skip
def test_methylamphetamine_is_methamphetamine(text: str, number: str) -> None:
    assert read(text, number)[0] == "methamphetamine-seized"


def test_a_bare_mass_after_two_drugs_stays_drugs_seized() -> None:
    text = "Methylamphetamine and cocaine were the main targets. Detectives seized 96 kilograms."
    assert read(text, "96")[0] == "drugs-seized"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Another 95 people caught with small amounts of cannabis were referred to treatment "
         "rather than charged.", "95"),
        ("A further 140 individuals who were found with a few pills were referred to treatment "
         "instead of being charged.", "140"),
    ],
)  # fmt: skip
def test_an_act_that_did_not_happen_does_not_name_the_measure(text: str, number: str) -> None:
    assert read(text, number)[0] == "people-referred-to-treatment"


def test_people_charged_rather_than_cautioned_are_charged() -> None:
    text = "Police charged 410 people rather than issuing cautions."
    assert read(text, "410")[0] == "people-charged"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a cue in another clause that counts its own figure does not name this one, also when
        # the figure's noun phrase ends its clause
        ("The county now has 9,310 registered drug users, of which 1,204 are undergoing "
         "community rehabilitation.", "9,310", "drug-users-registered"),
        ("The city had 4,550 existing drug users, of which 870 persons are in community drug "
         "rehabilitation.", "4,550", "drug-users-registered"),
    ],
)  # fmt: skip
def test_a_cue_of_another_counted_clause_names_nothing(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


def test_a_cue_of_the_figures_own_clause_still_names_it() -> None:
    text = "The county has 1,204 drug users in community rehabilitation, of which 96 are new."
    assert read(text, "1,204")[0] == "drug-users-in-treatment"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officers proceeded against 12,480 persons for drug offences during the year.", "12,480"),
        ("The statistics office counted 5,130 offenders proceeded against by police for drug "
         "offences.", "5,130"),
    ],
)  # fmt: skip
def test_people_the_police_proceeded_against(text: str, number: str) -> None:
    assert read(text, number)[0] == "people-proceeded-against"


def test_people_proceeded_against_in_court_or_for_dealing_keep_their_reading() -> None:
    court = "In 2023, 2,640 people were proceeded against in the sheriff courts for drug offences."
    assert read(court, "2,640")[0] == "defendants-prosecuted"
    dealing = "Of the 830 people proceeded against for drug dealing, 214 were aged under 21."
    assert read(dealing, "830")[0] == "trafficking-arrests"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("At the end of the year, 145 drug cases were still pending before the courts.", "145"),
        ("As of 30 June, 88 drug cases were awaiting trial in the district court.", "88"),
    ],
)  # fmt: skip
def test_cases_pending_are_not_cases_cracked(text: str, number: str) -> None:
    assert read(text, number)[0] == "drug-cases-pending"


def test_cases_solved_stay_cracked() -> None:
    text = "Police solved 145 drug cases, and 12 suspects are still awaiting trial."
    assert read(text, "145")[0] == "drug-crime-cases-cracked"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Coast guards seized 41 tonnes of drugs, including 30 tonnes of cocaine.", "41"),
        ("Inspectors seized 2,600 pounds of illegal drugs, of which 410 pounds were fentanyl.",
         "2,600"),
    ],
)  # fmt: skip
def test_a_total_of_drugs_is_not_its_parts_drug(text: str, number: str) -> None:
    assert read(text, number)[0] == "drugs-seized"


def test_a_mass_with_no_noun_still_takes_its_sentences_drug() -> None:
    text = "In the fentanyl investigation, agents seized 2,150 pounds at the border."
    assert read(text, "2,150")[0] == "fentanyl-seized"
