"""(round 49) A quarter named with no year ("in the first quarter", "Q3") in a report of one
calendar year is that year's quarter, not the latest such quarter by publication.

"Over the year, deaths fell from 410 in the first quarter to 318 …", "In the first quarter
alone, 2.8 tonnes of tramadol were seized", "against 131 in the first quarter": a release on
2025 published in mid-2026 reads the bare quarter as the latest ended by publication (2026's),
where the keys of dhss-mo argali154, cnld-cm gundi108 and inspq blesbok155 give the report's
year. Only a bare quarter read in a later year than the report's own calendar year is moved,
and only when the report's period (the frame's) is that one calendar year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.period_kinds import PeriodMention

#: "the first quarter", "in the fourth quarter", "during Q2": no year, no "of this year".
_BARE_QUARTER = re.compile(
    r"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter"
    r"|Q[1-4])",
    re.I,
)


def report_year_quarters(
    text: str, found: list[PeriodMention], default: str
) -> list[PeriodMention]:
    """``found`` with each bare quarter read in a year after ``default``, the report's calendar
    year, moved back to that year."""
    if not re.fullmatch(r"\d{4}", default):
        return found
    return [_moved(p, default) if _later_bare_quarter(text, p, default) else p for p in found]


def _later_bare_quarter(text: str, p: PeriodMention, year: str) -> bool:
    quarter = re.fullmatch(r"(\d{4})-Q[1-4]", p.label)
    bare = _BARE_QUARTER.fullmatch(text[p.start : p.end].strip())
    return bool(quarter and bare and quarter[1] > year)


def _moved(p: PeriodMention, year: str) -> PeriodMention:
    return replace(p, label=f"{year}{p.label[4:]}")
