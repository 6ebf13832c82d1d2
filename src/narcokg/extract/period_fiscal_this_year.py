"""(round 46) "This year" and "the full year" in a report of a fiscal year are that fiscal year,
not the calendar year they are read as from the publication date.

"This year, 96 of the 157 lines closed were run from London", "the youngest referred this year
was 11", "Over the full year, forces seized 1,420 kilograms of Class A drugs", "fell from 14.2
kg in 2023-24 to 6.1 kg this year": in a release on the year to 31 March (or to 30 September)
the words name the year the release is about, but round 23 reads "this year" from publication
and "the full year" as the current one, so the figures took the calendar year (keys of
essexpolice serval48, nclcc bharal142, cbsa's Pacific region 2024-25, efp axolotl21, ccc-qld
wombat52, crstpd-sd paca106 and others give the fiscal year).
Only a bare phrase (no year number) read as the calendar year the report's own fiscal year ends
in is moved, and only when the report's period is a twelve-month span that is no calendar year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.period_kinds import PeriodMention, month_span

#: "This year", "this year", "Over the full year", "the full year", "the whole year".
_THIS_YEAR = re.compile(
    r"(?:(?:over|during|in|for)\s+)?(?:this|the\s+(?:full|whole|entire))\s+year", re.IGNORECASE
)


def fiscal_this_year(text: str, found: list[PeriodMention], default: str) -> list[PeriodMention]:
    """``found`` with each bare "this year" or "the full year" read as ``default`` when the
    report's period ``default`` is a fiscal year ending in the year the phrase was read as."""
    span = month_span(default)
    if span is None or span[0] != 12 or span[1].month == 12:
        return found
    ending = str(span[1].year)
    return [
        replace(p, label=default)
        if p.label == ending and _THIS_YEAR.fullmatch(text[p.start : p.end].strip())
        else p
        for p in found
    ]
