"""Regions, round 51 (branch eng-rg52): a body named by a name two regions share ("Georgia State
Patrol") whose letterhead is followed by a bare city dateline ("ATLANTA - …") is that city's
state's, not the country's. Made-up releases and figures; the rule has cases it must not fire
on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2026, 1, 20)


def _release(dateline: str) -> str:
    return (
        "Highway troopers take more heroin off the road in 2025\n\n"
        "GEORGIA STATE PATROL\n"
        "Georgia Department of Public Safety\n"
        "Office of Public Information\n\n"
        "January 19, 2026\n\n"
        f"{dateline} - Troopers of the Georgia State Patrol seized 312 pounds of heroin on "
        "interstate highways in 2025, the department said on Monday.\n"
    )


def _regions_of(text: str) -> tuple[str, ...]:
    return sentences.quoted_figure(text, "312", WINTER).regions


def test_a_letterheads_bare_city_dateline_places_a_shared_name() -> None:
    assert _regions_of(_release("ATLANTA")) == ("Georgia, United States",)


def test_a_dateline_the_city_list_does_not_place_leaves_the_country() -> None:
    # counter-example: a capital of the country of that name is no US city: the rule stays silent
    assert _regions_of(_release("TBILISI")) == ("Georgia",)
