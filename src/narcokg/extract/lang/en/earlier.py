"""English words that put a figure in an earlier period or the one named before: "the year
before", "five years earlier", "in the same period of 2023", "(9,696)" after "the previous 12
months", "in the previous quarter", "during those six months", "that month". Moved out of
:mod:`.patterns` (round 9), which re-exports them."""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d\d"  # as patterns.YEAR (which imports this module)
#: (round 23) How many months "the corresponding nine months" counts.
_MONTH_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"

#: "6 the year before", "69% the previous year": the figure is the year before's.
PREVIOUS_YEAR = re.compile(
    r"\s*(?:in\s+|for\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+(?:(?:fiscal|financial)\s+)?year"
    r"|\s*(?:in\s+|for\s+|over\s+)?the\s+(?:previous|prior|preceding)\s+(?:12|twelve)\s+months"
    r"|\s*the\s+year\s+before"
    r"|\s*(?:a|one)\s+year\s+(?:earlier|before)"
    # (round 9) "15,980 twelve months earlier": the same date or span a year back
    r"|\s*(?:12|twelve)\s+months\s+(?:earlier|before)",
    re.IGNORECASE,
)
#: "52 five years earlier", "1,200 three years ago": the figure is that many years before.
YEARS_EARLIER = re.compile(
    r"\s*(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years|(?P<n2>a\s+decade))"
    r"\s+(?:earlier|before|ago)\b",
    re.IGNORECASE,
)
#: After a figure: "171 in the same period of 2023", "in the same months last year": the period of
#: its sentence, moved to that year.
SAME_PERIOD = re.compile(
    rf"\s+(?:in\s+|during\s+|over\s+)?the\s+(?:same|corresponding)\s+"
    # (round 23) "against 1,021 in the corresponding nine months of 2025"
    rf"(?:(?:{_MONTH_COUNT})\s+(?=months))?(?:period|months?|quarter|weeks?|time)\s+"
    rf"(?:(?:of|in)\s+(?P<y>{_YEAR})|last\s+year|(?:a|one)\s+year\s+(?:earlier|before|ago)"
    rf"|of\s+(?:the\s+)?(?:previous|last|prior)\s+(?:(?:financial|fiscal)\s+)?year)",
    re.I,
)
#: The year before, after the figure's own words: "the 15,267 offences recorded in the previous
#: year", "1,480 arrests a year earlier" (no comma, other figure or year between).
PREVIOUS_AFTER_NOUN = re.compile(
    r"[^,;.\d]{0,40}?\s(?:(?:in|during|for|over)\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:(?:fiscal|financial|reporting)\s+)?(?:year|period|12\s+months|twelve\s+months)"
    r"|(?:a|one)\s+year\s+(?:earlier|before))\b",
    re.I,
)
#: A clause that opens on the year before its context ("In the previous year the agency
#: reported 20 tonnes", "The year before, …"): its figures are of that year.
PREVIOUS_YEAR_BEFORE = re.compile(
    r"(?:^|[,;]\s+)(?:in|during|for|over)\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?:year|12\s+months|twelve\s+months)\b[^,;]*$"
    r"|(?:^|[,;]\s+)(?:a|one|the)\s+year\s+(?:earlier|before)\s*,[^,;]*$"
    # (round 9) "In the same period a year earlier, they seized 380 kilograms"
    r"|(?:^|[,;]\s+)(?:in|during|over)\s+the\s+same\s+(?:period|months?|quarter|weeks?)\s+"
    r"(?:(?:a|one)\s+year\s+(?:earlier|before)|(?:of\s+)?last\s+year)\s*,[^,;]*$",
    re.I,
)
#: (round 9) A figure in parentheses right after the earlier period it is for: "a fall of 6% on
#: the previous 12 months (9,696)", "up on the year before (412)".
PREVIOUS_BEFORE_PAREN = re.compile(
    r"\b(?:(?:previous|prior|preceding)\s+(?:(?:fiscal|financial|calendar)\s+)?(?:year|12\s+months"
    r"|twelve\s+months)|the\s+year\s+before)\s*\(\s*$",
    re.I,
)
#: "In the previous quarter, officers had seized …", "… the month before": the quarter, month or
#: half before the period of its context.
PREVIOUS_PART = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+(?:previous|prior|preceding)\s+(?P<u>quarter|month|half)\b"
    r"|\bthe\s+(?P<u2>quarter|month)\s+before\b",
    re.I,
)
#: A period that refers back to the last one named: "during those six months", "in the same
#: period" (not "the same period of 2022", a comparison).
SAME_AS_BEFORE = re.compile(
    # (round 23) "In the same time, the customs seized …": a translation's "the same period"
    r"\b(?:in|during|over|for)\s+(?:those|these|that|the\s+same)\s+(?:(?:\w+\s+)?months|period"
    r"|weeks|quarter|time)\b(?!\s+(?:of|in|last|a\s+year|the\s+previous)\b)"
    # "seized 9.2 kilograms during the year": the year just discussed (not "the year to June",
    # "the year before")
    # "… during the quarter": the last quarter named
    r"|\b(?:during|over|throughout|in)\s+the\s+(?P<quarter>quarter)\b(?!\s+(?:to|ending|ended|of|before))"
    r"|\b(?:during|over|throughout)\s+the\s+(?P<year>year|(?:12|twelve)\s+months)\b"
    r"(?!\s+(?:to|ending|ended|before|earlier|after|of|in|on|through|until)\b|'s)"
    # (round 23) "The whole year, the city cracked …" after a campaign's months: the year itself
    # (round 42) "Over the full financial year": the same, not the year "the full year 2026" names
    r"|\b(?:(?:during|over|throughout|in|for)\s+)?the\s+(?:whole|entire|full)\s+"
    r"(?:(?:financial|fiscal)\s+)?(?P<whole>year)\b"
    r"(?!\s+(?:to|ending|ended|before|earlier|after|of|in|on|through|until)\b|'s|\s+\d)"
    # (round 9) "… were dismantled that month", "in that month": the last month named
    r"|\b(?:in\s+|during\s+)?that\s+(?P<month>month)\b",
    re.I,
)
#: (round 9) The earlier figure named inside parentheses: "(previous year: 4,011)", "(last year:
#: 4,011)", "(the year before: 4,011)".
PREVIOUS_IN_PAREN = re.compile(
    r"\(\s*(?:the\s+)?(?:(?:previous|prior|preceding|last)\s+(?:(?:fiscal|financial|calendar)\s+)?"
    r"year|year\s+before)\s*:\s*$",
    re.I,
)
