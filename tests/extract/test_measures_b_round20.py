"""Issue 14, round 20 (measures, part B, branch ms21b): a figure drafted as the wrong registry
concept, causes that recurred across the writers of the calibration and dev reports (at least 3
reports of at least 2 rounds), one test per cause, each with a counter-example. Every sentence
is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Coast guards boarded a trawler carrying 2.4 tonnes of sabu off the island.", "2.4"),
        ("Detectives had seized 7.5 tonnes of syabu in three states by the end of October.",
         "7.5"),
        ("A courier was stopped with 18 kilograms of sabu-sabu in his luggage.", "18"),
    ],
)  # fmt: skip
def test_sabu_and_syabu_are_methamphetamine(text: str, number: str) -> None:
    assert read(text, number) == (
        "methamphetamine-seized",
        "tonne" if "tonne" in text else "kilogram",
    )


def test_a_word_containing_sabu_is_no_drug() -> None:
    text = "Officers seized 3.1 tonnes of drugs at Sabuk port."
    assert read(text, "3.1")[0] == "drugs-seized"


_WHOLE = "Clinics admitted 5,460 people to drug treatment in 2025"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A total of 5,460 people entered treatment in 2025, of whom 2,118 were entering treatment "
         "for the first time.", "2,118"),
        (_WHOLE + ". Of them, 2,118 entered treatment for the first time.", "2,118"),
        (_WHOLE + ", 2,118 of them for the first time.", "2,118"),
        ("Some 7,020 persons sought treatment at public centres, of whom 2,904 were first-time "
         "admissions.", "2,904"),
        ("In the year 6,300 people started a new episode of treatment, of whom 2,540 had never "
         "been treated before.", "2,540"),
        ("Services saw 2,760 individuals who received treatment. Of these, 905 had never been "
         "treated by a public service before.", "905"),
    ],
)  # fmt: skip
def test_the_part_treated_for_the_first_time_is_its_own_concept(text: str, number: str) -> None:
    assert read(text, number) == ("people-admitted-to-treatment-for-the-first-time", "person")


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a count of its own is no part: the older keys keep the whole's concept
        ("During 2025, 4,410 people started treatment for the first time.", "4,410",
         "people-admitted-to-treatment"),
        # a part found or arrested for the first time is no treatment
        ("Police identified 9,120 drug users, of whom 3,306 were identified for the first "
         "time during the year.", "3,306", "drug-users-newly-discovered"),
        ("Police arrested 1,280 suspects, of whom 302 were arrested for the first time.", "302",
         "suspects-arrested"),
    ],
)  # fmt: skip
def test_first_time_names_no_treatment_part_elsewhere(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a share's subject after a list's bullet names its part
        ("Highlights\n\n- The coroner counted 905 deaths in 2025.\n- Males accounted for 64.2% "
         "of the deaths.\n", "64.2", "share-of-deaths-male"),
        ("Highlights\n\n- Women made up 38% of the arrests.\n", "38", "share-of-arrests-female"),
        # a subject of a modifier and its noun
        ("Drug offenders made up 17.5% of sentenced prisoners at the end of 2025.", "17.5",
         "share-of-prisoners-drug-offenders"),
    ],
)  # fmt: skip
def test_a_shares_subject_after_a_bullet_or_with_a_modifier_names_its_part(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


def test_a_conjunction_before_a_shares_subject_is_no_modifier() -> None:
    text = "Men accounted for 70% of the deaths, while males accounted for 12% of the arrests."
    assert read(text, "12")[0] == "share-of-arrests"
