"""English reports, issue 14 round 32 (branch eng-rg33): the home region of a county's own office
(its prosecuting attorney, medical examiner, coroner, Florida's state attorney named for its
county) whose text names a large city but no state of its own. Made-up counties, officials and
figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2026, 2, 9)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, WINTER)


def test_a_county_prosecuting_attorney_naming_a_large_city_is_in_its_state() -> None:
    text = (
        "Drug filings fall in 2025, Prosecuting Attorney's report shows\n\n"
        "Fenwick County Prosecuting Attorney's Office\nNews release - February 9, 2026\n\n"
        "The Fenwick County Prosecuting Attorney's Office filed 1,210 felony drug cases in 2025, "
        "down from 1,390 in 2024.\n\n"
        "Figures from the health department show that 640 people died of an overdose in the "
        "county in 2025. Most deaths occurred in Seattle."
    )
    assert home(text) == ("Washington",)


def test_a_county_medical_examiner_naming_a_large_city_is_in_its_state() -> None:
    text = (
        "Medical Examiner: county overdose deaths fall in 2025\n\n"
        "Orchard County Medical Examiner's Office\nNews Release - April 2, 2026\n\n"
        "The Orchard County Medical Examiner's Office certified 402 overdose deaths in 2025 "
        "(2024: 455).\n\n"
        "Some 190 of the people who died lived within the city limits of Cleveland."
    )
    assert home(text) == ("Ohio",)


def test_a_state_attorney_named_for_its_county_is_in_its_citys_state() -> None:
    text = (
        "State Attorney reports fewer drug filings\n\n"
        "NEWS RELEASE\nHeron-Vale State Attorney's Office\nMarch 2, 2026\n\n"
        "The Heron-Vale State Attorney's Office filed 3,410 felony drug cases in 2025, down 7 "
        "percent from 2024. Forfeited vessels had moved cocaine through the Port of Miami."
    )
    assert home(text) == ("Florida",)


def test_a_medical_examiner_whose_cities_lie_in_several_states_does_not_guess() -> None:
    text = (
        "Medical Examiner: county overdose deaths fall in 2025\n\n"
        "Orchard County Medical Examiner's Office\nNews Release - April 2, 2026\n\n"
        "The Orchard County Medical Examiner's Office certified 402 overdose deaths in 2025. "
        "Most of the fentanyl came by road from Phoenix and Denver."
    )
    assert home(text) == ("United States",)


def test_a_national_medical_examiner_office_is_no_county_office() -> None:
    text = (
        "Office of the Armed Forces Medical Examiner: overdose deaths in 2025\n\n"
        "Armed Forces Medical Examiner System\nNews Release - April 2, 2026\n\n"
        "The Armed Forces Medical Examiner System certified 88 overdose deaths in the United "
        "States in 2025, most of them near Seattle."
    )
    assert home(text) == ("United States",)
