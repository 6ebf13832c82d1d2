"""(round 37) A fiscal year defined by the day it ended: "fiscal year 2026, which ended Sept. 30",
"fiscal year 2026, the twelve months that ended September 30". The day names the year's last
month, so every fiscal year the report names by one year runs the twelve months to that month,
whatever year the report's country or state would give a bare fiscal year: a federal office's
release about one state (Texas's own year runs September to August) or a tribal police force's
(a state's year runs July to June) counts October to September when it says so."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.lang.en.patterns import MONTH, MONTH_NAMES, YEAR
from narcokg.extract.period_kinds import PeriodMention, federal
from narcokg.extract.period_spans import month_span

#: Right after the year's name: ", which ended Sept. 30", ", the 12 months that ended on 30
#: September", " ended September 30, 2026".
ENDED = re.compile(
    r"\s*,?\s*(?:the\s+(?:twelve|12)[\s-]months?\s+)?(?:(?:which|that)\s+)?(?:ended|ending)\s+"
    rf"(?:on\s+)?(?:(?P<m>{MONTH})\s*\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}\s+(?P<m2>{MONTH})\b)"
    rf"(?:,?\s+(?P<y>{YEAR})\b)?",
    re.IGNORECASE,
)
#: A fiscal year named by its end year alone ("fiscal year 2026", "FY2026"), not "2025-26".
_SPLIT = re.compile(r"\d\s*[/\-\u2013\u2014]\s*\d")


def ended_fiscal_years(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """Every fiscal year named by one year runs to the month the first such year "ended" in
    (a federal one stays federal unless the defined year is federal too)."""
    for p in found:
        named = re.fullmatch(r"FY(\d{4})", p.label)
        ended = ENDED.match(text, p.end) if named and _one_year(text, p) else None
        if named is None or ended is None:
            continue
        if ended["y"] and int(ended["y"]) != int(named[1]):
            continue  # a year named by the year it starts in: the text says otherwise
        last = MONTH_NAMES[(ended["m"] or ended["m2"]).lower()]
        if last == 12:
            continue  # a calendar year
        national = federal(text, p)
        return [
            _ending(q, last)
            if re.fullmatch(r"FY\d{4}", q.label)
            and _one_year(text, q)
            and (national or not federal(text, q))
            else q
            for q in found
        ]
    return found


def _one_year(text: str, p: PeriodMention) -> bool:
    return not (p.stated_months or p.relative or _SPLIT.search(text, p.start, p.end))


def _ending(p: PeriodMention, last: int) -> PeriodMention:
    year = int(p.label[2:])
    label = month_span(year - 1, last + 1, year, last)
    return replace(p, label=label, stated_months=True, single_fiscal=False)
