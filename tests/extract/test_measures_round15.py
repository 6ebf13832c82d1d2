"""Issue 14, round 15 (measures): causes that recurred across the writers of the calibration
reports (at least 3 reports of at least 2 rounds), one test per cause, each with a
counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from narcokg.extract.beside import drug_beside, drugs_in
from narcokg.extract.text import Sentence
from tests.extract.sentences import figure
from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # the drug named right before a bare mass of a list, after a sibling that named all drugs
        ("Officers seized all kinds of drugs 905.2 kilograms, of which heroin (brown) 301.4 "
         "kilograms, ketamine 12.9 kilograms.", "301.4", "heroin-seized"),
        ("Seizures in 2023 came to 5,120 kilograms of all types, of which cocaine (powder and "
         "base) made up 4,210 kilograms.", "4,210", "cocaine-seized"),
        # a label's colon before the mass, after a semicolon item naming another drug
        ("- Heroin: 1.7 tonnes; fentanyl powder: 0.4 tonnes; cannabis: 15.1 tonnes.", "15.1",
         "cannabis-seized"),
        # a bracketed mass after a drug, the second of a pair
        ("Seizures of heroin (840 kilograms) and cocaine (177 kilograms) barely moved.", "177",
         "cocaine-seized"),
        # a copula after the mass names its drug
        ("Police took 9,400 kilograms of drugs, of which 7,300 kilograms were cannabis and "
         "2,100 kilograms heroin.", "7,300", "cannabis-seized"),
        # the one drug of the words since the figure before, though the sentence names others
        ("Fentanyl seizures reached 51 pounds and cocaine 744 pounds, while heroin kept "
         "fading, with only 6 pounds seized.", "6", "heroin-seized"),
        # an earlier level in brackets weighs what the figure before it weighs
        ("The 2024 table lists ketamine 93 kg (71 kg), herbal cannabis and hashish 2,801 kg "
         "(3,077 kg).", "3,077", "cannabis-seized"),
    ],
)  # fmt: skip
def test_a_bare_mass_takes_the_drug_named_beside_it(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_a_bare_mass_beside_two_drugs_takes_neither() -> None:
    # counter-example: the words since the figure before name two different drugs
    text = "Agents seized 610 kilograms, with cocaine and heroin in the hulls, and 95 kilograms."
    found = [figure(text, n).mention for n in ("610", "95")]
    start = found[0].start - text.index("610")  # the draft's text begins before the sentence
    sentence = Sentence(start, start + len(text), text, 0, 0)
    assert drug_beside(sentence, found, 1) is None
    assert drugs_in("herbal cannabis and hashish") == ["cannabis", "hashish"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Member states seized 870 tonnes of cannabis resin and herbal cannabis in 2022.", "870"),
        ("The sweep netted 4.4 tonnes of cannabis herb and resin.", "4.4"),
        ("Seized: cocaine 310 kg, marijuana and hashish 1,912 kg.", "1,912"),
    ],
)
def test_resin_and_herbal_cannabis_together_are_cannabis(text: str, number: str) -> None:
    assert read(text, number)[0] == "cannabis-seized"


def test_resin_alone_stays_resin() -> None:
    assert read("Customs seized 3.1 tonnes of cannabis resin.", "3.1")[0] == (
        "cannabis-resin-seized"
    )


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Police arrested 2,640 people for drug offences, of whom 233 were women.", "233",
         "women-arrested"),
        ("In 2024 officers detained 5,870 suspects. Of those detained, 317 were foreign "
         "nationals, mostly from Chad, and 608 were women.", "608", "women-arrested"),
        ("In 2024 officers detained 5,870 suspects. Of those detained, 317 were foreign "
         "nationals, mostly from Chad, and 608 were women.", "317",
         "foreign-nationals-arrested"),
        ("The unit arrested 1,304 persons, of whom 41 were of foreign nationality.", "41",
         "foreign-nationals-arrested"),
        # the group before the count, a part of the offenders or the arrested after it
        ("Foreign nationals made up 1,906 of the offenders, most of them from Laos.", "1,906",
         "foreign-nationals-arrested"),
        ("Of the suspects, 640 were non-local residents.", "640", "foreign-nationals-arrested"),
        # a group the registry lacks is proposed by its own word, as a part of the arrests
        ("Deputies made 733 felony arrests, 52 of them of juveniles.", "52", "juveniles-arrested"),
    ],
)  # fmt: skip
def test_a_part_of_the_arrested_is_named_by_its_group(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


def test_a_group_with_no_arrest_before_it_is_no_arrest() -> None:
    # counter-example: women counted among people treated, not arrested
    text = "Clinics treated 3,120 people, of whom 877 were women."
    assert read(text, "877")[0] != "women-arrested"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("At the end of 2024, the county's existing drug users were 14,650 people.", "14,650",
         "drug-users-registered"),
        ("The existing drug abusers of the region dropped to 6,218 people.", "6,218",
         "drug-users-registered"),
        ("Drug users who stayed abstinent for three years without relapse 23,940 people.",
         "23,940", "drug-users-abstinent"),
    ],
)  # fmt: skip
def test_people_restating_their_subject_count_the_subject(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


def test_people_acted_on_are_read_by_the_verb() -> None:
    # counter-example: a verb that acts on the people, not a subject, names the count
    assert read("Officers arrested 1,730 people in the sweep.", "1,730")[0] == ("suspects-arrested")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Last year 19.8% of people aged 12 or older (55.6 million people) used an illicit drug.",
         "55,600,000"),
        ("The study found 1.9% of adults had used drugs in the past year, or about 2.41 million "
         "people.", "2,410,000"),
        ("It puts at 3.2 million the people in the age group who are current users of at least "
         "one substance, and 2.8 million people in the age group are current users of at least "
         "one substance.", "2,800,000"),
    ],
)  # fmt: skip
def test_people_who_used_drugs_are_drug_users(text: str, number: str) -> None:
    assert read(text, number)[0] == "drug-users"


def test_people_who_used_drugs_and_died_are_deaths() -> None:
    # counter-example: what happened to the drug users after the clause names the count
    text = "In 2024, 1,310 people who used drugs died of an overdose."
    assert read(text, "1,310")[0] != "drug-users"


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations Office on Drugs and Crime estimates that global heroin production "
        "reached 640 tonnes in 2022.",
        "In its report, the United Nations Office on Drugs and Crime put global heroin production "
        "at 640 tonnes in 2022.",
    ],
)
def test_production_is_of_the_drug_named_not_of_an_agency_name(text: str) -> None:
    assert read(text, "640")[0] == "heroin-produced"


def test_production_with_no_drug_named_stays_drugs() -> None:
    # counter-example: no specific drug anywhere in the words before the figure
    text = "The Office on Drugs and Crime estimates that production reached 640 tonnes in 2022."
    assert read(text, "640")[0] != "heroin-produced"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a second count of the verb, past a bracket
        ("Police registered 39,120 cases of illicit trafficking (+3.1%) and 2,870 cases of "
         "smuggling across the border.", "2,870"),
        # places that recorded the most, in a list
        ("The provinces of the north recorded the most, with 9,210, 8,406 and 6,655 cases "
         "respectively.", "6,655"),
        # a part of the cases the sentence before registered
        ("In the half year the Force registered 1,322 drug cases. Of these cases, 811 involved "
         "cannabis.", "811"),
    ],
)  # fmt: skip
def test_cases_a_force_registered_are_offences_recorded(text: str, number: str) -> None:
    assert read(text, number)[0] == "drug-offences-recorded"


def test_cases_solved_after_a_registration_stay_cracked() -> None:
    # counter-example: a verb of solving stands between the registration and the count
    text = "Police recorded a fall in thefts and cracked 1,944 cases of trafficking."
    assert read(text, "1,944")[0] != "drug-offences-recorded"


@pytest.mark.parametrize(
    "text",
    [
        "Emergency departments logged 6,204 visits for non-fatal overdoses in the year.",
        "Hospitals reported 6,204 visits for suspected opioid poisoning over the summer.",
    ],
)
def test_visits_for_an_overdose_are_non_fatal_overdoses(text: str) -> None:
    assert read(text, "6,204") == ("non-fatal-overdoses", "overdose")


def test_visits_for_another_reason_stay_visits() -> None:
    # counter-example: visits for something that is no overdose
    assert read("Clinics logged 6,204 visits for counselling.", "6,204")[0] != (
        "non-fatal-overdoses"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("In 2024 a total of 88,420 suspects were identified.", "88,420"),
        ("Officers identified 12,310 persons suspected of drug offences in 2024.", "12,310"),
    ],
)
def test_suspects_identified_are_not_arrests(text: str, number: str) -> None:
    assert read(text, number)[0] == "suspects-identified"


def test_suspects_arrested_stay_arrests() -> None:
    # counter-example: the verb is an arrest, not an identification
    assert read("In 2024 officers arrested 12,310 suspects.", "12,310")[0] == "suspects-arrested"
