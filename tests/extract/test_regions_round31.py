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


def _program(note: str) -> str:
    return (
        "Heron Valley HIDTA: cocaine seizures rise 9% in 2025\n\n"
        "FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\n"
        "TULSA - The Heron Valley High Intensity Drug Trafficking Area today released its "
        "results for calendar year 2025. Initiatives funded by the program seized 812 pounds of "
        "cocaine in 2025, compared with 745 pounds in 2024.\n\n"
        "Officers working in the initiatives made 1,904 arrests and seized 611 firearms. The "
        "Riverbend task force alone seized 120 pounds of cocaine near the interstate. Analysts "
        "of the program answered 2,210 requests for case support during the year.\n\n" + note
    )


def test_states_a_closing_note_gives_after_the_agencies_a_body_brings_together() -> None:
    text = _program(
        "About Heron Valley HIDTA\n\n"
        "The Heron Valley HIDTA is funded by the Office of National Drug Control Policy. It "
        "brings together federal, state and local agencies in Nebraska, Kansas and Oklahoma."
    )
    assert set(home(text)) == {"Nebraska", "Kansas", "Oklahoma"}


def test_states_a_closing_note_gives_after_a_colon_list_of_counties() -> None:
    text = _program(
        "About Heron Valley HIDTA\n\n"
        "The Heron Valley HIDTA now covers nine designated counties: Ash, Birch and Cedar in "
        "Nebraska; Dale and Elm in Kansas; and Fir, Gale, Hollow and Ivy in Oklahoma."
    )
    assert set(home(text)) == {"Nebraska", "Kansas", "Oklahoma"}


def test_counties_and_parishes_a_background_note_names_are_the_area() -> None:
    text = _program(
        "Background\n\n"
        "The Heron Valley HIDTA is one of the programs funded by the Office of National Drug "
        "Control Policy. Its 14 designated counties and parishes in Texas, Louisiana and "
        "Arkansas take part."
    )
    assert set(home(text)) == {"Texas", "Louisiana", "Arkansas"}


def test_states_a_closing_note_names_without_a_cue_leave_the_home_alone() -> None:
    text = _program(
        "About Heron Valley HIDTA\n\n"
        "The Heron Valley HIDTA is funded by the Office of National Drug Control Policy. Its "
        "officers often trace shipments to Arizona, California and Texas."
    )
    assert home(text) == ("United States",)  # as before: the sources are no area
