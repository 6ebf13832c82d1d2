"""Periods named in a report, resolved against its publication date into the period labels of
:mod:`narcokg.model.periods`: "in 2023" -> ``2023``; "as of the end of 2019" -> ``2019-12-31`` (a
stock); "the year ending March 2022" -> ``FY2022``; "2022/23" -> ``FY2023``; "the first six
months of this year" -> ``{year}-H1``; "last year" -> the year before publication."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from narcokg.extract import (
    period_calendars,
    period_dates,
    period_fiscal_ends,
    period_fiscal_halves,
    period_numbered,
    period_since_day,
    period_since_launch,
)
from narcokg.extract import period_spans as spans
from narcokg.extract.lang.en import patterns as en
from narcokg.extract.lang.en import year_end
from narcokg.extract.lang.en.patterns import MONTH_NAMES
from narcokg.extract.period_bare import BARE_PERIODS, BARE_RULES
from narcokg.extract.period_bare_halves import read_halves
from narcokg.extract.period_figure import AT_DAY, FIRST_PERIODS, compared_period, statute_year
from narcokg.extract.period_kinds import PeriodMention as PeriodMention
from narcokg.extract.period_kinds import (
    base_of_pair,
    defined_fiscal_years,
    fieldwork_year,
    lead_span,
    restated,
    since_clauses,
)
from narcokg.extract.period_part import part_year
from narcokg.extract.period_same import same_as_before, same_earlier
from narcokg.extract.period_since import since_event
from narcokg.extract.period_since_after import since_after
from narcokg.extract.period_year_end_clauses import year_end_clauses

_YEAR = en.YEAR


def _end_of_year(m: re.Match[str], published: date) -> str:
    return f"{_relative_year(m['y'] or m['y2'], published)}-12-31"


def _as_of_date(m: re.Match[str], published: date) -> str:
    month = MONTH_NAMES[m["m"].lower()]
    given = m["d"] or m["d2"]
    day = int(given) if given else calendar.monthrange(int(m["y"]), month)[1]
    return f"{m['y']}-{month:02d}-{day:02d}"


def _year_ending(m: re.Match[str], published: date) -> str:
    year, month = int(m["y"]), MONTH_NAMES[m["m"].lower()]
    if month == 3:
        return f"FY{year}"
    if month == 12:
        return str(year)  # "the twelve months to December 2023" is the calendar year
    start_year, start_month = (year, month + 1) if month < 12 else (year + 1, 1)
    last = calendar.monthrange(year, month)[1]
    return f"{start_year - 1}-{start_month:02d}-01/{year}-{month:02d}-{last:02d}"


def _relative_year(text: str, published: date) -> int:
    if re.fullmatch(_YEAR, text):
        return int(text)
    return published.year - 1 if "last" in text.lower() else published.year


def _between(m: re.Match[str], published: date) -> str:
    month2, year2 = MONTH_NAMES[m["m2"].lower()], int(m["y2"])
    last = calendar.monthrange(year2, month2)[1]
    return f"{m['y']}-{MONTH_NAMES[m['m'].lower()]:02d}-01/{year2}-{month2:02d}-{last:02d}"


def _fiscal(m: re.Match[str], published: date) -> str:
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    return f"FY{year + 1 if m['z'] else year}"  # "2022-23" ends in 2023


def _split_year(m: re.Match[str], published: date) -> str:
    return f"FY{int(m['y']) + 1}"


def _consecutive(m: re.Match[str]) -> bool:
    """A split year names two consecutive years ("2022-23", "2022/2023")."""
    return int(m["z"][-2:]) == (int(m["y"]) + 1) % 100


def _end_of_month(m: re.Match[str], published: date) -> str:
    month = MONTH_NAMES[m["m"].lower()]
    # "by the end of June" with no year: the latest June by publication; (round 23) "this year"
    latest = published.year - (month > published.month)
    year = _relative_year(m["y"], published) if m["y"] else latest
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _between_months(m: re.Match[str], published: date) -> str:
    year = _relative_year(m["y"], published)
    first, last = MONTH_NAMES[m["m"].lower()], MONTH_NAMES[m["m2"].lower()]
    return spans.month_span(year, first, year, last)


def _months_to(m: re.Match[str], published: date) -> str:
    count = en.NUMBER_WORDS.get(m["n"].lower()) or int(m["n"])  # "the eleven months to …"
    last = MONTH_NAMES[m["m"].lower()]
    # no year: the latest such month ended by publication
    year = int(m["y"]) if m["y"] else published.year - (last >= published.month)
    first = last - count + 1
    return spans.month_span(year - (first < 1), (first - 1) % 12 + 1, year, last)


def _half(m: re.Match[str], published: date) -> str:
    if m["n"]:
        return f"{m['y2']}-H{m['n']}"
    half = 1 if m["h"].lower() == "first" else 2
    if not m["y"]:  # "in the first half": the latest such half ended by publication
        return f"{published.year - (half == 2 or published.month <= 6)}-H{half}"
    return f"{_relative_year(m['y'], published)}-H{half}"


def _month(m: re.Match[str], published: date) -> str:
    month = MONTH_NAMES[m["m"].lower()]
    if m["y"]:  # (round 23) also "in July of last year"
        return f"{_relative_year(m['y'], published)}-{month:02d}"
    # a month without a year is the latest one by the publication date ("in March", published April)
    return f"{published.year - (month > published.month)}-{month:02d}"


_QUARTERS = {"first": 1, "1st": 1, "march": 1, "second": 2, "2nd": 2, "june": 2}
_QUARTERS |= {"third": 3, "3rd": 3, "september": 3, "fourth": 4, "4th": 4, "december": 4}
_QUARTERS |= {"last": 4, "final": 4}  # (round 20) "the final quarter of 2025": the fourth


def _quarter(m: re.Match[str], published: date) -> str:
    number = int(m["n"]) if m["n"] else _QUARTERS[m["q"].lower()]
    if m["n"] and m["y3"]:
        return f"{m['y3']}-Q{number}"
    if m["y"] or m["y2"]:
        return f"{_relative_year(m['y'] or m['y2'], published)}-Q{number}"
    # no year: the latest such quarter that had ended by publication
    ended = (published.month - 1) // 3  # quarters of this year already over
    return f"{published.year - (number > ended)}-Q{number}"


def _year(m: re.Match[str], published: date) -> str:
    return str(_relative_year(m["y"], published))


_RULES: dict[str, Callable[[re.Match[str], date], str]] = {
    "june_campaign": period_dates.june_campaign,
    "bracketed_days": period_dates.bracketed_days,
    "numeric_days": period_dates.numeric_days,
    "numeric_day": period_dates.numeric_day,
    "yearless_days": period_dates.yearless_days,
    "today": period_dates.today,
    "date_range": spans.date_range,
    "relative_fiscal": spans.relative_fiscal,
    "to_date": spans.to_date,
    "to_date_until": spans.to_date_until,
    "since_clause": spans.since_clause,
    "past_year": spans.past_year,
    "recent_months": spans.recent_months,
    "year_range": spans.year_range,
    "years_to": spans.years_to,
    "end_of_month": _end_of_month,
    "end_of_year": _end_of_year,
    "between_months": _between_months,
    "this_month": spans.this_month,
    "between": _between,
    "fiscal": _fiscal,
    "as_of_date": _as_of_date,
    "year_ending": _year_ending,
    "fiscal_quarter": spans.fiscal_quarter,
    "fiscal_quarter_named": spans.fiscal_quarter_named,
    "report_quarter": spans.report_quarter,
    "quarter": _quarter,
    "months_to": _months_to,
    "quarter_to": spans.quarter_to,
    "at_present": spans.at_present,
    "month_range": _between_months,
    "month_years": spans.month_years,
    "half": _half,
    "first_months": spans.first_months,
    "split_year": _split_year,
    "day": spans.day,
    "weekday": spans.weekday,
    "weeks_to": spans.weeks_to,
    "half_year_to": spans.half_year_to,
    "month_day": spans.month_day,
    "month": _month,
    "year": _year,
    **BARE_RULES,  # (round 25)
    **period_calendars.RULES,  # (round 29)
    **period_numbered.RULES,  # (round 30)
    **period_fiscal_halves.RULES,  # (round 37)
}
PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], date], str]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), _RULES[name])
    for name, pattern in (
        *period_calendars.PATTERNS,  # (round 29) before a Gregorian reading of their years
        *period_fiscal_halves.PATTERNS,  # (round 37) before "fiscal year 2026" alone
        *period_numbered.PATTERNS,  # (round 30) before "this year" and a bare year
        *period_since_day.PATTERNS,  # (round 30) "Since October 1, 2021, …"
        *period_since_launch.PATTERNS,  # (round 35) 'Since 2023 "Thunder" action launched'
        *year_end.PERIODS,
        *period_dates.PATTERNS,
        *FIRST_PERIODS,
        *BARE_PERIODS,
        *en.PERIODS,
    )
)


def find_periods(text: str, published: date) -> list[PeriodMention]:
    """Every period the text names, in order, without overlaps (the first pattern wins)."""
    ranges = [m.span() for m in en.DATE_SPAN.finditer(text)]
    ranges += [m.span() for m in period_dates.BRACKETED_SPAN.finditer(text)]  # (round 14)
    taken: list[tuple[int, int]] = [
        m.span()
        for m in en.DATE.finditer(text)
        if not en.PERIOD_END.search(text[max(0, m.start() - 20) : m.start()])
        and not re.search(r"\b[Oo]n\s+$", text[max(0, m.start() - 4) : m.start()])  # an event's
        and not AT_DAY.search(text, max(0, m.start() - 4), m.start())  # a stock's (round 13)
        and not any(s <= m.start() < e for s, e in ranges)  # a day that bounds a span of days
        and not any(s <= m.start() < e for s, e in since_clauses(text))  # a running total's start
        and not period_since_day.SINCE_BEFORE.search(text, max(0, m.start() - 6), m.start())
    ]
    found: list[PeriodMention] = []
    for pattern, rule in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if _in_name(text, start) or statute_year(text, start, end):
                continue
            if rule is _split_year and not _consecutive(match):
                continue
            if not period_calendars.readable(text, rule, match):
                continue  # (round 29) "1401" as a year only where the report names its calendar
            if rule is _month and not match["y"] and _FUTURE.search(_clause_before(text, start)):
                continue  # "will appear in court in March": no statistic's period
            taken.append((start, end))
            comparison = (
                _is_comparison(text, start, end, rule not in _SPANS)
                or (
                    rule in (spans.to_date, spans.since_clause)
                    and bool(en.RECORD_SINCE.search(_clause_before(text, start)))
                )
                or (rule in _DAYS and spans.announced_on(text, start, end))
            )
            label = fieldwork_year(text, start, rule(match, published))
            relative = match["w"].lower() if rule is spans.relative_fiscal else ""
            fiscal = _APRIL_TO_MARCH.fullmatch(label)
            if fiscal and int(fiscal[2]) == int(fiscal[1]) + 1:
                label = f"FY{fiscal[2]}"  # "between April 2023 and March 2024"
            stated = rule is _year_ending or fiscal is not None
            single = rule is _fiscal and not match["z"] and "fiscal" in match.group().lower()
            single = single or rule is spans.fiscal_quarter_named
            comparison = comparison or base_of_pair(text, start, end)
            comparison = comparison or compared_period(text, start, end)  # (round 13)
            # a "since" clause, not "since January" (to publication, as older keys write it)
            running = rule is spans.since_clause or (
                rule is spans.to_date and bool(_SINCE_EVENT.match(match.group()))
            )
            quarter = spans.fiscal_quarter_of(match) if rule in _FISCAL_QUARTERS else None
            half = rule is period_fiscal_halves.fiscal_half  # (round 37)
            quarter = period_fiscal_halves.half_of(match) if half else quarter
            found.append(
                PeriodMention(
                    start, end, label, comparison, stated, relative, single, running, quarter,
                    fiscal_half=half,
                )
            )  # fmt: skip
    found = period_fiscal_ends.ended_fiscal_years(text, sorted(found, key=lambda p: p.start))
    found = read_halves(text, found)  # (round 43) "the first half" of a fiscal year, or its months
    found = year_end_clauses(text, found)  # (round 41) "2025/26, which ended on 31 March 2026"
    found = restated(text, defined_fiscal_years(text, found))  # (round 37) after the ended year
    found = since_event(text, part_year(text, found, published), published)  # (rounds 14, 17)
    found = since_after(text, found, published)  # (round 32) "… since it began in 2019"
    found = same_as_before(text, found, taken)
    # (round 11) after "during the quarter" took the last quarter named, not the earlier one
    return same_earlier(text, found, previous_year, lambda s, e: _is_comparison(text, s, e))


_SINCE_EVENT = re.compile(
    rf"since\s+(?!(?:{en.MONTH})\b|the\s+(?:start|beginning)\s+of\s+(?:the\s+year|this\s+year"
    rf"|(?:{en.MONTH})\b))",  # (round 23) "since the beginning of June": no event
    re.I,
)
_APRIL_TO_MARCH = re.compile(r"(\d{4})-04-01/(\d{4})-03-31")
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|due\s+to)\b", re.I)


def _clause_before(text: str, start: int) -> str:
    return re.split(r"[.;\n]", text[max(0, start - 120) : start])[-1]


#: Rules whose match holds its own preposition ("over the past year", "between 2019 and 2022"):
#: it says how long the period is, not that it is a base.
_DAYS = {spans.day, spans.this_month, spans.weekday, spans.month_day, *period_dates.DAYS}
_FISCAL_QUARTERS = {spans.fiscal_quarter, spans.fiscal_quarter_named, spans.report_quarter}
_SPANS = {spans.past_year, spans.recent_months, spans.year_range, spans.date_range}


def _is_comparison(text: str, start: int, end: int, with_prep: bool = True) -> bool:
    first = text[start:end].split()[0]
    preps = {"in", "over", "during", "of", "for", "at", "the"}
    prep = first if with_prep and first.lower() in preps else ""
    # the words before it in its own sentence ("since 2019.\n\nBetween January and …": not a base;
    # round 9: 56 characters, "compared with 4,011 in the corresponding period of")
    before = _SENTENCE_END.split(text[max(0, start - 56) : start])[-1] + (prep and prep + " ")
    after = text[end : end + 12]
    listed = en.COMPARED_LIST.search(text[max(0, start - 120) : start])
    if en.TEMPORAL_CLAUSE.match(re.split(r"[.;:\n]", text[max(0, start - 160) : start])[-1]):
        return True  # "After the ban announced in April 2022, cultivation shrank ..."
    return bool(
        en.COMPARISON.search(before)
        or en.COMPARED_TOTAL.search(before)
        or listed
        or re.match(r"\s+base\s+year", after)
    )


#: The end of a sentence or a line: a full stop, "!" or "?" and a space, not after "vs".
_SENTENCE_END = re.compile(r"\n|(?<![Vv]s)[.!?]\s+")


def _in_name(text: str, start: int) -> bool:
    """A year inside a quoted name ('"Clean Source 2023"') or a title ("World Drug Report
    2024") names no period."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[start].isdigit() and en.TITLE_YEAR.search(text[max(0, start - 14) : start]):
        return True  # "the Misuse of Drugs Act 1971", not "… Act in the first six months of 2024"
    return text.count('"', line_start, start) % 2 == 1


def nearest_period(periods: list[PeriodMention], start: int, end: int) -> PeriodMention | None:
    """The period mention closest to ``[start, end)`` among ``periods`` (ties: the earlier)."""

    def distance(p: PeriodMention) -> tuple[int, int]:
        # a period before the figure frames it ("In 2023, ... 42,300 cases (46,800 in 2022)")
        return (start - p.end if p.end <= start else 10_000 + p.start - end, p.start)

    return min(periods, key=distance, default=None)


def previous_year(label: str, years: int = 1) -> str | None:
    """The same kind of period ``years`` earlier ("2023" -> "2022", "FY2023" -> "FY2022",
    "2023-03-31" -> "2022-03-31")."""
    match = re.fullmatch(r"(FY)?(\d{4})(-H1|-Q\d|-\d\d(?:-\d\d)?)?", label)
    if match is None:
        span = re.fullmatch(r"(\d{4})(-\d\d-\d\d)/(\d{4})(-\d\d-\d\d)", label)
        if span is None or "-02-29" in label:
            return None
        return f"{int(span[1]) - years}{span[2]}/{int(span[3]) - years}{span[4]}"
    if "-02-29" in label:
        return None
    return f"{match[1] or ''}{int(match[2]) - years}{match[3] or ''}"


def default_period(
    periods: list[PeriodMention], published: date, title_end: int = 0, text: str = ""
) -> str:
    """The period a document is mostly about: the year of the survey its title names ("… Drug
    Survey 2023: main findings", released in 2025), the one its title names ("… results for
    fiscal year 2023"), else its most named period, else the year before an early-year
    publication or the year of publication."""
    if survey := _SURVEY_YEAR.search(text[:title_end]):
        return survey["y"] or survey["y2"]
    # a title's plain year may be an edition ("Cocaine Report 2023"); a fiscal year or span is not
    titled = [
        p for p in periods
        if p.end <= title_end and not p.comparison and not re.fullmatch(r"\d{4}", p.label)
    ]  # fmt: skip
    body = {p.label for p in periods if p.start >= title_end and not p.comparison}
    if len({p.label for p in titled}) == 1 and titled[0].label in body:
        return titled[0].label  # the title's period, when the text names it again
    if stated := lead_span(periods, title_end, text):
        return stated
    counts: dict[str, int] = {}
    for period in (p for p in periods if not p.comparison):
        counts[period.label] = counts.get(period.label, 0) + 1
    if counts:
        # ties: the period named first (a report leads with what it is about)
        return max(counts, key=lambda label: counts[label])
    return str(published.year - 1 if published.month <= 6 else published.year)


#: (round 9) A survey named with its year in a title: the year its data were collected.
_SURVEY_YEAR = re.compile(
    rf"\bSurvey\s+(?:of\s+|on\s+)?(?P<y>{_YEAR})\b(?!\s*[/\-\u2013]\s*\d)"
    rf"|\b(?P<y2>{_YEAR})\s+(?:[A-Z][\w-]*\s+){{0,4}}Survey\b",
    re.I,
)
