"""English reports, issue 14 round 25 (agencies): a national force's local unit named by its
place before the force's acronym ("Tamarack RCMP") is a body of its own; a coroner's service or
court whose name the grammar did not read ("Coroner's Service", "Coroners Court of …") keeps the
figures it reports. Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 4, 16)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_place_before_the_rcmp_names_its_detachment() -> None:
    text = (
        "Tamarack RCMP wraps up Project Heathland\n\n"
        "TAMARACK, B.C. - Tamarack RCMP officers seized 4.2 kilograms of fentanyl in 2025.\n\n"
        "Nationally, the RCMP seized 310 kilograms of fentanyl during the year.\n"
    )
    assert agency(text, "4.2 kilograms") == "Tamarack RCMP"
    # counter-example: the acronym alone is the force
    assert agency(text, "310 kilograms") == "Royal Canadian Mounted Police"


def test_a_coroners_service_with_an_apostrophe_is_a_body() -> None:
    text = (
        "Toxic drug deaths fall in the territory\n\n"
        "DAWSON - The Northland Coroner's Service has released its review of 2025.\n\n"
        "In 2025, 27 people died of toxic drugs, down from 33 the year before.\n\n"
        "Northland Police Service officers gave naloxone 52 times.\n"
    )
    assert agency(text, "27 people") == "Northland Coroner's Service"
    assert agency(text, "52 times") == "Northland Police Service"


def test_a_coroners_court_reports_its_deaths() -> None:
    text = (
        "Kestrel Ambulance Service\n\n"
        "Kestrel Ambulance Service paramedics attended 4,120 overdoses in 2025-26.\n\n"
        "The Coroners Court of Kestrel reported 318 overdose deaths in calendar year 2025.\n"
    )
    assert agency(text, "318 overdose deaths") == "Coroners Court of Kestrel"
    assert agency(text, "4,120 overdoses") == "Kestrel Ambulance Service"
