"""Round 28: a running total from before the report's own period ends with that period.

"Since June 2020, the operation has led to 3,914 arrests" in an annual report on the year to
March 2026, published in July 2026: docs/facts.md keys a running total from that day to the end
of the report's own period, or to publication only while that period has not ended. A "since"
with a month and year is read to publication (:func:`.period_spans.to_date`); when it starts
before the report's own reporting period (a year, a fiscal year, a calendar half or quarter)
that ended before publication, the total is cut at that period's end. An operation's days or
months as the report's period are no such bound (the total counts beyond them).
"""

from __future__ import annotations

import re
from datetime import date

from narcokg.errors import FactError
from narcokg.model.periods import parse_period

_SPAN = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")


def long_total_to_period_end(label: str, default: str, published: date) -> str:
    """``label`` (a span to publication) cut at the end of the report's own period ``default``
    when it starts before that period and the period ended before publication."""
    span = _SPAN.fullmatch(label)
    if span is None or span[2] != published.isoformat():
        return label
    try:
        own = parse_period(default)
    except FactError:
        return label
    if not _reporting_period(own.start, own.end):
        return label
    if own.end >= published or span[1] >= own.start.isoformat():
        return label
    return f"{span[1]}/{own.end.isoformat()}"


def _reporting_period(start: date, end: date) -> bool:
    """A year or fiscal year (twelve months from any month), a calendar half or a quarter: a
    reporting period, not an operation's days or months ("between October and March")."""
    if start.day != 1 or end.toordinal() + 1 != _first_after(end).toordinal():
        return False
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return (
        months == 12
        or (months == 6 and start.month in (1, 7))
        or (months == 3 and start.month in (1, 4, 7, 10))
    )


def _first_after(day: date) -> date:
    """The first day of the month after ``day``'s."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, 1)
