"""English reports, issue 14 round 39 (agencies): New Zealand Police's districts are "<Name>
District" however the prose names them ("<Name> District Police", "Auckland City District"); an
international body's office "in" a country is "the Office" its prose calls back; a body "of the
Republic of <country>" or "of the Government of <country>" is named whole. Made-up sentences,
each rule with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_new_zealand_district_police_is_its_district() -> None:
    text = (
        "Central methamphetamine seizures fall\n\n"
        "Tuesday, 3 March 2026 - 10:00am\n\n"
        "Central District Police have released their drug results for the year.\n\n"
        "Staff across the district seized 14.2 kilograms of methamphetamine over the year.\n\n"
        "Nationally, New Zealand Police seized 1,100 kilograms of methamphetamine.\n"
    )
    assert agency(text, "14.2") == "Central District"


def test_a_district_named_with_city_is_a_body() -> None:
    text = (
        "Northland seizures double\n\n"
        "Northland District\n"
        "Tuesday, 3 March 2026 - 10:00am\n\n"
        "Police in the north seized 18.4 kilograms of methamphetamine in the year.\n\n"
        "Detective Inspector Jane Roe, who leads the Northland District's drug squad, says the "
        "rise reflects a few large finds.\n\n"
        "Nationally, New Zealand Police seized 1,100 kilograms of methamphetamine.\n"
    )
    assert agency(text, "18.4") == "Northland District"


def test_a_district_police_elsewhere_keeps_its_name() -> None:
    # counter-example: no New Zealand Police named, so the table of its districts is not read
    text = (
        "Central District Police have released their drug results for the year.\n\n"
        "Staff across the district seized 14.2 kilograms of methamphetamine over the year.\n"
    )
    assert agency(text, "14.2") == "Central District Police"


def test_the_office_is_the_programme_office_in_a_country() -> None:
    text = (
        "Freedonia: drug seizures fall\n\n"
        "CAPITAL CITY, 2 March 2026 - Authorities of Freedonia seized 1,842 kilograms of drugs "
        "in 2025, according to national data compiled by the UNODC Programme Office in Freedonia. "
        "The Office presented the figures today.\n\n"
        "Opium remained the main drug seized, at 1,108 kilograms.\n\n"
        "Data compiled by the UNODC Regional Office for the Northern Steppe show that its five "
        "countries seized 9.7 tonnes of drugs in 2025.\n"
    )
    assert agency(text, "1,108") == "UNODC Programme Office in Freedonia"


def test_an_office_of_a_body_keeps_its_head() -> None:
    # counter-example: "in" inside a word ("Inspector") opens no place; the head stays "Office"
    text = (
        "The Office of the Drug Inspectorate of Freedonia said it seized 2,410 kilograms of "
        "cannabis in 2025. The Office also destroyed 41 laboratories.\n"
    )
    assert agency(text, "41") == "Office of the Drug Inspectorate of Freedonia"


def test_a_body_of_the_republic_of_a_country_is_named_whole() -> None:
    text = (
        "State Drug Committee of the Republic of Freedonia\n\n"
        "Drug smuggling results for 2025\n\n"
        "In 2025, the State Drug Committee of the Republic of Freedonia seized 3,412 kilograms of "
        "narcotic drugs.\n"
    )
    assert agency(text, "3,412") == "State Drug Committee of the Republic of Freedonia"


def test_a_body_of_a_province_of_a_country_stops_at_the_province() -> None:
    # counter-example: only a state's formal name ("Republic", "Government") takes its country
    text = (
        "Drug smuggling results for 2025\n\n"
        "In 2025, the State Drug Committee of the Northern Province of Freedonia seized 3,412 "
        "kilograms of narcotic drugs.\n"
    )
    assert agency(text, "3,412") == "State Drug Committee of the Northern Province"
