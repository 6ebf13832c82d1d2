"""Periods that are spans counted from the publication date or between two named points
("so far this year", "over the past year", "the last financial year", "between October and
March", "between 2019 and 2022", "from 1 June to 31 July 2022"): the rules that turn a match of
:data:`narcokg.extract.lang.en.patterns.PERIODS` into a period label. Internal to
:mod:`.periods`."""

from __future__ import annotations

import calendar
import re
from datetime import date

from narcokg.extract.lang.en.patterns import ANNOUNCING, MONTH_NAMES


def month_span(year: int, first: int, year2: int, last: int) -> str:
    """Months ``first`` of ``year`` to ``last`` of ``year2``: a quarter or half when it is one."""
    if year == year2 and first % 3 == 1 and last == first + 2:
        return f"{year}-Q{first // 3 + 1}"
    if year == year2 and (first, last) == (1, 12):
        return str(year)  # "from January to December 2023"
    if year == year2 and (first, last) in {(1, 6), (7, 12)}:
        return f"{year}-H{1 if first == 1 else 2}"
    end = calendar.monthrange(year2, last)[1]
    return f"{year}-{first:02d}-01/{year2}-{last:02d}-{end:02d}"


def relative_fiscal(m: re.Match[str], published: date) -> str:
    """The last fiscal year ended by publication, or the one in progress (April to March here;
    :func:`.fiscal_years.national_fiscal_years` moves it to the country's year)."""
    return f"FY{fiscal_end(m['w'], published, 3)}"


def fiscal_end(which: str, published: date, last_month: int) -> int:
    """The year in which the last (or the current) fiscal year ending in ``last_month`` ends."""
    ended = published.year if published.month > last_month else published.year - 1
    return ended if which.lower() in {"last", "past"} else ended + 1


def date_range(m: re.Match[str], published: date) -> str:
    """Two days: the first takes the second's year when it states none."""
    if m["oe"] or m["oe2"]:
        return _one_month(m, published)
    first, last = (
        MONTH_NAMES[(m["m"] or m["m3"]).lower()],
        MONTH_NAMES[(m["m2"] or m["m4"]).lower()],
    )
    year2 = int(m["y2"])
    year = int(m["y"]) if m["y"] else year2 - (first > last)
    day, day2 = int(m["d"] or m["d3"]), int(m["e"] or m["e4"])
    return f"{year}-{first:02d}-{day:02d}/{year2}-{last:02d}-{day2:02d}"


def _one_month(m: re.Match[str], published: date) -> str:
    """ "from 7 to 20 October 2024": two days of one month; with no year, the latest such days
    begun by publication."""
    month = MONTH_NAMES[(m["om"] or m["om2"]).lower()]
    day, day2 = int(m["od"] or m["od2"] or m["od3"]), int(m["oe"] or m["oe2"])
    named = m["oy"] or m["oy2"]
    year = int(named) if named else published.year - (month > published.month)
    if not 1 <= day < day2 <= calendar.monthrange(year, month)[1]:
        return f"{year}-{month:02d}"  # no span of days ("31-2 March"): the month it names
    return f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{day2:02d}"


def month_day(m: re.Match[str], published: date) -> str:
    """ "on the 14th": that day of publication's month, or of the month before when later."""
    day = int(m["d"])
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    day = min(day, calendar.monthrange(year, month)[1])
    return date(year, month, day).isoformat()


