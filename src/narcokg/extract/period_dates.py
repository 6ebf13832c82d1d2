"""Round 14 (issue 14): the days a period is restated by, in the forms the span patterns miss:
two full dates alone in brackets ("the Iranian year 1402 (21 March 2023 to 19 March 2024)",
"the 2024-25 fiscal year (April 1, 2024, to March 31, 2025)") and dates written with numbers
("in 6 months (from 15/12/2024 to 14/6/2025)", "as of 14/6/2025"). The dates are what the
report counts, whatever calendar or count of months the words before them use."""

from __future__ import annotations

import calendar
import re
from datetime import date

from narcokg.extract.lang.en.patterns import MONTH, MONTH_NAMES, YEAR

_TH = r"(?:st|nd|rd|th)?"
_DAY = rf"\d{{1,2}}{_TH}\s+(?:{MONTH})\s+{YEAR}|(?:{MONTH})\s+\d{{1,2}}{_TH},?\s+{YEAR}"
_TO = r"(?:,?\s+(?:to|until|through|and)\s+|\s*[\-\u2013\u2014]\s*)"
_NUMBER = rf"\d{{1,2}}[/.]\d{{1,2}}[/.]{YEAR}"
#: Two full dates that make up a bracket by themselves.
BRACKETED = rf"(?<=\()(?:from\s+)?(?P<a>{_DAY}){_TO}(?P<b>{_DAY})(?=\s*\))"
#: Two dates written with numbers, after "from" or "between" or alone in brackets.
NUMERIC = (
    rf"(?:\b(?:from|between)\s+|(?<=\())(?P<a>{_NUMBER}){_TO}(?P<b>{_NUMBER})"
    rf"(?:(?<=\d)(?=\s*\))|\b)"
)
#: (round 14) Two days with no year, or "this year" after them ("from January 1 to November 30
#: this year").
_MONTH_DAY = rf"(?:{MONTH})\s+\d{{1,2}}{_TH}|\d{{1,2}}{_TH}\s+(?:{MONTH})"
YEARLESS = (
    rf"\b(?:from|between)\s+(?P<a>{_MONTH_DAY}){_TO}(?P<b>{_MONTH_DAY})"
    rf"(?:,?\s+(?P<w>this|last)\s+year)?\b(?!,?\s+{YEAR})"
)
#: One date written with numbers: a day, never a year ("As of 14/6/2025").
NUMERIC_DAY = rf"\b{_NUMBER}\b"
#: (round 14) "Today there are 17 clinics", "from 22 in 2021 to 31 today": the publication day.
#: Not the day of the announcement itself ("today announced", "said today", "tabled today"):
#: no past verb right before or after it.
_ANNOUNCE = r"(?:\w+ed|said|says|told)"
TODAY = rf"(?<!said\s)(?<!says\s)(?<!told\s)(?<!ed\s)\btoday\b(?!\s+{_ANNOUNCE}\b)"
#: (round 16) A campaign around the "6.26" International Anti-Drug Day (June 26) is of that June:
#: "Around the '6.26' International Anti-Drug Day", "In the '6.26' … Day publicity month", "the
#: 6.26 … Day period"; not a press conference held on the day ("on the '6.26' … Day").
_QUOTE = "[\"'\u201c\u201d\u2018\u2019]?"
#: (round 20) also the date alone, or with "day" alone: 'Around "6.26", the city organized …',
#: 'Around the "6.26" day', 'During the "6.26" publicity month'.
_ANTI_DRUG_DAY = rf"{_QUOTE}6[.\u00b7]26{_QUOTE}(?:\s+(?:International\s+Anti-drug\s+)?Day\b)?"
JUNE_CAMPAIGN = (
    rf"\baround\s+(?:the\s+)?{_ANTI_DRUG_DAY}"
    rf"|{_ANTI_DRUG_DAY}\s+(?:publicity\s+month|period)\b"
)
PATTERNS: tuple[tuple[str, str], ...] = (
    ("june_campaign", JUNE_CAMPAIGN),
    ("bracketed_days", BRACKETED),
    ("numeric_days", NUMERIC),
    ("yearless_days", YEARLESS),
    ("numeric_day", NUMERIC_DAY),
    ("today", TODAY),
)
#: Spans the single dates of :data:`.patterns.DATE` must leave to these patterns.
BRACKETED_SPAN = re.compile(BRACKETED, re.I)


