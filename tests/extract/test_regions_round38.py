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
