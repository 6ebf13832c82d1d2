"""Issue 14 round 43 (periods, branch eng-pe44): a half named with no year after a half of a fiscal
year is that fiscal half. Made-up releases; each rule test fails without its rule, and each rule
has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

APRIL = date(2034, 4, 20)

# --- "in the first half" after "the first half of fiscal year 2034" -----------------------------

_FEDERAL = (
    "River Patrol Sector Bravo drug seizures rise in first half of fiscal year 2034\n\n"
    "ALBANY, New York - U.S. River Patrol crews stopped 58 boats suspected of smuggling "
    "between October 2033 and March 2034, the first half of fiscal year 2034, the sector "
    "announced today.\n\n"
    "During the first half, crews seized 640 pounds of marijuana. Compared with the first half "
    "of fiscal 2031, when crews stopped 22 boats, the total has more than doubled.\n\n"
    "In the same first half, the sector referred 17 cases to prosecutors.\n"
)


def test_a_bare_half_after_a_federal_fiscal_half_is_that_half() -> None:
    found = sentences.by_quote(_FEDERAL, APRIL)
    assert sentences.starting(found, "58").period == "2033-10-01/2034-03-31"
    assert sentences.starting(found, "640").period == "2033-10-01/2034-03-31"
    assert sentences.starting(found, "17").period == "2033-10-01/2034-03-31"


def test_a_bare_half_after_a_state_fiscal_half_is_that_half() -> None:
    text = (
        "Prairie State Department of Health\n\n"
        "Published: 20 April 2034\n\n"
        "The department's state fiscal year runs from July 1 to June 30. In the first half of the "
        "fiscal year, July through December 2033, clinics enrolled 2,400 people in treatment.\n\n"
        "Outreach teams handed out 31,000 test strips during the fiscal year, 12,500 of them in "
        "the first half.\n"
    )
    found = sentences.by_quote(text, APRIL)
    assert sentences.starting(found, "12,500").period == sentences.starting(found, "2,400").period


def test_a_bare_half_with_no_fiscal_half_named_stays_the_calendar_half() -> None:
    text = (
        "Westmoor Police - News\n\n"
        "Published: 20 August 2034\n\n"
        "Westmoor Police seized 41 kilograms of cannabis in 2034 so far. In the first half, "
        "officers arrested 118 people for supply.\n"
    )
    found = sentences.by_quote(text, date(2034, 8, 20))
    assert sentences.starting(found, "118").period == "2034-H1"


# --- "At the end of the fiscal year, 4,100 people were in custody" ------------------------------

_CORRECTIONS = (
    "Prairie State Department of Corrections\n\n"
    "Published: 12 September 2034\n\n"
    "The department today published its annual profile for state fiscal year 2034, which ran "
    "from July 1, 2033, to June 30, 2034.\n\n"
    "At the end of the fiscal year, 4,100 people were in the department's custody for a drug "
    "offense. During the year, the department admitted 2,950 people for drug offenses.\n\n"
    "The parole division supervised 9,800 people for drug offenses at the end of the fiscal "
    "year.\n"
)


def test_a_figure_at_the_end_of_the_fiscal_year_is_its_last_day() -> None:
    found = sentences.by_quote(_CORRECTIONS, date(2034, 9, 12))
    assert sentences.starting(found, "4,100").period == "2034-06-30"
    assert sentences.starting(found, "9,800").period == "2034-06-30"


def test_a_flow_of_the_fiscal_year_and_a_deadline_keep_the_year() -> None:
    text = _CORRECTIONS + (
        "\nOf 60 people sent to treatment court, 41 had completed the programme by the end of the "
        "fiscal year.\n"
    )
    found = sentences.by_quote(text, date(2034, 9, 12))
    assert sentences.starting(found, "2,950").period == "2033-07-01/2034-06-30"
    assert sentences.starting(found, "41").period == "2033-07-01/2034-06-30"


# --- "the first half of the year, July to December 2033" ----------------------------------------

_JULY_YEAR = (
    "Harbourside District Police\n\n"
    "Published: 14 August 2034\n\n"
    "Harbourside District Police seized 21.5 kilograms of methamphetamine in the year ended 30 "
    "June 2034.\n\n"
    "Between July and December 2033, the first half of the year, officers seized 12.9 "
    "kilograms. Officers carried out 88 search warrants from January to June, up from 61 in the "
    "first half, July to December 2033.\n"
)


def test_a_half_with_its_months_in_apposition_is_those_months() -> None:
    found = sentences.by_quote(_JULY_YEAR, date(2034, 8, 14))
    assert sentences.starting(found, "12.9").period == "2033-H2"
    assert sentences.starting(found, "61").period == "2033-H2"


def test_a_half_with_no_months_beside_it_stays_the_calendar_half() -> None:
    text = (
        "Hillcrest Police\n\n"
        "Published: 14 August 2034\n\n"
        "In the first half of the year, officers seized 3.3 kilograms of cannabis, and in "
        "July they seized 0.4 kilograms.\n"
    )
    found = sentences.by_quote(text, date(2034, 8, 14))
    assert sentences.starting(found, "3.3").period == "2034-H1"
