"""More numbers that are not statistics (round 7): a report's or issue's number ("Report 22"), a
street address ("160 Elgin Street") and a set named before, counted again ("spent $10 billion on
the four drugs"); round 23: a release page's view counter ("Views: 1,862"). Round 7's phone groups
and short codes are :mod:`.unkeyed`'s phone rule since round 16, its quantity a law attaches a
penalty to :mod:`.legal_amounts`'.
"""

from __future__ import annotations

import re


def reference_or_set(match: re.Match[str], before: str, after: str) -> str | None:
    """Why ``match`` (a figure of the sentence ``before`` + number + ``after``) is no statistic,
    or ``None``."""
    bare = not (match["unit"] or match["rate"] or match["cur"] or match["scale"] or match["den"])
    rest = after[match.end() - match.end("num") :]
    if bare and re.search(r"\b(?:Report|Issue|Volume|Wave|Round|Cycle)\s$", before):
        return "the number of a report or an issue ('Report 22'), not a count"
    if bare and _COUNTER_BEFORE.search(before):
        return "a web page's counter ('Views: 1,862'), not a count of the report's"
    if bare and _STREET.match(rest):
        return "a street address, not a count"
    if bare and _SET_NAMED_BEFORE.search(before) and re.match(r"[a-z]+\b", match["num"]):
        return "a set named before, counted again ('the four drugs'), not a statistic"
    return None


_STREET = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Drive|Lane"
    r"|Way|Place|Square)\b"
)
#: Round 23: a release page's counter in its byline ("Release time: … Views: 1,862").
_COUNTER_BEFORE = re.compile(
    r"\b(?:views|page\s+views|browse\s+times|hits|clicks|reads|visits)\s*[:\uff1a]\s*$", re.I
)
#: "the four drugs": a number word after "the" counts a set the text named before.
_SET_NAMED_BEFORE = re.compile(r"\b(?:on|of|for|to|from|in)\s+the\s+$", re.I)
