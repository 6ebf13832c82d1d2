"""Round 42 (issue 14): the day a stock is counted on ("As of September 30, 2026, 88
investigations remained open.") dates that stock only; a flow in a later sentence that names no
period of its own ("The division referred 61 cases for federal prosecution.") counts over the
report's own span, when that span ends on that day or in the month before it."""

from __future__ import annotations

import re

from narcokg.extract.period_figure import span_ending_on
from narcokg.extract.period_kinds import PeriodMention

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
    spanned = span_ending_on(measure, period, default)
    if spanned == period or _PART_OF.match(text, sentence_start):
        return period
    stated = [p for p in found if p.end <= sentence_start and p.label == period]
    if not stated or not _AS_OF.match(text, max(stated, key=lambda p: p.end).start):
        return period
    return spanned
