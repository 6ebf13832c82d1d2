"""(round 38) A stock whose day follows the figure in its own clause ("1,082 cases remained
pending on December 31", "203 participants were enrolled as of December 31, 2025", "63 of them
remained active at year's end"): the keys date it at that day whatever measure it is
(docs/facts.md, "Stocks"), as round 27 did for a sentence that opens on the day; a year named
earlier in the sentence ("Prosecutors resolved 2,711 cases in 2025, and …") is the other
clause's."""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.period_kinds import PeriodMention

#: Up to the clause's end: a comma, a semicolon or a full stop (not a decimal point).
_CLAUSE = re.compile(r"[^;,.]*(?:\.\d[^;,.]*)*")
#: "as of", "as at", "as on" state a stock's day; a bare "on" only after words of standing
#: ("remained", "still", "stood", "held"): "12 people were arrested on March 3" is an event.
_AS_OF = re.compile(r"\bas\s+(?:of|at|on)\s+$", re.I)
_ON = re.compile(r"\bon\s+$", re.I)
_PREPOSITION = re.compile(r"(?:as\s+(?:of|at|on)|on)?\s*", re.I)
_STANDING = re.compile(r"\b(?:remain(?:ed|s)?|still|stood|(?:being\s+)?held)\b", re.I)
#: "at year's end", "at year-end", "at the end of the year", "at the close of the year".
_YEAR_END = re.compile(
    r"\bat\s+(?:(?:the\s+)?year(?:['\u2019]s\s+|[-\s])end|the\s+(?:end|close)\s+of\s+the\s+year)\b",
    re.I,
)


#: (round 41) "on that date", "that day", "on the same day": the day named before, restated.
#: Not that day of another year: "compared with 64 on the same date a year earlier".
_THAT_DAY = re.compile(
    r"\b(?:that|the\s+same)\s+(?:date|day)\b(?!\s*(?:of|when|on|in)\b"
    r"|\s+(?:a|one|the)\s+year\s+(?:earlier|before)|\s+(?:last|the\s+previous)\s+year)",
    re.I,
)
#: A paragraph's break: the day restated is named in the figure's paragraph.
_BREAK = re.compile(r"\n\s*\n")


def clause_day(
    text: str, found: list[PeriodMention], mention: Mention, sentence_end: int, period: str
) -> str:
    """The day the figure at ``mention`` stands on when its own clause states it after the
    figure (``found``: the report's period mentions); else ``period``."""
    start, mention_end = mention.start, mention.end
    clause = _CLAUSE.match(text, mention_end, sentence_end)
    end = clause.end() if clause else mention_end
    for p in found:
        if not mention_end < p.start <= end or not re.fullmatch(r"\d{4}-\d\d-\d\d", p.label):
            continue
        before = text[mention_end : p.start]
        if re.search(r"\d", before):
            return period  # another figure comes first: the day is its
        # a mention holds its preposition ("on December 31"): read it with the words before
        preposition = _PREPOSITION.match(text, p.start, p.end)
        before += preposition[0] if preposition else ""
        standing = _STANDING.search(text, start, p.start)  # a figure's span may hold its verb
        if _AS_OF.search(before) or (_ON.search(before) and standing):
            return p.label
    if (day := _that_day(text, found, start, mention_end, end)) is not None:
        return day
    year = re.fullmatch(r"(\d{4})(?:-\d\d-\d\d)?", period)
    at_end = _YEAR_END.search(text, mention_end, end)
    if year and at_end and not re.search(r"\d", text[mention_end : at_end.start()]):
        return f"{year[1]}-12-31" if _STANDING.search(text, start, at_end.start()) else period
    return period


def _that_day(
    text: str, found: list[PeriodMention], start: int, mention_end: int, end: int
) -> str | None:
    """(round 41) A figure whose own clause ends "on that date" or "that day" ("That is about
    35 percent of the population on that date.") stands on the last day its paragraph named
    before it ("On December 31, 2025, the jail held 412 inmates …"), not on the report's year."""
    that = _THAT_DAY.search(text, mention_end, end)
    if that is None or re.search(r"\d", text[mention_end : that.start()]):
        return None
    days = [
        p for p in found
        if p.end <= start and not p.comparison and re.fullmatch(r"\d{4}-\d\d-\d\d", p.label)
    ]  # fmt: skip
    if not days or _BREAK.search(text, days[-1].end, start):
        return None
    return days[-1].label
