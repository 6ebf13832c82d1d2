"""English reports, issue 14 round 35 (agencies): a place's "St." opens an agency's name
("St. Marys County Police Department", "St. Aubin County Prosecuting Attorney's Office"): the
name grammar cut the name at the abbreviation's period and drafted "Marys County …". Made-up
names, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_st_opens_a_police_departments_name() -> None:
    text = (
        "The St. Marys County Police Department seized 47 kilograms of cocaine in 2025, "
        "Chief Ann Rowe said.\n"
    )
    assert agency(text, "47") == "St. Marys County Police Department"


def test_st_opens_a_county_offices_name() -> None:
    text = (
        "The St. Aubin County Prosecuting Attorney's Office filed 312 drug cases in 2025, "
        "the office said.\n"
    )
    assert agency(text, "312") == "St. Aubin County Prosecuting Attorney's Office"


def test_a_streets_st_before_a_sentence_is_no_name() -> None:
    # counter-example: "Oak St." ends a sentence; "Police" opens the next one
    text = (
        "The Aubin County Sheriff's Office searched a house on Oak St. Police seized 19 "
        "kilograms of heroin there in 2025.\n"
    )
    assert not (agency(text, "19") or "").startswith("St.")
    text = "The Aubin County Police Department seized 58 kilograms of cocaine in 2025.\n"
    assert agency(text, "58") == "Aubin County Police Department"


def test_the_world_customs_organization_is_named_whole() -> None:
    # "Organization" is no head of the name grammar, so the name was cut to "World Customs"
    text = (
        "According to the World Customs Organization, customs administrations worldwide "
        "seized 517 tonnes of cocaine in 2025.\n"
    )
    assert agency(text, "517") == "World Customs Organization"


def test_a_criminal_organization_stays_no_body() -> None:
    # counter-example: "Organization" is still no head of other names
    text = (
        "The Aubin County Police Department said the Gulf Trafficking Organization moved 73 "
        "kilograms of cocaine in 2025.\n"
    )
    assert agency(text, "73") != "Gulf Trafficking Organization"
