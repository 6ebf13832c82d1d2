"""(round 39) A part of a group counted before it has the group's period, not the year around it.

"On December 31, 2031, the jail held 240 inmates. Of those, 81 were held on drug charges" and
"The jail's population stood at 64 on December 31, and 22 of those inmates …": the part stands on
the whole's day, whatever measure it is drafted as (a flow would fall back to the year).
"Fentanyl was involved in 402 of the 2032 deaths" after "612 overdose deaths from January
through June 2032": the year names the set counted before, whose own period is shorter.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from narcokg.errors import FactError
from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.lang.en import patterns as en
from narcokg.model.periods import parse_period

#: "81 of those", "22 of them", "87 of whom", "Of those, 81", "Of them 81".
_AFTER = re.compile(r"[\d.,]+\s+of\s+(?:those|them|these|whom)\b", re.I)
_BEFORE = re.compile(r"\b(?:of|among)\s+(?:those|them|these),?\s*$", re.I)
#: "402 of the 2032 deaths": a year naming the group the figure is a part of.
_OF_YEAR = re.compile(r"[\d.,]+\s+of\s+the\s+(?:provisional\s+)?(?P<y>(?:19|20)\d\d)\s+[a-z]", re.I)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def group_parts(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give a part of a group dated at a day that day, and a part "of the <year> …" the
    shorter period its group was counted over."""
    for previous, fact in itertools.pairwise(found):
        if _near(context, previous, fact) and _day_part(context, previous, fact):
            fact.period = previous.period
    for index, fact in enumerate(found):
        year = _OF_YEAR.match(context.text, fact.mention.start)
        if year is None or fact.period != year["y"]:
            continue
        wholes = [f for f in found[:index] if _near(context, f, fact, clear=False)]
        inside = [f for f in wholes if _inside(f.period, int(year["y"]))]
        if inside:
            fact.period = inside[-1].period


def _near(
    context: DraftContext, whole: DraftMeasurement, part: DraftMeasurement, *, clear: bool = True
) -> bool:
    """The whole is in the part's sentence or the one before, in the same paragraph, and (with
    ``clear``) no period is named between them."""
    first, second = whole.mention.sentence, part.mention.sentence
    sentences = context.sentences
    if not 0 <= second - first <= 1 or sentences[first].paragraph != sentences[second].paragraph:
        return False
    between = (whole.mention.end, part.mention.start)
    return not clear or not any(
        between[0] <= p.start < between[1] and p.label != whole.period for p in context.periods
    )  # the whole's own day may follow it ("stood at 64 on December 31, and 22 of those …")


def _day_part(context: DraftContext, whole: DraftMeasurement, part: DraftMeasurement) -> bool:
    """``part`` is "N of those|them" or "Of those, N" after a whole dated at a day that falls in
    the part's own (longer) period."""
    text, start = context.text, part.mention.start
    if not _DAY.fullmatch(whole.period) or part.period == whole.period:
        return False
    if not (_AFTER.match(text, start) or _BEFORE.search(text, max(0, start - 20), start)):
        return False
    sentence = context.sentences[part.mention.sentence]
    if en.REPORT_SPAN.search(text, sentence.start, start):
        return False  # "During the year, 1,150 of them were dismantled": a flow over the span
    try:
        span = parse_period(part.period)
    except FactError:
        return False
    return span.start <= date.fromisoformat(whole.period) <= span.end


def _inside(label: str, year: int) -> bool:
    """A flow shorter than the calendar ``year`` and inside it."""
    try:
        span = parse_period(label)
    except FactError:
        return False
    whole = (date(year, 1, 1), date(year, 12, 31))
    return (
        span.kind == "flow"
        and whole[0] <= span.start
        and span.end <= whole[1]
        and ((span.start, span.end) != whole)
    )
