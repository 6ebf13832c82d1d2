"""(issue 14, round 25) Parts of the year a translation names with no year and no preposition:
"January to May, the city cracked 173 cases", "In the first three quarters, the city cracked
612 cases", "first five months drug cases fall" (a headline). A reader takes them as the latest
such months begun by publication (docs/facts.md "The report's own period"), as "between October
and March" already is."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from narcokg.extract import period_spans as spans
from narcokg.extract.lang.en import patterns as en

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTS |= {"nine": 9, "ten": 10, "eleven": 11}


def first_months(m: re.Match[str], published: date) -> str:
    """ "the first five months", "the first three quarters" with no year: those months of the
    latest year in which they had all begun by publication."""
    count = _COUNTS[m["n"].lower()] * (3 if m["u"].lower() == "quarters" else 1)
    year = published.year - (count > published.month)
    return spans.month_span(year, 1, year, count)


#: (rule name, pattern), tried before :data:`.patterns.PERIODS`.
BARE_PERIODS: tuple[tuple[str, str], ...] = (
    # a span of months opening a clause, with no year after it (not restating a period just
    # named: "the first quarter of 2025, January to March, was …")
    (
        "recent_months",
        rf"(?:^|(?<=\n)|(?<=[.;:!?,]\s))(?<!\d,\s)(?P<m>{en.MONTH})\s+to\s+(?P<m2>{en.MONTH})\b"
        rf"(?!\s*,?\s*(?:{en.YEAR}\b|this\s+year|last\s+year|quarter|period))(?P<m3>(?!))?",
    ),
    # "first five months" / "first three quarters" with no "of …" after it
    (
        "bare_first_months",
        r"\b(?:in\s+|during\s+)?(?:the\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven)\s+(?P<u>months|quarters)\b"
        r"(?!\s+(?:of|after|since|following|before|in|to|ending|ended)\b)",
    ),
)
BARE_RULES: dict[str, Callable[[re.Match[str], date], str]] = {"bare_first_months": first_months}
