"""(round 13) A figure's own period, where the period the text names nearest is not its own:
a statute's year ("the … Act of 1996", "Act No. 19 of 2010", "Decree 309 of 1990") names no
period; a year not over at publication, in a report that counts part of it ("from January to
November"), is that part."""

from __future__ import annotations

import re
from datetime import date

#: A statute's name before its year, with its number ("Act No. 19 of", "Law 11,343 of",
#: "Presidential Decree 309 of"); capitalised: a name, not "the law of 2010".
_STATUTE = re.compile(
    r"\b(?:Act|Ordinance|Law|Code|Decree|Regulations?|Proclamation)"
    r"(?:\s+(?:No\.?\s*)?\d[\d,]*)?,?\s+(?:of\s+)?$"
)


def statute_year(text: str, start: int, end: int) -> bool:
    """The year of ``text[start:end]`` dates a statute, not a figure."""
    year = re.search(r"\d{4}", text[start:end])
    if year is None:
        return False
    at = start + year.start()
    return bool(_STATUTE.search(text[max(0, at - 40) : at]))


_SPAN = re.compile(r"(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)")


def year_to_date(period: str, default: str, published: date) -> str:
    """A figure of the publication year (not over yet) in a report whose own period is a part of
    that year, up to a day before publication, is of that part: "this year" in a report of
    January to November (docs/facts.md: a figure's period is what it counts)."""
    span = _SPAN.fullmatch(default)
    if period != str(published.year) or span is None:
        return period
    start = date(int(span[1]), int(span[2]), int(span[3]))
    end = date(int(span[4]), int(span[5]), int(span[6]))
    # part of a year: not a rolling twelve months ending this year
    if end.year != published.year or end >= published or (end - start).days > 350:
        return period
    return default
