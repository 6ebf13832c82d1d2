"""Round 11 (issue 14): "the same quarter of the previous financial year", "the same period of
2024", "the same months a year earlier": the period named last before the phrase, moved back a
year (or to the year the phrase names), as a period of its own. A quarter of a fiscal year has
already become its calendar quarter, so the same quarter a year back is that calendar quarter a
year back (docs/facts.md "The report's frame"). (round 23) Also "during those six months", "the
whole year": the period named last before the phrase, unmoved (moved here from :mod:`.periods`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from narcokg.errors import FactError
from narcokg.extract.lang.en import patterns as en
from narcokg.extract.lang.en.frame import SAME_EARLIER
from narcokg.extract.period_full_year import year_of_part
from narcokg.extract.period_kinds import PeriodMention
from narcokg.model.periods import parse_period

_QUARTER = re.compile(r"\d{4}-Q\d")


def same_earlier(
    text: str,
    found: list[PeriodMention],
    back: Callable[[str, int], str | None],
    compared: Callable[[int, int], bool],
) -> list[PeriodMention]:
    """``found`` with each such phrase as the period it names (``back``: a label moved back by a
    number of years; ``compared``: whether the words at a span make it a base); a year inside
    the phrase ("of 2024") is no period of its own."""
    result, added = list(found), []
    for match in SAME_EARLIER.finditer(text):
        start, end = match.span()
        earlier = [p for p in result if p.end <= start and not p.comparison and p not in added]
        if (match["unit"] or "").lower() == "quarter":
            earlier = [p for p in earlier if _QUARTER.fullmatch(p.label)]
        if not earlier:
            continue
        last = max(earlier, key=lambda p: p.end)
        years = _end_year(last.label) - int(match["y"]) if match["y"] else 1
        label = back(last.label, years) if years > 0 else None
        if label is None:
            continue
        result = [p for p in result if p.end <= start or end <= p.start]
        added.append(PeriodMention(start, end, label, compared(start, end), earlier=True))
        result.append(added[-1])
    return sorted(result, key=lambda p: p.start)


def _end_year(label: str) -> int:
    """The year a period label ends in ("2024-Q4": 2024; "2024-07-01/2025-06-30": 2025)."""
    return int(re.findall(r"\d{4}", label)[-1])


def same_length(words: str, earlier: list[PeriodMention]) -> list[PeriodMention]:
    """The periods of ``earlier`` that "the same six months" or "the same period" (``words``) can
    point back to: spans of that many months, else any span; never a single day (an event's
    day, a stock's "at present")."""
    months = _months(words)
    if re.search(r"\bquarter\b", words, re.I):  # (round 42) "during that quarter": three months
        months = 3
    spans = []
    for p in earlier:
        try:
            period = parse_period(p.label)
        except (ValueError, FactError):  # a span that ends before it starts points nowhere
            continue
        length = 12 * (period.end.year - period.start.year) + period.end.month
        length -= period.start.month - 1
        if period.kind == "flow" and period.start != period.end and months in {None, length}:
            spans.append(p)
    return spans


def _months(words: str) -> int | None:
    """How many months "the same eleven months" names (``None``: "the same period")."""
    count = re.search(r"(\w+)\s+months", words, re.I)
    if count is None:
        return None
    word = count[1].lower()
    return int(word) if word.isdigit() else en.NUMBER_WORDS.get(word)


def same_as_before(
    text: str, found: list[PeriodMention], taken: list[tuple[int, int]]
) -> list[PeriodMention]:
    """ "during those six months", "in the same period": the last period named before, in its
    paragraph or the one before."""
    for match in en.SAME_AS_BEFORE.finditer(text):
        start, end = match.span()
        earlier = [p for p in found if p.end <= start and not p.comparison]
        if match["quarter"]:  # "during the quarter": the last quarter named
            earlier = [p for p in earlier if re.fullmatch(r"\d{4}-Q\d", p.label)]
        if match["month"]:  # "that month": the last month named
            earlier = [p for p in earlier if re.fullmatch(r"\d{4}-\d\d", p.label)]
        # (round 42) "Over the full year" after a quarter: the year the quarter is of
        year = year_of_part(text, found, start, _year_long) if match["whole"] else None
        if year is not None:
            if not any(start < e and s < end for s, e in taken):
                found.append(PeriodMention(start, end, year.label, running=year.running))
            continue
        if match["year"] or match["whole"]:  # the last whole year named in its paragraph
            earlier = [
                p for p in earlier
                if _WHOLE_YEAR.fullmatch(p.label) and "\n\n" not in text[p.end : start]
                and "(" not in text[max(0, p.start - 2) : p.start]  # "(2022: 0.8 million)"
                and (not match["whole"] or _year_long(p.label))
            ]  # fmt: skip
        if not (match["quarter"] or match["month"] or match["year"] or match["whole"]):
            earlier = same_length(match.group(), earlier)  # "the same six months"
        # (round 23) a running total's span ("Since the campaign began in April, …") is carried
        # within its own paragraph only, not to a later paragraph's "in the same period"
        earlier = [p for p in earlier if not p.running or "\n\n" not in text[p.end : start]]
        earlier = [p for p in earlier if not _base_of_same(text, p.start)]
        if earlier and not any(start < e and s < end for s, e in taken):
            last = max(earlier, key=lambda p: p.end)
            # just discussed, not long before (the quarter of a quarterly report is its own)
            if match["quarter"] or match["month"] or text.count("\n\n", last.end, start) <= 1:
                found.append(PeriodMention(start, end, last.label, running=last.running))
    return sorted(found, key=lambda p: p.start)


#: A year-long period: a year, a fiscal year, twelve months from the first of a month.
_WHOLE_YEAR = re.compile(r"(?:FY)?\d{4}|\d{4}-(\d\d)-01/\d{4}-\d\d-\d\d")


def _year_long(label: str) -> bool:
    """(round 23) A year, a fiscal year or twelve months: what "the whole year" can restate,
    not a campaign's months ("from April to October") named between it and its year."""
    span = re.fullmatch(r"(\d{4})-(\d\d)-01/(\d{4})-(\d\d)-\d\d", label)
    if span is None:
        return re.fullmatch(r"(?:FY)?\d{4}", label) is not None
    months = int(span[3]) * 12 + int(span[4]) - int(span[1]) * 12 - int(span[2]) + 1
    return months == 12


def _base_of_same(text: str, at: int) -> bool:
    """(round 23) The year of "the same period last year" at ``at``: a base, never what a later
    "in the same time" points back to."""
    return bool(_BASE_OF_SAME.search(text[max(0, at - 40) : at]))


_BASE_OF_SAME = re.compile(r"\b(?:same|corresponding)\s+(?:period|months?|quarter|time)\s+$", re.I)
