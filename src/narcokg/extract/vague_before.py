"""A count of people whose noun says only "people" and whose meaning stands before the number in
its own clause (round 17): the order machine translation keeps from Chinese ("of which 3 years
not found relapse 4,870 people", "implementing community drug rehabilitation and community
rehabilitation 1,106 people") and writers' "the number of people who have abstained … reached
9,217 people". The verb right before the number ("reached") names nothing, so the registry's
people rules read the whole clause before it (9 calibration reports of 6 rounds).
"""

from __future__ import annotations

import re

from narcokg.extract import measures
from narcokg.extract.lang.en.words import VAGUE_HEADS
from narcokg.extract.wanted import fugitives_before

#: Where the clause before a count begins: punctuation, or "of which"/"of whom"/"among them".
_CLAUSE_START = re.compile(r"[,;:()]|\b(?:of\s+wh(?:ich|om)|among\s+them)\b", re.I)


def read_before(noun: str, before: str, sentence: str, unit: str | None) -> measures.Counted | None:
    """The registry's measure of people that the clause ``before`` the count names, for a count
    whose noun is a vague head alone; ``None`` when the clause names none."""
    words = re.findall(r"[a-z]+", noun.lower())
    if len(words) != 1 or not VAGUE_HEADS.match(words[0]):
        return None
    clause = _CLAUSE_START.split(before)[-1].strip()
    if len(clause.split()) < 2:
        return None  # one word is the verb before, already read
    read = measures.classify(words[0], sentence, unit, False, around=f"{clause}|")
    if not read.known:
        return None
    note = f"measure: read from {clause!r} before the count, the noun {noun!r} is vague"
    return measures.Counted(read.measure, read.unit, True, note)


def fugitives_read(noun: str, before: str) -> measures.Counted | None:
    """Round 22: a count whose noun is a vague head alone ("37 people") after a clause ending on
    a verb of taking and the fugitives it took ("captured drug-related fugitives"): the
    fugitives, not new suspects arrested (:func:`.wanted.fugitives_before`)."""
    words = re.findall(r"[a-z]+", noun.lower())
    if len(words) != 1 or not VAGUE_HEADS.match(words[0]):
        return None
    clause = _CLAUSE_START.split(before)[-1].strip()
    if (wanted := fugitives_before(clause)) is None:
        return None
    note = f"measure: the fugitives {clause!r} names before the count"
    return measures.Counted(wanted, "person", False, note)
