"""Fiscal and financial years by country: a ``FYyyyy`` label found by :mod:`.periods` (April to
March, the UK's year) moved to the country's own year (the US federal October-September year, a
US state's year, Australia's July-June year), and a foreign agency's fiscal year to its
country's."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from narcokg.extract import period_spans as spans
from narcokg.extract.period_kinds import PeriodMention, federal
from narcokg.extract.period_twelve_months import twelve_months

#: The first month of a country's fiscal year where it is not April (the UK's, India's, Canada's,
#: Japan's: the ``FYyyyy`` label) nor October (the US federal year, below).
FISCAL_STARTS = {
    "Australia": 7,
    "New Zealand": 7,
    "Pakistan": 7,
    "Egypt": 7,
    "Kenya": 7,
    "Bangladesh": 7,
    "Thailand": 10,
}
#: The first month of a US state's fiscal year where it is not July (most states: July to June).
STATE_FISCAL_STARTS = {"New York": 4, "Texas": 9, "Alabama": 10, "Michigan": 10}


def national_fiscal_years(
    periods: list[PeriodMention],
    country: str | None,
    state: str | None = None,
    published: date | None = None,
) -> list[PeriodMention]:
    """``FYyyyy`` means April to March (the UK's year); in the United States a fiscal year runs
    October to September (the federal year), or a state's own year in a report about one state
    (July to June in most), in Australia July to June; "the last financial year" is the last
    one of that kind ended by ``published``."""
    if country in NAMED_BY_START:
        periods = [_by_start(p) for p in periods]
    starts = {"United States": 10, **FISCAL_STARTS}
    month = starts.get(country or "", 4)
    if country == "United States" and state is not None:
        month = STATE_FISCAL_STARTS.get(state, 7)
    # (round 10) "the first quarter of fiscal year 2024": October to December 2023 in a US
    # federal report, July to September 2023 in an Australian one
    periods = [_quarter_moved(p, month) for p in periods]
    if country not in starts:
        return periods
    result = []
    for p in periods:
        if m := re.fullmatch(r"FY(\d{4})", p.label):
            year = int(m[1])
            if p.relative and published is not None:
                year = spans.fiscal_end(p.relative, published, (month - 2) % 12 + 1)
            first = 4 if p.stated_months else month  # "the year ending March 2024"
            last = calendar.monthrange(year, first - 1)[1]
            label = f"{year - 1}-{first:02d}-01/{year}-{first - 1:02d}-{last}"
            p = PeriodMention(p.start, p.end, label, p.comparison, p.stated_months, p.relative)
        result.append(p)
    return result


def foreign_fiscal_years(
    periods: list[PeriodMention], countries: Callable[[int], str | None], published: date
) -> list[PeriodMention]:
    """A fiscal year labelled ``FYyyyy`` in a sentence that names a national agency is that
    country's national year ("According to U.S. Customs and Border Protection, … in fiscal year
    2024" in a Mexican report, or the DEA's in a state's report: October to September);
    ``countries`` gives the country of the national agency a position's sentence names."""
    result = []
    for p in periods:
        country = countries(p.start) if re.fullmatch(r"FY\d{4}", p.label) else None
        result += national_fiscal_years([p], country, None, published) if country else [p]
    # (a label already moved is no longer ``FYyyyy``: the report's own year leaves it alone)
    return result


#: (round 9) Countries whose fiscal year, April to March, is named by the year it starts in:
#: Japan's "fiscal 2024" runs April 2024 to March 2025 (``FY2025``).
NAMED_BY_START = frozenset({"Japan"})


def report_quarters(periods: list[PeriodMention], default: str) -> list[PeriodMention]:
    """(round 10) "the first quarter of the fiscal year": that quarter of the report's own
    twelve months (``default``: "2023-10-01/2024-09-30" gives October to December 2023)."""
    span = twelve_months(default)
    fiscal = re.fullmatch(r"FY(\d{4})", default)
    if span:
        first, end_year = span[1], span[2]
    elif fiscal:
        first, end_year = 4, int(fiscal[1])
    else:
        return periods
    return [
        replace(p, label=_part(p, p.fiscal_quarter[0], end_year, first))
        if p.fiscal_quarter is not None and p.fiscal_quarter[1] == 0
        else p
        for p in periods
    ]


def _quarter_moved(p: PeriodMention, month: int) -> PeriodMention:
    if p.fiscal_quarter is None or p.fiscal_quarter[1] == 0:
        return p
    number, end_year = p.fiscal_quarter
    return replace(p, label=_part(p, number, end_year, month))


def _part(p: PeriodMention, number: int, end_year: int, first_month: int) -> str:
    """(round 37) The quarter, or the half, of a fiscal year ``p`` names."""
    return spans.quarter_of_fiscal_year(number, end_year, first_month, 6 if p.fiscal_half else 3)


def _by_start(p: PeriodMention) -> PeriodMention:
    """ "fiscal 2024" in a Japanese report: the year ending March 2025 (not "2024/25", which
    names both years, nor "the year ending March 2025"); "the first quarter of fiscal 2024" is
    that year's."""
    if p.fiscal_quarter is not None and p.single_fiscal:
        number, end_year = p.fiscal_quarter
        return replace(p, fiscal_quarter=(number, end_year + 1), single_fiscal=False)
    if not p.single_fiscal or p.stated_months:
        return p
    return replace(p, label=f"FY{int(p.label[2:]) + 1}", single_fiscal=False)


def bare_quarters(text: str, periods: list[PeriodMention]) -> list[PeriodMention]:
    """(round 11) A quarter named with no year ("in Q2", "the second quarter") in a report that
    names that quarter of a fiscal year ("the second quarter of the 2024/25 financial year"):
    that fiscal quarter ("… of the previous financial year": a year back), not the latest such
    calendar quarter; "during the quarter" and "the same quarter of the previous year", read
    before the move, follow it."""
    from narcokg.extract.periods import previous_year

    fiscal = {
        p.fiscal_quarter[0]: p.label
        for p in periods
        if p.fiscal_quarter and p.fiscal_quarter[1] and not p.fiscal_half  # (round 37) no half
    }
    moved: dict[str, str] = {}
    result = []
    for p in periods:
        bare = _BARE_QUARTER.fullmatch(text[p.start : p.end])
        number = _NUMBERS.get((bare["q"] or bare["n"]).lower()) if bare else None
        if number not in fiscal:
            result.append(p)
            continue
        label = fiscal[number]
        if _OF_PREVIOUS.match(text, p.end):
            label = previous_year(label) or label
        else:
            moved[p.label] = label
        result.append(replace(p, label=label))
    back = {previous_year(old): previous_year(new) for old, new in moved.items()}
    return [
        replace(p, label=moved[p.label])
        if _THE_QUARTER.fullmatch(text[p.start : p.end]) and p.label in moved
        else replace(p, label=back[p.label] or p.label)
        if p.earlier and p.label in back
        else p
        for p in result
    ]


_OF_PREVIOUS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:previous|last|preceding|prior)\s+(?:financial|fiscal)\s+year", re.I
)
_THE_QUARTER = re.compile(r"(?:during|in|over|throughout|for)\s+the\s+quarter", re.I)
_BARE_QUARTER = re.compile(
    r"(?:(?:in|during|for)\s+)?(?:the\s+)?(?:(?P<q>first|second|third|fourth)\s+quarter"
    r"|Q(?P<n>[1-4]))",
    re.I,
)
_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def federal_years(
    text: str, periods: list[PeriodMention], country: str | None, published: date
) -> list[PeriodMention]:
    """(round 21) "federal fiscal year 2025" is the nation's year (October to September in the
    United States), never the state's a report about one state would give a bare fiscal year."""
    return [
        national_fiscal_years([p], country, None, published)[0]
        if re.fullmatch(r"FY\d{4}", p.label) and federal(text, p)
        else p
        for p in periods
    ]


def national_body(label: str) -> str | None:
    """(round 21) The country of a known national agency a report names without its country
    ("Coast Guard" for the U.S. Coast Guard; "the Seventh Coast Guard" is a part of it)."""
    from narcokg.extract.lang.en.names import KNOWN_AGENCIES

    bare = _COUNTRY_PREFIX.sub("", label.strip())
    found = {
        country
        for name, country in KNOWN_AGENCIES.values()
        if country is not None and _COUNTRY_PREFIX.sub("", name) == bare
    }
    return found.pop() if len(found) == 1 else None


_COUNTRY_PREFIX = re.compile(r"^(?:the\s+)?(?:U\.S\.|US|United\s+States)\s+")
