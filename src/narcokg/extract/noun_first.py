"""Round 24: a bare count written after its verb and noun, the order machine translation keeps
from Chinese ("the county police dismantled drug smuggling gangs 12, seized …", "destroyed the
drug dealing networks 8"): the noun phrase right before the number is what it counts and
the past tense before that is what was done to it, as if the text read "dismantled 12 drug
smuggling gangs" (11 calibration reports of 11 rounds). Counts of people and of cases are left to
the rules that already read them from the words before ("arrested suspects 640").
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted, classify, count_unit

#: The verb, an optional article and up to four words ending in a plural noun, right before the
#: number; nothing but the end of the clause after it.
_NOUN_FIRST = re.compile(
    r"\b(?P<verb>[a-z]{3,}ed)\s+(?:the\s+)?"
    r"(?P<noun>(?:[a-z-]+\s+){0,4}?[a-z]+s)\s+$"
)
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$)")


def noun_first(mention: Mention, sentence: str, before: str, after: str) -> Counted | None:
    """The measure of a bare count in that order, else ``None``."""
    if mention.noun or mention.unit is not None or not _CLAUSE_END.match(after):
        return None
    found = _NOUN_FIRST.search(before)
    if found is None:
        return None
    noun = found["noun"]
    if count_unit(noun) in {None, "person", "case"}:
        return None
    read = classify(noun, sentence, None, False, around=f"{found['verb']}|")
    note = f"measure: the noun {noun!r} and verb {found['verb']!r} stand before the count"
    return Counted(read.measure, read.unit, read.known, note)
