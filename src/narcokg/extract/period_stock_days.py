"""(round 27) A sentence opening on a stated day ("As of December 31, 2025, the unit had 44
cases open", "At 31 December 2025, 36 investigations were still open") counts what stood on that
day: the keys date its figures at that day whatever measure they are (docs/facts.md, "Stocks"),
so a figure drafted with a flow's measure keeps the day rather than taking its year."""

from __future__ import annotations

import re

from narcokg.extract.lang.en import patterns as en

#: "As of December 31, 2025,", "As at 31 December 2025,", "As on …", "At 31 December 2025,".
_OPENING = re.compile(rf"\s*(?:as\s+(?:of|at|on)|at)\s+(?:{en.DATE.pattern})\s*,", re.I)
#: A part counted in a clause of its own ("…, of whom 3,152 were newly registered"): a flow may
#: be counted there, so the flow's year stands.
_PART = re.compile(r"\b(?:of\s+whom|of\s+them|among\s+them|including)\b", re.I)


def opens_on_day(text: str, sentence_start: int, mention_start: int) -> bool:
    """The figure at ``mention_start`` is counted on the day its sentence opens on."""
    opening = _OPENING.match(text, sentence_start, mention_start)
    return opening is not None and not _PART.search(text, opening.end(), mention_start)
