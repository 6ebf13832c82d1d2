"""(round 45) A percentage change measured against an earlier year's figure is a change over the
current period, not over the base year its sentence names.

"That compares with 820 in fiscal year 2030, an increase of 14 percent", "The heroin total
compares with 2,150 pounds in fiscal year 2030, an increase of 38 percent", "down from 9,600
pounds the previous fiscal year, a decline of 12 percent", "22 percent more than the 500,000
pills taken off the streets in fiscal year 2030": the change is linked to the base figure and
takes its year, so the keys' current fiscal year is drafted as the one before (tonpd loris97,
uscg-d14 sambar138, hsi-sd coati101, dea-atl addax139). Only a change whose drafted period is
its base's, whose base follows comparison words, and whose base period ends before the report's
own period begins takes a later period: that of a figure earlier in its sentence with another
period, or else the report's own.
"""

from __future__ import annotations

import re

from narcokg.errors import FactError
from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.model.periods import parse_period

#: words right before a base figure: "compares with", "up from", "than the", "over the"
_BEFORE_BASE = re.compile(
    r"\b(?:compare[ds]?\s+(?:with|to)|(?:up|down|rose|fell|increased|decreased)\s+from"
    r"|than|over)\s+(?:the\s+)?(?:previous\s+year's\s+(?:total\s+)?\(?)?$",
    re.I,
)


def base_year_changes(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give a change its current period, not its base's (see the module)."""
    by_id = {fact.id: fact for fact in found}
    for fact in found:
        base = by_id.get(fact.change_of or "")
        if base is None or not fact.measure.startswith("percentage-"):
            continue
        if fact.period != base.period or not _after_comparison(context, base):
            continue
        current = _current_period(context, base, found)
        if current is not None and _ends_before(base.period, current):
            fact.period = current
            fact.review = [n for n in fact.review if not n.startswith("period")]


def _after_comparison(context: DraftContext, base: DraftMeasurement) -> bool:
    sentence = context.sentences[base.mention.sentence]
    return bool(_BEFORE_BASE.search(context.text[sentence.start : base.mention.start]))


def _current_period(
    context: DraftContext, base: DraftMeasurement, found: list[DraftMeasurement]
) -> str | None:
    """The period of the last figure before ``base`` in its sentence with another period, or
    the report's own period."""
    earlier = [
        f
        for f in found
        if f.mention.sentence == base.mention.sentence
        and f.mention.start < base.mention.start
        and f.period != base.period
        and not f.measure.startswith("percentage-")
    ]
    return earlier[-1].period if earlier else context.default_period


def _ends_before(base: str, current: str) -> bool:
    try:
        return parse_period(base).end < parse_period(current).start
    except FactError:
        return False
