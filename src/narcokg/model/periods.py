"""Reporting periods named by short labels: "2023", "2023-06", "2023-H1", "2023-Q3",
"FY2022" (April to March), "2019-12-31" (a stock at a date), "2023-01-01/2023-06-30"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from narcokg.errors import FactError


@dataclass(frozen=True)
class Period:
    """A labelled interval of days: a ``flow`` over the interval, or a ``stock`` at one date."""

    label: str
    start: date
    end: date
    kind: str = "flow"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(label: str) -> Period:
    """Read a period label.

    >>> period = parse_period("2023-H1")
    >>> period.start, period.end, period.kind
    (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30), 'flow')
    """
    try:
        return _parse(label)
    except ValueError:
        raise FactError(
            f"period {label!r} is not understood: write YYYY, YYYY-MM, YYYY-H1, YYYY-Q3, FYYYYY "
            "(April to March, ending in that year), YYYY-MM-DD (a stock at that date) or "
            "YYYY-MM-DD/YYYY-MM-DD"
        ) from None


def _parse(label: str) -> Period:
    if m := re.fullmatch(r"(\d{4})", label):
        year = int(m[1])
        return Period(label, date(year, 1, 1), date(year, 12, 31))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", label):
        year, month = int(m[1]), int(m[2])
        return Period(label, date(year, month, 1), _month_end(year, month))
    if m := re.fullmatch(r"(\d{4})-H([12])", label):
        year, half = int(m[1]), int(m[2])
        return Period(label, date(year, 6 * half - 5, 1), _month_end(year, 6 * half))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", label):
        year, quarter = int(m[1]), int(m[2])
        return Period(label, date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter))
    if m := re.fullmatch(r"FY(\d{4})", label):
        year = int(m[1])
        return Period(label, date(year - 1, 4, 1), date(year, 3, 31))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", label):
        day = date.fromisoformat(label)
        return Period(label, day, day, "stock")
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", label):
        start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        if end < start:
            raise ValueError(label)
        return Period(label, start, end)
    raise ValueError(label)


def canonical_label(label: str) -> str:
    """The one label of a period that several labels name, so that the graph holds one period
    node for it: a span of whole months within a year as the year, half, quarter or month
    ("2023-01-01/2023-06-30" is "2023-H1"), April to March as its fiscal year ("FY2024"), any
    other span in ISO form. A label that is no period stays as written (the build names it).

    >>> canonical_label("2023-01-01/2023-06-30"), canonical_label("2023-04-01/2024-03-31")
    ('2023-H1', 'FY2024')
    >>> canonical_label("2023-07-01/2024-06-30"), canonical_label("2023-12-31")
    ('2023-07-01/2024-06-30', '2023-12-31')
    """
    try:
        period = _parse(label)
    except ValueError:
        return label
    if period.kind == "stock":
        return label
    start, end = period.start, period.end
    if start.day == 1 and end == _month_end(end.year, end.month):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.year == end.year and (months, start.month % months) in _CALENDAR:
            return _CALENDAR[(months, start.month % months)](start)
        if months == 12 and start.month == 4:
            return f"FY{end.year}"
    return f"{start.isoformat()}/{end.isoformat()}"


#: (months, first month modulo months) -> the label of such a span starting at a date
_CALENDAR: dict[tuple[int, int], Callable[[date], str]] = {
    (12, 1): lambda d: f"{d.year}",
    (6, 1): lambda d: f"{d.year}-H{(d.month + 5) // 6}",
    (3, 1): lambda d: f"{d.year}-Q{(d.month + 2) // 3}",
    (1, 0): lambda d: f"{d.year}-{d.month:02d}",
}


def period_slug(label: str) -> str:
    """The IRI-safe form of a period label ("2023-01-01/2023-06-30" -> "2023-01-01--2023-06-30")."""
    return label.replace("/", "--")
