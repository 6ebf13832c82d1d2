"""A period named in a report (:class:`PeriodMention`, re-exported by :mod:`.periods`) and round
9's (issue 14) rules on what kind of period a mention is, read from the text's structure:
a year that belongs to the earlier figure of a pair ("(2019: 6.1%)", "its previous round took
place in 2019"), a fiscal year the report defines by its months ("fiscal 2024, the twelve months
from April 2024 to March 2025"), "since" clauses that start running totals and where such a
total ends."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from narcokg.errors import FactError
from narcokg.extract.lang.en.patterns import SINCE_CLAUSE
from narcokg.extract.period_twelve_months import twelve_months
from narcokg.model.periods import parse_period


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    label: str
    #: a base or comparison period ("compared with 2022", "since 2017", "the 2019 base year"),
    #: or a date that is not a statistic's period ("took effect in 2008")
    comparison: bool = False
    #: the text names the months ("the year ending March 2024"): a fiscal-year label stays April
    #: to March whatever the country's own fiscal year
    stated_months: bool = False
    #: "the last financial year" ("last") or "this financial year" ("this"): a fiscal year
    #: counted from publication, resolved once the country's fiscal year is known
    relative: str = ""
    #: one year named "fiscal 2024" or "FY2024" (not "2023-24"): Japan names such a year by the
    #: year it starts in (:func:`.fiscal_years.national_fiscal_years`)
    single_fiscal: bool = False
    #: a running total's span from a "since" clause to publication: it ends with the report's
    #: own period when that ends earlier (:func:`.period_kinds.running_to_period_end`)
    running: bool = False
    #: (round 10) a quarter of a fiscal year ("the first quarter of fiscal year 2024"): its number
    #: and the year its fiscal year ends in, to move it to the country's own fiscal year
    fiscal_quarter: tuple[int, int] | None = None
    #: (round 11) "the same period of 2024": an earlier year's part, for its own sentence only
    earlier: bool = False
    #: (round 37) ``fiscal_quarter`` counts a half of the fiscal year ("the first half of fiscal
    #: year 2026"), six months, not a quarter
    fiscal_half: bool = False


def base_of_pair(text: str, start: int, end: int) -> bool:
    """A year heading an earlier figure in parentheses ("8.0% (2019: 6.1%)") or named for an
    earlier edition or round ("its previous round took place in 2019"): a base, never the
    report's own period."""
    if text[max(0, start - 1) : start] == "(" and re.match(r"\s*:", text[end : end + 2]):
        return True
    clause = re.split(r"[,;.:\n(]", text[max(0, start - 80) : start])[-1]
    return bool(_EARLIER_EDITION.search(clause))


_EARLIER_EDITION = re.compile(
    r"\b(?:previous|prior|preceding|last|earlier)\s+(?:\w+\s+)?"
    r"(?:round|survey|edition|wave|sweep|cycle|report)\b",
    re.I,
)


