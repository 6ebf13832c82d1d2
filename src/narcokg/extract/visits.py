"""Round 15: visits to a service for an overdose are non-fatal overdoses.

"Emergency departments recorded 11,240 visits for non-fatal overdoses", "… 3,480 visits for
opioid poisoning": writers of rounds 8, 13 and 16 count such visits as ``non-fatal-overdoses``
in overdoses (a visit for a poisoning is a poisoning survived), not as visits.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: Contacts with a service, counted by their noun.
_CONTACTS = re.compile(r"\b(?:visits|presentations|attendances|encounters)$", re.I)
#: What they were for, right after the count: "for (a) non-fatal (drug) overdose(s)".
_FOR_OVERDOSE = re.compile(
    r"^\s*(?:to\s+[a-z\s]{1,40}?\s+)?(?:for|related\s+to|due\s+to|involving)\s+(?:an?\s+)?"
    r"(?:suspected\s+)?(?:non-?fatal\s+|nonfatal\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:overdoses?|poisonings?)\b",
    re.I,
)


def overdose_visits(mention: Mention, after: str) -> Counted | None:
    """``non-fatal-overdoses`` for a count of visits for an overdose, else ``None``."""
    if mention.unit is not None or not _CONTACTS.search(mention.noun.strip()):
        return None
    if _FOR_OVERDOSE.match(after) is None:
        return None
    return Counted("non-fatal-overdoses", "overdose", False, "measure: visits for an overdose")