def bracketed_days(m: re.Match[str], published: date) -> str:
    return f"{_worded(m['a'])}/{_worded(m['b'])}"


def numeric_days(m: re.Match[str], published: date) -> str:
    """Day first, as most of the world writes dates, unless a date can only be month first
    ("3/20/2025")."""
    first, last = _parts(m["a"]), _parts(m["b"])
    month_first = any(p[1] > 12 for p in (first, last)) and all(p[0] <= 12 for p in (first, last))
    days = [(y, a, b) if month_first else (y, b, a) for a, b, y in (first, last)]
    return "/".join(_iso(*d) for d in days)


def _iso(year: int, month: int, day: int) -> str:
    """A day as ISO, a day past its month's end taken as the month's last ("31/6")."""
    month = min(max(month, 1), 12)
    return date(year, month, min(max(day, 1), calendar.monthrange(year, month)[1])).isoformat()


def yearless_days(m: re.Match[str], published: date) -> str:
    """Two days of the year "this year" or "last year" names, else of the latest such span
    begun by publication (as "from 7 to 20 October" is read)."""
    (first, day), (last, day2) = _month_day(m["a"]), _month_day(m["b"])
    if m["w"]:
        year = published.year - (m["w"].lower() == "last")
    else:
        year = published.year - ((first, day) > (published.month, published.day))
    end_year = year + ((first, day) > (last, day2))
    return f"{_iso(year, first, day)}/{_iso(end_year, last, day2)}"


def _month_day(text: str) -> tuple[int, int]:
    month = next(n for name, n in MONTH_NAMES.items() if re.search(name, text, re.I))
    day = re.search(r"\d{1,2}", text)
    assert day is not None  # a _MONTH_DAY match holds a day
    return month, int(day.group())


def numeric_day(m: re.Match[str], published: date) -> str:
    """One day written with numbers, read as :func:`numeric_days` reads two."""
    a, b, year = _parts(m.group())
    return _iso(year, a, b) if b > 12 >= a else _iso(year, b, a)


def june_campaign(m: re.Match[str], published: date) -> str:
    """The latest June by publication, as "in June" with no year."""
    return f"{published.year - (published.month < 6)}-06"


def today(m: re.Match[str], published: date) -> str:
    return published.isoformat()


def _parts(text: str) -> tuple[int, int, int]:
    a, b, y = (int(n) for n in re.split(r"[/.]", text))
    return a, b, y


def _worded(text: str) -> str:
    month = next(n for name, n in MONTH_NAMES.items() if re.search(name, text, re.I))
    year = re.search(YEAR, text)
    assert year is not None  # a _DAY match holds a year
    day = re.search(r"\d{1,2}", text[: year.start()] + text[year.end() :])
    assert day is not None
    return _iso(int(year.group()), month, int(day.group()))


#: Rules of single days: no period of the figures around them where an announcement names them.
DAYS = (numeric_day, today)


def day_label(text: str) -> str:
    """A full date ("31 March 2023", "March 31, 2023") as a period label ("2023-03-31");
    (round 37) moved here from :mod:`.periods`, which had reached its size limit."""
    month = next(n for name, n in MONTH_NAMES.items() if name in text.lower())
    year = re.search(YEAR, text)
    day = re.search(r"\b\d{1,2}\b", re.sub(YEAR, "", text))
    assert year is not None and day is not None  # a DATE match has both
    return f"{year.group()}-{month:02d}-{int(day.group()):02d}"
