"""(round 43) A figure its sentence counts "at the end of the fiscal year" ("At the end of the
fiscal year, 4,100 people were in custody", "… numbered 2,300 at the end of the fiscal year",
"by the close of the fiscal year the number had reached 9,800") is a stock on that year's last
day, not a flow over the whole year: :func:`.period_figure.at_year_end` reads only a calendar
year's end. Not "by the end of the fiscal year", a deadline a flow is counted to ("31 of them
had completed their programme by the end of the fiscal year")."""

from __future__ import annotations

import re
from datetime import date

from narcokg.extract.lang.en.patterns import MONTH
from narcokg.extract.period_fiscal_bare_year_end import at_bare_fiscal_year_end
from narcokg.extract.period_kinds import month_span

#: The end of a fiscal year named by its words, not by its date ("…, on June 30, 2026").
_FISCAL_YEAR_END = re.compile(
    r"\b(?:at\s+the\s+(?:end|close)|by\s+the\s+close)\s+of\s+the\s+(?:state\s+)?"
    r"(?:fiscal|financial)\s+year\b"
    rf"(?!\s*,?\s*(?:on\s+)?(?:\d{{1,2}}\s+)?(?:{MONTH})\b)",
    re.IGNORECASE,
)
#: A clause's bounds: a full stop and a space, a semicolon or a line break ("At year-end 2025,
#: 22,300 …; by the close of the fiscal year … 24,900": the first is the calendar year's).
_SENTENCE_END = re.compile(r"\n|;|[.!?](?:\s|$)")


def at_fiscal_year_end(text: str, start: int, end: int, period: str, default: str) -> str:
    """The last day of the fiscal year (``period`` when it is twelve months, else the report's
    ``default``) for a figure at ``[start, end)`` whose clause names that year's end (the
    words date the figure whatever its drafted measure); else ``period``."""
    if not _names_year_end(text, start, end):
        # (round 44) "At year-end, 6,900 people were held": a fiscal year's bare year-end
        return at_bare_fiscal_year_end(_sentence(text, start, end), period)
    for label in (period, default):
        last = _last_day_of_year(label)
        if last is not None:
            return last.isoformat()
    return period


def _names_year_end(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``[start, end)`` names the end of a fiscal year."""
    return _FISCAL_YEAR_END.search(_sentence(text, start, end)) is not None


def _sentence(text: str, start: int, end: int) -> str:
    """The clause holding ``[start, end)``, within :data:`_SENTENCE_END`'s bounds."""
    opening = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    closing = _SENTENCE_END.search(text, end)
    first = opening[-1] if opening else max(0, start - 400)
    return text[first : closing.start() if closing else len(text)]


def _last_day_of_year(label: str) -> date | None:
    """The last day of ``label`` when it is a span of twelve months ("2025-07-01/2026-06-30",
    "FY2026"); ``None`` otherwise."""
    span = month_span(label)
    return span[1] if span is not None and span[0] == 12 else None
