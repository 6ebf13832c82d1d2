"""English reports, issue 14 round 43 (agencies). Made-up releases, each rule with a
counter-example: a programme issues its own results over its parent body (named after the
programme's tail, or in the paragraph after a long title) and over the foundation that hosts it
(the programme introduced by its short name)."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_programme_named_before_its_owner_takes_the_figures() -> None:
    # no acronym of its own: the tail ends where its owner is named
    text = (
        "United Nations Office on Drugs and Crime\n"
        "Press release\n\n"
        "River port teams seize more heroin\n\n"
        "VIENNA, 2 March 2026 - River port teams supported by the Regional Programme for Inland "
        "Ports and Waterways of the United Nations Office on Drugs and Crime (UNODC) seized 3.7 "
        "tonnes of heroin in 2025, the Programme said today.\n\n"
        "The teams also searched 1,204 barges during the year.\n"
    )
    name = "Regional Programme for Inland Ports and Waterways"
    assert agency(text, "3.7") == name
    assert agency(text, "1,204") == name


def test_a_long_title_gives_way_to_the_lead_that_names_the_programme() -> None:
    text = (
        "River port teams along the Danube and the Sava record higher heroin seizures in 2025, "
        "with methamphetamine up by a third\n\n"
        "VIENNA, 2 March 2026 - River port teams supported by the Regional Programme for Inland "
        "Ports and Waterways of the United Nations Office on Drugs and Crime seized 3.7 tonnes "
        "of heroin in 2025, according to figures compiled by the Programme.\n\n"
        "The teams also searched 1,204 barges during the year.\n"
    )
    name = "Regional Programme for Inland Ports and Waterways"
    assert agency(text, "3.7") == name
    assert agency(text, "1,204") == name


def test_a_programme_of_a_country_body_is_no_international_programme() -> None:
    # counter-example: the owner named after the tail is no international body
    text = (
        "Ruritania Police Service\n\n"
        "Port seizures rise\n\n"
        "ZENDA, 2 March 2026 - The Ruritania Police Service seized 8.2 tonnes of cannabis in "
        "2025 under the Regional Programme for Inland Ports of the Ruritania Police Service, "
        "the service said.\n"
    )
    assert agency(text, "8.2") == "Ruritania Police Service"


def test_a_programme_by_its_short_name_issues_over_its_host() -> None:
    text = (
        "RIVERNET: joint investigations seize 41 tonnes of cocaine in 2025\n\n"
        "Madrid, 2 March 2026 - Joint investigations supported by RIVERNET, the European "
        "Union's programme against drug trafficking on inland waterways, led to the seizure of "
        "41 tonnes of cocaine in 2025, the programme reported today. The programme is "
        "implemented by the International Foundation for Public Administration (IFPA).\n\n"
        "In total, the programme supported 58 joint investigations in 2025.\n"
    )
    assert agency(text, "41 tonnes") == "RIVERNET"
    assert agency(text, "58") == "RIVERNET"


def test_a_programme_with_its_long_name_in_brackets_is_named_in_full() -> None:
    text = (
        "AMAZONAS 3.0: support to 64 operations in 2025\n\n"
        "Lisbon, 2 March 2026\n\n"
        "The EU-funded programme AMAZONAS 3.0 (Andean Maritime Security Programme against "
        "Organised Crime) today presented its activity report for 2025 at the headquarters of "
        "the International Foundation for Public Administration (IFPA) in Lisbon.\n\n"
        "During 2025, the programme supported 64 joint investigations with its partner "
        "countries.\n\n"
        "AMAZONAS trained 2,460 police officers during the year.\n"
    )
    name = "Andean Maritime Security Programme against Organised Crime"
    assert agency(text, "64 joint") == name
    assert agency(text, "2,460") == name


def test_a_host_named_first_keeps_its_release() -> None:
    # counter-example: the foundation's own release names the programme after itself
    text = (
        "International Foundation for Public Administration\n\n"
        "Foundation reports on 2025\n\n"
        "Lisbon, 2 March 2026 - The International Foundation for Public Administration (IFPA) "
        "presented its annual report today. Among its partners is RIVERNET, the European "
        "Union's programme against drug trafficking on inland waterways.\n\n"
        "In 2025, 930 officials took part in its courses.\n"
    )
    assert agency(text, "930") == "International Foundation for Public Administration"


def test_a_coordinating_body_in_capitals_issues_its_operations_release() -> None:
    # a participant named first had taken the release
    text = (
        "Police Community of the Americas - AMERIPOL\n"
        "Press release\n\n"
        "Bogota, 2 March 2026 - The Police Community of the Americas (AMERIPOL) today presented "
        "the results of Operation Sierra Alta, which ran in Bolivia, Chile and Peru.\n\n"
        "The National Police of Peru and the National Police of Bolivia led the checks.\n\n"
        "Participating forces seized 12.6 tonnes of cocaine and arrested 318 people.\n"
    )
    assert agency(text, "12.6") == "Police Community of the Americas"
    assert agency(text, "318") == "Police Community of the Americas"


def test_interpol_in_capitals_coordinates_the_operation() -> None:
    text = (
        "INTERPOL operation in the Andes takes 9 tonnes of cocaine off the market\n\n"
        "LYON, France, 2 March 2026 - An operation coordinated by INTERPOL in Bolivia, Chile "
        "and Peru has led to the seizure of 9.4 tonnes of cocaine, the Organization announced "
        "today.\n\n"
        "The National Police of Peru also reported 240 arrests.\n\n"
        "Officers checked 5,120 vehicles at border crossings.\n"
    )
    assert agency(text, "5,120") == "INTERPOL"


def test_a_national_release_citing_interpol_keeps_its_issuer() -> None:
    # counter-example: INTERPOL's notices in a national force's own release
    text = (
        "Ruritania Police Service\n\n"
        "Drug arrests rise\n\n"
        "ZENDA, 2 March 2026 - The Ruritania Police Service arrested 412 suspects in 2025, "
        "among them 14 wanted under INTERPOL notices.\n\n"
        "Officers also seized 96 kilograms of cocaine.\n"
    )
    assert agency(text, "96 kilograms") == "Ruritania Police Service"
