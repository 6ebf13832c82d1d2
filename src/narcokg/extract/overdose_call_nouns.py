"""(round 53) Overdose calls however their noun is trimmed: round 38's reading
(:mod:`.responded_overdoses`) took only "overdose calls", perhaps "suspected", as the whole noun,
and looked for the answering service in the count's sentence cut at every full stop. So
"1,577 suspected opioid overdose calls", "152 suspected overdose calls inside the city limits",
"Overdose calls answered by the tribal police fell from 64 to 47" and the base of "212 suspected
overdose calls, down 19.7 per cent from 264" (the decimal point cut the officers off) were
drafted non-fatal overdoses, while the keys count calls (``overdose-calls-responded-to``)."""

from __future__ import annotations

import re

#: "suspected opioid overdose calls", "overdose calls inside the city limits", "Overdose calls
#: answered by ...": calls, whatever follows (never "overdose deaths" nor "overdoses")
_CALLS = re.compile(
    r"^(?:(?:suspected|possible|reported)\s+)?(?:(?:drug|opioid|opioid-related)\s+)?"
    r"overdose\s+calls\b",
    re.I,
)


def overdose_calls(noun: str) -> bool:
    """The noun counts overdose calls."""
    return _CALLS.match(noun.strip()) is not None


def sentence_part(before: str) -> str:
    """The text before a count back to its sentence's last stop or semicolon, a decimal point
    ("19.7 per cent") being no stop."""
    return re.split(r";|\.(?!\d)", before)[-1]
