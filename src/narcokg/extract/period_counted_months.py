"""(issue 14, round 40) "over the six months", "in the nine months": a span counted in months
names the span of that many whole months the text named last, not the report's own period when
that is another length ("… the 2025/26 year and the first six months of 2026/27. … Between April
and September 2026, … Officers also seized 19.8 kilograms of cocaine over the six months")."""

from __future__ import annotations

import re
from datetime import timedelta

from narcokg.errors import FactError
from narcokg.extract.period_kinds import PeriodMention
from narcokg.model.periods import parse_period

_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
#: "over the six months", "in the nine months", "during the three months" (not "the six months
#: to March", "the six months before", which name their own span).
_COUNTED = re.compile(
    r"\b(?:in|during|over|throughout|for|across)\s+the\s+(?P<n>three|six|nine|twelve|\d{1,2})"
    r"\s+months\b(?!\s+(?:to|ending|ended|before|earlier|prior|after|of|in|from|since)\b)"
    r"(?!\s*\d)",
    re.I,
)
#: The rest of the figure's clause.
_CLAUSE_REST = re.compile(r"[^,;.()\n]*")
#: Between the figure's words and a phrase after it: words of the same clause only.
_SAME_CLAUSE = re.compile(r"[^,;.()\n]{0,40}")


def months_of(label: str) -> int | None:
    """How many whole months ``label`` covers (``None``: a day, or part of a month)."""
    try:
        period = parse_period(label)
    except FactError:
        return None
    start, end = period.start, period.end
    if period.kind != "flow" or start.day != 1 or (end + timedelta(days=1)).day != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def counted_months(
    text: str, found: list[PeriodMention], opening: int, start: int, end: int, label: str
) -> str:
    """The period of a figure at ``[start, end)`` whose sentence opens at ``opening``: the last
    span of N whole months named before the sentence when the figure's clause counts "the N
    months" and ``label`` is of another length; else ``label``."""
    rest = _CLAUSE_REST.match(text, end)
    clause_end = rest.end() if rest else end
    if any(end <= p.start < clause_end and not p.comparison for p in found):
        return label  # "… over the six months, including 11 kilograms found … in July"
    phrase = _COUNTED.search(text, opening, start)
    after = _SAME_CLAUSE.match(text, end)
    if phrase is None and after is not None:
        phrase = _COUNTED.search(text, end, after.end() + 30)
        phrase = phrase if phrase and phrase.start() <= after.end() else None
    if phrase is None:
        return label
    word = phrase["n"].lower()
    count = int(word) if word.isdigit() else _COUNTS[word]
    if months_of(label) == count:
        return label
    earlier = [
        p for p in found
        if p.end <= opening and not p.comparison and not p.running
        and months_of(p.label) == count
    ]  # fmt: skip
    return earlier[-1].label if earlier else label
