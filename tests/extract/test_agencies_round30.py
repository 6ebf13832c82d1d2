"""English reports, issue 14 round 30 (agencies): a county office's name keeps its whole place
("San Lorenzo County District Attorney's Office", a hyphenated "Baker-Lane County", "District
22"); a first line "<body> - <its unit>", or under its owner's line "<unit> - <title>", makes
the unit the release's issuer; a shorter name the
prose uses before a longer one holding its words is a body of its own, not the longer one's
short form; "the laboratory", "the lab", "forensic scientists", "analysts" refer back to the
laboratory unit named before. Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 5, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def publisher(text: str) -> str | None:
    made = sentences.drafted(text, DAY)
    return made.agencies[made.publisher].label if made.publisher else None


def test_a_county_office_keeps_the_whole_place_before_it() -> None:
    text = (
        "NEWS RELEASE\n\nFelony drug filings rise\n\n"
        "REDWOOD FALLS - The San Lorenzo County District Attorney's Office filed 2,318 felony "
        "drug cases in 2025, the office said on Tuesday.\n\n"
        "The Baker-Lane County Coroner's Office counted 41 overdose deaths in 2025.\n\n"
        "The District 22 Medical Examiner's Office reported 57 drug deaths in 2025.\n"
    )
    assert agency(text, "2,318") == "San Lorenzo County District Attorney's Office"
    assert agency(text, "41 overdose") == "Baker-Lane County Coroner's Office"
    assert agency(text, "57 drug") == "District 22 Medical Examiner's Office"
    # counter-example: a year and an opening word before the county are not its name
    year = text.replace("The Baker-Lane County", "In 2025 Baker County")
    assert agency(year, "41 overdose") == "Baker County Coroner's Office"
