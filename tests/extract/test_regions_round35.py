"""English reports, issue 14 round 35 (branch eng-rg36): a town's RCMP detachment is a town force
whose town names its province, and a local body's own town or county names the text's country
before a foreign name the text passes by. Made-up sentences and figures (real town and county
names, none of a corpus report); each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.local_places import own_country
from tests.extract import sentences

WINTER = date(2026, 2, 9)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, WINTER)


def test_a_towns_rcmp_detachment_takes_its_towns_province() -> None:
    text = (
        "Nanaimo RCMP: drug charges rise in 2025\n\n"
        "Nanaimo - February 9, 2026 - The Nanaimo RCMP detachment laid 418 drug charges in 2025, "
        "up from 377 in 2024.\n\n"
        "Most of the fentanyl was bought in bulk elsewhere and driven to the city by couriers."
    )
    assert home(text) == ("British Columbia",)


def test_a_provinces_rcmp_keeps_its_province() -> None:
    text = (
        "Alberta RCMP release 2025 drug results\n\n"
        "The Alberta RCMP laid 3,120 drug charges across Alberta in 2025, up from 2,870 in 2024. "
        "Alberta RCMP officers also seized 41 kilograms of methamphetamine in Alberta."
    )
    assert home(text) == ("Alberta",)


def test_a_town_forces_country_outranks_a_passing_foreign_name() -> None:
    text = (
        "News Release - Sarnia Police Service\nFebruary 9, 2026\n\n"
        "SARNIA - Members of the Sarnia Police Service laid 502 drug charges in 2025, compared "
        "with 455 in 2024.\n\n"
        "Inspector Lee, who trained with the New Zealand Police in Wellington, said they seized "
        "1.2 kilograms of fentanyl. New Zealand's model of dial-a-dope enforcement was copied."
    )
    assert own_country(text) == "Canada"
    assert home(text) == ("Ontario",)


def test_a_county_offices_country_outranks_a_source_country() -> None:
    text = (
        "Yavapai County Attorney's Office\nPress Release\nFebruary 9, 2026\n\n"
        "The Yavapai County Attorney's Office filed 644 drug cases in 2025, up from 590 in 2024. "
        "Mexico's cartels press pills made in Mexico; Mexico remains the main source, and "
        "Mexico's factories supply most fentanyl."
    )
    assert own_country(text) == "United States"
    assert home(text) == ("Arizona",)


def test_a_town_of_two_countries_names_no_country() -> None:
    text = "Richmond Police Department\n\nOfficers made 210 drug arrests in 2025."
    assert own_country(text) is None
