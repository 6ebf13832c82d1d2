"""English reports, issue 14 round 18 (agencies): a state's name ends at its last capitalised
word ("… of the Republic of Molvania today published": not "Molvania today"); a longer name that
holds a whole other name, with a head after it or "of" before it, names a unit of that body, so
the body's own mentions stay its own. Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_state_name_stops_before_a_lower_case_word() -> None:
    text = (
        "Drug report 2023\n\n"
        "Lutenburg, 3 March 2024 - The National Drug Directorate of the Republic of Molvania today "
        "published its yearly figures. The directorate seized 812 kilograms of cocaine in 2023.\n"
    )
    assert agency(text, "812") == "National Drug Directorate of the Republic of Molvania"
    # counter-example: a state of two capitalised words is kept whole
    text = text.replace("Republic of Molvania today", "Republic of North Molvania today")
    assert agency(text, "812") == "National Drug Directorate of the Republic of North Molvania"

