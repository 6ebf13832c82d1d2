"""(round 45) A sentence that opens with a bare month as its subject or its setting counts that
month, not the half or fiscal half the report covers.

"February alone accounted for 480,000 of the pills and for 61 arrests", "March alone accounted
for a large share of the half: agents seized 286,000 pills ...", "March was the division's
busiest month of the half. In that month, agents seized 96,300 pills ...", and a machine
translation's "April, city police at the toll station seized methamphetamine 860 kilograms" or
"4 month, county police cracked ...": the period rules read a month only after a preposition
("In March alone"), so these figures took the report's half (the keys of dea-mia sambar138,
dea-hou banteng134, dea-stl puku140, qianxinan puku140 and dalipsb-yn bushbuck141 give the
month). Only a figure whose drafted period is longer than a month and holds the whole month is
moved, to that month of the year the period holds it in; a later sentence of the same paragraph
that says "in that month" takes the month too.
"""

from __future__ import annotations

import calendar
import re

from narcokg.errors import FactError
from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.text import Sentence
from narcokg.model.periods import Period, parse_period

_MONTHS = tuple(name for name in calendar.month_name if name)  # "January" ... "December"
#: "February alone accounted for", "March was the busiest month", "April, city police ...",
#: a translation's "4 month, county police ..."; never "March 2026," or "March 5,"
_OPENING_MONTH = re.compile(
    rf"\s*(?:(?P<name>{'|'.join(_MONTHS)})(?:\s+alone\b|\s+was\b|\s*,)"
    r"|(?P<number>1[0-2]|[1-9])\s+month\s*,)"
)
_THAT_MONTH = re.compile(r"\bin\s+that\s+month\b", re.I)


def opening_months(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each figure of a sentence a bare month opens its month (see the module)."""
    months = _sentence_months(context.sentences)
    for fact in found:
        month = months.get(fact.mention.sentence)
        if month is not None:
            label = _month_within(fact.period, month)
            if label is not None:
                fact.period = label
                fact.review = [n for n in fact.review if not n.startswith("period")]


def _sentence_months(sentences: list[Sentence]) -> dict[int, int]:
    """The month each sentence counts, by sentence index: one it opens with, or the month of an
    earlier sentence of its paragraph when it says "in that month"."""
    months: dict[int, int] = {}
    last: tuple[int, int] | None = None  # (paragraph, month)
    for sentence in sentences:
        opened = _opening_month(sentence.text)
        if opened is not None:
            months[sentence.index] = opened
            last = (sentence.paragraph, opened)
        elif last and last[0] == sentence.paragraph and _THAT_MONTH.search(sentence.text):
            months[sentence.index] = last[1]
    return months


def _opening_month(sentence: str) -> int | None:
    match = _OPENING_MONTH.match(sentence)
    if match is None:
        return None
    if match["name"]:
        return _MONTHS.index(match["name"]) + 1
    return int(match["number"])


def _month_within(label: str, month: int) -> str | None:
    """``month`` of the year ``label`` holds it in, when ``label`` is a longer period holding
    the whole month once; otherwise None."""
    try:
        period = parse_period(label)
    except FactError:
        return None
    if (period.end - period.start).days < 40:
        return None
    years = [y for y in range(period.start.year, period.end.year + 1) if _holds(period, y, month)]
    return f"{years[0]}-{month:02d}" if len(years) == 1 else None


def _holds(period: Period, year: int, month: int) -> bool:
    first = parse_period(f"{year}-{month:02d}")
    return period.start <= first.start and first.end <= period.end
