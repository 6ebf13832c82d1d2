"""English reports, issue 14 round 28 (agencies): a city's bureau placed in its province ("<X>
Province <Y> Municipal Public Security Bureau") is named by its own name; a survey, programme or
statute whose head word follows its acronym ("the … (UCR) Survey") is no body; a name continued
after a dash, a comma or its head that its acronym covers ("… Centre - Narcotics (MAOC-N)",
"… Service Criminal Investigation (IRS-CI)") is named whole. Made-up
sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from narcokg.extract.actors import find_agencies
from tests.extract import sentences

DAY = date(2026, 5, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_province_before_a_city_bureau_is_no_part_of_its_name() -> None:
    text = (
        "Lishan city public security bureau notify the whole city anti-drug work\n\n"
        "May 20, Anhua Province Lishan Municipal Public Security Bureau held news release "
        "meeting. 2025 year, the city cracked drug criminal cases 312 pieces.\n"
    )
    found, agencies = find_agencies(text, [])
    assert sorted(agencies) == ["lishan-municipal-public-security-bureau"]
    assert [m.text for m in found] == ["Lishan Municipal Public Security Bureau"]
    # counter-example: a province's own department keeps its province
    other = "May 20, Anhua Provincial Public Security Department held news release meeting.\n"
    assert sorted(find_agencies(other, [])[1]) == ["anhua-provincial-public-security-department"]
    after = "On May 20, the Lishan Municipal Public Security Bureau of Anhua Province met.\n"
    assert sorted(find_agencies(after, [])[1]) == ["lishan-municipal-public-security-bureau"]


def test_a_survey_named_before_its_head_word_is_no_agency() -> None:
    text = (
        "Nothing but results\n\n"
        "Data in this release come from the Crime Incident Recording (CIR) Survey of police "
        "services. Police reported 4,210 drug offences in 2025.\n"
    )
    _, agencies = find_agencies(text, [])
    assert "crime-incident-recording" not in agencies
    # counter-example: a body introduced with its acronym stays a body
    body = "The Northern Drug Intelligence Centre (NDIC) seized 30 kilograms of cocaine.\n"
    _, named = find_agencies(body, [])
    assert "northern-drug-intelligence-centre" in named


def test_a_name_its_acronym_continues_is_whole() -> None:
    text = "WASHINGTON - Federal Revenue Service Financial Crimes (FRS-FC) seized 12 firearms.\n"
    assert sorted(find_agencies(text, [])[1]) == ["federal-revenue-service-financial-crimes"]
    comma = "The Drug Control Agency, The Riverlands (DCAR) arrested 88 people in 2025.\n"
    assert sorted(find_agencies(comma, [])[1]) == ["drug-control-agency-the-riverlands"]
    # counter-example: an acronym of the words before alone leaves the name as it was
    alone = "The Federal Revenue Service (FRS) Financial Crimes team seized 9 firearms.\n"
    assert "federal-revenue-service" in find_agencies(alone, [])[1]


def test_a_name_continued_after_a_dash_its_acronym_covers_is_whole() -> None:
    text = (
        "Annual activity\n\n"
        "The Coastal Interdiction and Analysis Centre - Narcotics (CIAC-N) today published its "
        "review. CIAC-N supported the seizure of 41 tonnes of cocaine in 2025.\n"
    )
    assert agency(text, "41 tonnes") == "Coastal Interdiction and Analysis Centre - Narcotics"
    # counter-example: a dashed word the acronym does not stand for is no part of the name
    other = (
        "Annual activity\n\n"
        "The Coastal Interdiction and Analysis Centre - Lisbon (CIAC) today published its "
        "review. The centre supported the seizure of 17 tonnes of cocaine in 2025.\n"
    )
    assert agency(other, "17 tonnes") == "Coastal Interdiction and Analysis Centre"
