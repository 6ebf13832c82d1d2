"""(round 36) A flow beside a stock's closing day: "Detectives opened 96 narcotics investigations
and, as of September 30, 2026, 19 of them remained active. Officers executed 42 search
warrants, …" in a fiscal-year report. The day the "as of" phrase names is the stock's (the 19
open cases); the 96 opened before it and the 42 warrants of the next sentence are flows of the
report's year, not of its last day. Round 23's :func:`.period_figure.flow_at_stock_day` reads
a day named by its words only ("as of the end of May"); this reads one spelt as a date."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from narcokg.model.periods import parse_period

#: "as of September 30, 2026", "as at 31 March 2026": the phrase opening the date's mention
_AS_OF = re.compile(r"as\s+(?:of|at)\b", re.IGNORECASE)


def flow_before_as_of(
    text: str,
    found: list[Any],
    sentence: tuple[int, int],
    start: int,
    measure: str,
    period: str,
    default: str,
) -> str:
    """The report's own span ``default`` for a flow whose day ``period`` only an "as of" phrase
    names, after the figure in its sentence or in a sentence before (carried); else ``period``.
    The span must end on that day or in the month before it."""
    from narcokg.model.registry import registry

    entry = registry().measures.get(measure)
    if entry is None or entry.nature != "flow" or not re.fullmatch(r"\d{4}-\d\d-\d\d", period):
        return period
    named = [p for p in found if p.label == period and p.start < sentence[1]]
    if not named or not all(_AS_OF.match(text, p.start) for p in named):
        return period
    if any(sentence[0] <= p.start < start for p in named):
        return period  # "As of September 30, 2026, agents had seized …": the day is the figure's
    try:
        span, day = parse_period(default), date.fromisoformat(period)
    except ValueError:
        return period
    if span.kind != "flow" or span.start == span.end or not 0 <= (day - span.end).days <= 31:
        return period
    return default
