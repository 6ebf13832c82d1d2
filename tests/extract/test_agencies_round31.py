"""English reports, issue 14 round 31 (agencies): a body introduced by a short form in brackets
that is a place and an acronym ("the Northern Plains High Intensity Drug Trafficking Area
(Northern Plains HIDTA)", places joined by a slash "(NP/LV HIDTA)") issues the release and names
the later uses of that short form; the owner a unit's name is placed in ("… (CDNA) at the
Ministry of …", "…, part of the … Police Service,") does not take the unit's figures. Made-up
sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 5, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def publisher(text: str) -> str | None:
    return sentences.publisher_of(text, DAY)


def test_a_body_introduced_by_a_place_and_its_acronym_issues_the_release() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nMay 20, 2026\n\n"
        "Cocaine seizures rise as task forces report 2025 results\n\n"
        "FARGO - The Northern Plains High Intensity Drug Trafficking Area (Northern Plains "
        "HIDTA) today released its results for 2025. Initiatives funded by the program seized "
        "1,214 pounds of cocaine in 2025.\n\n"
        "The Red River Narcotics Task Force arrested 96 people.\n\n"
        "Northern Plains HIDTA initiatives also seized 377 firearms.\n"
    )
    label = "Northern Plains High Intensity Drug Trafficking Area"
    assert publisher(text) == label
    assert agency(text, "1,214") == label
    assert agency(text, "377") == label
    # counter-example: a bracket whose acronym does not stand for the name's words is no name
    other = text.replace("(Northern Plains HIDTA)", "(Northern Plains XYZ)")
    assert publisher(other) != label


def test_places_joined_by_a_slash_stay_in_the_name() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nMay 20, 2026\n\n"
        "Fentanyl pill seizures fall in 2025\n\n"
        "Law enforcement initiatives funded by the North Port/Lake Vale High Intensity Drug "
        "Trafficking Area (NP/LV HIDTA) dismantled 118 drug trafficking organizations in 2025, "
        "according to the program's annual summary.\n\n"
        '"Our investigators followed the money," said the NP/LV HIDTA Executive Director.\n'
    )
    label = "North Port/Lake Vale High Intensity Drug Trafficking Area"
    assert agency(text, "118") == label
    assert publisher(text) == label


def test_the_owner_a_unit_is_placed_in_does_not_take_its_figures() -> None:
    text = (
        "Ministry of Public Order\nPress Office\n\nDrug arrests rise in 2025\n\n"
        "Lorvana, 20 May 2026 - The Central Directorate for Narcotics Affairs (CDNA) at the "
        "Ministry of Public Order presented its results for 2025, reporting 4,312 arrests.\n\n"
        "The Harbour Narcotics Unit, part of the Lorvana Police Service, seized 618 kilograms of "
        "cannabis resin in 2025.\n"
    )
    assert agency(text, "4,312") == "Central Directorate for Narcotics Affairs"
    assert agency(text, "618") == "Harbour Narcotics Unit"
    # counter-example: an owner that acts itself, after a clause break, keeps its figure
    acting = text.replace(
        "The Harbour Narcotics Unit, part of the Lorvana Police Service, seized",
        "The Harbour Narcotics Unit was praised, and the Lorvana Police Service seized",
    )
    assert agency(acting, "618") == "Lorvana Police Service"
