"""English reports, issue 14 round 39 (branch eng-rg40): a state's name before "County" names
the county, not the state; a city's name is no name of its state for "the state"; a local body's
state among its own town's or county's namesakes is voted by the counties its text names too.
Made-up releases and figures (real place names of no corpus report); each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import scope
from narcokg.extract.gazetteer import find_regions, load_regions
from tests.extract import sentences

WINTER = date(2026, 2, 10)


def _keys(text: str) -> list[str]:
    regions = load_regions(sentences.GAZETTEER)
    return [m.key for m in find_regions(text, regions, "United States")]


def test_a_state_before_county_names_the_county() -> None:
    text = "Deputies of the Mississippi County Sheriff's Office seized 41 grams of heroin."
    assert "Mississippi" not in _keys(text)


def test_a_state_not_before_county_stays_the_state() -> None:
    text = "Deputies across Mississippi seized 41 grams of heroin, the county sheriff said."
    assert "Mississippi" in _keys(text)


def test_a_city_before_county_keeps_its_state() -> None:
    # only a state's own name is read as a county's: a city's county stays the city's state
    text = "The San Francisco County Medical Examiner's Office recorded 41 overdose deaths."
    assert "California" in _keys(text)


def _county_office(county: str, town: str, law: str) -> str:
    return (
        f"{county.upper()} SHERIFF'S OFFICE\nNEWS RELEASE\n\n"
        f"Drug arrests rise in {county}\n\n"
        f"{town.upper()} - The {county} Sheriff's Office arrested 214 people on drug charges "
        f"in 2025, up from 188 in 2024, the sheriff said. {law}\n\n"
        "Deputies seized 3.4 pounds of methamphetamine during the year."
    )


def test_the_state_of_a_county_named_for_another_state() -> None:
    # Oregon County lies in Missouri only; "the state" was the Oregon of the county's name
    text = _county_office("Oregon County", "Alton", "Most were charged under the state's law.")
    assert sentences.home_region(text, WINTER) == ("Missouri",)


def test_the_state_named_in_the_lead_is_still_the_state() -> None:
    text = _county_office(
        "Oregon County", "Alton", "Most were charged under the state's law in Oregon."
    )
    assert sentences.home_region(text, WINTER) == ("Oregon",)


def _self_division(text: str) -> str | None:
    regions = load_regions(sentences.GAZETTEER)
    names = find_regions(text, regions, "United States")
    return scope.self_division(text, names, regions, "United States", len(text))


def test_a_city_is_no_name_of_the_state() -> None:
    # a city's name says nothing of which state "the state" is (a namesake may lie elsewhere)
    text = "Deputies in Colorado Springs seized 2 pounds of cocaine under the state's new law."
    assert _self_division(text) is None


def test_the_state_by_its_own_name_is_the_state() -> None:
    text = "In Colorado, deputies seized 2 pounds of cocaine under the state's new law."
    assert _self_division(text) == "Colorado"


def _town_force(place_line: str) -> str:
    return (
        "DANVILLE POLICE DEPARTMENT\nNews Release\n\n"
        "Drug arrests fall in 2025\n\n"
        "DANVILLE - The Danville Police Department made 318 drug arrests in 2025, down from "
        "355 in 2024, the chief said in the department's annual summary.\n\n"
        f"Officers seized 2.2 kilograms of fentanyl during the year. {place_line}"
    )


def test_a_county_the_text_names_votes_for_the_towns_state() -> None:
    # Danville lies in four states; of them only Kentucky has a Boyle County
    text = _town_force("Boyle County, which includes Danville, counted 41 overdose deaths.")
    assert sentences.home_region(text, WINTER) == ("Kentucky",)


def test_a_county_of_none_of_the_towns_states_votes_for_none() -> None:
    # Kootenai County lies in Idaho, none of Danville's states
    text = _town_force("Kootenai County counted 41 overdose deaths.")
    assert sentences.home_region(text, WINTER) != ("Kentucky",)
