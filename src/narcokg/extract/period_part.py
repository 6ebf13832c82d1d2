"""Round 14 (issue 14): a part-year report's "this year". A release whose headline or lead names
a part of the current year already over ("January to September 2025", "the first eleven
months of 2025", "the first half of 2025") counts "this year", "since the beginning of the year"
and "so far this year" to the end of that part: its figures are the part's, not the whole
year's, nor running to the day of publication (docs/facts.md "The report's own period"). "The
same period last year" after such words is then that part a year back (:mod:`.period_same`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from narcokg.extract.period_kinds import PeriodMention

#: Words that count the current year without naming its part.
_THIS_YEAR = re.compile(
    r"(?:(?:so\s+far\s+)?(?:in\s+|during\s+|for\s+|of\s+)?(?:this|the\s+current)\s+year"
    r"|(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)"
    r"|(?:the\s+)?year[- ]to[- ]date)",
    re.I,
)
#: A part of one year from its first day: a span from January 1st, a first half or quarter.
_PART = re.compile(r"(?P<y>\d{4})(?:-01-01/(?P=y)-\d\d-\d\d|-H1|-Q1)")
#: The lead: the headline and the paragraphs that open the text.
_LEAD_PARAGRAPHS = 4


def part_year(text: str, found: list[PeriodMention], published: date) -> list[PeriodMention]:
    """``found`` with each mention of the current year (or of the year to publication) that
    words like "this year" name replaced by the part of that year the lead names."""
    part = _lead_part(text, found, published)
    if part is None:
        return found
    year = part[:4]
    to_date = f"{year}-01-01/{published.isoformat()}"
    return [
        replace(p, label=part)
        if p.label in (year, to_date)
        and not p.comparison
        and _THIS_YEAR.fullmatch(text[p.start : p.end].strip())
        else p
        for p in found
    ]


def _lead_part(text: str, found: list[PeriodMention], published: date) -> str | None:
    """The first part of the publication's year the lead names that had ended by publication."""
    lead_end = _lead_end(text)
    for p in found:
        if p.start >= lead_end:
            break
        if p.comparison or p.running or not _PART.fullmatch(p.label):
            continue
        if int(p.label[:4]) == published.year and _last_day(p.label) < published:
            return p.label
    return None


def _lead_end(text: str) -> int:
    paragraphs = [m.end() for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)]
    return paragraphs[min(_LEAD_PARAGRAPHS, len(paragraphs)) - 1] if paragraphs else 0


def _last_day(label: str) -> date:
    year = int(label[:4])
    if label.endswith("-H1"):
        return date(year, 6, 30)
    if label.endswith("-Q1"):
        return date(year, 3, 31)
    return date.fromisoformat(label[-10:])
