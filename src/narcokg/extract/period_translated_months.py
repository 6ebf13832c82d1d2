"""(round 50) Months and days a machine translation names with no preposition, which the period
rules (they read "in March", "On 26 June") leave to the report's year.

A span of months heading a campaign's clause: "from 5 month to 9 month, whole city public
security organs unfold ... special action", "2025 year 5 month to 8 month, whole prefecture carry
out ...", ""6.26" special campaign aspect, 5 month 20 day to 6 month 30 day, ...": the figures
after it in its sentence, and those of a later sentence of its paragraph that opens with the
campaign's "period" ("Action period crack drug criminal cases 136 pieces"), count those months
(keys of xiangtan reedbuck159, nujiang bharal142, bijie wisent144). A typical case opened by its
year and month ("Typical case: 2026 year March, ...", "This year May, ...", "2025 year 3 month,
...") counts that month (zunyi indri96, jiaxing tuatara114, nujiang). A sentence opened by a bare
day ("26 June, city in ... hold centralized destroy drug ceremony", "6 month 26 day, ...") counts
that day (dalipsb-yn bushbuck141, fangchenggang gemsbok143, bijie). Only a figure whose drafted
period is longer and holds the whole span, month or day once is moved.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from narcokg.errors import FactError
from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.period_spans import month_span
from narcokg.extract.text import Sentence
from narcokg.model.periods import parse_period

_NAMES = "|".join(name for name in calendar.month_name if name)
_MONTH = r"(?:1[0-2]|[1-9])\s*month"
_DAY = r"(?:[12]\d|3[01]|[1-9])\s*day"
#: "from 5 month to 9 month,", "2025 year 5 month to 8 month,", "5 month 20 day to 6 month 30
#: day,": at the sentence's start or after its lead clause ("... special action aspect,")
_SPAN = re.compile(
    rf"(?:^|,\s*)(?:from\s+)?(?:(?P<y>(?:19|20)\d\d)\s*year\s+)?(?P<m1>{_MONTH})(?:\s+(?P<d1>{_DAY}))?"
    rf"\s+(?:to|until|till|through)\s+(?P<m2>{_MONTH})(?:\s+(?P<d2>{_DAY}))?\s*,",
    re.I,
)
#: "Action period crack ...", "Campaign period whole city ...", "Period ...": the span's again
_PERIOD_AGAIN = re.compile(r"(?:[A-Za-z-]+\s+)?period\b", re.I)
#: "Typical case: 2026 year March,", "This year May,", "2025 year 3 month,"
_YEAR_MONTH = re.compile(
    rf"(?:typical\s+case(?:\s+\w+)?\s*[:.,]\s*)?(?:(?P<y>(?:19|20)\d\d)\s*year|(?P<this>this\s+year))"
    rf"\s+(?:(?P<n>{_MONTH})|(?P<name>{_NAMES}))\s*,",
    re.I,
)
#: "26 June, city in ... hold ...", "6 month 26 day, ..."; never "On 26 June," (read already)
_DAY_OPENS = re.compile(
    rf"(?:(?P<d>[12]\d|3[01]|[1-9])\s+(?P<name>{_NAMES})|(?P<n>{_MONTH})\s+(?P<d2>{_DAY}))\s*,",
    re.I,
)


def translated_months(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each figure the span, month or day its translated sentence opens with (see the
    module)."""
    readings = _readings(context.sentences, context.published)
    for fact in found:
        reading = readings.get(fact.mention.sentence)
        if reading is None or fact.mention.start < reading[0]:
            continue
        label = _within(fact.period, reading[1], reading[2])
        if label is not None:
            fact.period = label
            fact.review = [n for n in fact.review if not n.startswith("period")]


class _Label:
    """A span, month or day named without its year: its label in a given year."""

    def __init__(self, first: tuple[int, int], last: tuple[int, int | None]) -> None:
        self.first, self.last = first, last

    def of(self, year: int) -> str:
        (m1, d1), (m2, d2) = self.first, self.last
        if (m1, d1) == (m2, d2):
            return f"{year}-{m1:02d}-{d1:02d}"  # one day
        if d1 == 1 and d2 is None:
            return month_span(year, m1, year, m2) if m1 != m2 else f"{year}-{m1:02d}"
        end = d2 or calendar.monthrange(year, m2)[1]
        return f"{year}-{m1:02d}-{d1:02d}/{year}-{m2:02d}-{end:02d}"


#: per sentence index: where the figures it governs begin, the year it names (None: the one
#: year the drafted period holds it in) and what it names
_Reading = tuple[int, int | None, _Label]


def _readings(sentences: list[Sentence], published: date) -> dict[int, _Reading]:
    """What each sentence's opening names, by sentence index; a span carries over to later
    sentences of its paragraph that open with "period"."""
    out: dict[int, _Reading] = {}
    last: tuple[int, int | None, _Label] | None = None  # (paragraph, year, label)
    for s in sentences:
        if span := _SPAN.search(s.text):
            first = (_number(span["m1"]), _number(span["d1"]) if span["d1"] else 1)
            label = _Label(
                first, (_number(span["m2"]), _number(span["d2"]) if span["d2"] else None)
            )
            year = int(span["y"]) if span["y"] else None
            out[s.index] = (s.start + span.end(), year, label)
            last = (s.paragraph, year, label)
        elif last and last[0] == s.paragraph and _PERIOD_AGAIN.match(s.text):
            out[s.index] = (s.start, last[1], last[2])
        elif opened := _YEAR_MONTH.match(s.text):
            month = _number(opened["n"]) if opened["n"] else _month(opened["name"])
            year = published.year if opened["this"] else int(opened["y"])
            out[s.index] = (s.start, year, _Label((month, 1), (month, None)))
        elif day := _DAY_OPENS.match(s.text):
            month = _number(day["n"]) if day["n"] else _month(day["name"])
            number = int(day["d"]) if day["d"] else _number(day["d2"])
            out[s.index] = (s.start, None, _Label((month, number), (month, number)))
    return out


def _number(text: str) -> int:
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


def _month(name: str) -> int:
    return [n.lower() for n in calendar.month_name].index(name.lower())


def _within(label: str, year: int | None, named: _Label) -> str | None:
    """The reading's label in the one year the drafted period holds it whole (``year``: only
    that one), when the drafted period is longer; otherwise None."""
    try:
        period = parse_period(label)
    except FactError:
        return None
    years = [year] if year is not None else range(period.start.year, period.end.year + 1)
    fits = []
    for y in years:
        try:
            inner = parse_period(named.of(y))
        except (FactError, ValueError):
            continue
        longer = (period.end - period.start) > (inner.end - inner.start)
        if longer and period.start <= inner.start and inner.end <= period.end:
            fits.append(named.of(y))
    return fits[0] if len(fits) == 1 else None
