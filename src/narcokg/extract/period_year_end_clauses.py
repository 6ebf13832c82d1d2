"""(round 41) The day a named year ended, said in a clause right after it: "the financial year
2025/26, which ended on 31 March 2026", "fiscal year 2026, which ended Sept. 30, 2026". The day
restates the year's end; it is no period of its own. Read as a day, it took a mention from the
year, so a half named in a later section ("April to September 2026", three times) outnumbered
the year the lead is about; the day now counts as the year it ends."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.period_fiscal_ends import ENDED
from narcokg.extract.period_kinds import PeriodMention

#: The year's noun after a split year ("the 2025/26 financial year, which ended …").
_NOUN = re.compile(r"\s+(?:financial|fiscal|reporting)\s+year\b", re.IGNORECASE)
#: A day's label: the end a clause names.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def year_end_clauses(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """Each day named in an "ended on" clause right after a year-long period, read as that
    period (``found`` in text order)."""
    out = list(found)
    for i, p in enumerate(out[:-1]):
        day = out[i + 1]
        noun = _NOUN.match(text, p.end)
        ended = ENDED.match(text, noun.end() if noun else p.end)
        if ended is None or not _DAY.fullmatch(day.label) or _DAY.fullmatch(p.label):
            continue
        if p.end <= day.start < ended.end() and _year_long(p.label):
            out[i + 1] = replace(day, label=p.label, comparison=p.comparison)
    return out


def _year_long(label: str) -> bool:
    """A year ("2025", "FY2026") or a span of twelve months: what a clause can say "ended"."""
    if re.fullmatch(r"(?:FY)?\d{4}", label):
        return True
    span = re.fullmatch(r"(\d{4})-(\d{2})-01/(\d{4})-(\d{2})-\d{2}", label)
    return (
        span is not None and (int(span[3]) - int(span[1])) * 12 + int(span[4]) - int(span[2]) == 11
    )
