"""Issue 14 round 38 (periods, branch eng-pe39): a stock whose day follows the figure in its own
clause is counted on that day, and a fiscal year the lead names outranks a half of it named more
often. Made-up releases; each rule test fails without its rule, and each rule has a case it must
not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

FEBRUARY = date(2032, 2, 11)
MAY = date(2032, 5, 19)

# --- a stock whose day follows the figure ------------------------------------------------------

_JAIL = (
    "Ridge County drug enforcement, 2031\n\n"
    "The Ridge County Sheriff's Office today published its review of drug enforcement in the "
    "county during 2031, covering arrests, prosecutions and the county jail.\n\n"
)


def test_a_day_after_the_figure_in_its_clause_dates_a_stock() -> None:
    text = _JAIL + (
        "Prosecutors closed 1,410 drug cases in 2031, and 517 drug cases remained pending on "
        "December 31. Deputies booked 96 people in 2031, and 58 inmates were enrolled in "
        "treatment as of December 31, 2031. Detectives opened 133 narcotics cases during the "
        "year, and 29 of them remained active at year's end. The jail still held 301 people on "
        "December 31.\n"
    )
    found = sentences.by_quote(text, FEBRUARY)
    assert sentences.starting(found, "517").period == "2031-12-31"
    assert sentences.starting(found, "58").period == "2031-12-31"
    assert sentences.starting(found, "29").period == "2031-12-31"
    assert sentences.starting(found, "1,410").period == "2031"  # the other clause's year


def test_an_event_day_or_a_day_of_another_figure_is_left_alone() -> None:
    text = _JAIL + (
        "Deputies arrested 14 people in 2031 on drug charges, 6 of them on March 3, 2031. "
        "Detectives opened 133 narcotics cases during the year and seized 12 firearms.\n"
    )
    found = sentences.by_quote(text, FEBRUARY)
    # "on March 3" is an arrest's day, not a standing count, and it is the 6's (a figure first)
    assert sentences.starting(found, "14").period == "2031"
    assert sentences.starting(found, "133").period == "2031"


# --- a fiscal year the lead names around a half of it ----------------------------------------


def test_the_leads_fiscal_year_outranks_a_half_named_more_often() -> None:
    text = (
        "Fenland Constabulary\n\n"
        "Drug supply closures rise as the force targets city-run networks\n\n"
        "Fenland Constabulary closed 88 county lines in the year ending 31 March 2032, compared "
        "with the previous year (61), according to figures the force published today.\n\n"
        "Between April and September 2031, officers closed 47 lines. In the winter months the "
        "pace slowed.\n\n"
        "Officers executed 140 drugs warrants and seized 3.1 kilograms of cocaine. Of the 47 "
        "lines closed from April to September 2031, 20 were run from outside the county.\n"
    )
    found = sentences.by_quote(text, MAY)
    assert sentences.starting(found, "140").period == "FY2032"
    assert sentences.starting(found, "88").period == "FY2032"
    assert sentences.starting(found, "47 lines").period == "2031-04-01/2031-09-30"


def test_a_half_the_lead_names_before_its_year_stays() -> None:
    text = (
        "Fenland Constabulary\n\n"
        "Drug supply closures rise as the force targets city-run networks\n\n"
        "Between April and September 2031, the first half of the financial year ending March "
        "2032, Fenland Constabulary closed 47 county lines and arrested 120 people for drug "
        "supply, figures published today show.\n\n"
        "Officers executed 140 drugs warrants and seized 3.1 kilograms of cocaine. Of the lines "
        "closed from April to September 2031, 20 were run from outside the county, against 61 "
        "lines in the year ending 31 March 2031.\n"
    )
    found = sentences.by_quote(text, date(2031, 10, 22))
    assert sentences.starting(found, "140").period == "2031-04-01/2031-09-30"
