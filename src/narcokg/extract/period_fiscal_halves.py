"""(round 37) A half of a fiscal year: "the first half of fiscal year 2026", "In the first half of
the fiscal year, October through March, …", "the second half of FY2025". It is the year's first
or last six months, not the whole year that the year's name alone would give. A half named with
its year is moved to the country's own fiscal year as a quarter of one is
(:func:`.fiscal_years.national_fiscal_years`); a half named without a year is a half of the
report's own fiscal year (:func:`.fiscal_years.report_quarters`). (round 39) So is a half of a
split year ("the first six months of 2026/27", a heading "First half of 2026/27"): its year ends
in the split's second year, where the calendar half of its first year ("2026-H1") was read
before."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from narcokg.extract import period_semesters
from narcokg.extract.lang.en.patterns import YEAR
from narcokg.extract.period_spans import quarter_of_fiscal_year

#: Six months: a half counts its fiscal year in steps of six months, a quarter in threes.
HALF = 6

#: (rule name, pattern), tried before :data:`.patterns.PERIODS`, whose "fiscal year 2026" would
#: take the whole year. Not a split year ("the first half of the fiscal year 2024-2025"), nor a
#: year named by its end ("the first half of the financial year ending March 2027"): those name
#: their months, which the span rules read. (round 39) A split year named by two digits after
#: its first ("the first six months of 2026/27") is read by the second pattern.
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "fiscal_half",
        r"\b(?:(?:in|during|for|over|throughout)\s+)?(?:the\s+)?(?P<q>first|second)\s+half\s+of\s+"
        r"(?:the\s+)?(?:federal\s+)?(?:(?:fiscal|financial)\s+year|(?:fiscal|financial|FY)"
        rf"(?=\s?{YEAR}))(?:\s?(?P<y>{YEAR}))?\b"
        r"(?![\-/\u2013]?\s*\d|\s+(?:ending|ended|to|through)\b)",
    ),
    (
        "fiscal_half",
        r"\b(?:(?:in|during|for|over|throughout)\s+)?(?:the\s+)?(?P<q>first|second)\s+"
        rf"(?:half|six\s+months)\s+of\s+(?:the\s+)?(?P<s>{YEAR})\s?[/\-\u2013]\s?(?P<e>\d\d)\b"
        r"(?:\s+(?:fiscal|financial)\s+year)?",
    ),
    *period_semesters.PATTERNS,  # (round 51) calendar halves named semesters, read with these
)


def fiscal_half(m: re.Match[str], published: date) -> str:
    """The half of the April-March year its year ends (with no year: the one publication falls
    in) until the country's own fiscal year, or the report's, is known."""
    number, end_year = half_of(m)
    end_year = end_year or published.year + (published.month > 3)
    return quarter_of_fiscal_year(number, end_year, 4, HALF)


def half_of(m: re.Match[str]) -> tuple[int, int]:
    """The half's number and the year its fiscal year ends in (0: the report's own year)."""
    number = 1 if m["q"].lower() == "first" else 2
    if m.groupdict().get("s"):  # a split year, "2026/27": the year ends in its second year
        return number, int(m["s"]) + 1
    return number, int(m["y"]) if m["y"] else 0


RULES: dict[str, Callable[[re.Match[str], date], str]] = {
    "fiscal_half": fiscal_half,
    **period_semesters.RULES,
}
