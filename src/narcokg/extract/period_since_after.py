"""(round 32) A running total whose "since" follows its figure inside the sentence.

"The initiative has dismantled 74 organizations since it began in 2030" and "The task force,
set up in 2029 to target supply networks, has closed 611 lines since it began": docs/facts.md
keys a running total from the day the event began (the year's first day when only its year is
named) to the end of the report's own period. Rounds 9 and 17 read such a "since" only when it
opens the sentence ("Since it began in 2030, …", "Since its launch, …") or names a month; mid-
sentence, the event's year stayed a plain year the figure took. A record ("the highest since the
agency was created in 2012") is no running total.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from narcokg.extract.lang.en.patterns import MONTH, MONTH_NAMES, RECORD_SINCE, YEAR
from narcokg.extract.period_kinds import PeriodMention
from narcokg.extract.period_since import BEGUN
from narcokg.extract.period_spans import to_publication

#: A mid-sentence "since" clause dated by its year: "since it began in 2030", "since the office
#: formed its team in 2029", "since the program's founding in 1998" (not a split year "2029-30").
_SINCE_YEAR = re.compile(
    rf"(?<=\s)since\s+(?:it|its|the|they|their|this|that)\b[^,.;:\n]{{0,80}}?\bin\s+"
    rf"(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b(?!\s*[-/\u2013]\s*\d)",
    re.I,
)
#: A mid-sentence "since" with no date of its own: "since it began", "since its launch", "since
#: the start" (not "since the start of the year", "since it began in 2030").
_SINCE_UNDATED = re.compile(
    rf"(?<=\s)since\s+(?:its|the|it|they|their)(?:\s+(?:was|were|had\s+been|has\s+been))?\s+"
    rf"{BEGUN}\b(?!\s+(?:in|on|of|at)\b)",
    re.I,
)
#: The event the undated "since" refers to, earlier in its sentence: "set up in 2029", "which the
#: bureau launched in March 2030".
_DATED = re.compile(
    rf"\b{BEGUN}\b[^.;\n]{{0,80}}?\bin\s+(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b(?!\s*[-/\u2013])",
    re.I,
)


def since_after(text: str, found: list[PeriodMention], published: date) -> list[PeriodMention]:
    """The event's date in each mid-sentence "since" clause, or the date an undated "since"
    refers back to in its sentence, as a running total to publication (cut to the report's own
    period later, :func:`.period_long_totals.long_total_to_period_end`)."""
    for match in _SINCE_YEAR.finditer(text):
        found = _running_at(text, found, match, published)
    for match in _SINCE_UNDATED.finditer(text):
        opening = _sentence_start(text, match.start())
        dated = list(_DATED.finditer(text, opening, match.start()))
        if dated:
            found = _running_at(text, found, dated[-1], published, since=match.start())
    return found


def _running_at(
    text: str,
    found: list[PeriodMention],
    match: re.Match[str],
    published: date,
    since: int | None = None,
) -> list[PeriodMention]:
    """``found`` with the year or month mention of ``match``'s date made a running total, unless
    the clause before the "since" is a record's or the mention is already a running total."""
    at = match.start() if since is None else since
    opening = _sentence_start(text, at)
    if at == opening or RECORD_SINCE.search(text[opening:at]):
        return found  # an opening "Since …, " is read by rounds 9 and 17; a record counts nothing
    month = MONTH_NAMES[match["m"].lower()] if match["m"] else 1
    label = to_publication(int(match["y"]), month, 1, published)
    plain = re.compile(rf"{match['y']}(?:-{month:02d})?") if match["m"] else re.compile(match["y"])
    out = []
    for p in found:
        inside = match.start("y") <= p.end and p.start <= match.end("y")
        if inside and not p.running and plain.fullmatch(p.label):
            # an event's date was read as no statistic's period ("launched in 2029")
            p = replace(p, label=label, running=True, comparison=False)
        out.append(p)
    return out


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins (after a full stop and a space, or a new line)."""
    cuts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:at])]
    return cuts[-1] if cuts else 0
