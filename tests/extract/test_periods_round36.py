"""Issue 14 round 36 (periods, branch eng-pe37): the one "twelve whole months" test the four
period modules now share (no behaviour change; the calibration drafts are unchanged)."""

from __future__ import annotations

from narcokg.extract.period_twelve_months import twelve_months


def test_a_fiscal_year_spelt_as_dates_is_twelve_months() -> None:
    assert twelve_months("2030-10-01/2031-09-30") == (2030, 10, 2031)
    assert twelve_months("2030-07-01/2031-06-30") == (2030, 7, 2031)


def test_a_calendar_year_spelt_as_dates_counts_too() -> None:
    # callers that want a fiscal year check the first month themselves
    assert twelve_months("2031-01-01/2031-12-31") == (2031, 1, 2031)


def test_other_spans_are_not() -> None:
    assert twelve_months("2030-10-01/2031-03-31") is None  # a half
    assert twelve_months("2031-01-01/2031-03-31") is None  # a quarter
    assert twelve_months("2030-10-15/2031-10-14") is None  # not from a month's first day
    assert twelve_months("FY2031") is None
