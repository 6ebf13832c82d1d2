"""English patterns of periods ("as of the end of 2019", "the year ending March 2022", "2022/23",
"the first six months of this year"), of base and comparison years ("compared with 2022", "since
2017"), of "the year before", of worldwide figures and of change cues ("year-on-year", "rose by",
"1,900 fewer ... than")."""

from __future__ import annotations

import calendar
import re

from narcokg.extract.lang.en.earlier import (
    PREVIOUS_AFTER_NOUN as PREVIOUS_AFTER_NOUN,
)
from narcokg.extract.lang.en.earlier import (
    PREVIOUS_BEFORE_PAREN as PREVIOUS_BEFORE_PAREN,
)
from narcokg.extract.lang.en.earlier import (
    PREVIOUS_IN_PAREN as PREVIOUS_IN_PAREN,
)
from narcokg.extract.lang.en.earlier import (
    PREVIOUS_PART as PREVIOUS_PART,
)
from narcokg.extract.lang.en.earlier import (
    PREVIOUS_YEAR as PREVIOUS_YEAR,
)
from narcokg.extract.lang.en.earlier import (
    PREVIOUS_YEAR_BEFORE as PREVIOUS_YEAR_BEFORE,
)
from narcokg.extract.lang.en.earlier import (
    SAME_AS_BEFORE as SAME_AS_BEFORE,
)
from narcokg.extract.lang.en.earlier import (
    SAME_PERIOD as SAME_PERIOD,
)
from narcokg.extract.lang.en.earlier import (
    YEARS_EARLIER as YEARS_EARLIER,
)
from narcokg.extract.lang.en.frame import DAY_PERIODS, ONE_MONTH, QUARTER_PERIODS, SPAN_OPENS
from narcokg.extract.lang.en.frame import MONTH as MONTH
from narcokg.extract.lang.en.frame import REPORT_SPAN as REPORT_SPAN
from narcokg.extract.lang.en.month_abbreviations import ABBREVIATIONS

MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTH_NAMES |= ABBREVIATIONS  # (round 31) "Oct. 1, 2025"
YEAR = r"(?:19|20)\d\d"
_PREP = r"(?:(?:in|during|for|of|throughout|over|at)\s+)?"
#: The dash of a split year: "2022-23", "2022/23", "2022–23" (en dash), "2022—23".
_DASH = "[/\\-\u2013\u2014]"
#: (round 23) A year named from publication: "this year", "last year" ("the end of May this year").
_RELATIVE = r"this\s+year|last\s+year"

