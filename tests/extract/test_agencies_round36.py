"""English reports, issue 14 round 36 (agencies): an international body's office "in" a country
("UNODC Country Office in …", "… Programme Office in …") is a name and issues the release its
opening says it compiled; a federal agency's office named by its city ("Homeland Security
Investigations (HSI) <City>") is the office, spelt out. Made-up sentences, each rule with a
counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_country_office_in_a_country_issues_its_release() -> None:
    text = (
        "Paraguay: cocaine seizures fall, UNODC says\n\n"
        "ASUNCION, 2 March 2026 - Paraguayan authorities seized 38 tonnes of cocaine in 2025, "
        "according to figures compiled by the UNODC Country Office in Paraguay.\n"
    )
    assert agency(text, "38") == "UNODC Country Office in Paraguay"


def test_a_programme_office_is_a_body() -> None:
    # "Programme" alone names a plan, not a body; a "Programme Office" is an office
    text = (
        "Mongolia: seizures rise, UNODC Office reports\n\n"
        "ULAANBAATAR, 2 March 2026 - Mongolian agencies seized 2.7 tonnes of drugs in 2025, "
        "according to data compiled by the UNODC Programme Office in Mongolia.\n"
    )
    assert agency(text, "2.7") == "UNODC Programme Office in Mongolia"


def test_the_parent_keeps_a_release_no_office_compiled() -> None:
    # counter-example: an office named only further down does not take the parent's release
    text = (
        "Global cocaine supply at record high, UNODC says\n\n"
        "VIENNA, 2 March 2026 - Global cocaine manufacture reached 3,708 tonnes in 2025, the "
        "United Nations Office on Drugs and Crime (UNODC) said today.\n\n"
        "The report was launched in Lima with the support of partners in the region.\n"
    )
    assert agency(text, "3,708") == "United Nations Office on Drugs and Crime"


def test_an_hsi_city_office_is_named_in_full() -> None:
    text = (
        "DENVER, March 2, 2026 - Homeland Security Investigations (HSI) Denver seized 412 "
        "pounds of methamphetamine during fiscal year 2025, the office announced.\n"
    )
    assert agency(text, "412") == "Homeland Security Investigations Denver"


def test_hsi_before_no_city_stays_the_agency() -> None:
    # counter-example: "HSI Special Agents" names no city office
    text = (
        "Homeland Security Investigations (HSI) Special Agents seized 96 pounds of cocaine "
        "during fiscal year 2025, the agency said.\n"
    )
    assert agency(text, "96") == "Homeland Security Investigations"
