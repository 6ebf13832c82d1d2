"""(round 43) A half named with no year ("in the first half", "During the first half", "the same
first half") after the report named that half of a fiscal year ("the first half of fiscal year
2026", "In the first half of the fiscal year, July through December 2025"): that fiscal half, not
the calendar half of a year the bare words would give ("2025-H1" for October to March). It is
marked as the fiscal half it follows, so the country's or the report's fiscal year moves both
alike (:mod:`.fiscal_years`), as :func:`.fiscal_years.bare_quarters` does for quarters."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.lang.en.patterns import MONTH
from narcokg.extract.period_kinds import PeriodMention, month_span

#: A half with no year and no "of": the whole mention, as the "half" period pattern reads it.
_BARE_HALF = re.compile(
    r"(?:(?:in|during)\s+)?(?:the\s+)?(?P<q>first|second)\s+half", re.IGNORECASE
)


def bare_fiscal_halves(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """Each bare half after a fiscal half of the same number (not a comparison's base), read as
    the last such fiscal half (``found`` in text order)."""
    out: list[PeriodMention] = []
    last: dict[int, PeriodMention] = {}
    for p in found:
        bare = _BARE_HALF.fullmatch(text[p.start : p.end])
        number = 0 if bare is None else 1 if bare["q"].lower() == "first" else 2
        if number in last and not p.comparison:
            named = last[number]
            p = replace(p, label=named.label, fiscal_quarter=named.fiscal_quarter, fiscal_half=True)
        elif p.fiscal_half and p.fiscal_quarter is not None and not p.comparison:
            last[p.fiscal_quarter[0]] = p
        out.append(p)
    return out


#: A half named by its place in the year, with no year: "the first half of the year", "in the
#: first six months".
_PLACED_HALF = re.compile(
    r"(?:(?:in|during)\s+)?(?:the\s+)?(?:first|second)\s+(?:half|six\s+months)"
    r"(?:\s+of\s+the\s+year)?",
    re.IGNORECASE,
)


def apposed_halves(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """A half named by its place ("the first half of the year") and, after a comma, by its six
    months ("July to December 2025"), either way round: the months, which say which year's half
    is meant (a year that runs from July has its first half in the calendar's second)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not re.fullmatch(r"\s*,\s*", text[a.end : b.start]):
            continue
        for half, months, at in ((a, b, i), (b, a, i + 1)):
            named = text[months.start : months.end]
            if _PLACED_HALF.fullmatch(text[half.start : half.end]) and _by_months(named, months):
                out[at] = replace(half, label=months.label)
    return out


def _by_months(named: str, p: PeriodMention) -> bool:
    """Whether ``p`` (its words ``named``) names six whole months by their names ("July to
    December 2025"), not by their place ("in the second half": a list of halves)."""
    if not re.search(rf"\b(?:{MONTH})\b", named, re.IGNORECASE):
        return False
    span = month_span(p.label)
    return span is not None and span[0] == 6


def read_halves(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """Both readings in turn: a bare half after a fiscal one, then a half with its months."""
    return apposed_halves(text, bare_fiscal_halves(text, found))
