"""English reports, issue 14 round 28 (branch eng-rg29): the home region of bodies over several
states or members, or over one state of a country. Made-up bodies and towns; each rule has a case
it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import multi_state
from narcokg.extract.gazetteer import load_regions
from narcokg.extract.reporting_members import reporting_members
from narcokg.model.workspace import find_workspace
from tests.extract import sentences

AUTUMN = date(2026, 10, 20)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, AUTUMN)


def region_of(text: str, quote_start: str) -> tuple[str, ...]:
    return sentences.quoted_figure(text, quote_start, AUTUMN).regions


def test_a_federal_district_office_is_its_state_not_the_country() -> None:
    text = (
        "U.S. Department of Justice\nU.S. Attorney's Office\nEastern District of Oregon\n\n"
        "FOR IMMEDIATE RELEASE\nMonday, October 19, 2026\n\n"
        "Drug prosecutions rise in fiscal year 2026\n\n"
        "PENDLETON - The U.S. Attorney's Office for the Eastern District of Oregon today released "
        "its results for fiscal year 2026. During the fiscal year, federal prosecutors in the "
        "district charged 87 defendants with drug trafficking offenses, up from 71 in fiscal "
        "year 2025."
    )
    assert home(text) == ("Oregon",)
    figure = sentences.quoted_figure(text, "87", AUTUMN)
    assert figure.regions == ("Oregon",)
    assert figure.period == "2025-10-01/2026-09-30"  # the federal year, not Oregon's


def test_a_territory_district_is_the_territory() -> None:
    text = (
        "U.S. Department of Justice\nU.S. Attorney's Office\nDistrict of Guam\n\n"
        "FOR IMMEDIATE RELEASE\n\n"
        "Methamphetamine cases in fiscal year 2026\n\n"
        "HAGATNA - The U.S. Attorney's Office for the District of Guam charged 19 defendants "
        "with methamphetamine trafficking during fiscal year 2026."
    )
    assert home(text) == ("Guam",)


def test_a_national_release_naming_no_district_stays_the_countrys() -> None:
    text = (
        "U.S. Department of Justice\n\nFOR IMMEDIATE RELEASE\n\n"
        "Nationwide drug prosecutions in fiscal year 2026\n\n"
        "WASHINGTON - The Justice Department today said federal prosecutors across the United "
        "States charged 18,400 defendants with drug trafficking offenses in fiscal year 2026."
    )
    assert home(text) == ("United States",)
    assert multi_state.district_state(text, len(text), {}) is None


def test_a_region_name_inside_a_longer_place_name_is_not_that_region() -> None:
    text = (
        "Drug Enforcement Administration\nNew Wessex Field Division\n\n"
        "Fentanyl seizures across New Wessex in fiscal year 2026\n\n"
        "GREENFORD - The Drug Enforcement Administration's New Wessex Field Division today "
        "announced its results for fiscal year 2026. The Division is responsible for DEA "
        "operations in Vermont, New Hampshire and Maine. Agents seized 812 kilograms of "
        "fentanyl powder during the fiscal year."
    )
    assert multi_state.inside_longer_name("New Ireland Field Division", "Ireland", ["Ireland"])
    assert not multi_state.inside_longer_name(
        "New Jersey State Police", "New Jersey", ["New Jersey", "Jersey"]
    )
    assert not multi_state.inside_longer_name("Ireland Drug Unit", "Ireland", ["Ireland"])
    assert set(home(text.replace("Wessex", "Ontario"))) == {"Vermont", "New Hampshire", "Maine"}


def test_a_demonym_naming_an_ocean_is_no_country() -> None:
    assert multi_state.names_a_sea("Indian Ocean Coordination Cell")
    assert not multi_state.names_a_sea("Indian Narcotics Board")


def test_members_listed_between_dashes_are_the_set() -> None:
    text = (
        "Regional drug seizure summary 2025\n\n"
        "Lima, 20 October 2026 - The Andean Drug Observatory presents the results reported by "
        "the three member countries - Bolivia, Ecuador and Peru - for 2025. The member "
        "countries seized 512 tonnes of cocaine in 2025."
    )
    assert set(region_of(text, "512")) == {"Bolivia", "Ecuador", "Peru"}


def test_members_compiled_from_returns_are_the_set() -> None:
    text = (
        "Island states drug seizures 2025\n\n"
        "Castries, 20 October 2026 - The Windward Customs Council today published its summary "
        "for 2025, compiled from the returns of Barbados, Grenada, Saint Lucia and Dominica. "
        "Officers seized 3.4 tonnes of cannabis in 2025."
    )
    members = {"Barbados", "Grenada", "Saint Lucia", "Dominica"}
    assert set(region_of(text, "3.4")) == members
    known = load_regions(find_workspace().gazetteer_file)
    assert set(reporting_members(text, 0, len(text), known)) == members


def test_a_member_answering_for_a_territory_and_a_bracketed_gazetteer_name() -> None:
    text = (
        "Island drug summary 2025\n\n"
        "Philipsburg, 20 October 2026 - The Leeward Drug Desk today published its summary for "
        "2025, compiled from data reported by its members: Anguilla, Sint Maarten and France in "
        "respect of Guadeloupe.\n\nOfficers seized 640 kilograms of cocaine in 2025."
    )
    assert set(region_of(text, "640")) == {"Anguilla", "Sint Maarten (Dutch part)", "Guadeloupe"}


def test_a_dash_after_a_count_of_members_with_no_list_places_nothing() -> None:
    text = (
        "Regional drug summary 2025\n\n"
        "Lima, 20 October 2026 - The Andean Drug Observatory said three member countries - more "
        "than ever - reported data for 2025. Peru's police seized 212 tonnes of cocaine in 2025."
    )
    assert region_of(text, "212") == ("Peru",)


def test_a_members_national_force_in_the_sentence_before_still_places_a_sets_figure() -> None:
    text = (
        "Island drug summary 2025\n\n"
        "Suva, 20 October 2026 - The Ocean Forum today released its summary for 2025, compiled "
        "from the reports of three Forum members (Fiji, Tonga and Samoa).\n\n"
        "The Fiji Police Force arrested 1,208 people for drug offences. Of those arrested, 74 "
        "were foreign nationals."
    )
    assert region_of(text, "74") == ("Fiji",)
