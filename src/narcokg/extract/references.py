"""More numbers that are not statistics (round 7): a report's or issue's number ("Report 22"), a
street address ("160 Elgin Street"), the quantity a law attaches a penalty or a presumption to
("possession of more than one kilogram of heroin can be punished with death"), and a set named
before, counted again ("spent $10 billion on the four drugs"). Round 7's phone groups and short
codes are :mod:`.unkeyed`'s phone rule since round 16.
"""

from __future__ import annotations

import re


def reference_or_law(match: re.Match[str], before: str, after: str) -> str | None:
    """Why ``match`` (a figure of the sentence ``before`` + number + ``after``) is no statistic,
    or ``None``."""
    bare = not (match["unit"] or match["rate"] or match["cur"] or match["scale"] or match["den"])
    rest = after[match.end() - match.end("num") :]
    if bare and re.search(r"\b(?:Report|Issue|Volume|Wave|Round|Cycle)\s$", before):
        return "the number of a report or an issue ('Report 22'), not a count"
    if bare and _STREET.match(rest):
        return "a street address, not a count"
    ahead = before[: match.start()]  # the text before the qualifier too
    if match["qual"] and _OFFENCE_BEFORE.search(ahead) and _LEGAL_AFTER.search(rest):
        return "the quantity a law attaches a penalty or a presumption to, not a seizure"
    if bare and _SET_NAMED_BEFORE.search(before) and re.match(r"[a-z]+\b", match["num"]):
        return "a set named before, counted again ('the four drugs'), not a statistic"
    return None


_STREET = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Drive|Lane"
    r"|Way|Place|Square)\b"
)
#: An offence named by its act right before the quantity: "possession of", "importing".
_OFFENCE_BEFORE = re.compile(
    r"\b(?:possession\s+of|possessing|importing|importation\s+of|supplying|supply\s+of"
    r"|trafficking(?:\s+in)?|found\s+with|carrying|selling)\s+$",
    re.I,
)
#: What a law does to it: a penalty, a presumption, a category of harm.
_LEGAL_AFTER = re.compile(
    r"\b(?:can|could|may|shall|will)\s+(?:be\s+)?(?:punish|presum|sentenc|liable|fined)"
    r"|\b(?:is|are)\s+(?:presumed|punishable|liable)|\busually\s+places\b|\bcarries\s+a\b",
    re.I,
)
#: "the four drugs": a number word after "the" counts a set the text named before.
_SET_NAMED_BEFORE = re.compile(r"\b(?:on|of|for|to|from|in)\s+the\s+$", re.I)
