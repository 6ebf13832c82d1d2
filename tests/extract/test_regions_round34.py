"""English reports, issue 14 round 34 (branch eng-rg35): the home region of a local body (a
county's office, a town's police) whose text never names its state or province, or names it only
for other places, read from its own county's or town's name (GeoNames' lists); a state's name
inside a town's ("Missouri City") is no state; "across the state line" is no report's own state.
Made-up sentences and figures (real county and town names, none of a corpus report); each rule
has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import gazetteer
from narcokg.extract.local_places import issuer_state
from narcokg.model.workspace import find_workspace
from tests.extract import sentences

WINTER = date(2026, 2, 9)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, WINTER)


def test_a_county_named_in_one_state_places_its_office_over_a_source_state() -> None:
    text = (
        "TOLLAND COUNTY SHERIFF'S OFFICE\nNEWS RELEASE\nFebruary 9, 2026\n\n"
        "Deputies of the Tolland County Sheriff's Office made 212 drug arrests in 2025, up from "
        "188 in 2024.\n\n"
        "Most of the heroin they seized had been bought by couriers in Massachusetts."
    )
    assert home(text) == ("Connecticut",)


def test_a_town_force_takes_its_towns_province() -> None:
    text = (
        "Grande Prairie Police Service\nMEDIA RELEASE\nFebruary 9, 2026\n\n"
        "The Grande Prairie Police Service laid 640 drug charges in 2025, up from 590 in 2024.\n\n"
        "Of the charges, 210 were for trafficking in drugs bought in Vancouver, the Service said."
    )
    assert home(text) == ("Alberta",)


def test_a_county_name_many_states_share_is_the_state_of_the_towns_named_with_it() -> None:
    text = (
        "Clay County Sheriff's Office\nPress Release\nFebruary 9, 2026\n\n"
        "The Clay County Sheriff's Office made 312 drug arrests in 2025, most of them in "
        "Liberty and Gladstone, up from 280 in 2024 across the United States' heartland."
    )
    assert home(text) == ("Missouri",)


def test_a_county_name_many_states_share_places_nothing_alone() -> None:
    text = "Clay County Sheriff's Office\nPress Release\n\nDeputies made 312 drug arrests in 2025."
    assert issuer_state(text, "United States") == (None, True)


def test_a_local_bodys_dateline_town_is_its_larger_namesakes_state() -> None:
    text = (
        "Metropolitan Police Department\nNews Release - March 4, 2026\n\n"
        "WASHINGTON - The Metropolitan Police Department made 980 narcotics arrests in 2025, "
        "down from 1,040 in 2024.\n\nMost fentanyl in the United States is smuggled."
    )
    assert home(text) == ("District of Columbia",)


def test_a_national_bodys_dateline_places_nothing() -> None:
    text = "WASHINGTON - The agency's survey counted 48,000 overdose deaths in 2025."
    assert issuer_state(text, "United States") == (None, False)


def test_a_state_inside_a_towns_name_is_no_state() -> None:
    text = (
        "Sugar Land Police Department\nPress Release\nFebruary 9, 2026\n\n"
        "The Sugar Land Police Department made 140 drug arrests in 2025. Most of the pills came "
        "from stash houses in Missouri City, officers said.\n\nFentanyl remains the deadliest "
        "drug in the United States."
    )
    assert home(text) == ("Texas",)
    known = gazetteer.load_regions(find_workspace().gazetteer_file)
    keys = [m.key for m in gazetteer.find_regions("sold in Missouri City", known, None)]
    assert "Missouri" not in keys
    assert [m.key for m in gazetteer.find_regions("sold in Missouri", known, None)] == ["Missouri"]


def test_the_state_line_is_no_reports_own_state() -> None:
    text = (
        "Supply crosses the state line, prosecutor says\n\n"
        "Clay County Prosecuting Attorney's Office\nNews Release\nFebruary 9, 2026\n\n"
        "LIBERTY - The Clay County Prosecuting Attorney's Office charged 410 people with drug "
        "distribution in 2025, many of them supplied from Kansas City, Kansas, and from Kansas "
        "suppliers in Olathe; Gladstone and Kansas City police referred most cases."
    )
    assert home(text) == ("Missouri",)


def test_a_town_force_whose_text_names_its_state_keeps_it() -> None:
    text = (
        "Springfield Police Department\nPress Release\nFebruary 9, 2026\n\n"
        "The Springfield Police Department made 530 drug arrests in 2025, the most of any city "
        "police in Illinois."
    )
    assert home(text) == ("Illinois",)


NEW_ENGLAND = ("Connecticut", "Maine", "Massachusetts", "New Hampshire", "Rhode Island", "Vermont")


def test_a_body_named_for_new_england_is_its_six_states() -> None:
    text = (
        "Harbour Agency\nNew England Field Division\n\nNEWS RELEASE\n\n"
        "Division seizures rise in 2025\n\n"
        "BOSTON - The Harbour Agency's New England Field Division seized 412 kilograms of "
        "cocaine in 2025, up from 380 kilograms in 2024."
    )
    assert home(text) == NEW_ENGLAND


def test_new_england_named_in_passing_is_no_bodys_area() -> None:
    text = (
        "National survey counts fewer overdose deaths in 2025\n\n"
        "The national survey counted 48,000 overdose deaths in the United States in 2025, down "
        "from 52,000 in 2024; deaths fell most in New England."
    )
    assert home(text) != NEW_ENGLAND
