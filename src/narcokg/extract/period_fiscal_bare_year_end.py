"""(round 44) A figure its sentence counts "at year-end" in a report of a fiscal year ("At
year-end, 6,900 people were held for drug offences", "Of those held at year-end, 5,600 were
men", "At year's end, June 30, 2031, …") is a stock on that fiscal year's last day, not a flow
over the year: round 20's :func:`.period_figure.at_year_end` reads these words only for a
calendar year, round 43's :mod:`.period_fiscal_year_end` only "the end of the fiscal year".
Only when the figure's period is itself a twelve-month span that is no calendar year, and not
"at year-end 2025" (a calendar year named: cdcr-ca bontebok132)."""

from __future__ import annotations

import re

from narcokg.extract.period_kinds import month_span

#: "At year-end", "at year's end", "at the end of the year", "held at year-end", with no year
#: number after it.
_BARE_YEAR_END = re.compile(
    r"\bat\s+(?:(?:the\s+)?year(?:['\u2019]s\s+|[-\s])end|the\s+(?:end|close)\s+of\s+the\s+year)"
    r"\b(?!\s*,?\s*(?:of\s+)?\d{4})",
    re.IGNORECASE,
)


def at_bare_fiscal_year_end(sentence: str, period: str) -> str:
    """The last day of ``period`` when it is a fiscal year (twelve months, not January to
    December) and ``sentence`` names a bare year-end; else ``period``."""
    span = month_span(period)
    if span is None or span[0] != 12 or span[1].month == 12:
        return period
    if _BARE_YEAR_END.search(sentence) is None:
        return period
    return span[1].isoformat()
