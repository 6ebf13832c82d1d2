"""(round 53) The same half of an earlier fiscal year: "61 cases in the first half of fiscal year
2026, October 2025 through March 2026, up from 48 in the same six months of fiscal year 2025",
"(1,120 pounds in the same half of fiscal year 2025)". The period rules read "fiscal year 2025"
alone, so the base took the whole year while the keys take that year's half: the six months the
report's own half covers, moved back to the named year. A fiscal year named without "the same
six months" before it ("up from 97 in fiscal year 2025") keeps the whole year."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from narcokg.errors import FactError
from narcokg.extract.period_kinds import PeriodMention
from narcokg.extract.period_spans import month_span
from narcokg.extract.period_twelve_months import twelve_months
from narcokg.model.periods import parse_period

#: "the same six months of ", "the same half of the ", "the same half-year of ": right before
#: the fiscal year's mention
_SAME_HALF = re.compile(
    r"\bsame\s+(?:six[\s-]months?|half(?:[\s-]year)?)\s+of\s+(?:the\s+)?$", re.I
)
HALF = 6


def same_fiscal_halves(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """Every fiscal year named as "the same six months of <year>" moved to the half the nearest
    earlier half-year of the report covers, in that year (``found`` in text order, their
    fiscal years already moved to the country's months)."""
    out = list(found)
    for i, p in enumerate(out):
        year = _fiscal_year(p.label)
        if year is None or not _SAME_HALF.search(text, max(0, p.start - 40), p.start):
            continue
        own = next((h for q in reversed(out[:i]) if (h := _half(q)) is not None), None)
        if own is None:
            continue
        first, end_year = year
        offset = (own - first) % 12  # the half's first month within its fiscal year
        start = end_year - (first > 1)  # the named year's first calendar year
        month = first + offset
        start, month = start + (month - 1) // 12, (month - 1) % 12 + 1
        last = month + HALF - 1
        label = month_span(start, month, start + (last - 1) // 12, (last - 1) % 12 + 1)
        out[i] = replace(p, label=label)
    return out


def _fiscal_year(label: str) -> tuple[int, int] | None:
    """The first month and end year of a fiscal year label (``FYyyyy``: April to March)."""
    if m := re.fullmatch(r"FY(\d{4})", label):
        return 4, int(m[1])
    span = twelve_months(label)
    return (span[1], span[2]) if span else None


def _half(p: PeriodMention) -> int | None:
    """The first month of a half-year the report states as its own (not a base)."""
    if p.comparison:
        return None
    try:
        period = parse_period(p.label)
    except FactError:
        return None
    start, end = period.start, period.end
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day != 1 or months != HALF or (end + timedelta(days=1)).day != 1:
        return None
    return start.month
