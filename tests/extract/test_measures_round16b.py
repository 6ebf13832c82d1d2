"""English reports, round 16 (measures read by rule, branch ms17b): a part of the arrested named
after its count, resin named outside a figure's own words, and a "respectively" run whose drugs
an earlier sentence lists. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2025, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Border bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def test_a_part_named_after_its_count_wins_over_the_wholes_borrowed_noun() -> None:
    found = facts(
        "In 2024 the squad opened 812 files and arrested 940 suspects, of whom 57 were foreigners."
    )
    assert found["57"].measure == "foreign-nationals-arrested"


def test_nationals_named_by_their_country_are_foreign_nationals() -> None:
    found = facts("Nine people were detained in 2024; 5 of them were Peruvian nationals.")
    assert found["5"].measure == "foreign-nationals-arrested"


def test_nationals_named_by_their_nationalities_are_foreign_nationals() -> None:
    found = facts(
        "The raids led to the arrest of 700 persons, among them 210 of various nationalities."
    )
    assert found["210"].measure == "foreign-nationals-arrested"


def test_a_part_of_the_arrested_without_a_group_keeps_the_whole() -> None:
    found = facts("In 2024 officers arrested 940 suspects, of whom 600 were men.")
    assert found["600"].measure == "suspects-arrested"


def test_cannabis_resin_beside_a_figure_is_resin() -> None:
    found = facts(
        "Heroin seized in 2024 reached 3.1 tonnes, while cannabis resin accounted for 52 tonnes."
    )
    assert found["52 tonnes"].measure == "cannabis-resin-seized"


def test_resin_of_the_sentence_before_is_resin() -> None:
    found = facts(
        "In 2024 the services seized 9.6 tonnes of cannabis resin. Customs and the police seized "
        "6.1 and 3.5 tonnes respectively."
    )
    assert found["6.1"].measure == "cannabis-resin-seized"


def test_one_street_name_of_resin_beside_a_figure_is_resin() -> None:
    found = facts(
        "Cocaine seizures reached 40 kilograms in 2024, hashish 910 kilograms (870 kilograms)."
    )
    assert found["910 kilograms"].measure == "cannabis-resin-seized"


def test_herbal_cannabis_beside_a_figure_stays_cannabis() -> None:
    found = facts(
        "Heroin seized in 2024 reached 3.1 tonnes, while herbal cannabis accounted for 52 tonnes."
    )
    assert found["52 tonnes"].measure == "cannabis-seized"


def test_a_respectively_run_takes_the_drugs_an_earlier_sentence_lists() -> None:
    found = facts(
        "In 2024 officers seized 710 kilograms of cannabis and 45 kilograms of heroin. They also "
        "seized cash. In 2023 they had seized 930 and 38 kilograms respectively."
    )
    assert found["930"].measure == "cannabis-seized"
    assert found["38 kilograms"].measure == "heroin-seized"


def test_an_earlier_list_of_one_drug_split_by_agency_lends_nothing_by_order() -> None:
    found = facts(
        "In 2024 Customs seized 710 kilograms of heroin and the police 45 kilograms of heroin. "
        "In 2023 they had seized 930 and 38 kilograms respectively."
    )
    assert found["38 kilograms"].measure == "heroin-seized"


def test_a_drug_a_laboratory_identified_in_cases_counts_that_drugs_cases() -> None:
    found = facts(
        "The laboratory analysed 5,100 drug cases in 2024. Ketamine was identified in 640 of "
        "those cases. Cocaine appeared in 410 cases and heroin in just 52."
    )
    assert found["640"].measure == "ketamine-cases"
    assert found["410 cases"].measure == "cocaine-cases"
    assert found["52"].measure == "heroin-cases"


def test_a_drug_the_laboratory_confirmed_in_cases_counts_that_drugs_cases() -> None:
    found = facts("In 2024 the laboratory confirmed xylazine in 77 cases.")
    assert found["77 cases"].measure == "xylazine-cases"


def test_a_drug_found_in_vehicles_does_not_name_the_vehicles() -> None:
    found = facts("In 2024 officers found cocaine in 40 vehicles.")
    assert found["40 vehicles"].measure == "vehicles"


def test_people_a_publicity_activity_covered() -> None:
    found = facts("In June the city organized 310 publicity activities, covering 420,000 people.")
    assert found["420,000 people"].measure == "people-covered-by-publicity"


def test_people_counted_by_a_role_keep_their_own_reading() -> None:
    found = facts("In June the city organized 310 campus activities, covering 52,000 pupils.")
    assert found["52,000 pupils"].measure != "people-covered-by-campus"


def test_activities_held_a_number_of_times() -> None:
    found = facts("In June the county organized publicity activities 640 times.")
    assert found["640 times"].measure == "publicity-activities-organized"
    assert found["640 times"].unit == "activity"


def test_schools_prevention_work_reached() -> None:
    found = facts("In 2024 the prevention programme reached 9,100 pupils in 73 schools.")
    assert found["73 schools"].measure == "schools-reached"


def test_schools_visited_stay_visited() -> None:
    found = facts("In 2024 officers visited 73 schools with prevention talks.")
    assert found["73 schools"].measure == "schools-visited"
