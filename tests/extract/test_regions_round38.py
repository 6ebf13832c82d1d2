"""English reports, issue 14 round 38 (branch eng-rg39): "<Name> County" is a county, never the
state of that name, its state read from the county table or the text's towns; a state's name
after "City of" is a town's.
Made-up releases and figures (real place names of no corpus report); each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.gazetteer import find_regions, load_regions
from tests.extract import sentences

WINTER = date(2026, 2, 10)


def _county_office(county: str, town: str) -> str:
    return (
        f"{county.upper()} SHERIFF'S OFFICE\nNEWS RELEASE\n\n"
        f"Drug arrests rise in {county}\n\n"
        f"{town.upper()} - The {county} Sheriff's Office arrested 214 people on drug charges "
        "in 2025, up from 188 in 2024, the sheriff said in the office's annual summary.\n\n"
        "Deputies seized 3.4 pounds of methamphetamine during the year."
    )


def test_a_county_named_for_a_state_is_the_countys_state() -> None:
    # Indiana County lies in Pennsylvania only; the state of Indiana is no figure's
    text = _county_office("Indiana County", "Kittanning")
    assert sentences.home_region(text, WINTER) == ("Pennsylvania",)


def test_a_county_named_for_another_state_is_not_that_state() -> None:
    # Oregon County lies in Missouri only
    text = _county_office("Oregon County", "Alton")
    assert sentences.home_region(text, WINTER) == ("Missouri",)


def test_a_county_of_its_own_states_name_keeps_the_state() -> None:
    # Idaho County lies in Idaho: read as a county, it still gives Idaho
    text = _county_office("Idaho County", "Grangeville")
    assert sentences.home_region(text, WINTER) == ("Idaho",)


def test_a_state_after_city_of_is_a_town() -> None:
    regions = load_regions(sentences.GAZETTEER)
    text = "Officers from the City of Wyoming seized 41 grams of heroin."
    assert [m.key for m in find_regions(text, regions, "United States")] == []


def test_the_state_of_a_name_stays_the_state() -> None:
    regions = load_regions(sentences.GAZETTEER)
    text = "Officers across the State of Wyoming seized 41 grams of heroin."
    assert "Wyoming" in {m.key for m in find_regions(text, regions, "United States")}


AUTUMN = date(2026, 11, 10)
DIVISION = (
    "U.S. Drug Enforcement Administration\nDenver Field Division\nPress Release\n\n"
    # a headline of 100 characters or more, read as the lead
    "DEA Denver: Methamphetamine Seizures Rise 8 Percent as Heroin Seizures Fall by Half in "
    "Fiscal Year 2026\n\n"
    "DENVER, Colo. - November 10, 2026 - The Drug Enforcement Administration's Denver Field "
    "Division, which covers Colorado, Utah, Wyoming and Montana, today released its results for "
    "fiscal year 2026, the twelve months that ended September 30.\n\n"
    "Agents seized 2,140 pounds of methamphetamine during the year. They also seized 96 "
    "firearms.\n\n"
    "Colorado, Utah, Wyoming and Montana accounted for 910, 640, 330 and 260 pounds of the "
    "methamphetamine, respectively. In Colorado, the state health department counted 1,020 "
    "overdose deaths, and Colorado's crime laboratory tested 4,300 samples."
)


def test_a_division_which_covers_states_is_their_set() -> None:
    home = sentences.home_region(DIVISION, AUTUMN)
    assert set(home) == {"Colorado", "Utah", "Wyoming", "Montana"}


def test_a_division_whose_clause_names_no_state_keeps_its_seat() -> None:
    text = DIVISION.replace("Colorado, Utah, Wyoming and Montana", "41 counties")
    assert set(sentences.home_region(text, AUTUMN)) != {"Colorado", "Utah", "Wyoming", "Montana"}


OFFICE = (
    "U.S. Customs and Border Protection\nLocal Media Release\n\n"
    "CBP Chicago Field Office Seizures Climb 12 Percent in Fiscal Year 2026\n\n"
    "CHICAGO - U.S. Customs and Border Protection officers of the Chicago Field Office seized "
    "1,260 pounds of narcotics in fiscal year 2026, compared with 1,125 pounds in fiscal year "
    "2025.\n\n"
    "The Chicago Field Office oversees the ports of entry in Illinois, Indiana and Wisconsin.\n\n"
    "Officers also seized 310 pounds of cocaine at the cargo hub in Chicago."
)
OFFICE_AREA = {"Illinois", "Indiana", "Wisconsin"}


def test_an_offices_seat_in_its_name_is_no_figures_place() -> None:
    # the seat opens the office's name and "U.S." opens the agency's: the office's whole area
    for number in ("12", "1,260", "1,125"):
        regions = sentences.quoted_figure(OFFICE, number, AUTUMN).regions
        assert set(regions) == OFFICE_AREA, number


def test_a_seat_city_as_a_place_still_places() -> None:
    assert sentences.quoted_figure(OFFICE, "310", AUTUMN).regions == ("Illinois",)
