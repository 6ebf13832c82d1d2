"""English reports, round 21 (branch ms22a): figures whose key names a registry measure that the
draft proposed a name for. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2026, 10, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Services bulletin\n\n" + text, AUTUMN)
    return {m.mention.quote: m for m in draft.measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


def test_treatment_episodes_are_treatment_admissions() -> None:
    found = facts(
        "Publicly funded alcohol and drug services in the territory commenced 7,340 treatment "
        "episodes in 2025-26. Regional clinics provided 2,215 episodes of outpatient treatment."
    )
    for number in ("7,340", "2,215"):
        assert figure(found, number).measure == "treatment-admissions", number
        assert figure(found, number).unit == "admission", number


def test_episodes_of_something_else_are_no_treatment_admissions() -> None:
    found = facts("Paramedics attended 1,870 overdose episodes in the harbour district in 2025.")
    assert figure(found, "1,870").measure != "treatment-admissions"


def test_a_positive_count_after_a_translated_hair_test_is_a_part_of_what_was_tested() -> None:
    found = facts(
        "In 2025, the county organized transport workers hair drug testing 27,450 people, "
        "found positive 36 people, all handled according to law."
    )
    tested, positive = figure(found, "27,450"), figure(found, "36")
    assert (tested.measure, tested.unit) == ("samples-tested", "person")
    assert (positive.measure, positive.unit) == ("samples-tested-positive", "person")
    assert positive.denominator == 27450


def test_a_part_found_to_be_drug_users_is_the_positive_part_of_a_test() -> None:
    found = facts(
        "In 2025 the province carried out hair testing of 64,000 people, 215 of which were found "
        "to be drug users. The traffic police sent 2,870 drivers for drug testing during the year; "
        "940 of them were found to be under the influence of narcotic substances."
    )
    for number in ("64,000", "2,870"):
        assert figure(found, number).measure == "samples-tested", number
    for number in ("215", "940"):
        assert figure(found, number).measure == "samples-tested-positive", number


def test_a_part_found_to_be_drug_users_of_no_test_is_no_positive_part() -> None:
    found = facts(
        "The province has 52,000 registered drug users, of which 310 were found to be drug "
        "users again after release."
    )
    assert figure(found, "310").measure != "samples-tested-positive"


def test_a_positive_cue_with_no_count_before_it_names_no_part() -> None:
    found = facts("In 2025, the clinic found positive 36 people among its walk-in visitors.")
    assert figure(found, "36").measure != "samples-tested-positive"


def test_people_starting_treatment_are_people_admitted_to_treatment() -> None:
    found = facts(
        "In 2025-26, 2,310 people starting drug treatment in custody were recorded. Treatment "
        "started for 8,420 people in the community. The services saw 90,100 adults, of whom "
        "31,200 started treatment during the year. During the year, 1,920 prisoners started a "
        "substance misuse programme. In 2025, 9,870 people started a new episode of treatment."
    )
    for number in ("2,310", "8,420", "31,200", "1,920", "9,870"):
        assert figure(found, number).measure == "people-admitted-to-treatment", number
        assert figure(found, number).unit == "person", number


def test_a_list_of_those_starting_treatment_counts_people_admitted() -> None:
    found = facts(
        "In 2025, 9,870 people started a new episode of treatment. The northern and southern "
        "districts accounted for 2,140 and 1,960 of those starting treatment respectively."
    )
    for number in ("2,140", "1,960"):
        assert figure(found, number).measure == "people-admitted-to-treatment", number


def test_people_who_started_something_else_are_not_admitted_to_treatment() -> None:
    found = facts(
        "Of the 4,000 people charged, 1,100 pleaded guilty and 812 started community work."
    )
    assert figure(found, "812").measure != "people-admitted-to-treatment"


def test_bare_counts_after_an_opener_naming_their_whole_count_it() -> None:
    found = facts(
        "The state reported 3,120 suspected drug-related deaths in 2025. Deaths have fallen by "
        "12% since 2023. Of these deaths, the north and south districts accounted for 640 and "
        "410 respectively."
    )
    for number in ("640", "410"):
        assert figure(found, number).measure == "drug-related-deaths", number
    found = facts(
        "Police recorded 5,210 drug-related crimes in 2025.\n\nOf the registered crimes, the "
        "capital and the coast accounted for 1,930 and 720 respectively."
    )
    for number in ("1,930", "720"):
        assert figure(found, number).measure == "drug-offences-recorded", number
        assert figure(found, number).unit == "case", number


def test_an_opener_leaves_a_count_its_own_words_name() -> None:
    found = facts(
        "The state reported 3,120 suspected drug-related deaths in 2025. Of these deaths, "
        "fentanyl was involved in 1,402."
    )
    assert figure(found, "1,402").measure == "fentanyl-deaths"
