"""English reports, issue 14 round 31 (branch eng-rg32): the home region of a county's own office
whose text names its county and large cities but no state of its own. Made-up counties,
officials and figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2026, 2, 9)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, WINTER)


def test_a_county_office_datelined_at_a_large_city_is_in_that_citys_state() -> None:
    text = (
        "FENWICK COUNTY STATE'S ATTORNEY'S OFFICE\nPress Release\n\n"
        "State's Attorney's Office reports fewer drug filings in 2025\n\n"
        "CHICAGO - The Fenwick County State's Attorney's Office today released its narcotics "
        "prosecution figures for 2025. Prosecutors approved felony charges in 4,210 drug cases "
        "during the year, compared with 4,605 in 2024."
    )
    assert home(text) == ("Illinois",)


def test_a_county_office_naming_a_large_city_in_passing_is_in_that_citys_state() -> None:
    text = (
        "ORCHARD COUNTY SHERIFF'S OFFICE\nNews Release\n\n"
        "Sheriff's narcotics arrests fall in 2025\n\n"
        "The Orchard County Sheriff's Office made 912 narcotics arrests in 2025 (1,004 in 2024), "
        "the Sheriff announced Monday.\n\n"
        "Seizures\n\n"
        "Deputies seized 14 pounds of fentanyl powder in 2025. Pills sold in the county came by "
        "road from Texas and Ohio, investigators said.\n\n"
        "Arrests\n\n"
        "Of the arrests, 41 were made with officers of the Detroit Police Department."
    )
    assert home(text) == ("Michigan",)


def test_a_county_office_whose_cities_lie_in_several_states_does_not_guess() -> None:
    text = (
        "ORCHARD COUNTY SHERIFF'S OFFICE\nNews Release\n\n"
        "Sheriff's narcotics arrests fall in 2025\n\n"
        "The Orchard County Sheriff's Office made 912 narcotics arrests in 2025, the Sheriff "
        "announced Monday. Most of the pills seized came by road from Phoenix and Denver."
    )
    assert home(text) == ("United States",)


def test_a_county_named_after_a_large_city_tells_no_state() -> None:
    text = (
        "DALLAS COUNTY SHERIFF'S OFFICE\nNews Release\n\n"
        "Sheriff's narcotics arrests fall in 2025\n\n"
        "The Dallas County Sheriff's Office made 912 narcotics arrests in 2025, the Sheriff "
        "announced Monday."
    )
    assert home(text) == ("United States",)


def test_a_county_office_whose_text_names_its_state_keeps_that_state() -> None:
    text = (
        "FENWICK COUNTY STATE'S ATTORNEY'S OFFICE\nPress Release\n\n"
        "State's Attorney's Office reports fewer drug filings in 2025\n\n"
        "CHICAGO - The Fenwick County State's Attorney's Office, the largest prosecutor's "
        "office in Indiana, today released its narcotics prosecution figures for 2025. "
        "Prosecutors approved felony charges in 4,210 drug cases during the year."
    )
    assert home(text) == ("Indiana",)
