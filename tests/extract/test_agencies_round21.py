"""English reports, issue 14 round 21 (agencies): "without" joins the words of a name that
introduces its acronym, as "for" and "against" do ("the National Council for Peace and Life
without Violence (NCPLV)"), so the body keeps its whole name and its acronym's figures.
Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_without_inside_a_name_with_its_acronym_keeps_the_whole_name() -> None:
    text = (
        "Treatment figures for 2025\n\n"
        "Tarvik, 20 February 2026 - The National Council for Recovery and Life without "
        "Addiction (NCRLA) said 4,120 people entered treatment in 2025. NCRLA also trained "
        "610 counsellors.\n"
    )
    full = "National Council for Recovery and Life without Addiction"
    assert agency(text, "4,120") == full
    assert agency(text, "610") == full


def test_without_after_a_whole_name_is_no_part_of_it() -> None:
    # counter-example: a name with no acronym after it ends before "without"
    text = (
        "Treatment figures for 2025\n\n"
        "Tarvik, 20 February 2026 - The Molvanian Addiction Service said 4,120 people were "
        "treated without Charge (a pilot) in 2025.\n"
    )
    assert agency(text, "4,120") == "Molvanian Addiction Service"