def since_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of "since" clauses that name a month or a day."""
    return [m.span() for m in re.finditer(SINCE_CLAUSE, text, re.I)]


def defined_fiscal_years(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """A fiscal year named by one year and defined right after by its months ("fiscal 2024, the
    twelve months from April 2024 to March 2025", "FY2024 (July 2023 to June 2024)") fixes what
    every such name of the report means: each is moved by the same number of years and takes the
    definition's months."""
    for p, q in pairwise(found):
        named = re.fullmatch(r"FY(\d{4})", p.label)
        year = _end_year(q.label)
        split = _split_fiscal(text, p)
        if not (p.single_fiscal or split) or named is None or year is None:
            continue
        if q.single_fiscal:
            continue  # (round 30) "fiscal year 2026 (fiscal year 2025: 1,256)": a base, no months
        if q.start - p.end > 40 or not _DEFINING.fullmatch(text[p.end : q.start]):
            continue
        shift = year - int(named[1])
        # (round 21) "federal fiscal year 2025" stays the nation's year (:func:`.fiscal_years
        # .federal_years`), whatever year a state's report defines
        return [
            _moved(m, shift, q)
            if (m.single_fiscal or (split and _split_fiscal(text, m))) and not federal(text, m)
            else m
            for m in found
        ]
    return found


def _split_fiscal(text: str, p: PeriodMention) -> bool:
    """(round 31) A fiscal year named by both its years ("fiscal year 2025-26"): a county's
    report that defines it by its months ("the twelve months from July 1, 2025 through June 30,
    2026") fixes which months every such name of the report means, as for "fiscal 2024"."""
    named = not p.single_fiscal and not p.stated_months and not p.relative
    return named and bool(_SPLIT_FISCAL.fullmatch(text[p.start : p.end]))


_SPLIT_FISCAL = re.compile(
    r"(?:(?:in|during|for|of|over|throughout)\s+)?(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?"
    r"(?:19|20)\d\d\s*[/\-\u2013\u2014]\s*(?:19|20)?\d\d",
    re.I,
)


def federal(text: str, p: PeriodMention) -> bool:
    """(round 21) A fiscal year named "federal" ("in federal fiscal year 2025")."""
    return bool(_FEDERAL.search(text, max(0, p.start - 12), p.end))


_FEDERAL = re.compile(r"\bfederal\s+(?:fiscal|financial|FY)", re.I)


#: Between a fiscal year and the months that define it: ", the twelve months", " (", ": ";
#: (round 30) ", which covers", ", which ran from" (a county's December-November year).
_DEFINING = re.compile(
    # (round 37) a noun the year qualifies before a bracket: "Fiscal Year 2025 budget (October 1,
    # 2024, through September 30, 2025)"
    r"(?:\s+[a-z]+(?=\s*\())?"
    r"\s*[,(:\u2013\u2014-]?\s*(?:that\s+is,?\s+)?(?:the\s+)?(?:(?:twelve|12)\s+months\s*)?"
    # (round 31) also "Fiscal year 2026 ran from Oct. 1, 2025, through Sept. 30, 2026."
    r"(?:(?:(?:which|that)\s+)?(?:covers|covered|ran|runs|spans|spanned)\s+|covering\s+|running\s+)?"
    r"(?:from\s+)?"
)


def _end_year(label: str) -> int | None:
    """The year a year-long label ends in ("FY2025", "2023-07-01/2024-06-30"), else None."""
    if m := re.fullmatch(r"FY(\d{4})", label):
        return int(m[1])
    span = twelve_months(label)
    return span[2] if span else None


def _moved(p: PeriodMention, shift: int, definition: PeriodMention) -> PeriodMention:
    year = int(p.label[2:]) + shift
    label = f"FY{year}"
    if span := re.fullmatch(r"(\d{4})(-\d\d-01)/(\d{4})(-\d\d-\d\d)", definition.label):
        back = int(span[3]) - year
        label = f"{int(span[1]) - back}{span[2]}/{year}{span[4]}"
    stated = definition.stated_months or not label.startswith("FY")
    return replace(p, label=label, stated_months=stated, single_fiscal=False)


def running_to_period_end(label: str, default: str, published: date) -> str:
    """A running total counted to publication ("since the unit was set up in April 2019, it
    has closed 936 lines") ends where the report's own period ends when that is earlier (a
    bulletin on the 12 months to January 2025, published in February: to 31 January 2025), as
    docs/facts.md's keys write it."""
    span = re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", label)
    if span is None or span[2] != published.isoformat():
        return label
    end = period_end(default)
    if end is None or not span[1] < end < span[2]:
        return label
    return f"{span[1]}/{end}"


def period_end(label: str) -> str | None:
    """The last day of a period label, if it has one."""
    from narcokg.model.periods import parse_period

    try:
        return parse_period(label).end.isoformat()
    except FactError:
        return None


def fieldwork_year(text: str, start: int, label: str) -> str:
    """The months a survey's interviews ran ("interviews were carried out between February and
    November 2023") stand for the survey's year, the period its figures are keyed to."""
    span = re.fullmatch(r"(\d{4})-\d\d-\d\d/(\d{4})-\d\d-\d\d|(\d{4})-(?:Q\d|H\d|\d\d)", label)
    if span is None or (span[1] and span[1] != span[2]):
        return label
    clause = re.split(r"[.;\n]", text[max(0, start - 120) : start])[-1]
    return (span[1] or span[3]) if _FIELDWORK.search(clause) else label


_FIELDWORK = re.compile(
    r"\b(?:survey|interviews?|fieldwork|questionnaires?|respondents)\b[^,]*\b(?:conducted|carried"
    r"\s+out|collected|completed|held|took\s+place|ran)\b",
    re.I,
)


def restated(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """(round 10) A period restated right after it in brackets or after a comma by its months
    ("the third quarter of the fiscal year (January to March 2024)", "fiscal year 2023-24, from
    1 July 2023 to 30 June 2024") is the restatement's: the months are what the text means."""
    result = list(found)
    for i, (p, q) in enumerate(pairwise(found)):
        gap = text[p.end : q.start]
        closed = text[q.end : q.end + 2].lstrip().startswith(")") if "(" in gap else True
        if p.comparison or q.comparison or not _RESTATING.fullmatch(gap) or not closed:
            continue
        if gap.rstrip().endswith(",") and not text.startswith("from ", q.start):
            continue  # (round 21) after a comma only "…, from October 2024 to March 2025"
        if _MONTHS_NAMED.match(text, q.start) and p.label != q.label:
            result[i] = replace(
                p, label=q.label, stated_months=q.stated_months, fiscal_quarter=None
            )
    return result


#: Between a period and its restatement: an opening bracket, or a comma and "which ran".
#: (round 21) also "the last quarter of the year (January to March 2026)", "the fourth quarter
#: alone (January to March 2025)": a fiscal year's quarter restated by its calendar months; a
#: half after a comma ("the first half of fiscal year 2025, from October 2024 to March 2025").
_RESTATING = re.compile(
    r"\s*(?:of\s+(?:the|this|that)\s+(?:(?:financial|fiscal)\s+)?year\s*)?(?:alone\s*)?"
    r"(?:\(|,\s*(?:which|that)\s+(?:ran|runs|run)\s|,\s*(?=$))\s*(?:from\s+)?"
)
#: A restatement opens on a month or a day ("January to March 2024", "1 July 2023 to …").
_MONTHS_NAMED = re.compile(
    r"(?:from\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b",
    re.I,
)


def lead_span(periods: list[PeriodMention], title_end: int, text: str) -> str | None:
    """(round 10) Days or months an operation's or report's lead states ("ran from 7 to 20
    October 2024", "from 3 February to 28 April 2025"): the report's own period, however often
    a year is named elsewhere."""
    lead = re.search(r"[^\n]{100,}(?:\n\s*\n[^\n]+)?", text[title_end:])
    if lead is None:
        return None
    end = title_end + lead.end()
    spans = [
        p for p in periods
        if title_end <= p.start < end and not p.comparison and not p.running
        and (
            (_short_span(p.label) and OPERATION_SENTENCE.search(_sentence_at(text, p.start)))
            or _bracketed_days(text, p)
            or _heading_days(text, p)
        )
    ]  # fmt: skip
    return spans[0].label if spans else _lead_months(periods, title_end, text)


def _lead_months(periods: list[PeriodMention], title_end: int, text: str) -> str | None:
    """(round 17) The first span of whole months the first two paragraphs of 100 characters or
    more name ("in the twelve months to the end of May 2026", "from January to September 2026")
    before any year: the report's period, however often a speech names single years later;
    (round 39) a fiscal year named before it is, in its place."""
    long = [m for m in _PARAGRAPH.finditer(text) if m.start() >= title_end and len(m[0]) >= 100]
    fiscal = None
    for p in periods:
        if not any(m.start() <= p.start < m.end() for m in long[:2]):
            continue
        if p.comparison or p.running or p.earlier or re.match(r",\s+when\b", text[p.end :]):
            continue  # a base with its own clause: "compared with fiscal 2022, when …"
        if re.fullmatch(r"\d{4}", p.label):
            return None  # "seized 1,104 kilograms in 2023 …; between January and November …"
        if whole_months(p.label):
            # (round 39) a fiscal year named before the shorter span is what the report is
            # about ("results for the 2025/26 financial year, … with its figures for the first
            # six months of 2026/27"); the span is a part or a sequel of it
            return fiscal or p.label
        if re.fullmatch(r"FY\d{4}", p.label):
            fiscal = fiscal or p.label
    return None


def whole_months(label: str) -> bool:
    """Two to twelve whole months spelt as dates ("2025-06-01/2026-05-31"): not a year, a quarter,
    a month or a span of days."""
    span = re.fullmatch(r"(\d{4})-(\d\d)-01/(\d{4}-\d\d-\d\d)", label)
    if span is None:
        return False
    last = date.fromisoformat(span[3])
    months = (last.year - int(span[1])) * 12 + last.month - int(span[2]) + 1
    return (last + timedelta(days=1)).day == 1 and 2 <= months <= 12


def _bracketed_days(text: str, p: PeriodMention) -> bool:
    """(round 14) Days the lead gives in brackets ("in six months (from 15/12/2024 to
    14/6/2025)"): they say exactly what the report counts."""
    days = re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", p.label)
    return bool(days and re.search(r"\(\s*(?:from\s+)?$", text[max(0, p.start - 8) : p.start]))


def _heading_days(text: str, p: PeriodMention) -> bool:
    """(round 21) Days that end a heading line before the lead ("Semiannual Report to Congress,
    April 1, 2026 - September 30, 2026"): the span the report covers."""
    opening = text.rfind("\n", 0, p.start) + 1
    closing = text.find("\n", p.end)
    closing = len(text) if closing < 0 else closing
    heading = closing - opening < 100 and not text[p.end : closing].strip(" .")
    return heading and _short_span(p.label)


def _short_span(label: str) -> bool:
    """A span of days shorter than a year ("2024-10-07/2024-10-20"), not a fiscal year."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", label):
        return False
    start, end = date.fromisoformat(label[:10]), date.fromisoformat(label[11:])
    return (end - start).days < 360


def _sentence_at(text: str, at: int) -> str:
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    # (round 40) a sentence ends at its line's end too: a lead's last sentence ("… and for the
    # first six months of 2026/27.") must not take the next paragraph's "Operation Sentinel"
    ends = [end for end in (text.find(". ", at), text.find("\n", at)) if end > 0]
    return text[opening : min(ends, default=len(text))]


#: A paragraph: lines up to a blank line.
_PARAGRAPH = re.compile(r"[^\n](?:.|\n(?!\s*\n))*")
#: A sentence about an operation, campaign or crackdown and when it ran; (round 19) a police
#: "project" or "investigation" is an operation by another name ("The project ran from …").
OPERATION_SENTENCE = re.compile(
    r"\b(?:operation|campaign|crackdown|action\s+days?|sweep|blitz|drive|project|investigation"
    r"|projet)\b",  # (round 40) a Quebec force's "Projet Chenal": its project, in French
    re.I,
)


def month_span(label: str) -> tuple[int, date] | None:
    """(months spanned, last day) of a flow ``label`` that starts on a month's first day
    ("2025-07-01/2026-06-30": 12 months to 2026-06-30); ``None`` for a day, a stock or a label
    that does not parse."""
    try:
        period = parse_period(label)
    except (ValueError, FactError):
        return None
    if period.kind != "flow" or period.start.day != 1:
        return None
    months = 12 * (period.end.year - period.start.year) + period.end.month - period.start.month
    return months + 1, period.end
