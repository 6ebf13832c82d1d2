"""English reports, issue 14 round 51 (agencies). Made-up releases, each rule with a
counter-example: troopers in a sentence that names no agency are the last patrol's named before
them (under a heading that names the patrol, or after the department that announced the
figures), or the patrol's unit the text says they serve in; a release naming no patrol keeps its
"troopers" sentences as before, and a patrol's laboratory division is no trooper's."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 1, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_troopers_stay_the_patrols_after_the_department_announces() -> None:
    text = (
        "Troopers take more pills off the interstates\n\n"
        "CEDAR FALLS - Troopers with the Dakotah Highway Patrol (DHP) seized more fentanyl pills "
        "in 2025 than in any year before, according to figures released today by the Dakotah "
        "Department of Public Safety.\n\n"
        "Troopers seized 81,400 fentanyl pills during the year, up 12 percent from 2024.\n"
    )
    assert agency(text, "81,400 fentanyl pills") == "Dakotah Highway Patrol"


def test_troopers_assigned_to_a_unit_are_the_units() -> None:
    text = (
        "Interdiction troopers report a record year\n\n"
        "RIVERTON - Troopers assigned to the Dakotah State Patrol (DSP) Highway Interdiction Unit "
        "seized 640 pounds of cocaine in 2025, the Dakotah Department of Public Safety announced "
        "Tuesday.\n\n"
        "Troopers also seized $2.3 million in currency believed to be drug proceeds.\n"
    )
    assert agency(text, "$2.3 million") == "Highway Interdiction Unit"


def test_troopers_under_a_patrols_heading_are_the_patrols() -> None:
    text = (
        "Patrol seizures in fiscal year 2026\n\n"
        "RIVERTON - The Dakotah Department of Public Safety today released its results for "
        "fiscal year 2026. The figures cover the Dakotah Highway Patrol and the State Bureau of "
        "Investigation.\n\n"
        "Dakotah Highway Patrol\n\n"
        "Troopers seized 57 pounds of fentanyl powder during the fiscal year.\n"
    )
    assert agency(text, "57 pounds") == "Dakotah Highway Patrol"


def test_a_patrols_laboratory_division_is_no_troopers() -> None:
    text = (
        "Impaired driving in fiscal year 2025\n\n"
        "OLYMPIA - The Dakotah State Patrol today released its impaired-driving figures. The "
        "Dakotah State Patrol Toxicology Laboratory Division tested 3,100 blood samples.\n\n"
        "During a two-week emphasis, troopers stopped 820 vehicles on Interstate 5.\n"
    )
    assert agency(text, "820 vehicles") == "Dakotah State Patrol"


def test_troopers_not_introduced_by_a_body_are_left_alone() -> None:
    text = (
        "Interstate seizures in 2025\n\n"
        "RIVERTON - The Dakotah Department of Public Safety today released its interstate "
        "figures for 2025.\n\n"
        "Troopers seized 9,300 fentanyl pills during the year.\n"
    )
    assert agency(text, "9,300 fentanyl pills") == "Dakotah Department of Public Safety"
