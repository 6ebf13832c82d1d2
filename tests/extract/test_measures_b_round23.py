"""Issue 14, round 23 (measures, part B, branch ms24b): a figure drafted as the wrong registry
concept, or a proposed name other than docs/facts.md's, causes that recurred across the writers
of the calibration reports (at least 3 reports of at least 2 rounds), one test per cause, each
with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("On 31 December 2025, 57 teenagers were held in custody for drug offences.", "57",
         "people-held-in-custody"),
        ("At the end of the year, 318 suspects in heroin cases were held in pre-trial detention.",
         "318", "people-held-in-pre-trial-detention"),
        ("At year-end, 41,200 persons convicted of drug offences were held in state prisons.",
         "41,200", "people-held-in-prison"),
        ("On 30 June 2026, the region's correctional centres held 2,904 prisoners.", "2,904",
         "people-held-in-prison"),
        ("As of May 1, 2026, 6 of the 14 accused remain in custody.", "6",
         "people-held-in-custody"),
        ("At 31 March, 205 people were being held on remand for drug offences.", "205",
         "people-remanded-in-custody"),
        ("At present, 77 people are awaiting trial on cocaine importation charges.", "77",
         "people-awaiting-trial"),
        ("On 30 June 2026, 163 people were waiting for a place in a detox unit.", "163",
         "people-awaiting-treatment"),
        ("At the end of March, 94 clients were on the waiting list for residential rehab.", "94",
         "people-awaiting-treatment"),
    ],
)  # fmt: skip
def test_people_held_or_waiting_on_a_date(text: str, number: str, measure: str) -> None:
    assert read(text, number) == (measure, "person")


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # another act said of them first names them
        ("Of the 30 people arrested, 12 were charged with supplying heroin and remain in "
         "custody.", "12", "trafficking-arrests"),
        # a count of cases, not of people
        ("At the end of June, 48 drug cases were awaiting trial in the district court.", "48",
         "drug-cases-pending"),
    ],
)  # fmt: skip
def test_held_or_waiting_leaves_other_counts(text: str, number: str, measure: str) -> None:
    assert read(text, number)[0] == measure


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Across all cases, the community order rate stood at 44%, against 41% in 2024.", "41",
         ("community-order-rate", "percent")),
        ("The missed-audit rate was 3.1 percent in 2025, down from 4.4 percent in 2023.", "4.4",
         ("missed-audit-rate", "percent")),
        ("Hospital data\n\nIn 2025 there were 8,120 drug-related hospitalisations, a rate of 96.4 "
         "per 100,000 population, up from 90.2 per 100,000 in 2024.", "90.2",
         ("drug-related-hospitalisation-rate", "per-100000")),
    ],
)  # fmt: skip
def test_the_earlier_level_of_a_named_rate_is_that_rate(
    text: str, number: str, expected: tuple[str, str]
) -> None:
    assert read(text, number) == expected


def test_a_level_whose_own_words_name_a_whole_is_not_the_rate_before_it() -> None:
    text = "The community order rate stood at 44%, against 41% of the cases heard in 2024."
    assert read(text, "41")[0] == "share-of-cases"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Detectives seized 2.4 kilograms of heroin, £12,300 in cash and 17 mobile phones.", "17",
         "mobile-phones-seized"),
        ("Border agents seized 96 vehicles, 23 jet skis and 41 firearms.", "23",
         "jet-skis-seized"),
        ("The task force seized 5.5 kilograms of fentanyl, $88,000 in cash, 36 knives and 9 "
         "rifles.", "36", "knives-seized"),
    ],
)  # fmt: skip
def test_a_later_item_of_a_list_takes_the_lists_verb(text: str, number: str, measure: str) -> None:
    assert read(text, number)[0] == measure


def test_a_count_with_a_verb_of_its_own_keeps_it() -> None:
    # the clause after the comma has its own verb: not an item of the seizures
    text = "Police seized 2 tonnes of cocaine, and 40 people were arrested at the port."
    assert read(text, "40")[0] == "suspects-arrested"
    # another past tense between the list's verb and the count: not one list
    text = "Officers seized 3 kilograms of cannabis, which had hidden 14 mobile phones."
    assert read(text, "14")[0] != "mobile-phones-seized"


def test_parts_after_including_are_no_list_items() -> None:
    text = "Police arrested 6,310 suspects, including 208 foreigners and 517 women."
    assert read(text, "517")[0] == "women-arrested"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Of the 212 deaths, 131 involved at least one opioid and 40 involved cocaine.", "131",
         "opioid-deaths"),
        ("In 2025, 187 residents died of drug overdoses, 122 of them involving opioids.", "122",
         "opioid-deaths"),
        ("More than half of all drug poisoning deaths (1,240) involved an opiate, and 260 "
         "involved a benzodiazepine.", "260", "benzodiazepine-deaths"),
        ("The coroner recorded 466 drug-induced deaths in 2025. Of them, 290 involved opioids.",
         "290", "opioid-deaths"),
    ],
)  # fmt: skip
def test_a_bare_part_of_deaths_named_before_it_takes_its_drug(
    text: str, number: str, measure: str
) -> None:
    assert read(text, number) == (measure, "person")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the part of seizures, not of deaths
        ("Customs recorded 930 seizures in 2025. Of them, 310 involved opioids.", "310"),
        # a count with a noun of its own
        ("Of the 212 deaths, investigators opened 57 cases involving opioids.", "57"),
    ],
)  # fmt: skip
def test_a_part_of_something_else_is_no_drugs_deaths(text: str, number: str) -> None:
    assert read(text, number)[0] != "opioid-deaths"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The service's episodes were provided to 4,410 clients. Of those clients, 1,630 had "
         "never received alcohol or other drug treatment before.", "1,630"),
        ("These episodes were delivered to 2,250 clients, and 710 of those clients had never "
         "been in specialist drug treatment before.", "710"),
    ],
)  # fmt: skip
def test_a_part_never_treated_before_with_the_kind_of_treatment_between(
    text: str, number: str
) -> None:
    assert read(text, number) == ("people-admitted-to-treatment-for-the-first-time", "person")


def test_a_part_never_charged_before_is_not_first_treated() -> None:
    text = "Police charged 1,120 people. Of those people, 300 had never been in police custody."
    assert read(text, "300")[0] != "people-admitted-to-treatment-for-the-first-time"
