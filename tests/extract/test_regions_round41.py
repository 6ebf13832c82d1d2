"""English reports, issue 14 round 41 (branch eng-rg42): a tribal nation's name in another
written form ("Saint" for "St.", the plural "Tribes"), a body's territory "which lies in both A
and B", a covering list that reaches the waters "off the coasts of" a country, and a county
office's dateline town below 15,000 people. Made-up releases and figures; each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2026, 2, 10)


def _tribal(heading: str, lead: str) -> str:
    return (
        f"{heading.upper()}\nPress Release\n\n"
        "Tribal police drug arrests rise in fiscal 2026\n\n"
        f"{lead} made 96 drug arrests in 2025, up from 71 in 2024, the chief of police said.\n\n"
        "Officers seized 1,450 fentanyl pills during the year."
    )


def test_saint_written_out_reads_the_nations_row() -> None:
    text = _tribal(
        "Saint Regis Mohawk Tribal Police", "HOGANSBURG - The Saint Regis Mohawk Tribal Police"
    )
    assert sentences.home_region(text, WINTER) == ("New York",)


def test_the_plural_tribes_reads_the_nations_row() -> None:
    text = _tribal("Umatilla Tribes", "MISSION - Officers of the Umatilla Tribes' police")
    assert sentences.home_region(text, WINTER) == ("Oregon",)


def test_a_name_with_no_tribal_word_is_no_nation() -> None:
    # "Saint Regis" alone (a river, a hotel) is no nation: the dateline's state decides
    text = _tribal("Saint Regis Falls Police", "MALONE, Vt. - The Saint Regis Falls Police")
    assert sentences.home_region(text, WINTER) == ("Vermont",)


def _territory(where: str) -> str:
    return (
        "Wauzhushk Police Service\nNews Release\n\n"
        "Cannabis seizures rise in 2025\n\n"
        "KENORA, Ont. - March 4, 2026 - The Wauzhushk Police Service released its results for "
        f"2025. The service polices the Wauzhushk territory, which lies {where}.\n\n"
        "Officers seized 640 kilograms of illicit cannabis in 2025, up from 410 kilograms."
    )


def test_a_territory_lying_in_both_provinces_is_both() -> None:
    text = _territory("in both Ontario and Manitoba")
    assert sentences.home_region(text, WINTER) == ("Ontario", "Manitoba")


def test_a_territory_in_one_province_keeps_the_dateline() -> None:
    text = _territory("in Ontario near the Manitoba border")
    assert sentences.home_region(text, WINTER) == ("Ontario",)


def _district(area: str) -> str:
    return (
        "U.S. Coast Guard Thirteenth District\nNews Release\n\n"
        "Cutters offload cocaine in Seattle\n\n"
        "SEATTLE, Wash. - The Coast Guard Thirteenth District released its counter-drug results "
        f"for fiscal year 2026. The district's area of responsibility covers {area}.\n\n"
        "Cutters removed 41,200 pounds of cocaine in fiscal 2026, up from 30,900 pounds."
    )


def test_waters_off_a_coast_are_not_that_land() -> None:
    area = "Oregon, Washington, Idaho and Montana, together with the ocean off the coasts of Peru"
    text = _district(area)
    assert sentences.home_region(text, WINTER) == ("Oregon", "Washington", "Idaho", "Montana")


def test_a_listed_country_without_a_coast_stays() -> None:
    text = _district("Oregon, Washington, Idaho, Montana and Puerto Rico")
    home = sentences.home_region(text, WINTER)
    assert "Puerto Rico" in home and "Montana" in home


def _county_office(dateline: str) -> str:
    return (
        "FAYETTE COUNTY SHERIFF'S OFFICE\nNews Release\n\n"
        "Drug arrests climb in 2025\n\n"
        f"{dateline} - Deputies of the Fayette County Sheriff's Office made 118 drug arrests in "
        "2025, up from 97 the year before, the sheriff said.\n\n"
        "Deputies seized 3.1 pounds of methamphetamine during the year."
    )


def test_a_county_seat_below_15000_names_its_state() -> None:
    # eleven states hold a Fayette County; Connersville (13,000) lies in Indiana
    assert sentences.home_region(_county_office("CONNERSVILLE"), WINTER) == ("Indiana",)


def test_an_unlisted_dateline_town_names_no_state() -> None:
    assert sentences.home_region(_county_office("ELMWOOD HOLLOW"), WINTER) != ("Indiana",)
