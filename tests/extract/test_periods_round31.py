"""Issue 14 round 31 (periods, branch eng-pe32): a split fiscal year a report defines by its
months, a fiscal year that "ran from" its days, months abbreviated before a day. Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.periods import find_periods

SEPTEMBER = date(2031, 9, 3)


def labels(text: str, published: date = SEPTEMBER) -> list[str]:
    return [p.label for p in find_periods(text, published)]


def test_a_split_fiscal_year_defined_by_its_months_fixes_its_names() -> None:
    text = (
        "The county office filed 4,210 cases in fiscal year 2030-31, the twelve months from "
        "July 1, 2030 through June 30, 2031, against 4,400 in fiscal 2029-30."
    )
    assert labels(text) == [
        "2030-07-01/2031-06-30",
        "2030-07-01/2031-06-30",
        "2029-07-01/2030-06-30",
    ]
    # no months right after it: the split year keeps its label for the country's own year
    assert labels("The county office filed 4,210 cases in fiscal year 2030-31.") == ["FY2031"]


def test_a_fiscal_year_that_ran_from_its_days_is_defined_by_them() -> None:
    text = (
        "Agents opened 612 cases in fiscal year 2031. Fiscal year 2031 ran from October 1, "
        "2030, through September 30, 2031."
    )
    assert labels(text)[:2] == ["2030-10-01/2031-09-30", "2030-10-01/2031-09-30"]


def test_an_abbreviated_month_before_a_day_is_a_date() -> None:
    # a dateline's date is no year of the figures
    assert labels("DENVER, Feb. 24, 2031 - The unit seized 40 kilograms in 2030.") == ["2030"]
    assert labels("The unit held 1,208 cases as of Dec. 31, 2030.") == ["2030-12-31"]
    assert labels("It ran from Oct. 1, 2030, through Sept. 30, 2031.") == ["2030-10-01/2031-09-30"]
    # an abbreviation with no day after it is no month
    assert labels("The Feb. report counted 40 cases in 2030.") == ["2030"]
