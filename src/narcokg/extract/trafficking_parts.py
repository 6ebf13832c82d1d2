"""Round 30: a bare part of an arrest count that its own words say was for supply ("made 1,318
drug arrests. Of those, 402 were for trafficking", "3,318 arrests, 1,140 of them for drug
trafficking offences", "Of the 143, 52 were arrests for trafficking") is `trafficking-arrests`,
as the keys of such parts name it (docs/facts.md: arrests for supply are trafficking arrests),
not the whole's `suspects-arrested` nor a proposal made of "for trafficking offenses".

Round 38: the part's words may name the supply by the law's "delivery", after a degree ("were for
first- or second-degree sale offences", "were for delivery or manufacture of a controlled
substance"), or hold the people on its charges ("71 were held on sale or transport charges"):
hennepinsheriff gerenuk84, mcso-or tahr111, srpmic-az colobus102, drafted the whole's arrests."""

from __future__ import annotations

import re

from narcokg.extract.charged_people import SUPPLY
from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: What the part was for, right after its number: "of them for drug trafficking offences",
#: "were for trafficking", "were arrests for trafficking in …", "were arrested on suspicion of
#: supplying …".
_FOR_SUPPLY = re.compile(
    r"^\s*(?:of\s+(?:them|those|these)\s+)?(?:were\s+|was\s+)?(?:arrests?\s+|arrested\s+|held\s+)?"
    rf"(?:for|on)\s+(?:suspicion\s+of\s+)?(?:[a-z-]+\s+){{0,3}}?(?:{SUPPLY}|deliver)",
    re.I,
)
#: The whole is a count of arrests or of people arrested, detained or held in custody.
_ARRESTS = re.compile(r"\b(?:arrest|detain|apprehen|custody)", re.I)


def trafficking_part(mention: Mention, before: str, after: str, previous: str) -> Counted | None:
    """``trafficking-arrests`` for a bare part of arrests made for supply, else ``None``."""
    if mention.unit is not None or re.search(r"[A-Za-z]", mention.quote):
        return None  # a count with its own noun says what it counts
    if not _FOR_SUPPLY.match(after) or not _ARRESTS.search(_whole(before, previous)):
        return None
    return Counted("trafficking-arrests", "person", True, "measure: a part of arrests, for supply")


#: The whole named again in front of the part: "Of the 143, ", "Among the 6,214, ".
_WHOLE_AGAIN = re.compile(r"\b(?:of|among)\s+the\s+[\d,]+\s*,\s*$", re.I)
#: The last count before the part, with the word before it: "arrested 2,934 people, ", "led to
#: 3,318 arrests during the year, " (not "Those arrested face 142 charges, ": charges).
_LAST_COUNT = re.compile(r"(?:[A-Za-z]+\s+)?\d[\d,.]*[^\d]*$")


def _whole(before: str, previous: str) -> str:
    """The words that count the whole: the figure's own sentence when it counts something before
    the part ("3,318 arrests, 1,140 of them"), else the sentence before too ("Of those, 402")."""
    own = _WHOLE_AGAIN.sub("", before)
    counted = _LAST_COUNT.search(own)
    return counted[0] if counted else f"{previous} {own}"
