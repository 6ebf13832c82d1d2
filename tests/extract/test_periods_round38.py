"""Issue 14 round 38 (periods, branch eng-pe39): a stock whose day follows the figure in its own
clause is counted on that day. Made-up releases; the rule test fails without its rule, and the
rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

FEBRUARY = date(2032, 2, 11)

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
