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
    return sentences.publisher_of(text, DAY)


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


def test_a_unit_after_a_dash_on_the_first_line_issues_the_release() -> None:
    text = (
        "Northland Police - Coastal Division\n\nNews\n\nDrug supply charges rise\n\n"
        "28 May 2026\n\n"
        "Officers in Northland Police's Coastal Division charged 1,164 people with drug supply "
        "offences in 2025-26, according to figures published today.\n\n"
        "County lines\n\n"
        "Detectives closed 43 county lines during the year.\n"
    )
    assert publisher(text) == "Coastal Division"
    assert agency(text, "43 county") == "Coastal Division"
    # counter-example: a report's title after the dash names no unit
    title = text.replace("Police - Coastal Division\n", "Police - Annual Drug Report\n", 1)
    assert publisher(title) != "Coastal Division"


def test_a_unit_beside_a_dash_under_its_owners_line_issues_the_release() -> None:
    text = (
        "Norland State Police\nBureau of Criminal Inquiry - 2025 Drug Enforcement Report\n"
        "Capitol City, April 14, 2026\n\n"
        "The bureau's agents opened 2,418 drug investigations in 2025, up 9% on 2024.\n\n"
        "Seizures\n\nAgents seized 61.4 pounds of fentanyl.\n"
    )
    assert publisher(text) == "Bureau of Criminal Inquiry"
    assert agency(text, "61.4 pounds") == "Bureau of Criminal Inquiry"
    # counter-example: a press office beside the dash issues nothing
    press = text.replace("Bureau of Criminal Inquiry - 2025", "Media Unit - 2025")
    assert publisher(press) == "Norland State Police"


def test_a_shorter_name_the_lead_uses_first_is_a_body_of_its_own() -> None:
    text = (
        "Federal Police close 2025 with more cocaine seized\n\n"
        "Capital City, 28 January 2026 - The Federal Police (FP) today presented its drug "
        "enforcement results for 2025: it seized 86.3 tonnes of cocaine.\n\n"
        "Separately, the Federal Highway Police seized 41.2 tonnes of cannabis on the roads.\n\n"
        "The force also seized 412,600 ecstasy tablets.\n"
    )
    assert agency(text, "86.3 tonnes") == "Federal Police"
    assert agency(text, "41.2 tonnes") == "Federal Highway Police"
    # counter-example: named after the longer name, the shorter one refers back to it
    later = (
        "Coroners report deaths\n\n"
        "The Norland Provincial Coroners Service recorded 212 drug deaths in 2025, its annual "
        "report says.\n\n"
        "The Provincial Coroners Service also recorded 31 deaths in custody.\n"
    )
    assert agency(later, "31 deaths") == "Norland Provincial Coroners Service"


def test_the_laboratory_and_its_scientists_refer_back_to_the_laboratory_unit() -> None:
    text = (
        "NEWS RELEASE\n\nCrime lab submissions climb\n\n"
        "CAPITOL CITY - The Norland Bureau of Investigation's Forensic Services Division received "
        "18,412 drug chemistry submissions in 2025, according to figures released Thursday.\n\n"
        "NBI forensic scientists completed analysis of 16,905 submissions during the year.\n\n"
        "The laboratory identified xylazine in 1,126 submissions.\n\n"
        "NBI special agents arrested 341 people on drug charges.\n"
    )
    assert agency(text, "16,905") == "Forensic Services Division"
    assert agency(text, "1,126") == "Forensic Services Division"
    # counter-example: the bureau's agents stay the bureau's
    bureau = agency(text, "341 people")
    assert bureau is not None and bureau.startswith("Norland Bureau of Investigation")
    # and with no laboratory unit named, "the laboratory" names no body
    none = text.replace("'s Forensic Services Division", "")
    assert agency(none, "1,126") != "Forensic Services Division"
