"""(round 27, issue 14) The same part of an earlier year named inside a list of figures ("cracked
81 cases, last year same period 94 cases; arrested 112 suspects"), the base of the figure before
it, reaches to the end of its clause only: the figures after the semicolon are the sentence's own
period again, as a reader of the machine-translated release takes them."""

from __future__ import annotations

from narcokg.extract.period_kinds import PeriodMention


def closed_before(text: str, period: PeriodMention, start: int) -> bool:
    """Whether ``period``, an earlier year's same period, ends its clause before ``start``."""
    return period.earlier and period.end <= start and ";" in text[period.end : start]


def right_before(text: str, period: PeriodMention, start: int) -> bool:
    """Whether ``period`` stands right before the figure at ``start`` as its own: "(2022: 862
    kg)", "in 2021 (4,859 deaths)"; (round 32) an earlier year's same period with nothing
    between, "compare with last year same period 351 pieces" (the base figure's period, though
    "compare with" makes it a comparison for every other figure)."""
    between = text[period.end : start].strip()
    if not 0 <= start - period.end <= 2:
        return False
    return between in {"(", ":"} or (period.earlier and not between and start > period.end)