def weeks_to(m: re.Match[str], published: date) -> str:
    """ "the six weeks ending 15 March 2025": the days back from that day."""
    count = _COUNT_WORDS.get(m["n"].lower()) or int(m["n"])
    days = count * (7 if m["u"].lower().startswith("week") else 1)
    month = MONTH_NAMES[(m["m"] or m["m2"]).lower()]
    end = date(int(m["y"]), month, int(m["d"] or m["d2"]))
    start = date.fromordinal(end.toordinal() - days + 1)
    return f"{start.isoformat()}/{end.isoformat()}"


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT_WORDS |= {"nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def half_year_to(m: re.Match[str], published: date) -> str:
    """ "the half-year ending 30 June 2025": the six months to that month."""
    year, last = int(m["y"]), MONTH_NAMES[m["m"].lower()]
    first = last - 5
    return month_span(year - (first < 1), (first - 1) % 12 + 1, year, last)


def weekday(m: re.Match[str], published: date) -> str:
    """ "on Tuesday": the latest such weekday on or before publication."""
    wanted = list(calendar.day_name).index(m["wd"].title())
    back = (published.weekday() - wanted) % 7
    return date.fromordinal(published.toordinal() - back).isoformat()


def to_date(m: re.Match[str], published: date) -> str:
    """From the first day named (this year's January when no year is given) to publication."""
    month = MONTH_NAMES[m["m"].lower()] if m["m"] else 1
    if m["y"] or m["y2"]:
        year = int(m["y"] or m["y2"])
    else:
        year = published.year - (month > published.month)
    return to_publication(year, month, 1, published)


def to_date_until(m: re.Match[str], published: date) -> str:
    """January to the month named ("year to date, through June 30": the first half)."""
    last = MONTH_NAMES[m["m"].lower()]
    year = int(m["y"]) if m["y"] else published.year - (last > published.month)
    return month_span(year, 1, year, last)


def past_year(m: re.Match[str], published: date) -> str:
    """The twelve whole months before the month of publication."""
    end_year, end_month = (
        (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    )
    start_year, start_month = (end_year - 1, end_month + 1) if end_month < 12 else (end_year, 1)
    last = calendar.monthrange(end_year, end_month)[1]
    return f"{start_year}-{start_month:02d}-01/{end_year}-{end_month:02d}-{last:02d}"


def recent_months(m: re.Match[str], published: date) -> str:
    """Months with no year: the latest such span that had begun by publication, ending in the
    second month ("between October and March" in May 2024: October 2023 to March 2024)."""
    first, last = MONTH_NAMES[(m["m"] or m["m3"]).lower()], MONTH_NAMES[m["m2"].lower()]
    year2 = published.year - (last > published.month)
    return month_span(year2 - (first > last), first, year2, last)


def year_range(m: re.Match[str], published: date) -> str:
    return f"{m['y']}-01-01/{m['y2']}-12-31"


def part_before(label: str, unit: str) -> str | None:
    """The quarter, month or half before ``label`` when it is one ("2024-Q1" -> "2023-Q4")."""
    kinds = {"quarter": ("Q", 4), "month": ("", 12), "half": ("H", 2)}
    mark, count = kinds[unit.lower()]
    match = re.fullmatch(rf"(\d{{4}})-{mark}(\d{{1,2}})", label)
    if match is None or (not mark and len(match[2]) != 2):
        return None
    year, number = int(match[1]), int(match[2]) - 1
    if number == 0:
        year, number = year - 1, count
    return f"{year}-{mark}{number:02d}" if not mark else f"{year}-{mark}{number}"


def this_month(m: re.Match[str], published: date) -> str:
    if m["w"].lower() == "this":
        return f"{published.year}-{published.month:02d}"
    year, month = (
        (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    )
    return f"{year}-{month:02d}"


def day(m: re.Match[str], published: date) -> str:
    """The day of an event ("on April 16, 2024"); with no year, the latest such day by the
    publication date."""
    month = MONTH_NAMES[(m["m"] or m["m2"]).lower()]
    day = int(m["d"] or m["d2"])
    late = (month, day) > (published.month, published.day)
    year = int(m["y"]) if m["y"] else published.year - late
    return f"{year}-{month:02d}-{day:02d}"


def announced_on(text: str, start: int, end: int) -> bool:
    """Whether a day is no period of the figures around it: its sentence counts nothing ("falls
    on October 27"), an announcing word stands between it and the sentence's next figure ("On
    June 25, the department held a press conference: … 1,530 cases"), or, with figures only
    before it, right before it ("…, the bureau said on Monday"); not "seized 2.3 million pills on
    3 March, the bureau said"."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    closing = min(i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i >= 0)
    window = text[max(opening, start - 80) : start]
    said = list(ANNOUNCING.finditer(window))
    if said and not re.search(_FIGURE, window[said[-1].end() :]):
        return True  # "learned from the ministry on January 31 that …", "said on Monday"
    after = re.search(_FIGURE, text[end:closing])
    if after is not None:
        return bool(ANNOUNCING.search(text, end, end + after.start()))
    return re.search(_FIGURE, text[opening:start]) is None


#: A number that may be a figure (not a year).
_FIGURE = r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*"


def first_months(m: re.Match[str], published: date) -> str:
    """ "the first six months of 2024" (`2024-H1`), "the first ten months of this year"; "of the
    year": the latest such months begun by publication."""
    part = " ".join(m["n"].lower().split())
    count = _FIRST.get(part) or (int(part) if part.isdigit() else _MONTH_COUNTS[part])
    said = m["y"].lower()
    if re.fullmatch(r"(?:19|20)\d\d", said):
        year = int(said)
    elif "the year" in said:
        year = published.year - (count > published.month)
    else:
        year = published.year - ("last" in said)
    return month_span(year, 1, year, count)


_FIRST = {"six": 6, "half": 6, "three": 3, "quarter": 3, "two quarters": 6, "three quarters": 9}
_MONTH_COUNTS = {"two": 2, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MONTH_COUNTS["eleven"] = 11


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS["4th"] = 4


def fiscal_quarter(m: re.Match[str], published: date) -> str:
    """The quarter of a split fiscal year, counted from April ("the third quarter of the 2023/24
    financial year" is October to December 2023, `2023-Q4`)."""
    number = _ORDINALS[m["q"].lower()]
    first = 4 + 3 * (number - 1)
    year = int(m["y"]) + (first > 12)
    first = (first - 1) % 12 + 1
    return month_span(year, first, year, first + 2)


def fiscal_quarter_named(m: re.Match[str], published: date) -> str:
    """ "the first quarter of fiscal year 2024": the quarter of the April-March year ending in
    2024 (April to June 2023); :func:`.fiscal_years.national_fiscal_years` moves it to the
    country's own year."""
    return quarter_of_fiscal_year(*fiscal_quarter_of(m), 4)


def fiscal_quarter_of(m: re.Match[str]) -> tuple[int, int]:
    """The quarter's number and the year its fiscal year ends in ("the third quarter of the
    2023/24 financial year": 3, 2024)."""
    number = _ORDINALS[m["q"].lower()] if m["q"] else int(m["n"])
    if m.re.groupindex.get("z") and m["z"]:
        return number, int(m["y"]) + 1
    return number, int(m["y"]) if m.re.groupindex.get("y") else 0  # 0: the report's own year


def report_quarter(m: re.Match[str], published: date) -> str:
    """ "the first quarter of the fiscal year": until the report's year is known, that quarter
    of the April-March year that publication falls in."""
    number, _ = fiscal_quarter_of(m)
    return quarter_of_fiscal_year(number, published.year + (published.month > 3), 4)


def quarter_of_fiscal_year(number: int, end_year: int, first_month: int, months: int = 3) -> str:
    """The ``number``-th quarter of the fiscal year that starts in ``first_month`` and ends in
    ``end_year`` (a January start is the calendar year); (round 37) with ``months`` 6, its half."""
    start = first_month + months * (number - 1)
    year = end_year - (first_month > 1) + (start - 1) // 12
    start = (start - 1) % 12 + 1
    last = start + months - 1  # a half may run into the next calendar year (October to March)
    return month_span(year, start, year + (last - 1) // 12, (last - 1) % 12 + 1)


def month_years(m: re.Match[str], published: date) -> str:
    """ "from April 2023 to March 2024": the months of two years (a quarter, half or year when
    it is one)."""
    first, last = MONTH_NAMES[m["m"].lower()], MONTH_NAMES[m["m2"].lower()]
    return month_span(int(m["y"]), first, int(m["y2"]), last)


def since_clause(m: re.Match[str], published: date) -> str:
    """ "Since the unit was set up in April 2019": from that day (the month's first when no day
    is named; with no year, the latest such month by publication) to publication."""
    named = m["m"] or m["m2"]
    month = MONTH_NAMES[named.lower()] if named else 1  # "Since 2019, …": from its first day
    day = int(m["d"] or m["d2"] or 1)
    year = int(m["y"]) if m["y"] else published.year - (month > published.month)
    return to_publication(year, month, day, published)


def to_publication(year: int, month: int, day: int, published: date) -> str:
    """The span from that day to publication; a start after publication (a date the text gets
    wrong, or a wrong ``--published``) is that day alone, never a span that ends before it
    starts."""
    start = f"{year}-{month:02d}-{day:02d}"
    return start if start > published.isoformat() else f"{start}/{published.isoformat()}"


def quarter_to(m: re.Match[str], published: date) -> str:
    """ "the quarter to September 2024": the three months ending then (a calendar quarter when
    it is one)."""
    year, last = int(m["y"]), MONTH_NAMES[m["m"].lower()]
    first = last - 2
    return month_span(year - (first < 1), (first - 1) % 12 + 1, year, last)


def at_present(m: re.Match[str], published: date) -> str:
    """ "At present, 1,240 people are registered": a stock at the publication date."""
    return published.isoformat()


def years_to(m: re.Match[str], published: date) -> str:
    """ "the three years to 2023": every year of the span, 2021 to 2023."""
    count = _YEAR_COUNTS.get(m["n"].lower()) or int(m["n"])
    return f"{int(m['y']) - count + 1}-01-01/{m['y']}-12-31"


_YEAR_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_YEAR_COUNTS |= {"nine": 9, "ten": 10}
