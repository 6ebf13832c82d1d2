"""(round 29) Years of calendars other than the Gregorian, written as the Gregorian days they
cover (docs/facts.md: a fiscal year that is not April to March is written as its dates): an
Ethiopian fiscal year ("2017 E.C.", "EFY 2017": 8 July 2024 to 7 July 2025), a Nepali fiscal
year ("fiscal year 2081/82": Shrawan 1 to the end of Asar) and an Iranian solar year ("the
Iranian year 1402", "in 1401": Nowruz to the day before the next Nowruz). Read as Gregorian,
"2017 E.C." is the year 2017 and "1401" no period at all."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

_PREP = r"(?:(?:in|during|for|of|throughout|over|at)\s+)?"
_FISCAL = r"(?:fiscal|financial|budget)\s+year"

#: "2017 E.C.", "fiscal year 2017 EFY", "the 2018 E.C. fiscal year", "Ethiopian fiscal year
#: 2018": an Ethiopian year, which government reports count as a fiscal year (Hamle to Sene).
ETHIOPIAN = (
    rf"\b{_PREP}(?:the\s+)?(?:(?:Ethiopian\s+)?{_FISCAL}\s+)?(?P<y>20\d\d)\s*"
    rf"(?:E\.\s?C\.?|EFY\b|E\.F\.Y\.?)(?:\s+{_FISCAL}\b)?"
    rf"|\b{_PREP}(?:the\s+)?(?:EFY\s*|Ethiopian\s+{_FISCAL}\s+)(?P<y2>20\d\d)\b"
)
#: "fiscal year 2081/82", "FY 2080/81", "2081/82 B.S.": a Nepali (Bikram Sambat) fiscal year,
#: whose first year is far past any Gregorian year a report counts.
NEPALI = (
    rf"\b{_PREP}(?:the\s+)?(?:(?:{_FISCAL}|FY)\s*)?(?P<y>20[6-9]\d)\s*[/\-\u2013]\s*(?P<z>\d\d)\b"
    r"(?:\s*B\.?\s?S\.?)?"
)
#: "the Iranian year 1402", "in 1401", "In 1402 alone": a year of the Iranian solar calendar,
#: read only in a report that names that calendar (:func:`readable`).
IRANIAN = (
    rf"\b{_PREP}(?:the\s+)?(?:Iranian|Persian|solar)\s+year\s+(?P<y>1[34]\d\d)\b"
    r"|\b(?:in|during)\s+(?P<y2>1[34]\d\d)(?=\s*[,.;:()]|\s+alone\b|\s*$)"
)

PATTERNS = (("ethiopian_year", ETHIOPIAN), ("nepali_year", NEPALI), ("iranian_year", IRANIAN))

#: Shrawan 1 (the Nepali fiscal year's first day) by Bikram Sambat year; other years: July 16.
_SHRAWAN_FIRST = {
    2075: date(2018, 7, 17),
    2076: date(2019, 7, 17),
    2077: date(2020, 7, 16),
    2078: date(2021, 7, 16),
    2079: date(2022, 7, 17),
    2080: date(2023, 7, 17),
    2081: date(2024, 7, 16),
    2082: date(2025, 7, 17),
}
_SOLAR_TEXT = re.compile(
    r"\b(?:Iranian|Persian|solar(?:\s+hijri)?)\s+(?:calendar\s+)?year\b|\bHijri\s+Shamsi\b", re.I
)


def ethiopian_year(m: re.Match[str], published: date) -> str:
    """Ethiopian fiscal year N: 1 Hamle of N-1 (8 July of Gregorian N+7) to 30 Sene of N."""
    year = int(m["y"] or m["y2"]) + 7
    return f"{year}-07-08/{year + 1}-07-07"


def nepali_year(m: re.Match[str], published: date) -> str:
    """Nepali fiscal year A/B: Shrawan 1 of A to the day before Shrawan 1 of A + 1."""
    first = int(m["y"])
    start, after = _shrawan(first), _shrawan(first + 1)
    return f"{start.isoformat()}/{(after - timedelta(days=1)).isoformat()}"


def iranian_year(m: re.Match[str], published: date) -> str:
    """Iranian solar year N: Nowruz of Gregorian N + 621 to the day before the next Nowruz."""
    year = int(m["y"] or m["y2"]) + 621
    end = _nowruz(year + 1) - timedelta(days=1)
    return f"{_nowruz(year).isoformat()}/{end.isoformat()}"


def readable(text: str, rule: Callable[[re.Match[str], date], str], m: re.Match[str]) -> bool:
    """Whether a match of ``rule`` is a period: a Nepali year names two consecutive years
    ("2081/82", not a range of two figures), an Iranian one is read only in a report that names
    that calendar's year; any other rule's match is."""
    if rule is nepali_year:
        return int(m["z"]) == (int(m["y"]) + 1) % 100
    if rule is iranian_year:
        return bool(_SOLAR_TEXT.search(text))
    return True


def _shrawan(year: int) -> date:
    return _SHRAWAN_FIRST.get(year, date(year - 57, 7, 16))


def _nowruz(year: int) -> date:
    # this century: 20 March in a Gregorian leap year, else 21 March
    return date(year, 3, 20 if calendar.isleap(year) else 21)


RULES = {"ethiopian_year": ethiopian_year, "nepali_year": nepali_year, "iranian_year": iranian_year}
