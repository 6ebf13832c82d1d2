"""English reports, issue 14 round 22 (periods, branch pe23). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

MARCH = date(2032, 3, 9)


def figure(text: str, quote_start: str, published: date = MARCH) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


PROJECT = (
    "Lakeshore Police drug enforcement 2031\n\nLakeshore, March 9, 2032\n\n"
    "The Lakeshore Police Service released its drug enforcement figures for 2031, together with "
    "the results of Project Kestrel, an investigation into a fentanyl supply network.\n\n"
    "Project Kestrel\n\n"
    "From April to September 2031, officers of the Drug Unit tracked a network that sold "
    "fentanyl in the east end.\n\n"
    "On September 22, 2031, officers executed 11 search warrants. During the project, the unit "
    "arrested 14 people. Officers also seized 2.7 kilograms of fentanyl.\n\n"
    "During the project, officers seized:\n- 6 firearms;\n- $81,200 in cash.\n\n"
    "Drug Unit: 2031 in review\n\n"
    "The unit laid 402 drug charges over the year. Officers seized 5.1 kilograms of cocaine."
)


def test_a_figure_of_a_project_section_takes_the_span_the_section_states() -> None:
    # the months a sentence under the "Project Kestrel" heading states, though that sentence
    # names no operation: "During the project", a later sentence after an action day, list items
    assert figure(PROJECT, "14 people").period == "2031-04-01/2031-09-30"
    assert figure(PROJECT, "2.7 kilograms").period == "2031-04-01/2031-09-30"
    assert figure(PROJECT, "6 firearms").period == "2031-04-01/2031-09-30"
    assert figure(PROJECT, "$81,200").period == "2031-04-01/2031-09-30"


def test_the_action_day_and_the_next_section_keep_their_own_periods() -> None:
    assert figure(PROJECT, "11 search warrants").period == "2031-09-22"
    # a heading with a colon ("Drug Unit: 2031 in review") closes the project's section
    assert figure(PROJECT, "402").period == "2031"
    assert figure(PROJECT, "5.1 kilograms").period == "2031"


def test_a_section_whose_heading_names_no_operation_takes_no_span() -> None:
    text = (
        "Lakeshore Police drug enforcement 2031\n\nLakeshore, March 9, 2032\n\n"
        "The Lakeshore Police Service released its drug enforcement figures for 2031 and its "
        "work with schools over the year.\n\n"
        "Schools\n\n"
        "From April to September 2031, officers visited every secondary school in the city.\n\n"
        "Officers gave 312 talks to pupils."
    )
    assert figure(text, "312").period == "2031"


JULY = date(2032, 7, 12)


def test_a_span_since_a_month_ends_where_the_reports_months_end() -> None:
    text = (
        "Riverton public security organs anti-drug work in the first half of 2032\n\n"
        "On July 12, 2032, the Riverton Public Security Bureau held a press conference on the "
        "city's anti-drug work in the first half of 2032.\n\n"
        "In the first half of 2032, the city's public security organs cracked 418 drug criminal "
        "cases.\n\n"
        'Since April, the city\'s public security organs carried out the "Clear Stream 2032" '
        "special action. In the special action, the city cracked 37 cases and destroyed 6 drug "
        "criminal gangs."
    )
    assert figure(text, "418", JULY).period == "2032-H1"
    assert figure(text, "37 cases", JULY).period == "2032-04-01/2032-06-30"
    assert figure(text, "6 drug", JULY).period == "2032-04-01/2032-06-30"


def test_a_span_after_a_whole_years_report_stays_to_publication() -> None:
    # a report on a whole year: "Since October 1, the start of fiscal year …" runs on
    year = (
        "Northfield Drug Squad annual results 2031\n\nNorthfield, January 20, 2032\n\n"
        "The Northfield Drug Squad seized 1,240 kilograms of cannabis in 2031. Since October 1, "
        "the start of fiscal year 2032, officers have seized a further 215 kilograms."
    )
    assert figure(year, "215", date(2032, 1, 20)).period == "2031-10-01/2032-01-20"


def test_a_running_total_since_before_the_reports_year_ends_with_that_year() -> None:
    # begun before the report's own period: round 22 left it to publication (the keys then
    # disagreed); since round 28 it ends with the report's year, as docs/facts.md says (on the
    # calibration split that rule moved 15 periods right and none wrong: period_long_totals.py)
    text = (
        "Northfield Drug Squad annual results 2031\n\nNorthfield, July 12, 2032\n\n"
        "The Northfield Drug Squad seized 1,240 kilograms of cannabis in 2031. Since September "
        "2027, officers have issued 9,410 fixed-penalty notices for drug use."
    )
    assert figure(text, "9,410", JULY).period == "2027-09-01/2031-12-31"


def test_a_span_to_publication_stays_when_the_reports_period_has_not_ended() -> None:
    # an operation's days are no months: the year to date stays to publication
    text = (
        "Coastal Navy operation results\n\nPort Alder, July 12, 2032\n\n"
        "The operation ran from 2 to 8 July 2032 off the northern coast, and navy units seized "
        "2.1 tonnes of cocaine. So far this year, the navy has seized more than 14 tonnes of "
        "cocaine."
    )
    assert figure(text, "more than 14", JULY).period == "2032-01-01/2032-07-12"


def test_the_two_figures_of_a_pair_between_two_years_take_its_first_and_last_year() -> None:
    text = (
        "Westvale overdose report 2031\n\nWestvale, March 9, 2032\n\n"
        "Westvale recorded 388 overdose deaths in 2031. Deaths involving methadone fell from 61 "
        "to 35 between 2028 and 2031, as prescribing changed. The death rate rose from 9.4 to 9.9 "
        "deaths per 100,000 population between 2030 and 2031."
    )
    assert figure(text, "61").period == "2028"
    assert figure(text, "35").period == "2031"
    assert figure(text, "9.4").period == "2030"
    assert figure(text, "9.9").period == "2031"


def test_a_count_over_two_years_that_is_no_pair_keeps_every_year() -> None:
    text = (
        "Westvale overdose report 2031\n\nWestvale, March 9, 2032\n\n"
        "Paramedics attended 5,120 overdoses between 2029 and 2031."
    )
    assert figure(text, "5,120").period == "2029-01-01/2031-12-31"
