"""English reports, issue 14 round 26 (a place whose name other places share): the state or
province the text names with a city decides the home region, over any list's default for a city
of that name; a state's postal code ("PA") and a dateline below a letterhead name it too; a listed
city (a force named after it) in a text naming another country's states and never the city's own
state or country is a place of that name elsewhere. Made-up reports; each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.gazetteer import load_regions
from narcokg.extract.named_states import state_after
from tests.extract import sentences

SPRING = date(2026, 3, 11)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, SPRING)


def test_a_postal_code_in_the_dateline_names_the_state() -> None:
    text = (
        "Millbrook Borough Police publish 2025 drug figures\n\n"
        "MILLBROOK, PA - The Millbrook Borough Police Department today released its drug "
        "enforcement figures for 2025. Officers made 214 drug arrests and seized 3.1 kilograms "
        "of methamphetamine during the year."
    )
    assert home(text) == ("Pennsylvania",)


def test_a_dateline_after_a_letterhead_names_the_province() -> None:
    text = (
        "Harbourview Constabulary\nMedia Release\n\nMarch 10, 2026\n\n"
        "Project Lanternfish ends cocaine supply line; drug charges down in 2025\n\n"
        "PORT ELLIS, N.L. - The Harbourview Constabulary today released the results of Project "
        "Lanternfish, an investigation into a network that brought cocaine to the city, along "
        "with its drug figures for 2025. Officers laid 318 drug charges in 2025.\n\n"
        "Across Canada, police recorded 60,100 drug offences in 2024."
    )
    assert home(text) == ("Newfoundland and Labrador",)


def test_the_dateline_state_decides_over_a_seat_of_that_name() -> None:
    text = (
        "Lamar County drug task force results for 2025\n\n"
        "PARIS, Texas - The Lamar County Sheriff's Office today released its drug task force "
        "results for 2025. Deputies made 96 drug arrests and seized 4.2 kilograms of "
        "methamphetamine in 2025."
    )
    assert home(text) == ("Texas",)


def test_a_city_force_takes_the_province_named_with_its_city() -> None:
    text = (
        "Perth Police Service releases 2025 drug results\n\n"
        "The Perth Police Service has published its annual drug enforcement summary for Perth, "
        "Ont. and the surrounding townships.\n\n"
        "Officers laid 412 drug charges in 2025. Some of the drugs were brought in from Quebec "
        "and Manitoba."
    )
    assert home(text) == ("Ontario",)


def test_a_city_named_in_a_list_of_states_is_no_city_of_that_state() -> None:
    regions = load_regions(sentences.GAZETTEER)
    listed = "most of them in Sydney, Victoria and Queensland."
    named = "most of them in Sydney, Nova Scotia, a port town."
    assert state_after(listed, listed.index(",", 20), regions) is None
    assert state_after(named, named.index(",", 20), regions) == "Nova Scotia"
    bracketed = "the police of Lakeview (Ontario) laid 40 charges"
    assert state_after(bracketed, bracketed.index(" ("), regions) == "Ontario"


def test_a_force_named_after_a_listed_city_elsewhere_is_the_other_places() -> None:
    text = (
        "Dayton Police\nNewsroom\n\n14 May 2026\n\n"
        "Drug supply arrests up as operation hits town centre dealers\n\n"
        "Dayton Police arrested 310 people for supplying drugs in the year ending March 2026. "
        "Dayton Police serves about 500,000 people in the north of England, and its officers "
        "worked with forces across England on county lines. Dayton Police closed 14 lines."
    )
    assert home(text) == ("England",)


def test_a_listed_citys_force_keeps_its_state_when_the_text_names_it() -> None:
    text = (
        "Dayton Police Department drug results 2025\n\n"
        "The Dayton Police Department made 610 drug arrests in 2025, officers said. Some of "
        "the fentanyl came from Ohio's border with Indiana, and England's National Crime "
        "Agency shared intelligence."
    )
    assert home(text) == ("Ohio",)
