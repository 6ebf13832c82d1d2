"""(round 31) Months abbreviated before a day, as US press releases write dates ("ATLANTA,
Feb. 24, 2026 -", "from Oct. 1, 2025, to Sept. 30, 2026", "as of Dec. 31, 2025"): read as the
month they stand for, so that such a date is a day (a dateline's, a stock's, a span's end), not
a bare year."""

from __future__ import annotations

#: An abbreviated month with its full stop, only right before a day ("Oct. 1"): the English
#: month patterns accept it wherever a full month name stands before a day.
ABBREVIATED = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?=\s*\d)"

#: The month number of each abbreviation as matched (lower case, with its full stop).
ABBREVIATIONS = {
    "jan.": 1,
    "feb.": 2,
    "mar.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
}
