"""Round 42 (issue 14): the day a stock is counted on ("As of September 30, 2026, 88
investigations remained open.") dates that stock only; a flow in a later sentence that names no
period of its own ("The division referred 61 cases for federal prosecution.") counts over the
report's own span, when that span ends on that day or in the month before it."""

from __future__ import annotations

import re
from datetime import date

from narcokg.extract.period_kinds import PeriodMention
from narcokg.model.periods import parse_period
from narcokg.model.registry import registry

#: A stock's day, named with its date: "As of September 30, 2026", "as at 30 June 2026".
_AS_OF = re.compile(r"as\s+(?:of|at)\s", re.I)
#: A sentence that counts a part of what was counted before ("Of the open cases, 64 involved
#: …", "Among them, …"): a part of the stock, on its day.
_PART_OF = re.compile(r"\s*(?:among|of)\s+(?:them|these|those|the)\b", re.I)


def carried_stock_day(
    text: str,
    found: list[PeriodMention],
    sentence_start: int,
    measure: str,
    period: str,
    default: str,
) -> str:
    """``period``, carried from an earlier sentence, or the report's span ``default`` when it
    is the day an earlier sentence counted a stock on and the figure's ``measure`` a flow."""
    entry = registry().measures.get(measure)
    if entry is None or entry.nature != "flow" or not re.fullmatch(r"\d{4}-\d\d-\d\d", period):
        return period
    if _PART_OF.match(text, sentence_start):
        return period
    stated = [p for p in found if p.end <= sentence_start and p.label == period]
    if not stated or not _AS_OF.match(text, max(stated, key=lambda p: p.end).start):
        return period
    try:
        span, day = parse_period(default), date.fromisoformat(period)
    except ValueError:
        return period
    if span.kind != "flow" or span.start == span.end or not 0 <= (day - span.end).days <= 31:
        return period
    return default
