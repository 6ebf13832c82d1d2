"""(round 27) A figure its own words tie to the year before, in shapes `lang.en.earlier` does not
read: the year after its noun and a verb or "of" ("32% less than the 433 tonnes of the previous
year", "nearly double the 25.1 million pills seized the year before"), or a "when" clause after
the year before ("7% more than in the previous year, when 38,950 offences were recorded"). The
figure is that year's (docs/facts.md, "The earlier figure of a pair")."""

from __future__ import annotations

import re

_PREVIOUS = (
    r"the\s+(?:(?:previous|prior|preceding)\s+(?:(?:fiscal|financial)\s+)?year|year\s+before)"
)
#: Right after the figure: "433 tonnes of the previous year", "25.1 million pills seized the
#: year before" (a noun of at most three words, then "of" or a past participle).
_AFTER = re.compile(
    rf"(?:\s+[a-z]+){{0,3}}?\s+(?:of|[a-z]+ed|seized|taken|found|made)\s+{_PREVIOUS}\b", re.I
)
#: Before the figure in its sentence: "… than in the previous year, when …", "on the year
#: before, when the same states reported …" (no other clause between).
_WHEN = re.compile(rf"\b{_PREVIOUS}\s*,\s+when\b[^,;.:()]*$", re.I)


def tied_to_year_before(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The figure at ``[start, end)`` is the year before's by its own words."""
    return bool(_AFTER.match(text, end) or _WHEN.search(text, sentence_start, start))
