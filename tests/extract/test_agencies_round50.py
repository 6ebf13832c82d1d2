"""English reports, issue 14 round 50 (agencies). Made-up releases, each rule with a
counter-example: a body's name keeps the front the name grammar cut at a small word (a polity's
"Commonwealth of", a community's "City of", "Tribe of", a saint's "St." before a two-place name
with the force's "Royal"), while a person's title before "of" ("the Chief of Harbour Police")
does not join the name."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 1, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_commonwealths_force_keeps_its_whole_name() -> None:
    text = (
        "Police uproot more cannabis in 2025\n\n"
        "MARIGOT, January 20, 2026 - The Commonwealth of Sandovia Police Force uprooted 9,120 "
        "cannabis plants in 2025, the Force said at its yearly briefing.\n"
    )
    assert agency(text, "9,120 cannabis plants") == "Commonwealth of Sandovia Police Force"


def test_a_citys_police_keeps_its_city_of() -> None:
    text = (
        "Fraud and drugs: the year in figures\n\n"
        "LONDON, January 20, 2026 - Officers of the City of Eastgate Police arrested 64 people for "
        "supplying drugs in 2025, the force said.\n"
    )
    assert agency(text, "64 people") == "City of Eastgate Police"


def test_a_royal_force_keeps_its_saint() -> None:
    text = (
        "Cocaine seizures fall in 2025\n\n"
        "BASSETERRE, January 20, 2026 - The Royal St. Brendan and Tobia Police Force seized "
        "41 kilograms of cocaine in 2025, down from 58 kilograms the year before.\n"
    )
    assert agency(text, "41 kilograms") == "Royal St. Brendan and Tobia Police Force"


def test_a_persons_title_before_of_is_no_part_of_the_name() -> None:
    text = (
        "Drug arrests rise in 2025\n\n"
        "PORT ASTER, January 20, 2026 - The Chief of Harbour Police said that the Harbour Police "
        "arrested 212 people on drug charges in 2025.\n"
    )
    assert agency(text, "212 people") == "Harbour Police"
