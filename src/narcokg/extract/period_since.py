"""(round 17) A running total "since" an event the sentence names without its date ("Since its
launch, …", "Since it was launched, …", "Since the plan began, …"): the event is the one an earlier
sentence dates ("The operation was launched in June 2021."), so the total runs from that month."""

from __future__ import annotations

import re
from datetime import date

from narcokg.extract.lang.en.patterns import MONTH, MONTH_NAMES, YEAR
from narcokg.extract.period_kinds import PeriodMention
from narcokg.extract.period_spans import to_publication

#: Verbs and nouns of beginning, shared with :mod:`.period_since_after` (round 33: one list).
BEGUN = r"(?:launch(?:ed)?|establish(?:ed|ment)?|set\s+up|creat(?:e|ed|ion)|found(?:ed|ing)?"
BEGUN += r"|form(?:ed|ation)|introduc(?:ed|tion)|inception|began|begun|started|start|outset)"
#: A sentence opening on a "since" clause with no date: "Since its launch,", "Since the plan began"
_UNDATED = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?]\s))Since\s+(?:its|their|the\s+[\w-]+(?:\s+[\w-]+)?|it|they)"
    rf"(?:\s+(?:was|were|had\s+been|has\s+been))?\s+{BEGUN}\b(?!\s+(?:in|on)\b)",
    re.I,
)
#: The event dated: a verb of beginning with the month and year, or the year, it happened in.
_DATED = re.compile(
    rf"\b{BEGUN}\b[^.;\n]{{0,80}}?\bin\s+(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b", re.I
)
#: How far back the dated event may stand (two or three paragraphs of a release).
_REACH = 900


def since_event(text: str, found: list[PeriodMention], published: date) -> list[PeriodMention]:
    """Each undated "since" clause as a running total from the last event dated before it."""
    added = []
    for match in _UNDATED.finditer(text):
        dated = list(_DATED.finditer(text, max(0, match.start() - _REACH), match.start()))
        if not dated or any(p.start < match.end() and match.start() < p.end for p in found):
            continue
        event = dated[-1]
        month = MONTH_NAMES[event["m"].lower()] if event["m"] else 1
        label = to_publication(int(event["y"]), month, 1, published)
        added.append(PeriodMention(match.start(), match.end(), label, running=True))
    return sorted([*found, *added], key=lambda p: p.start)
