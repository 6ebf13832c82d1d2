"""(round 43) A half named with no year ("in the first half", "During the first half", "the same
first half") after the report named that half of a fiscal year ("the first half of fiscal year
2026", "In the first half of the fiscal year, July through December 2025"): that fiscal half, not
the calendar half of a year the bare words would give ("2025-H1" for October to March). It is
marked as the fiscal half it follows, so the country's or the report's fiscal year moves both
alike (:mod:`.fiscal_years`), as :func:`.fiscal_years.bare_quarters` does for quarters."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.period_kinds import PeriodMention

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
