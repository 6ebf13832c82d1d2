"""(round 13) A figure's own period, where the period the text names nearest is not its own:
a statute's year ("the … Wildlife Act of 1988", "Act No. 7 of 2011", "Decree 118 of 1999") names no
period; a year not over at publication, in a report that counts part of it ("from January to
November"), is that part."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from narcokg.extract.lang.en import patterns as en
from narcokg.extract.period_named_year_end import at_named_year_end

#: A statute's name before its year, with its number ("Act No. 7 of", "Law 4,102 of",
#: "Royal Decree 118 of"); capitalised: a name, not "the law of 2010".
_STATUTE = re.compile(
    r"\b(?:Act|Ordinance|Law|Code|Decree|Regulations?|Proclamation)"
    # (round 32) "Law No. 19.172 of", "the … Act of Bhutan 2015": a dotted number, a country
    r"(?:\s+(?:No\.?\s*)?\d[\d,.]*(?<=\d))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    r",?\s+(?:of\s+)?$"
)
#: (round 32) A statute named by its year before it: "the Territory's 2023 cannabis law";
#: (round 39) or a change to one: "the 2031 amendment to the Act", "its 2031 amendment".
_STATUTE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:law|act|statute|amendments?)\b(?!\s+enforcement)")
_STATUTE_OWNER = re.compile(r"\b(?:the|its|their|\w+['\u2019]s)\s+$", re.I)


def statute_year(text: str, start: int, end: int) -> bool:
    """The year of ``text[start:end]`` dates a statute, not a figure."""
    year = re.search(r"\d{4}", text[start:end])
    if year is None:
        return False
    at = start + year.start()
    if _STATUTE_OWNER.search(text[max(0, at - 30) : at]) and _STATUTE_AFTER.match(text, at + 4):
        return True
    return bool(_STATUTE.search(text[max(0, at - 60) : at]))


_SPAN = re.compile(r"(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)")


def year_to_date(period: str, default: str, published: date) -> str:
    """A figure of the publication year (not over yet) in a report whose own period is a part of
    that year, up to a day before publication, is of that part: "this year" in a report of
    January to November (docs/facts.md: a figure's period is what it counts). (round 22) A span
    that begins inside that part and runs to publication ("Since March, …" in a release on
    January to June, published in July) ends where the part ends, as docs/facts.md's running
    totals do."""
    if (later := _SPAN.fullmatch(period)) and date(*map(int, later.groups()[3:])) == published:
        return _to_part_end(period, default, published)
    span = _SPAN.fullmatch(default)
    if period != str(published.year) or span is None:
        return period
    start = date(int(span[1]), int(span[2]), int(span[3]))
    end = date(int(span[4]), int(span[5]), int(span[6]))
    # part of a year: not a rolling twelve months ending this year
    if end.year != published.year or end >= published or (end - start).days > 350:
        return period
    return default


def _to_part_end(period: str, default: str, published: date) -> str:
    """(round 22) ``period``, a span to publication, ends where the report's own period ends
    when it begins inside that period and that period, whole months shorter than a year (a
    half-year, "January to October"; not an operation's days, not a whole year), ended before
    publication, as docs/facts.md's running totals do: "Since March, …" in a release on January
    to June published in July is March to June. A year to date ("so far this year", "since
    January", from January 1) or a span from before the period ("since September 2020") stays
    to publication, as the keys of round 6 write it (the keys disagree on the latter)."""
    from narcokg.errors import FactError
    from narcokg.model.periods import parse_period

    try:
        own = parse_period(default)
    except FactError:
        return period
    after = own.end + timedelta(days=1)
    count = (after.year - own.start.year) * 12 + after.month - own.start.month
    months = own.start.day == 1 and after.day == 1 and count < 12
    begins = date.fromisoformat(period[:10])
    year_to_date = (begins.month, begins.day) == (1, 1)
    ended = own.kind == "flow" and months and own.start < begins < own.end < published
    ended = ended and not year_to_date
    return f"{period[:10]}/{own.end.isoformat()}" if ended else period


#: What puts a figure in comparison with another before it: "compared with", "against", "twice
#: the", "than the", "a 5% fall from the", "down from", an opening bracket ("(2,105 in
#: 2022)"); not "more than", a qualifier.
_CUE = (
    r"(?:(?:\bcompare[ds]?\s+(?:with|to)|(?:(?<=,\s)|(?<=\d\s)|(?<=\bas\s))against|\bversus"
    r"|\bvs\.?)"
    r"\s+(?:the\s+)?"
    r"|\b(?:times|twice|double|above|below)\s+the\s+"
    r"|(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan\s+(?:the\s+)?"
    r"|\bfrom\s+the\s+"
    r"|\b(?:up|down|rose|fell|increased|decreased|declined|dropped|grew|climbed|jumped)\s+"
    r"(?:\S+\s+){0,3}?from\s+"
    r"|\()"
)
_AMOUNT = (
    r"(?:[A-Z]{1,3}\s?\$\s?|[$£€¥]\s?|Rs\.?\s?|RM\s?|EUR\s?)?\d[\d.,]*(?<=\d)"
    r"(?:\s+(?:million|billion|thousand))?(?:\s+per\s+\d[\d,]*)?"
)
#: A compared figure and its own words up to its period: "from the 884 parrots rescued in",
#: "twice the 61 kilograms found on ferries in", "four times the $ 2.1 million of".
_BASE_BEFORE = re.compile(
    rf"{_CUE}(?P<n>{_AMOUNT})[^\d,;:.()]{{0,60}}?(?:\s(?:in|of|for|during)(?:\s+the)?)?\s*$",
    re.I,
)
#: A year named as a compared total: "twice the 2021 total"; (round 19) "quantity" too ("2.2
#: times the 2024 quantity").
_YEAR_TOTAL_BEFORE = re.compile(
    r"\b(?:times|twice|double|than|above|below|from|on|over|against|with|to)\s+(?:the\s+)?$", re.I
)
_TOTALS = r"(?:figure|total|level|amount|tally|count|number|result|record|quantit(?:y|ies))"
_YEAR_TOTAL_AFTER = re.compile(rf"\s+{_TOTALS}s?\b", re.I)
#: The compared total's number: "the 2021 total of 4.4 tonnes", (round 19) or in brackets after
#: it, "the 2024 quantity (49.7 kilograms)".
_TOTAL_OF = re.compile(
    rf"\s+{_TOTALS}s?(?:\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?|\s*\(\s*)$", re.I
)


def base_figure_at(text: str, start: int) -> int | None:
    """Where the compared figure whose own period begins at ``start`` begins, if it is one
    ("a 5% fall from the 884 parrots rescued in 2022": the 884's year)."""
    clause = re.split(r"[.;\n]\s", text[max(0, start - 120) : start])[-1]
    found = _BASE_BEFORE.search(clause)
    return start - len(clause) + found.start("n") if found else None


def compared_period(text: str, start: int, end: int) -> bool:
    """The period at ``[start, end)`` is a compared figure's, or a compared year's total ("the
    2019 figure"): a base, the period of no other figure and carried to no later sentence."""
    if base_figure_at(text, start) is not None:
        return True
    before = text[max(0, start - 30) : start]
    return bool(_YEAR_TOTAL_BEFORE.search(before) and _YEAR_TOTAL_AFTER.match(text, end))


def own_compared_period(text: str, found: list[Any], start: int, end: int) -> str | None:
    """The period of a compared figure at ``[start, end)``: the base period its own words end on
    ("the 61 kilograms found on ferries in 2022"), or the compared year's total it is the
    number of ("the 2021 total of 4.4 tonnes")."""
    for p in found:
        if not p.comparison:
            continue
        if 0 <= p.start - end <= 80 and not re.search(r"\d", text[end : p.start]):
            at = base_figure_at(text, p.start)
            if at is not None and start <= at < end:
                return str(p.label)
        if p.end <= start and _TOTAL_OF.fullmatch(text, p.end, start):
            return str(p.label)
        if p.end <= start and _WHEN.fullmatch(text, p.end, start):
            return str(p.label)  # "… fewer than in 2029, when 2,600 arrests were made"
    return None


#: (round 18) A base's own clause up to a figure: "than in 2014, when 8.1% …", "a 38% decrease
#: from fiscal year 2025, when agents seized 99.2 pounds and 40 …" (a base, for no other figure).
_WHEN = re.compile(r",\s+when\s+(?:[^.;:(),]|[.,](?=\d))*")


_MONTH, _YEAR = en.MONTH, en.YEAR
#: (rule name, pattern) tried before :data:`.patterns.PERIODS`: a stock's stated day ("At 30
#: September 2024, 41 boats were impounded", "at December 31, 2024"), and a "since" clause about
#: an event that names only its year, or its month after a long clause ("Since the dive team was
#: formed in 2016, …": a running total from that year's start).
FIRST_PERIODS: tuple[tuple[str, str], ...] = (
    (
        "as_of_date",
        rf"\bat\s+(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b(?P<d2>(?!))?",
    ),
    (
        "as_of_date",
        rf"\bat\s+(?P<m>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y>{_YEAR})\b(?P<d>(?!))?",
    ),
    (
        "since_clause",
        rf"(?:^|(?<=\n)|(?<=[.!?]\s))since\s+(?:the|its|it|their|this|that|a|an)\b[^,.;:\n]{{0,120}}?\b(?:in|on)\s+"
        rf"(?:(?P<m2>{_MONTH})\s+)?(?P<y>{_YEAR})\b(?P<m>(?!))?(?P<d>(?!))?(?P<d2>(?!))?",
    ),
)
#: A day a stated date takes as a stock's, not as an event's ("At 30 September 2024, …").
AT_DAY = re.compile(r"\b[Aa]t\s+$")
#: A stock counted when the year closed: "95 appeals were pending at the close of the
#: year", "1,020 registered at the end of the year".
_YEAR_END = re.compile(r"[^,;.\d]{0,60}?\bat\s+the\s+(?:end|close)\s+of\s+the\s+year\b", re.I)


def at_year_end(text: str, end: int, period: str) -> str:
    """A figure counted "at the end of the year" its context names is a stock on its last day;
    (round 20) so is every figure of a sentence that opens on it ("At the end of the year, 389
    people were receiving treatment, 27 more than a year before"; round 32: "At year's end,",
    "At the end of December,")."""
    if re.fullmatch(r"\d{4}", period) and (
        _YEAR_END.match(text, end) or _OPENS_AT_YEAR_END.search(_sentence_to(text, end))
    ):
        return f"{period}-12-31"
    return at_named_year_end(text, end, _sentence_to(text, end), period)  # (round 52)


_OPENS_AT_YEAR_END = re.compile(
    r"^\s*at\s+(?:the\s+(?:end|close)\s+of\s+(?:the\s+year|December)\b"
    # (round 32) "At year's end,", "At year-end,", "At the end of December,"
    r"|(?:the\s+)?year(?:['\u2019]s\s+|[-\s])end\b)",
    re.I,
)


def _sentence_to(text: str, end: int) -> str:
    """The sentence up to ``end``: from the last full stop and space, or line break, before it."""
    return re.split(r"\n|[.!?]\s", text[max(0, end - 400) : end])[-1]


#: The year before as the base a figure is compared with: "120 packages more than in the
#: previous year", "1.8 times the previous year's" (not "up from 410 the previous
#: year", that year's own figure).
_PREVIOUS_BASE = re.compile(
    r"[^,;.\d]{0,40}?\b(?:than|times|twice|double|against|above|below|versus"
    r"|compared\s+(?:with|to))\s+(?:in\s+|for\s+)?the\s+(?:previous|prior|preceding)\s",
    re.I,
)


def previous_is_base(text: str, start: int, end: int) -> bool:
    """The year before named right after the figure at ``[start, end)`` is its base."""
    last = re.search(r"\S+$", text[start:end])
    return bool(_PREVIOUS_BASE.match(text, start + last.start() if last else end))


def fit_nature(measure: str, period: str, explicit: bool, review: list[str]) -> str:
    """A flow (registry: nk:measureNature) takes the year of an end-of-year date ("at the end of
    2023, 10 fugitives were named" -> 2023); a stock whose year came from the context is counted
    at the year's end."""
    from narcokg.model.registry import registry

    entry = registry().measures.get(measure)
    nature = entry.nature if entry else None
    # a flow, or a rate whose date came from the context, is of the year that date ends
    if (nature == "flow" or (nature is None and not explicit)) and (
        m := re.fullmatch(r"(\d{4})-12-31", period)
    ):
        return m[1]
    if nature == "stock" and not explicit and re.fullmatch(r"\d{4}", period):
        review.append(f"period: a stock; counted at the end of {period}?")
        return f"{period}-12-31"
    return period


def flow_at_stock_day(
    text: str, found: list[Any], bounds: tuple[int, int], measure: str, period: str, default: str
) -> str:
    """(round 23) A flow counted in a sentence whose only date is a stock's ("At present, the
    city has 9,400 registered drug users; 386 were newly found", "214 sellers were identified,
    63 of them charged by the end of June") is of the report's own span, when that span ends on
    that day or in the month before it: a count of new users is no stock."""
    spanned = span_ending_on(measure, period, default)
    if spanned == period:
        return period
    start, end = bounds
    stated = [p for p in found if start <= p.start < end and p.label == period]
    if not stated or not all(_STOCK_DAY.match(text, p.start) for p in stated):
        return period
    return spanned


def span_ending_on(measure: str, period: str, default: str) -> str:
    """The report's span ``default`` for a flow ``measure`` dated ``period``, a day on which that
    span ends or in the month after it (a flow is counted over a span, not on its last day);
    else ``period``."""
    from narcokg.model.periods import parse_period
    from narcokg.model.registry import registry

    entry = registry().measures.get(measure)
    if entry is None or entry.nature != "flow" or not re.fullmatch(r"\d{4}-\d\d-\d\d", period):
        return period
    try:
        span, day = parse_period(default), date.fromisoformat(period)
    except ValueError:
        return period
    if span.kind != "flow" or span.start == span.end or not 0 <= (day - span.end).days <= 31:
        return period
    return default


#: A day a stock is counted on, named by its words rather than its date: "at present",
#: "currently", "as of the end of May", "by the end of June", (round 30) "until the end of May"
#: (not an event's "On 5 June", nor "As of September 30, 2026" or "At the end of January 2025",
#: a stock's own date).
_STOCK_DAY = re.compile(
    r"(?:at\s+present|currently|(?:as\s+(?:of|at)|by|at|up\s+to|until|till)\s+"
    r"(?:the\s+)?end\s+of\s+"
    r"[a-z]+\b(?!,?\s+(?:19|20)\d\d))\b",
    re.I,
)
