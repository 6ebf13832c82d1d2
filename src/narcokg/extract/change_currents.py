"""(round 29) A change measured against an older figure changes the current one: "Assam Police
registered 4,126 cases in 2025. Compared with 3,079 cases in 2021, the rise is 34 percent", "From
1,380 in 2023, deaths dropped by 24%", "18,950 tablets (7,420), more than 2.5 times the previous
year's number". The nearest figure before the change is the base it was compared with; the
change is of the nearest figure of the same measure named before them for a later period,
and takes that figure's period, places, agency and operation (docs/facts.md: a change's period is
its current figure's, never its base's)."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.period_kinds import period_end


def current_figures(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Move each change linked to an older base figure to the current figure before it."""
    by_id = {f.id: f for f in found}
    for fact in found:
        base = by_id.get(fact.change_of or "")
        if base is None or not _compared(context, base, found, fact.mention.start):
            continue
        current = _current(context, base, found, min(base.mention.start, fact.mention.start))
        if current is None:
            continue
        fact.change_of, fact.period, fact.regions = current.id, current.period, current.regions
        fact.agency, fact.operation = current.agency, current.operation


def _compared(
    context: DraftContext, base: DraftMeasurement, found: list[DraftMeasurement], change: int
) -> bool:
    """Whether ``base`` is an older figure something is compared with: the earlier figure of a
    pair in its sentence, or one a comparison's period names with no other number between
    ("Compared with 3,079 cases in 2021", "Compared with 2023, when 5,412 crimes …", "than in
    2024 (1,178 tonnes)"); not the current figure of its own pair ("In 2027, 60 kilograms, up
    20 percent on 2026")."""
    if any(_pair_later(g, base) for g in found):
        return True
    start, end, text = base.mention.start, base.mention.end, context.text
    return any(
        (
            0 <= p.start - end <= 80
            and not _DIGIT.search(text, end, p.start)
            and not end <= change < p.start  # the change's own base: "…, up 53% over 2021"
        )
        or (0 <= start - p.end <= 80 and bool(_BASE_CLAUSE.fullmatch(text, p.end, start)))
        for p in context.periods
        if p.comparison
    )


def _current(
    context: DraftContext, base: DraftMeasurement, found: list[DraftMeasurement], before: int
) -> DraftMeasurement | None:
    """The last figure in ``base``'s paragraph or the one before, before ``before`` (the change
    and its base), that ends later than ``base``: of its measure and unit, else of its unit
    (a base's bare "cases" is often read as another measure than the current one's)."""
    ends = period_end(base.period)
    if ends is None:
        return None
    text = context.text
    paragraph = text.rfind("\n\n", 0, text.rfind("\n\n", 0, base.mention.start))
    earlier = [
        f
        for f in found
        if paragraph < f.mention.start < before
        and not f.change_of
        and f.unit == base.unit
        and _stock(f.period) == _stock(base.period)  # a stock at a day is no flow's pair
        and (period_end(f.period) or ends) > ends
    ]
    # not the earlier figure of a pair in its own sentence ("1,186 in 2025, down from 1,517 in
    # 2024"): another base
    earlier = [f for f in earlier if not any(_pair_later(g, f) for g in found)]
    chosen = [f for f in earlier if f.measure == base.measure] or earlier
    return chosen[-1] if chosen else None


def _pair_later(other: DraftMeasurement, figure: DraftMeasurement) -> bool:
    """Whether ``other`` is a figure before ``figure`` in its sentence, of its measure and unit,
    for a later period (a stock and a flow are no pair)."""
    later, end = period_end(other.period), period_end(figure.period)
    return (
        other.mention.sentence == figure.mention.sentence
        and other.mention.start < figure.mention.start  # "… to 27,611 in 2023, then 23,022"
        and (other.measure, other.unit) == (figure.measure, figure.unit)
        and _stock(other.period) == _stock(figure.period)
        and not other.change_of
        and later is not None
        and end is not None
        and later > end
    )


_DIGIT = re.compile(r"\d|[.!?]\s")  # another number, or the end of the sentence
#: After a compared period, its own figure: "than in 2024 (1,178 tonnes", "2023, when 5,412".
_BASE_CLAUSE = re.compile(r"\s*\(|,\s+when\b[^.;:()\d]*")


def _stock(label: str) -> bool:
    """Whether a period label is one day (a stock's)."""
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", label))
