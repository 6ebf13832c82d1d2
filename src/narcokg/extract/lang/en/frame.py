"""English patterns of round 10 (issue 14: the report's frame): an operation's stated days,
quarters of a fiscal year, a day a translation names ("on the 14th"), a weekday, and the report's
own span named without a date. :mod:`.patterns` puts them in its ordered ``PERIODS``."""

from __future__ import annotations

import calendar
import re

from narcokg.extract.lang.en.month_abbreviations import ABBREVIATED

MONTH = "|".join([*(name.lower() for name in calendar.month_name if name), ABBREVIATED])
YEAR = r"(?:19|20)\d\d"

#: Two days of one month: "from 7 to 20 October 2024", "between 3 and 16 March",
#: "7-20 October 2024", "October 7-20, 2024" (an operation's stated dates).
ONE_MONTH = (
    rf"(?:(?:from|between)\s+(?P<od>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|and|until|through)\s+"
    rf"|(?P<od2>\d{{1,2}})\s*[\-\u2013]\s*)(?P<oe>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<om>{MONTH})"
    rf"(?:,?\s+(?P<oy>{YEAR}))?\b"
    rf"|(?P<om2>{MONTH})\s+(?P<od3>\d{{1,2}})\s*(?:[\-\u2013]|\s+to\s+)\s*(?P<oe2>\d{{1,2}}),?\s+"
    rf"(?P<oy2>{YEAR})\b"
)
#: A span of days also after "the period (of)" or alone with a dash ("1 March -
#: 30 April 2025").
SPAN_OPENS = (
    r"\b(?:from|between)\s+|\bperiod\s+(?:of\s+)?(?=\d|[A-Z][a-z]+\s+\d)"
    r"|\b(?=\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s*[\-\u2013\u2014]\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    # (round 21) month first: "the reporting period April 1 through September 30, 2026",
    # "April 1, 2026 - September 30, 2026" (a semiannual report's half-year)
    r"|\b(?=[A-Z][a-z]+\s+\d{1,2},?(?:\s+\d{4},?)?\s*[\-\u2013\u2014]\s*[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})"
    # (round 25) two full dates, each with its year: "covering October 1, 2025, through March
    # 31, 2026", "the financial year 1 April 2023 to 31 March 2024"
    r"|\b(?=(?:[A-Z][a-z]+\s+\d{1,2},|\d{1,2}\s+[A-Z][a-z]+)\s+\d{4},?\s+(?:to|through|until)\s+"
    r"(?:[A-Z][a-z]+\s+\d{1,2},|\d{1,2}\s+[A-Z][a-z]+)\s+\d{4})"
)
#: Entries of :data:`.patterns.PERIODS` tried right after the span of days.
QUARTER_PERIODS: tuple[tuple[str, str], ...] = (
    # "the six weeks ending 15 March 2025", "the 10 days to 20 October 2024": days back from a day
    (
        "weeks_to",
        r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]"
        r"(?P<u>weeks?|days?)\s+(?:ending|ended|to|through|until)\s+(?:on\s+)?(?:(?P<d>\d{1,2})"
        rf"\s+(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?)\s+(?P<y>{YEAR})\b",
    ),
    # "the half-year ending 30 June 2025": the six months to that month
    (
        "half_year_to",
        r"\bhalf[- ]year\s+(?:ending|ended|to)\s+(?:\d{1,2}\s+)?"
        rf"(?P<m>{MONTH})(?:\s+\d{{1,2}},?)?\s+(?P<y>{YEAR})\b",
    ),
    # "the first quarter of the fiscal year" with no year: a quarter of the report's
    # own fiscal year (resolved by :func:`..fiscal_years.report_quarters`)
    (
        "report_quarter",
        r"\b(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd"
        r"|4th)\s+quarter|Q(?P<n>[1-4]))\s+of\s+(?:the|this)\s+(?:fiscal|financial)\s+year\b"
        r"(?!\s*\d)",
    ),
    # (round 20) "the final quarter of 2025", "the last quarter of the year", "the last three
    # months of the year": the fourth quarter (of the year named, else the latest ended)
    (
        "quarter",
        r"\b(?:in\s+|during\s+|for\s+)?the\s+(?P<q>last|final)\s+(?:quarter|three\s+months)"
        rf"(?=\s+of\s+(?:the\s+year\b|{YEAR}\b))(?:\s+of\s+(?P<y>{YEAR}))?"
        r"(?P<y2>(?!))?(?P<n>(?!))?(?P<y3>(?!))?",
    ),
    # (round 11) "third-quarter crime statistics for 2024/25": a quarter of a split year named
    # as an adjective a few words before the year
    (
        "fiscal_quarter",
        r"\b(?P<q>first|second|third|fourth)-quarter\s+(?:[A-Za-z-]+\s+){0,3}(?:of|for)\s+"
        rf"(?:the\s+)?(?P<y>{YEAR})\s*[/\-\u2013]\s*(?P<z>(?:19|20)?\d\d)\b",
    ),
    # "the first quarter of fiscal year 2024", "Q2 of FY2025", "the third quarter of
    # fiscal 2024": a quarter of a fiscal year named by the year it ends in (April to March
    # here; moved to the country's own year by :mod:`..fiscal_years`)
    (
        "fiscal_quarter_named",
        r"\b(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd"
        r"|3rd|4th)\s+quarter|Q(?P<n>[1-4]))\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+"
        rf"(?:year\s+)?|FY\s?)(?P<y>{YEAR})\b(?![-/]\d)",
    ),
)
#: Entries of :data:`.patterns.PERIODS` tried right after a day ("on 9 May").
DAY_PERIODS: tuple[tuple[str, str], ...] = (
    # "on the 14th" (translations from Korean or Chinese): that day of the month of
    # publication, or of the month before when it is later than publication's day
    (
        "month_day",
        rf"\bon\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MONTH}"
        r"|anniversary|day|time|floor|century|minute))",
    ),
    # "offloaded … Tuesday at Port Everglades", "On Monday, officers seized …": the
    # latest such weekday by publication (not a date's weekday: "Monday, 3 June")
    (
        "weekday",
        r"\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        rf"(?!['\u2019]s|,?\s*(?:{MONTH}|\d|the\s+\d))",
    ),
)
#: A definite reference to the report's own span, with no date of its own: "In the
#: fiscal year, 33,815 patients …", "during the operation", "over the twelve weeks" (not "the
#: same period", "the year before", "the year to June 2024", "the period of 2023"); (round 19)
#: "over the course of the operation", "in the project".
REPORT_SPAN = re.compile(
    r"\b(?:in|during|over|throughout|for)\s+the\s+(?:whole\s+|entire\s+)?(?:course\s+of\s+the\s+)?"
    r"(?:(?:financial|fiscal|reporting|review)\s+year|year|(?:reporting\s+)?period"
    r"|operation|project|investigation"
    r"|(?:special\s+)?(?:action|campaign)(?!\s+plan)"
    r"|(?:three|six|nine|twelve|\d{1,2})\s+(?:months|weeks|days))\b"
    r"(?!\s+(?:to|ending|ended|before|earlier|prior|after|of|in)\b)(?!\s*\d)",
    re.I,
)
#: (round 23) How many months "the same nine months" counts.
_MONTH_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
#: (round 11) The same part of an earlier year, named before or after its figure: "the same
#: quarter of the previous financial year", "the same period of 2024", "the corresponding months
#: a year earlier" (not a split year, "the same quarter of 2023/24", which names its own year).
SAME_EARLIER = re.compile(
    r"\b(?:in\s+|during\s+|over\s+|for\s+)?the\s+(?:same|corresponding)\s+"
    rf"(?:{_MONTH_COUNT}\s+(?=months))?"  # (round 23) "the same nine months of 2025"
    r"(?P<unit>quarter|period|months?|half|weeks|time)\s+"
    rf"(?:(?:of|in)\s+(?P<y>{YEAR})\b(?!\s*[/\-\u2013]\s*\d)"
    r"|(?:of|in)\s+(?:the\s+)?(?:previous|preceding|prior|last)\s+"
    r"(?:(?:financial|fiscal|reporting)\s+)?year\b"
    r"|(?:a|one)\s+year\s+(?:earlier|before|ago)\b|last\s+year\b)"
    # (round 23) a translation's "Last year same period, the city cracked 625 cases"
    r"|\blast\s+year(?:'s)?\s+(?:the\s+)?same\s+(?:period|time)\b",
    re.I,
)
