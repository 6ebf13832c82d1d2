"""Issue 14 round 34 (periods, branch eng-pe35): a fiscal year the lead names is the report's
period when the title or most mentions name a quarter inside it. Made-up releases; the rule has
a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.period_lead_year import lead_fiscal_year
from narcokg.extract.periods import default_period, find_periods
from tests.extract import sentences

MAY = date(2031, 5, 14)
#: a made-up force's release: the lead names its financial year, the rest dwells on a quarter
QUARTER_HEAVY = (
    "Harbourside Constabulary\n\nDealers feel the squeeze in the first quarter of 2031\n\n"
    "In the year ending 31 March 2031, officers across Harbourside arrested 1,212 people for "
    "drug offences and closed 64 county lines, up from 51 the previous year.\n\n"
    "Between January and March 2031, teams closed 19 lines. In the first quarter of 2031 they "
    "also seized 4 kilograms of cocaine. The first quarter of 2031 was the busiest on record.\n\n"
    "Officers executed 240 drugs warrants and dismantled 31 cannabis farms.\n"
)


def test_the_leads_fiscal_year_outranks_a_quarter_named_more_often() -> None:
    draft = sentences.drafted(QUARTER_HEAVY, MAY)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert by_number["1212"] == "FY2031"
    assert by_number["240"] == "FY2031"
    # the quarter's own figures keep it
    assert by_number["19"] == "2031-Q1"


def test_a_quarter_stays_when_the_lead_names_no_fiscal_year() -> None:
    text = QUARTER_HEAVY.replace("In the year ending 31 March 2031, officers", "Officers")
    text = text.replace("up from 51 the previous year", "up from 51 a year before")
    found = find_periods(text, MAY)
    title_end = text.index("\n\nIn") if "\n\nIn" in text else text.index("\n\nOfficers")
    main = default_period(found, MAY, title_end, text)
    assert lead_fiscal_year(found, title_end, text, main) == main


def test_a_month_or_a_calendar_year_in_the_lead_moves_nothing() -> None:
    text = QUARTER_HEAVY.replace("In the year ending 31 March 2031", "In 2030")
    found = find_periods(text, MAY)
    assert lead_fiscal_year(found, 60, text, "2031-Q1") == "2031-Q1"
    # a month inside the fiscal year is no quarter: it stays
    found = find_periods(QUARTER_HEAVY, MAY)
    assert lead_fiscal_year(found, 60, QUARTER_HEAVY, "2031-02") == "2031-02"


MARCH = date(2031, 3, 4)
#: a made-up service's release on a project and on its year, the year's section under a heading
PROJECT_AND_YEAR = (
    "Harbourside police close Project Lantern; drug charges up in 2030\n\n"
    "HARBOURSIDE, March 4, 2031 - The Harbourside Police Service has concluded Project Lantern, "
    "an investigation into a network that sold fentanyl in the city's west end. The project ran "
    "from April 7 to November 21, 2030.\n\n"
    "Over the course of the project, officers executed 14 search warrants.\n\n"
    "{heading}\n\n"
    "Officers laid 2,118 drug trafficking charges in 2030, up from 1,870 in 2029.\n\n"
    "Officers also administered naloxone 57 times and seized 33 kilograms of cocaine.\n"
)


def test_a_section_headed_by_a_year_gives_it_to_figures_with_no_period() -> None:
    draft = sentences.drafted(PROJECT_AND_YEAR.format(heading="2030 results"), MARCH)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert by_number["57"] == "2030"
    assert by_number["33"] == "2030"
    # the project's own figures keep its span
    assert by_number["14"] == "2030-04-07/2030-11-21"


def test_a_heading_with_no_year_leaves_the_projects_span() -> None:
    draft = sentences.drafted(PROJECT_AND_YEAR.format(heading="Other results"), MARCH)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert by_number["57"] == "2030-04-07/2030-11-21"
