"""Issue 14, round 17 (measures, branch ms18b): a figure drafted as the wrong registry concept,
causes that recurred across the writers of the calibration reports (at least 3 reports of at
least 2 rounds), one test per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # an apposition between the drug and the verb that ties it to the deaths
        ("Ketamine, a dissociative anaesthetic, was found in 44 deaths, up from 12 in 2022.",
         "44", "ketamine-deaths"),
        ("Ketamine, a dissociative anaesthetic, was found in 44 deaths, up from 12 in 2022.",
         "12", "ketamine-deaths"),
        ("The horse tranquilliser xylazine, which naloxone cannot reverse, was detected in 71 "
         "deaths.", "71", "xylazine-deaths"),
        # a drug inside the apposition is not the one found
        ("Tramadol, an opioid weaker than morphine, was identified in 19 deaths.", "19",
         "tramadol-deaths"),
    ],
)  # fmt: skip
def test_a_drug_with_an_apposition_names_its_deaths(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_deaths_with_no_drug_before_them_stay_drug_related() -> None:
    text = "In Northvale, a coastal county, 61 deaths were recorded in 2023."
    assert read(text, "61")[0] == "drug-related-deaths"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a "respectively" run that starts after the sentence's first figure
        ("Heroin made up 3,150 kilograms of the haul, while opium and ketamine reached 410 and "
         "72 kilograms respectively.", "410", "opium-seized"),
        ("Heroin made up 3,150 kilograms of the haul, while opium and ketamine reached 410 and "
         "72 kilograms respectively.", "72", "ketamine-seized"),
        # drugs listed right before as many masses, with no "respectively"
        ("Last quarter's seizures of opium, cocaine and ketamine were 310 kg, 45 kg and 1,220 kg.",
         "45", "cocaine-seized"),
        ("Last quarter's seizures of opium, cocaine and ketamine were 310 kg, 45 kg and 1,220 kg.",
         "1,220", "ketamine-seized"),
        ("Heroin seizures came to 95 kilograms. Those of cocaine and ketamine came to 61 kg and "
         "14 kg.", "61", "cocaine-seized"),
    ],
)  # fmt: skip
def test_listed_drugs_pair_with_as_many_masses(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_masses_not_listed_alike_do_not_pair() -> None:
    # a comma and a difference, not a list of two masses: the second is not the second drug's
    text = (
        "Opium seizures reached 2,400 kg in 2023, and seizures of cocaine and ketamine together "
        "came to 310 kg, 45 kg more than in 2022."
    )
    assert read(text, "45")[0] != "ketamine-seized"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("In 2023 the Ruritania Police recorded 6,120 drug-related cases. Northtown, Easton and "
         "Southtown accounted for 1,310, 640 and 980 of the cases respectively.", "640",
         "drug-offences-recorded"),
        ("Detectives arrested 310 people on drug supply charges in 2023. The northern and "
         "southern units accounted for 120 and 95 of those arrests, respectively.", "95",
         "trafficking-arrests"),
    ],
)  # fmt: skip
def test_a_part_of_a_named_whole_counts_what_it_counts(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


def test_a_part_its_own_words_name_keeps_its_measure() -> None:
    text = (
        "Coroners counted 412 overdose deaths in 2023. Fentanyl was found in 300 of those deaths."
    )
    assert read(text, "300")[0] == "fentanyl-deaths"


def test_criminal_groups_are_counted_as_themselves_not_as_cases() -> None:
    text = (
        "Since March the province cracked 1,210 drug cases and destroyed 37 drug trafficking "
        "networks."
    )
    assert read(text, "37") == ("drug-trafficking-networks-destroyed", "network")


def test_trafficking_cases_stay_cases() -> None:
    text = "Since March the province cracked 1,210 drug trafficking cases."
    assert read(text, "1,210") == ("drug-trafficking-cases-cracked", "case")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Detectives charged 214 people with 690 drug offences in 2023.", "690"),
        ("During the operation 75 people were charged with 301 offences.", "301"),
    ],
)
def test_offences_people_were_charged_with_are_charges(text: str, number: str) -> None:
    assert read(text, number) == ("charges-laid", "charge")


def test_offences_a_force_recorded_stay_offences() -> None:
    assert read("Police recorded 4,210 drug offences in 2023.", "4,210")[0] == (
        "drug-offences-recorded"
    )
