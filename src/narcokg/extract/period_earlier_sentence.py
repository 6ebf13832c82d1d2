"""(round 27) An earlier year named in a sentence that compares ("Officers seized 38.6 kilograms,
compared with 24.1 kilograms in 2024.", "… up from 588 in 2023 and 641 in 2024.", "In 2024 the
number was 967, so the year brought an increase of 11.9%.") is the year of that sentence's
earlier figure only: the next sentence ("Officers also seized $412,600 in cash") is of the
report's own period again, as a reader takes it."""

from __future__ import annotations

import re

#: Words before the year that make it an earlier figure's ("compared with … in 2024", "up from
#: 588 in 2023", "27 percent below fiscal year 2025, when …"), with no sentence break between
#: (a decimal point is none: "24.1").
_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|(?:rose|fell|increased|decreased)\s+from"
    r"|against)\b(?:[^.;:!?]|(?<=\d)\.(?=\d))*$"
    # the year right after "below" or "above" (not "more than 77 million pills in 2023")
    r"|\b(?:below|above)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+year\s+)?$",
    re.I,
)
#: Words after it that set the report's own year against it ("…, so the year brought …").
_AFTER = re.compile(r"[^.;:!?]*\bso\s+the\s+year\s+(?:brought|saw)\b", re.I)


def compares_earlier(sentence: str, at: int, end: int) -> bool:
    """The year at ``[at, end)`` of ``sentence`` is named for the earlier figure of a comparison."""
    return bool(_BEFORE.search(sentence[:at]) or _AFTER.match(sentence, end))