_TH = "(?:st|nd|rd|th)?"  # (round 10) "March 3rd to March 16th 2025"
_DAY_MONTH = rf"(?:(?P<d>\d{{1,2}}){_TH}\s+(?P<m>{MONTH})|(?P<m3>{MONTH})\s+(?P<d3>\d{{1,2}}){_TH})"
_DAY_MONTH2 = (
    rf"(?:(?P<e>\d{{1,2}}){_TH}\s+(?P<m2>{MONTH})|(?P<m4>{MONTH})\s+(?P<e4>\d{{1,2}}){_TH})"
)
#: Two days and the years of either: "1 June 2022 to 31 July 2022", "June 1 and July 31, 2022".
_DATE_RANGE = (
    rf"{_DAY_MONTH}(?:,?\s+(?P<y>{YEAR}))?(?:,?\s+(?:to|and|until|through)\s+|\s*[\-\u2013\u2014]\s*)"
    rf"{_DAY_MONTH2},?\s+(?P<y2>{YEAR})\b"
)
_DATE_SPAN = r"(?:(?:" + SPAN_OPENS + ")" + _DATE_RANGE + r"|\b(?:" + ONE_MONTH + "))"
#: (round 9) A "since" clause up to the date it names: "Since the unit was set up in April 2019",
#: "since the start of the administration on July 1, 2022" (a month or a day, not a bare year).
SINCE_CLAUSE = (
    rf"\bsince\s+(?!(?:{MONTH}|{YEAR})\b)[^,.;:\n]{{0,80}}?\b(?:in|on)\s+"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})|(?P<m2>{MONTH})"
    rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)?)(?:,?\s+(?P<y>{YEAR}))?\b"
)
DATE_SPAN = re.compile(_DATE_SPAN, re.I)
#: (rule name, pattern) in the order they are tried; :mod:`narcokg.extract.periods` holds the
#: rule that turns each match into a period label. The first pattern to claim a span wins.
PERIODS: tuple[tuple[str, str], ...] = (
    # "from 1 June 2022 to 31 July 2022", "between June 1 and July 31, 2022": a span of days
    ("date_range", _DATE_SPAN),
    *QUARTER_PERIODS,
    # "the last financial year", "this fiscal year": counted from publication
    (
        "relative_fiscal",
        r"\b(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?P<w>last|past|this|current)\s+"
        r"(?:financial|fiscal)\s+year\b",
    ),
    # "calendar year to date, through June 30": January to that month
    (
        "to_date_until",
        rf"\b(?:(?:the\s+)?calendar\s+)?year[- ]to[- ]date,?\s+(?:through|to|until|ending)\s+"
        rf"(?:the\s+end\s+of\s+)?(?P<m>{MONTH})(?:\s+\d{{1,2}})?(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # "so far this year", "year to date", "since January (2023)": a running total to publication
    (
        "to_date",
        rf"\b(?:so\s+far\s+(?:this\s+year|in\s+(?P<y>{YEAR}))|(?:the\s+)?year[- ]to[- ]date"
        rf"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year"
        # (round 23) "since the beginning of June": from that month's first day
        rf"|since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<m>{MONTH})(?:\s+1(?:st)?\b,?)?"
        rf"(?:\s+(?P<y2>{YEAR})|\s+this\s+year)?)\b",  # (round 24) "Since January this year"
    ),
    # (round 8) "Since the special action was launched in March": from that month to publication
    (
        "to_date",
        rf"\bsince\s+(?:the\s+)?[^,.;]{{0,60}}?\b(?:was\s+|were\s+)?(?:launched|began|started"
        rf"|introduced|opened)\s+in\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?P<y2>(?!))?\b",
    ),
    # (round 9) "Since the taskforce was formed in January 2021", "since the start of the present
    # administration on July 1, 2022": the date inside a "since" clause starts a running total
    ("since_clause", SINCE_CLAUSE),
    # (round 9) "Since 2019, police have dismantled 57 laboratories": a sentence opening on
    # "Since <year>," counts from that year's start (a record, "the most since 2019", never opens)
    (
        "since_clause",
        rf"(?:^|(?<=\n)|(?<=[.!?]\s))Since\s+(?P<y>{YEAR}),"
        rf"(?P<m>(?!))?(?P<m2>(?!))?(?P<d>(?!))?(?P<d2>(?!))?",
    ),
    # "over the past year", "during the last 12 months": the twelve months before publication's
    # ("in the last year" is a survey's recall window, "over the previous year" a comparison)
    (
        "past_year",
        # ("in the past year" stays a recall window; "in the past 12 months" is the span)
        r"\b(?:over|during|throughout|in)\s+the\s+(?:past|last)\s+"
        r"(?:(?<!in the past )(?<!in the last )year|12\s+months"
        r"|twelve\s+months)\b",
    ),
    # "between October and March" with no year: the latest such months ended by publication
    (
        "recent_months",
        rf"\b(?:between\s+(?P<m>{MONTH})\s+and|from\s+(?P<m3>{MONTH})\s+(?:to|through|until))\s+"
        # (not before a year: "from January to June, 2024"; a figure may follow: "…, 897 died")
        rf"(?P<m2>{MONTH})\b(?!\s*,?\s*(?:{YEAR}\b|this\s+year|last\s+year))",
    ),
    # (round 9) "in January-September", "during April to June" with no year: the latest such
    # months begun by publication
    (
        "recent_months",
        # (round 10) also "ran February to April", "over the February-April period"
        rf"\b(?:in|during|for|over|ran|run|running|lasted|lasting|held|covering|spanning)\s+"
        rf"(?:the\s+)?(?:from\s+)?(?P<m>{MONTH})\s*(?:to|through|{_DASH})\s*(?P<m2>{MONTH})\b"
        rf"(?!\s*,?\s*(?:{YEAR}\b|this\s+year|last\s+year|quarter))(?P<m3>(?!))?",
    ),
    # (round 24) a translation's "This year January to May, the city cracked …"
    (
        "month_range",
        rf"\b(?P<y>this\s+year|last\s+year),?\s+(?P<m>{MONTH})\s+to\s+(?P<m2>{MONTH})\b",
    ),
    # (round 9) "the October to December quarter of 2023": those months of that year
    (
        "month_range",
        rf"\bthe\s+(?P<m>{MONTH})\s*(?:to|{_DASH})\s*(?P<m2>{MONTH})\s+quarter\s+of\s+"
        rf"(?P<y>{YEAR}|this\s+year|last\s+year)\b",
    ),
    # (round 9) "in the August to October quarter": three months with no year, the latest ended
    (
        "recent_months",
        rf"\bthe\s+(?P<m>{MONTH})\s*(?:to|{_DASH})\s*(?P<m2>{MONTH})\s+quarter\b(?P<m3>(?!))?",
    ),
    # "between 2019 and 2022": every year of the span
    ("year_range", rf"\bbetween\s+(?P<y>{YEAR})\s+and\s+(?P<y2>{YEAR})\b(?!\s*{_DASH}\d)"),
    # (round 9) "in the three years to 2023": every year of the span
    (
        "years_to",
        rf"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine"
        rf"|ten|\d)\s+years\s+(?:to|ending|ended|through|up\s+to)\s+(?:the\s+end\s+of\s+)?"
        rf"(?P<y>{YEAR})\b",
    ),
    (
        "end_of_month",
        rf"\b(?:as\s+(?:of|at|on)|by|at)\s+(?:the\s+)?end\s+of\s+(?P<m>{MONTH})"
        rf"(?:\s+(?P<y>{YEAR}|{_RELATIVE}))?(?!\s*\d)",  # (round 23) "end of May this year"
    ),
    (
        "end_of_year",
        rf"\b(?:as\s+(?:of|at|on)|by|at)\s+(?:the\s+)?end\s+of\s+(?P<y>{YEAR}|last\s+year)",
    ),
    # "between July and September this year": a quarter when it is one
    (
        "between_months",
        rf"\bbetween\s+(?P<m>{MONTH})\s+and\s+(?P<m2>{MONTH})\s*,?\s+"
        rf"(?P<y>this\s+year|last\s+year|{YEAR})",
    ),
    ("this_month", r"\b(?:(?:earlier|later)\s+)?(?P<w>this|last)\s+month\b"),
    (
        "between",
        rf"\bbetween\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\s+and\s+(?P<m2>{MONTH})\s+(?P<y2>{YEAR})",
    ),
    # "fiscal year 2023", "state fiscal year 2022-23", "FY2022/23", "FY23"
    (
        "fiscal",
        rf"(?<!quarter of )\b(?:(?:state\s+|federal\s+)?fiscal\s+(?:year\s+)?|FY\s?)"
        rf"(?P<y>{YEAR}|\d\d(?=\b))(?:{_DASH}(?P<z>\d\d))?\b",
    ),
    # "the June 2023 year" (New Zealand's years by their last month): the year ending then
    ("year_ending", rf"\b(?:the\s+)?(?P<m>{MONTH})\s+(?P<y>{YEAR})\s+(?:financial\s+)?year\b"),
    # "the 2023 fiscal year", "the 2024 financial year": the year it ends in
    # (round 11) not the second year of "the 2024/2025 financial year"
    (
        "fiscal",
        rf"\b(?:the\s+)?(?<![/\-\u2013])(?P<y>{YEAR})(?P<z>(?!))?\s+(?:fiscal|financial)\s+year\b",
    ),
    (
        "as_of_date",
        rf"\bas\s+(?:of|at|on)\s+(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{MONTH})\s+(?:(?P<d2>\d{{1,2}}),?\s+)?"
        rf"(?P<y>{YEAR})",
    ),
    # (round 9) "the quarter to September 2024", "the quarter ended 31 March 2024": the three months
    (
        "quarter_to",
        rf"\b(?:the\s+)?quarter\s+(?:to|ending|ended)\s+(?:\d{{1,2}}\s+)?(?P<m>{MONTH})\s+"
        rf"(?:\d{{1,2}},?\s+)?(?P<y>{YEAR})",
    ),
    # (round 9) a stock counted when the report was written: "at present", "as of today",
    # "Currently, …" opening a sentence (the publication date)
    (
        "at_present",
        r"\b(?:at\s+present|as\s+(?:of|at|on)\s+(?:today|now)|at\s+the\s+time\s+of\s+writing)\b"
        r"|(?:^|(?<=\n)|(?<=[.!?]\s))Currently\b",
    ),
    # (round 9) "as of 30 June", "as at March 31" with no year: the latest such day by publication
    (
        "day",
        rf"\bas\s+(?:of|at|on)\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})|(?P<m2>{MONTH})"
        rf"\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s*{YEAR})(?P<y>(?!))?",
    ),
    # "the three months to June 2024", "the six months ending 31 December 2023"
    (
        "months_to",
        rf"\b(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
        rf"\s+months\s+(?:to|ending|ended)\s+"
        rf"(?:\d{{1,2}}\s+)?(?P<m>{MONTH})\s+(?:\d{{1,2}},?\s+)?(?P<y>{YEAR})",
    ),
    # (round 9) "the six months to June" with no year: the latest such months ended by publication
    (
        "months_to",
        rf"\b(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
        rf"\s+months\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH})\b"
        rf"(?!\s*,?\s*\d)(?P<y>(?!))?",
    ),
    (
        "year_ending",
        # "to" only after "year" or "12 months": "from January to June 2024" is not a year
        rf"\b(?:(?:the\s+)?(?:financial\s+|fiscal\s+)?(?:year|(?:12|twelve)\s+months)\s+"
        rf"(?:ending|ended|to)|ending|ended)\s+(?:in\s+|the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?"
        rf"(?P<m>{MONTH})\s+"
        rf"(?:\d{{1,2}},?\s+)?(?P<y>{YEAR})",
    ),
    # "from January to June 2024", "January-March 2024": a quarter or half when it is one
    (
        "month_range",
        rf"\b(?:from\s+)?(?P<m>{MONTH})\s*(?:to|through|until|{_DASH})\s*(?P<m2>{MONTH}),?\s+"
        # (round 10) "the February to April period last year", "the May to July months of 2023"
        rf"(?:(?:period|months)\s+(?:of\s+)?)?(?P<y>this\s+year|last\s+year|{YEAR})",
    ),
    # "from April 2023 to March 2024": months of two years
    (
        "month_years",
        rf"\b(?:from\s+)?(?P<m>{MONTH})\s+(?P<y>{YEAR})\s*(?:to|through|until|{_DASH})\s*"
        rf"(?:the\s+end\s+of\s+)?(?P<m2>{MONTH})\s+(?P<y2>{YEAR})",  # (round 17) "to the end of"
    ),
    # "the second half of 2023", "H1 2024"
    (
        "half",
        rf"\b(?:in\s+|during\s+)?(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of\s+"
        rf"(?P<y>this\s+year|last\s+year|{YEAR})|(?!\s+of\b))|\bH(?P<n>[12])\s+(?P<y2>{YEAR})\b",
    ),
    # "the fourth quarter of 2023", "the March quarter of 2024" (named by its last month, as
    # Australian statistics do), "Q1 2024", "the first quarter" (no year: the latest published)
    # "the third quarter of the 2023/24 financial year": a quarter of a fiscal year (April to March)
    (
        "fiscal_quarter",
        rf"\b(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"\s+quarter\s+of\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+|FY\s?)?(?P<y>{YEAR})\s*[/-]\s*"
        rf"(?P<z>(?:19|20)?\d\d)\b(?:\s+(?:financial|fiscal)\s+year)?",
    ),
    (
        "quarter",
        rf"\b(?:in\s+|during\s+|for\s+)?(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th"
        rf"|March|June|September|December)\s+quarter(?:\s+of\s+(?P<y>this\s+year|last\s+year"
        rf"|{YEAR})|\s+(?P<y2>{YEAR}))?\b|\bQ(?P<n>[1-4])(?:\s+(?P<y3>{YEAR}))?\b(?![-/]\d)",
    ),
    (
        "first_months",
        rf"\b(?:in\s+|during\s+)?(?:the\s+)?first\s+(?P<n>(?:two|three)\s+quarters"
        rf"|six|three|nine|6|3|9|half|quarter"
        rf"|two|four|five|seven|eight|ten|eleven|2|4|5|7|8|10|11)"
        rf"(?:\s+months)?\s+of\s+(?P<y>this\s+year|last\s+year|the\s+year|{YEAR})",
    ),
    # "2022-23", "2022/2023" (only consecutive years: "2019-23" is a range, not a split year)
    # "statistics 2023 to 2024" (a financial year written out; not "from 2023 to 2024")
    (
        "split_year",
        rf"(?<!from )(?<!between )\b{_PREP}(?P<y>{YEAR})(?:{_DASH}|\s+to\s+(?={YEAR}))"
        rf"(?P<z>(?:19|20)?\d\d)\b",
    ),
    # (round 9) "in 2021-2023" (years that are not consecutive): every year of the span
    (
        "year_range",
        rf"(?<!from )(?<!between )\b{_PREP}(?P<y>{YEAR})\s*{_DASH}\s*(?P<y2>{YEAR})\b",
    ),
    # "on May 9", "on 9 May" with no year: the day an event happened (the latest by publication)
    # (with a year too: "On April 16, 2024, officers executed 23 search warrants")
    (
        "day",
        rf"\bon\s+(?:(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}))\b(?:,?\s+(?P<y>{YEAR})\b|(?!,?\s*\d))",
    ),
    *DAY_PERIODS,
    # "in January 2024", "during March": a month (without a year: the latest one by publication)
    # (round 23) "In July of last year": that July, not the latest one by publication
    (
        "month",
        rf"\b(?:in|during|for|throughout)\s+(?P<m>{MONTH})(?:\s+(?:of\s+)?(?P<y>{YEAR}|{_RELATIVE}))?"
        rf"\b(?!\s*\d)",
    ),
    # (round 9) "December 2024 was the month …": a month and year opening a sentence
    ("month", rf"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<m>{MONTH})\s+(?P<y>{YEAR})\b(?=\s+[a-z])"),
    ("year", rf"\b{_PREP}(?P<y>{YEAR})\b(?!\s*{_DASH}\d)"),
    # "in the last year" / "in the past year" is a recall window, not the year before publication
    ("year", r"\b(?:in\s+|during\s+)?(?<!the\s)(?P<y>last\s+year|this\s+year)\b"),
)
#: Words that make the date after them the end of a period ("the year ending June 30, 2023").
PERIOD_END = re.compile(
    r"\b(?:ending|ended|(?:year|months)\s+to|as\s+(?:of|at|on))\s+(?:on\s+)?$", re.I
)
#: A figure's own period right after it: "20,115 in the year ending March 2019", "46,800 in 2022".
ATTACHED = re.compile(r"\s*(?:in|for|during|over)?\s*$", re.I)
#: A full date ("May 5, 2023", "5 May 2023"): a day, not a period.
DATE = re.compile(rf"\b(?:{MONTH})\s+\d{{1,2}},?\s+{YEAR}|\b\d{{1,2}}\s+(?:{MONTH})\s+{YEAR}", re.I)
#: Words before a base year (round 20: "compares with"; round 41: a translation's bare "compare").
COMPARISON = re.compile(
    r"\b(?:compare[ds]?(?:\s+(?:with|to))?|than|since|over|from|on|as|versus|vs\.?|took\s+effect"
    r"|came\s+into\s+force|established|passed|enacted|began|founded|launched|adopted"
    # (round 17) a law's or a body's year: "as amended in 2022", "dates back to 1982"
    r"|amended|dat(?:es|ing)\s+back\s+to"
    # (round 9) "71% above the 1,118 kilograms stopped in 2022", "2.4 times those of 2022"
    r"|above\s+the|below\s+the|(?:those|that)\s+of|against)"
    # "compared with 14,700 pounds in 2022", "compared with 1.95% in 2021", "on the 16.2 kilograms
    # seized in 2022-23"
    r"\s+(?:(?:the\s+)?[\d.,]+%?\s+(?:[a-z]+\s+){0,2})?"
    r"(?:(?:in|the|that\s+of|end\s+of|in\s+(?:the\s+)?(?:whole|all)\s+of"
    r"|(?:same|corresponding)\s+(?:period|months?|quarter|weeks?|time)(?:\s+(?:of|in))?)\s+)*$",
    re.IGNORECASE,
)
#: A year that is part of a title ("World Drug Report 2024", "the Misuse of Drugs Act 1971").
TITLE_YEAR = re.compile(
    r"\b(?:Report|Survey|Strategy|Assessment|Review|Plan|Act|Convention|Yearbook|Programme"
    r"|Program|Outlook)[ \t]+$"
    # (round 9) a statute's year after a comma or "of": "the … Substances Act, 1997"
    r"|\b(?:Act|Ordinance|Law|Code),?[ \t]+(?:of[ \t]+)?$"
    # (round 17) a statute's number and year: "Law 4139/2013", "Proclamation No. 1176/2020"
    r"|\b(?:No\.?|Law|Act|Decree|Proclamation|Ordinance|Code)[ \t]*\d+/$"
)
#: A list of earlier figures after "compared with", up to its year: "compared with 860 kilograms
#: and 410 kilograms respectively in 2022" (no comma: "Compared with 2022, ..." is not one).
COMPARED_LIST = re.compile(r"\bcompared\s+(?:with|to)\s+[^,;.]*\d[^,;.]*$", re.I)
#: A figure's own period right after it, across "respectively" ("... respectively in 2022").
ATTACHED_AFTER = re.compile(r"\s*(?:respectively\s*,?\s*)?(?:in|for|during)?\s*", re.I)
WORLDWIDE = re.compile(r"\b(?:world(?:wide)?|global(?:ly)?|international(?:ly)?)\b", re.I)
#: A cue after a percentage or fold figure that makes it a change.
AFTER_CUE = re.compile(
    r"^\W*(?:year[- ]on[- ]year|y-o-y|on\s+(?:the\s+)?(?:previous|last|prior)\s+year"
    r"|(?P<dir>more|higher|up|less|lower|fewer|down|increase|rise|decrease|fall|drop|above"
    r"|below)\b|compared"
    r"|as\s+(?:many|much)\s+as)",
    re.IGNORECASE,
)
#: Absolute: "rose by 1,200", "an increase of 300", "a decline of 791", translated "reduce 1,874".
ABSOLUTE = re.compile(
    r"\b(?:by|(?:an?\s+)?(?:increase|rise|decrease|decline|fall|drop|reduction)\s+of"
    r"|(?:reduce|increase|decrease)[ds]?)\s*$"
)
#: "1,900 fewer offences than", "279 fewer than in 2021"
THAN = re.compile(r"^\s+(?:fewer|more|less)\s+(?:\w+\s+){0,2}than\b", re.IGNORECASE)
NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"], start=2
    )
}
#: A sentence opening with a temporal clause ("After the ban announced in April 2022, ..."): a
#: period inside it, before its comma, is when something else happened, not the figure's period.
TEMPORAL_CLAUSE = re.compile(r"^\s*(?:After|Following|Before|Until|Prior\s+to)\b[^,]*$")
#: Before a "since …" period: a record ("the highest since January 2023"), not a running count.
RECORD_SINCE = re.compile(
    r"\b(?:highest|lowest|largest|smallest|biggest|most|fewest|first\s+time)\b[^,.;]*$", re.I
)
#: Words that make a day the day of an announcement, not of the figures of its sentence.
ANNOUNCING = re.compile(
    r"\b(?:announced|announcing|said|learned|released|published|reported|told|briefed|held\s+a"
    r"|press\s+conference|news\s+conference|briefing)\b",
    re.I,
)
#: A year a figure is measured against ("nearly double its total for 2022", "above the level
#: of 2019", "three times the figure for 2021"): a comparison, not the figure's period.
COMPARED_TOTAL = re.compile(
    r"\b(?:double|twice|triple|treble|half|times|above|below|exceeding|exceeds|exceeded)\s+"
    r"(?:its|their|the|that)\s+(?:previous\s+|annual\s+|whole\s+)?(?:total|figure|number"
    r"|level|count|tally|record)s?\s+(?:for|in|of|from)\s+$"
    # (round 9) "more than four times the amount seized in 2019"
    r"|\b(?:times|twice|double|triple)\s+(?:its|their|the|that)\s+(?:[a-z]+\s+){1,6}"
    r"(?:for|in|of|from|during)\s+$",
    re.I,
)
