"""(round 34) A year-long fiscal period the lead names around a quarter named more often: a
release "In the year ending 31 March 2026, officers … closed 142 county lines" that then dwells
on "the January to March quarter" (in its headline, its sections, its parts) is about the
year; the quarter is a part of it and keeps its own mentions."""

from __future__ import annotations

import re
from datetime import date

from narcokg.errors import FactError
from narcokg.extract.period_kinds import PeriodMention
from narcokg.extract.period_twelve_months import twelve_months
from narcokg.model.periods import parse_period

#: A paragraph: lines up to a blank line (as :mod:`.period_kinds` reads a lead).
_PARAGRAPH = re.compile(r"[^\n](?:.|\n(?!\s*\n))*")


def lead_fiscal_year(periods: list[PeriodMention], title_end: int, text: str, chosen: str) -> str:
    """The fiscal year (April to March, or twelve whole months as a span) the first paragraph of
    100 characters or more names, when ``chosen`` (the title's or the most named period) is a
    quarter inside it; else ``chosen``."""
    inner = _bounds(chosen)
    if inner is None or not 85 <= (inner[1] - inner[0]).days <= 95:
        return chosen  # only a quarter gives way: a month or a half may be the report's own
    lead = next((m for m in _PARAGRAPH.finditer(text, title_end) if len(m[0]) >= 100), None)
    if lead is None:
        return chosen
    for p in periods:
        if not lead.start() <= p.start < lead.end():
            continue
        if p.comparison or p.running or p.earlier or not _year_long(p.label):
            continue
        outer = _bounds(p.label)
        if outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]:
            return p.label
    return chosen


def _year_long(label: str) -> bool:
    """A fiscal year label (``FY2026``) or a span of twelve whole months not a calendar year."""
    if re.fullmatch(r"FY\d{4}", label):
        return True
    span = twelve_months(label)
    return span is not None and span[1] != 1


def _bounds(label: str) -> tuple[date, date] | None:
    try:
        period = parse_period(label)
    except FactError:
        return None
    return (period.start, period.end) if period.kind == "flow" else None
