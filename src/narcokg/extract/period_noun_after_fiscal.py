"""(round 52) A financial year named by its two years before its noun and defined by its months
right after: "the 2025/26 financial year, which ran from 1 July 2025 to 30 June 2026" in a
country whose default year (``FYyyyy``, April to March) is not the one the text states. Round 31's
:func:`.period_kinds.defined_fiscal_years` reads only the noun first ("fiscal year 2025-26"), so
every "2025/26" of such a report stayed April to March while the keys take the stated months.
A year followed by its own, other months ("the 2025/26 financial year (April 2025 to March
2026)", a national police's year cited in a city's report) keeps them."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from itertools import pairwise

from narcokg.extract.period_kinds import PeriodMention, federal
from narcokg.extract.period_twelve_months import twelve_months

#: The split year's noun and the words before its months: " financial year, which ran ",
#: " fiscal year, which covered ", " financial year (".
_DEFINED = re.compile(
    r"\s+(?:financial|fiscal)\s+year\s*(?:\(|,\s*(?:which|that)\s+(?:ran|runs|covered|covers)\s+"
    r"(?:from\s+)?)$",
    re.I,
)
_SPLIT = re.compile(r"(?:in\s+)?(?:19|20)\d\d\s*[/\-\u2013]\s*\d\d")


def noun_after_fiscal_years(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """Every ``FYyyyy`` label of a report moved to the months its first "<yyyy/yy> financial
    year, which ran from <day> to <day>" states (``found`` in text order)."""
    first = _stated_first_month(text, found)
    if first is None or first in (1, 4):  # the default year, or a calendar year
        return found
    out = list(found)
    for i, p in enumerate(out):
        own = out[i + 1] if i + 1 < len(out) else None
        if not re.fullmatch(r"FY\d{4}", p.label) or p.stated_months or federal(text, p):
            continue
        if own is not None and _defines(text, p, own) and _first_month(own.label) != first:
            continue  # a year stated with its own, other months keeps them
        out[i] = replace(p, label=_span(int(p.label[2:]), first))
    return out


def _stated_first_month(text: str, found: list[PeriodMention]) -> int | None:
    """The first month of the report's own financial year, where the text states it: after the
    year's noun, or (round 31's reading) already moved to its months ("FINANCIAL YEAR 2025/26
    (1 JULY 2025 - 30 JUNE 2026)")."""
    for p, q in pairwise(found):
        if not _SPLIT.fullmatch(text, p.start, p.end) or p.comparison:
            continue
        if _defines(text, p, q) and (first := _first_month(q.label)) is not None:
            return first
        if (first := _first_month(p.label)) is not None:
            return first
    return None


def _first_month(label: str) -> int | None:
    """The first month of a twelve-month span ("2025-07-01/2026-06-30": 7), else None."""
    span = twelve_months(label)
    return span[1] if span else None


def _defines(text: str, p: PeriodMention, q: PeriodMention) -> bool:
    """``q`` states the months of the year ``p`` names, right after its noun."""
    return q.start - p.end <= 40 and bool(_DEFINED.search(text, p.end, q.start))


def _span(end_year: int, first: int) -> str:
    last = calendar.monthrange(end_year, first - 1)[1]
    return f"{end_year - 1}-{first:02d}-01/{end_year}-{first - 1:02d}-{last}"
