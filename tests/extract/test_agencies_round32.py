"""English reports, issue 14 round 32 (agencies): a body named for its purpose with "to <verb>"
("the Special Unit to Combat Drug Smuggling (SUCDS)", "… to Counter Narcotics of the Northern
Union") is one body, its acronym the same; a body whose name goes on after a dash with the two
places it serves ("Public Health - Lakeview & Ridge County") is one body and keeps its figures;
a body named with a state's abbreviation ("WA Police") is the body named in full; a body named
inside the clause describing the subject (", which the … leads in …,") does not take the figure
the subject's verb states. Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 5, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def publisher(text: str) -> str | None:
    return sentences.publisher_of(text, DAY)


def test_a_body_named_for_its_purpose_is_one_body() -> None:
    text = (
        "Cocaine seizures fall in 2025\n\n"
        "Port Alder, 20 May 2026. The Special Unit to Combat Drug Smuggling (SUCDS) presented "
        "its annual balance on Wednesday, reporting that its officers seized 14.2 tonnes of "
        "cocaine in 2025.\n\n"
        "The SUCDS also destroyed 312 clandestine laboratories during the year.\n"
    )
    label = "Special Unit to Combat Drug Smuggling"
    assert publisher(text) == label
    assert agency(text, "14.2") == label
    assert agency(text, "312") == label


def test_a_purpose_name_keeps_its_owner_after_of_the() -> None:
    text = (
        "Northern Union - Regional Centre\n\nRegional drug seizures fall in 2025\n\n"
        "BRANDT, 20 May 2026 - The Regional Centre to Counter Narcotics of the Northern Union "
        "(RCCN) announced today that member states seized 41 million pills in 2025.\n"
    )
    label = "Regional Centre to Counter Narcotics of the Northern Union"
    assert agency(text, "41 million") == label


def test_a_name_with_a_lower_case_to_of_another_kind_stays_cut() -> None:
    # counter-example: "to" after a body's name but no verb of struggle joins nothing
    text = (
        "Drug seizures rise in 2025\n\n"
        "Port Alder, 20 May 2026. The Special Unit to Review Drug Smuggling Cases said that "
        "officers seized 14.2 tonnes of cocaine in 2025.\n"
    )
    assert agency(text, "14.2") != "Special Unit to Review Drug Smuggling Cases"


def test_a_name_going_on_after_a_dash_with_its_places_is_one_body() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nMay 20, 2026\n\nDrug arrests fall in 2025\n\n"
        "ALDERTON, Wash. - The Alderton Police Department made 412 drug arrests in 2025.\n\n"
        "Public Health - Lakeview & Ridge County reported 388 overdose deaths countywide in "
        "2025.\n"
    )
    assert agency(text, "388") == "Public Health - Lakeview & Ridge County"
    assert agency(text, "412") == "Alderton Police Department"


def test_a_heading_dash_joins_no_name() -> None:
    # counter-example: a letterhead's "- Media Release" is no part of the body's name
    text = (
        "Ridge County Police Service - Media Release\nMay 20, 2026\n\n"
        "Drug arrests fall in 2025\n\n"
        "The Ridge County Police Service made 412 drug arrests in 2025.\n"
    )
    assert agency(text, "412") == "Ridge County Police Service"


def test_a_state_abbreviation_names_the_body_named_in_full() -> None:
    text = (
        "Methylamphetamine seizures rise as WA Police report 2025-26 results\n\n"
        "Western Australia Police Force - Media Release\nWednesday, 20 May 2026\n\n"
        "The Western Australia Police Force seized 812 kilograms of methylamphetamine in "
        "2025-26.\n\n"
        "Regional towns\n\n"
        "In the Pilbara, WA Police charged 96 people with drug supply offences.\n"
    )
    assert agency(text, "96") == "Western Australia Police Force"
    assert publisher(text) == "Western Australia Police Force"


def test_an_abbreviation_spelled_out_as_another_name_stays_apart() -> None:
    # counter-example: "SA" spelled out is South Australia, not South Africa's service
    text = (
        "Drug arrests rise in 2025\n\n"
        "Durban, 20 May 2026. The South African Police Service arrested 1,214 people in 2025. "
        "SA Police Union members staged 12 pickets during the year.\n"
    )
    assert agency(text, "12 pickets") != "South African Police Service"


def test_a_body_in_the_clause_describing_the_subject_does_not_take_its_figure() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nMay 20, 2026\n\nDrug arrests rise in 2025\n\n"
        "FRANKFORT - The Alder State Police made 2,140 drug arrests in 2025.\n\n"
        "The Cedar Hollow Narcotics Task Force, which the Alder State Police leads in three "
        "counties with local sheriffs, accounted for 388 of the arrests.\n"
    )
    assert agency(text, "388") == "Cedar Hollow Narcotics Task Force"
    assert agency(text, "2,140") == "Alder State Police"


def test_a_body_named_after_the_clause_closes_keeps_its_figure() -> None:
    # counter-example: the body the verb's own clause names still takes the figure
    text = (
        "FOR IMMEDIATE RELEASE\nMay 20, 2026\n\nDrug arrests rise in 2025\n\n"
        "FRANKFORT - The Alder State Police made 2,140 drug arrests in 2025. The Cedar Hollow "
        "Narcotics Task Force, which works in three counties, said the Alder State Police "
        "seized 388 pounds of marijuana.\n"
    )
    assert agency(text, "388") == "Alder State Police"
