"""(round 30, issue 14) Periods a machine translation of a Chinese release writes word for word.
Months go by number (今年1至7月, 1-4月): "this year 1 to 7 month", "this year 1-4 month",
"2026 year 1 to 3 month" are January to that month of the year named (docs/facts.md: "January to
November 2023" is its dates), not the whole year "this year" alone would be. A year end
(截至2025年底) may stand mid-sentence or after "as of": "the city up to end of 2025 year the
existing …", "As of 2025 year end, …" count a stock on that year's last day, as "As of the end
of 2025" does; "Until the end of May, the city's existing drug users …" one on that month's
last day, and (round 33) "Up to May end this year, …" too."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from narcokg.extract import period_spans as spans
from narcokg.extract.lang.en.patterns import MONTH, YEAR

_DASH = "[\\-\u2013\u2014~]"

#: (rule name, pattern), tried before :data:`.patterns.PERIODS` (whose "this year" and "2025"
#: would take the year alone).
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "numbered_months",
        rf"\b(?:(?P<w>this|last)\s+year|(?P<y>{YEAR})\s+year)\s*,?\s*(?:the\s+)?"
        rf"1\s*(?:to|{_DASH})\s*(?P<m>1[0-2]|[2-9])\s*months?\b",
    ),
    (
        "end_of_year",
        rf"\b(?:as\s+of|up\s+to|until|till)\s+(?:the\s+)?(?:end\s+of\s+(?P<y>{YEAR})\s+year"
        rf"|(?P<y2>{YEAR})\s+year[-\s]end)\b",
    ),
    # a stock's month end opening a clause: "Until the end of May, the whole city existing drug
    # users 5,912 people", "…, up to the end of September this year, …"
    (
        "end_of_month",
        rf"(?:^|(?<=\n)|(?<=[.;:,]\s))(?:up\s+to|until|till)\s+(?:the\s+)?end\s+of\s+"
        rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}|this\s+year|last\s+year))?(?=\s*,)",
    ),
    # (round 33) the month before "end", word for word (截至5月底): "Up to May end this year, the
    # whole city existing drug-taking personnel 6,218 people", "as of June end this year, …"
    (
        "end_of_month",
        rf"\b(?:as\s+of|up\s+to|until|till)\s+(?P<m>{MONTH})\s+end"
        rf"(?:\s+(?P<y>{YEAR}|this\s+year|last\s+year))?\b",
    ),
)


def numbered_months(m: re.Match[str], published: date) -> str:
    """January to month ``m`` of the year named ("this year": publication's; "last year": the
    one before)."""
    year = int(m["y"]) if m["y"] else published.year - (m["w"].lower() == "last")
    return spans.month_span(year, 1, year, int(m["m"]))


RULES: dict[str, Callable[[re.Match[str], date], str]] = {"numbered_months": numbered_months}
