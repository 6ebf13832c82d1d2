"""Issue 14 round 30 (periods, branch eng-pe31): months by number and year ends of machine
translations, month-end stocks opening a clause, fiscal years a report defines. Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.periods import find_periods
from tests.extract import sentences

AUGUST = date(2031, 8, 20)


def labels(text: str, published: date = AUGUST) -> list[str]:
    return [p.label for p in find_periods(text, published)]


def test_numbered_months_of_this_year_are_january_to_that_month() -> None:
    assert labels("This year 1 to 7 month, the city cracked 310 cases.") == [
        "2031-01-01/2031-07-31"
    ]
    assert labels("This year 1-4 month, the city cracked 120 cases.") == ["2031-01-01/2031-04-30"]
    assert labels("2030 year 1 to 3 month, the city cracked 40 cases.") == ["2030-Q1"]
    # no year before the months: a length, no period ("sentenced to 1 to 3 months")
    assert labels("Each was sentenced to 1 to 3 months in prison.") == []


def test_a_translated_year_end_is_a_stock_on_its_last_day() -> None:
    assert labels("As of 2030 year end, the city had 4,020 drug users.") == ["2030-12-31"]
    assert labels("The bureau said the city up to end of 2030 year had 4,020 drug users.") == [
        "2030-12-31"
    ]
    assert labels("In 2030 year, the city cracked 600 cases.") == ["2030"]


def test_a_month_end_opening_a_clause_is_a_stock_day() -> None:
    assert labels("Until the end of May, the city had 5,100 drug users.") == ["2031-05-31"]
    assert labels("In the care aspect, up to the end of June this year, 5,100 users.") == [
        "2031-06-30"
    ]
    # a span's end inside its clause is no stock day
    assert labels("The campaign will run until the end of May.") != ["2031-05-31"]


#: A made-up release on a numbered part of the year: the "since" total ends with the part.
PART = (
    "Lakeside city public security bureau notify 2030 year and this year 1 to 7 month anti-drug "
    "work\n\nRelease time: 2031-08-20\n\n"
    "2030 year, the whole city cracked drug criminal cases 600 pieces.\n\n"
    "This year 1 to 7 month, the whole city cracked drug criminal cases 310 pieces, last year "
    "same period 350 pieces, fall 11.4%; arrested criminal suspects 420 people.\n\n"
    "Since April, the city police launch the special action, up to now cracked drug cases "
    "70 pieces."
)


def test_figures_of_numbered_months_take_those_months() -> None:
    assert sentences.quoted_figure(PART, "310", AUGUST).period == "2031-01-01/2031-07-31"
    assert sentences.quoted_figure(PART, "350", AUGUST).period == "2030-01-01/2030-07-31"
    assert sentences.quoted_figure(PART, "420", AUGUST).period == "2031-01-01/2031-07-31"
    assert sentences.quoted_figure(PART, "600", AUGUST).period == "2030"


#: A made-up county release whose fiscal year is defined by its months (December-November).
COUNTY = (
    "LAKE COUNTY PROSECUTOR'S OFFICE\nJanuary 20, 2031\n\n"
    "Drug prosecutions in fiscal year 2030\n\n"
    "LAKETOWN, Illinois - The office released its drug prosecution data for fiscal year 2030, "
    "which covers December 1, 2029 through November 30, 2030.\n\n"
    "Prosecutors filed 4,210 drug cases in fiscal year 2030, compared with 4,630 in fiscal year "
    "2029."
)


def test_a_fiscal_year_defined_by_its_months_fixes_every_such_name() -> None:
    published = date(2031, 1, 20)
    assert sentences.quoted_figure(COUNTY, "4,210", published).period == "2029-12-01/2030-11-30"
    assert sentences.quoted_figure(COUNTY, "4,630", published).period == "2028-12-01/2029-11-30"


def test_a_bracketed_earlier_fiscal_year_defines_nothing() -> None:
    text = "Agents made 1,407 arrests in fiscal year 2031 (fiscal year 2030: 1,256)."
    assert labels(text) == ["FY2031", "FY2030"]


#: A made-up release whose project section is headed by the project's French name.
PROJET = (
    "Service de police de Lacville\nPress release\n\n"
    "Drug charges up 9% in 2030; Projet Hibou dismantles a cocaine network\n\n"
    "LACVILLE, March 3, 2031 - The police service today presented the results of Projet Hibou "
    "and its drug enforcement figures for 2030.\n\n"
    "Projet Hibou\n\n"
    "Projet Hibou ran from May 5 to November 20, 2030. It was led by the drug squad.\n\n"
    "Over the course of the project, 17 people were arrested and officers seized 3.2 kilograms "
    "of cocaine.\n\n"
    "Results for 2030\n\n"
    "Across the city, officers laid 840 drug charges in 2030."
)


def test_a_section_headed_by_a_projet_takes_the_projects_stated_dates() -> None:
    published = date(2031, 3, 3)
    assert sentences.quoted_figure(PROJET, "17", published).period == "2030-05-05/2030-11-20"
    assert sentences.quoted_figure(PROJET, "840", published).period == "2030"


def test_since_a_full_date_starts_a_running_total() -> None:
    found = find_periods("Since October 1, 2027, the unit has seized 41 tonnes.", AUGUST)
    assert [(p.label, p.running) for p in found] == [("2027-10-01/2031-08-20", True)]
    assert labels("Since 1 July 2027 the board has frozen $12 million.") == [
        "2027-07-01/2031-08-20"
    ]
    # an event's day stays a day
    assert labels("On October 1, 2027, the unit seized 41 tonnes.") == ["2027-10-01"]
