"""(round 51) A semester is a half-year: translations from Spanish and Portuguese ("primer
semestre", "primeiro semestre") and Philippine English write "the first semester" and "the second
semester" where a report in English would write "the first half". The "half" period pattern reads
only "half", so the figures took the whole year (or the half named before). With a year ("the
first semester of 2025", "of last year") it is that year's half; with none, the latest such half
ended by publication, as a bare "first half" is. Not a school term ("the first semester of
college"): after "of" only a year or "the year" is read."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from narcokg.extract.lang.en.patterns import YEAR

#: (rule name, pattern): "in the first semester", "the second semester of 2025", "the first
#: semester of last year"; no "of" unless a year follows.
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "semester",
        r"\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<h>first|second|1st|2nd)\s+semester\b"
        rf"(?:\s+of\s+(?:the\s+year\b|(?P<y>this\s+year|last\s+year|{YEAR}))|(?!\s+of\b))",
    ),
)


def semester(m: re.Match[str], published: date) -> str:
    """The calendar half the semester names (``2025-H1``)."""
    half = 1 if m["h"].lower() in ("first", "1st") else 2
    named = (m["y"] or "").lower()
    if named.isdigit():
        return f"{named}-H{half}"
    if named:  # "this year", "last year"
        return f"{published.year - (named == 'last year')}-H{half}"
    # no year: the latest such half ended by publication (a second half ends in December)
    return f"{published.year - (half == 2 or published.month <= 6)}-H{half}"


RULES: dict[str, Callable[[re.Match[str], date], str]] = {"semester": semester}
