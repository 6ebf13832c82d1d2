"""Round 42 (issue 14): "Over the full year", "across the whole year", "the full financial year"
after a part of a year (a quarter, a half, "From October to March"): the year that part is of,
however far back the year was named, not the part just discussed."""

from __future__ import annotations

from collections.abc import Callable

from narcokg.errors import FactError
from narcokg.extract.period_kinds import PeriodMention
from narcokg.model.periods import parse_period


def year_of_part(
    text: str, found: list[PeriodMention], start: int, year_long: Callable[[str], bool]
) -> PeriodMention | None:
    """The last year-long period (``year_long`` of its label) named before ``start`` that holds
    the last period named before it, when that period is a part of a year (``None``: the last
    period is a year itself, or no year named before holds it)."""
    before = [p for p in found if p.end <= start and not p.comparison]
    if not before:
        return None
    last = max(before, key=lambda p: p.end)
    if year_long(last.label):
        return None
    holding = [
        p for p in before
        if year_long(p.label) and "(" not in text[max(0, p.start - 2) : p.start]
        and _holds(p.label, last.label)
    ]  # fmt: skip
    return max(holding, key=lambda p: p.end) if holding else None


def _holds(outer: str, inner: str) -> bool:
    """Whether the period ``outer`` holds ``inner`` (a year holds its quarters and halves)."""
    try:
        whole, part = parse_period(outer), parse_period(inner)
    except (ValueError, FactError):
        return False
    return whole.start <= part.start and part.end <= whole.end and whole != part
