"""(round 30, issue 14) A running total from a full date opening its clause: "Since October 1,
2021, the unit's boats have seized …", "Since 1 July 2020 the Commission has restrained …".
The date was taken as an event's day and named no period, so the figure fell to the report's
year; docs/facts.md ("Running totals") runs it from that day to the end of the report's own
period, or to publication, as "since" with a month alone already does."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.patterns import MONTH, YEAR

#: (rule name, pattern), read by :func:`.period_spans.since_clause` (a running total).
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "since_clause",
        rf"\bsince\s+(?:(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})),?\s+(?P<y>{YEAR})\b",
    ),
)
#: "since " right before a date: the date starts a running total (not an event's day).
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
