"""English reports, issue 14 round 40 (branch eng-rg41): a county's office, institute or jail
named for it is the county's own, not the country's; a tribal nation whose lands lie in several
states gives its body all of them; a regional office's note listing the countries its figures
cover makes them the report's home. Made-up releases and figures; each rule has a case it must
not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2026, 2, 10)
SUMMER = date(2026, 6, 24)


def _county_body(body: str, city: str, where: str = "") -> str:
    return (
        f"{body.upper()}\nNews Release\n\n"
        "Drug deaths and bookings fall in 2025\n\n"
        f"{city.upper()} - The {body} today released its annual report: 318 people died of "
        f"drug overdoses{where} in 2025, down from 402 in 2024.\n\n"
        f"Fentanyl was found in 211 of the deaths, the {body} said."
    )


def test_a_county_office_of_the_medical_examiner_is_the_countys() -> None:
    # "County Office of the Medical Examiner" read as no county office: the country's
    text = _county_body("Pima County Office of the Medical Examiner", "Tucson")
    assert sentences.home_region(text, WINTER) == ("Arizona",)


def test_a_county_institute_is_the_countys() -> None:
    text = _county_body("Jefferson County Institute of Forensic Sciences", "Louisville")
    assert sentences.home_region(text, WINTER) == ("Kentucky",)


def test_a_county_detention_center_is_the_countys() -> None:
    text = _county_body("Jefferson County Detention Center", "Louisville")
    assert sentences.home_region(text, WINTER) == ("Kentucky",)


def test_a_national_institute_stays_national() -> None:
    # no county in its name: a national body datelined in a large city keeps its country
    body = "National Institute of Forensic Sciences"
    text = _county_body(body, "Louisville", " across the United States")
    assert sentences.home_region(text, WINTER) == ("United States",)


def _tribal(nation: str, dateline: str) -> str:
    return (
        f"{nation.upper()} POLICE DEPARTMENT\nPress Release\n\n"
        "Tribal police drug arrests rise in 2025\n\n"
        f"{dateline} - The {nation} Police Department made 142 drug arrests in 2025, up from "
        "118 in 2024, the chief of police said.\n\n"
        "Officers seized 2,300 fentanyl pills during the year."
    )


def test_a_nation_over_several_states_takes_them_all() -> None:
    text = _tribal("Fort Mojave Tribal", "NEEDLES, Calif.")
    assert sentences.home_region(text, WINTER) == ("Arizona", "California", "Nevada")


def test_a_nation_of_one_state_keeps_its_state() -> None:
    text = _tribal("Hualapai Tribal", "PEACH SPRINGS, Ariz.")
    assert sentences.home_region(text, WINTER) == ("Arizona",)


def _regional(office: str, note: str) -> str:
    return (
        f"United Nations Office on Drugs and Crime\n{office}\nPress release\n\n"
        "Heroin seizures in the Horn of Africa rise 14 per cent in 2025\n\n"
        "Addis Ababa (Ethiopia), 24 June 2026 - Authorities in the region seized 3.2 tonnes of "
        "heroin in 2025, up from 2.8 tonnes in 2024, according to data compiled by the "
        f"{office}.\n\n"
        "Most of the heroin was seized at sea, on dhows crossing from the Arabian Sea, and the "
        "office's maritime teams trained 240 officers during the year.\n\n"
        "Methamphetamine seizures reached 610 kilograms, more than double the year before, as "
        "traffickers opened new routes along the coast toward the south of the continent.\n\n"
        "Worldwide, UNODC estimates that 1,100 tonnes of heroin were seized in 2024.\n\n"
        f"Notes to editors\n\n{note} Figures for 2025 are provisional."
    )


_NOTE = "The regional figures cover four countries: Djibouti, Eritrea, Ethiopia and Somalia."


def test_the_countries_a_note_says_the_figures_cover() -> None:
    text = _regional("Regional Office for the Horn of Africa", _NOTE)
    assert sentences.home_region(text, SUMMER) == ("Djibouti", "Eritrea", "Ethiopia", "Somalia")


def test_a_country_office_keeps_its_country() -> None:
    # the office's own name names one of the listed countries: its release is that country's
    text = _regional("Country Office in Ethiopia", _NOTE)
    assert sentences.home_region(text, SUMMER) == ("Ethiopia",)
