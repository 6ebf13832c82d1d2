"""Round 27: fatal overdoses are deaths, not non-fatal overdoses.

"Officers responded to 87 overdoses in 2025, 6 of them fatal"; "of which 11 were fatal"; "the
coroner counted 205 fatal drug overdoses": a fatal overdose is a drug
death, so writers of rounds 59-69 name these ``drug-related-deaths`` (unit ``person``), never
``non-fatal-overdoses``, the registry's overdoses that did not kill (which the word "overdose"
alone reads as).
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: A count's own noun: "fatal (drug|opioid) overdoses (statewide)"; "non-fatal" is refused apart.
_FATAL_NOUN = re.compile(r"^fatal\s+(?:[a-z]+\s+)?overdoses?\b", re.I)
#: A bare part after the count, said fatal: "14 of them fatal", "(of which) 21 were fatal".
_FATAL_AFTER = re.compile(
    r"^\s*(?:of\s+(?:them|those|these|which)\s+)?(?:were|was|proved|being|having\s+been)?\s*fatal\b"
    # round 29: calls that "ended in a death", "involved a death" (4 reports of 4 rounds)
    r"|^\s*(?:of\s+(?:them|those|these|which|the\s+calls)\s+)?(?:ended|resulted)\s+in\s+(?:a\s+)?death"
    r"|^\s*(?:of\s+(?:them|those|these|which|the\s+calls)\s+)?involved\s+a\s+death\b",
    re.I,
)
_OVERDOSE = re.compile(r"\boverdos", re.I)


def fatal_overdoses(mention: Mention, before: str, after: str, previous: str) -> Counted | None:
    """``drug-related-deaths`` for fatal overdoses, or a bare part of overdoses said fatal."""
    if mention.unit is not None:
        return None
    own = mention.quote.endswith(mention.noun) and mention.noun.strip()
    if own:
        if re.search(r"\bnon\W?fatal\b", before[-12:] + mention.noun, re.I):
            return None
        if not _FATAL_NOUN.match(mention.noun.strip()):
            return None
        return Counted("drug-related-deaths", "person", True, "measure: fatal overdoses")
    if _FATAL_NOUN.match(mention.noun.strip()):  # a bare base: "…, down from 231 in 2023"
        return Counted("drug-related-deaths", "person", True, "measure: fatal overdoses")
    if _FATAL_AFTER.match(after) and _OVERDOSE.search(before + " " + previous):
        return Counted("drug-related-deaths", "person", True, "measure: overdoses said fatal")
    return None
