"""Round 24: a bare count written after its verb and noun, the order machine translation keeps
from Chinese ("the county police dismantled drug smuggling gangs 12, seized …", "destroyed the
drug dealing networks 8"): the noun phrase right before the number is what it counts and
the past tense before that is what was done to it, as if the text read "dismantled 12 drug
smuggling gangs" (11 calibration reports of 11 rounds). Counts of people and of cases are left to
the rules that already read them from the words before ("arrested suspects 640").

Round 25: the translation often keeps the counting word after the number ("seized drug-containing
parcels 46 pieces", "checked delivery parcels 860,000 pieces"), which says the number counts the
noun before it, also one no count rule knows; the keys of such releases (8 calibration reports
of 8 rounds) name the thing without the words of what it carried or how it came
(`parcels-seized`, not `drug-containing-parcels-seized`), and read "found" as seized and
"checked" as examined. A bare "cracked 143 and 121 pieces respectively" counts cases cracked
(4 reports of 4 rounds).

Round 38: the translation's verb may open the sentence or stay in the present ("Destroyed drug
trafficking groups 11 pieces", "destroy drug trafficking groups 24 pieces"), and its counting
word be "places" ("destroyed drug-taking dens 14 places"): zhuzhou fennec113, zhaotong tahr111,
shantou tenrec110 (drafted drugs seized, cases cracked or bare "places"; a singular noun,
yangzhou kiang112's "destroyed drug crime group 11 pieces", is one report).
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted, classify, count_unit
from narcokg.extract.text import Sentence

#: The verb, an optional article and up to four words ending in a plural noun, right before the
#: number; nothing but the end of the clause after it.
_NOUN_FIRST = re.compile(
    r"(?<![\w-])(?P<verb>(?i:[a-z]{3,}ed|found|destroy|dismantle|smash|seize))\s+(?:the\s+)?"
    r"(?P<noun>(?:[a-z-]+\s+){0,4}?[a-z]+s)\s+$"  # round 25: not "drug-related"
)
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$)")
#: Round 25: the counting word the translation keeps after the number.
_PIECES = re.compile(r"^\s*(?:pieces|places)\b")
#: Modifiers that say what a counted thing carried or how it came ("drug-containing", "delivery").
_CARRIED = re.compile(r"^(?:drugs?-[a-z]+|delivery|mail|express|postal|suspicious)$")
#: The translation's verbs as the keys name the acts.
_ACTS = {"found": "seized", "checked": "examined"}
#: Round 38: the present the translation may keep, as the past the rules read.
_PAST = {"destroy": "destroyed", "dismantle": "dismantled", "smash": "smashed", "seize": "seized"}
#: "cracked 143 and 121 pieces respectively", "respectively cracked 172 pieces and 61 pieces".
_CRACKED_BEFORE = re.compile(r"\bcracked\s+(?:[\d,.]+\s+(?:pieces\s+)?(?:and\s+)?)*$")
_PIECES_AFTER = re.compile(r"^\s*(?:(?:and\s+)?[\d,.]+\s+)?pieces\b")


def noun_first(mention: Mention, sentence: str, before: str, after: str) -> Counted | None:
    """The measure of a bare count in that order, else ``None``."""
    # round 38: the counting word "places" may be read as the count's own noun ("14 places")
    counter = mention.noun.lower() == "places" and mention.quote.endswith(mention.noun)
    if (mention.noun and not counter) or mention.unit is not None:
        return None
    pieces = _PIECES.match(after)
    if not _CLAUSE_END.match(after[pieces.end() :] if pieces else after):
        return None
    counted = bool(pieces) or counter  # "N pieces", or "N places" read as the count's own noun
    found = _NOUN_FIRST.search(before)
    if found is None:
        return None
    noun, verb = found["noun"], found["verb"].lower()
    verb = _PAST.get(verb, verb)
    if count_unit(noun) in ({"person", "case"} if counted else {None, "person", "case"}):
        return None
    if counted:  # round 25: the thing itself, the act as the keys name it
        words = noun.split()
        noun = " ".join(w for w in words[:-1] if not _CARRIED.match(w)) + " " + words[-1]
        verb = _ACTS.get(verb, verb)
    read = classify(noun.strip(), sentence, None, False, around=f"{verb}|")
    note = f"measure: the noun {noun.strip()!r} and verb {verb!r} stand before the count"
    return Counted(read.measure, read.unit, read.known, note)


def noun_before(mention: Mention, sentence: Sentence) -> bool:
    """Round 30: whether a bare count's noun stands before it in that order ("arrested criminal
    suspects 512 people; destroyed drug criminal gangs 14;"): it borrows no sibling's noun
    (4 calibration reports of 4 rounds gave the gangs the suspects' "people")."""
    before = sentence.text[: mention.start - sentence.start]
    after = sentence.text[mention.end - sentence.start :]
    return noun_first(mention, sentence.text, before, after) is not None


def cracked_pieces(mention: Mention, before: str, after: str) -> Counted | None:
    """Round 25: a bare count of "pieces" right after "cracked" (see the module) is the cases
    cracked; else ``None``."""
    if mention.noun or mention.unit is not None or not _PIECES_AFTER.match(after):
        return None
    if not _CRACKED_BEFORE.search(before):
        return None
    read = classify("cases", "cracked cases", None, False)
    return Counted(read.measure, read.unit, read.known, "measure: pieces cracked, of cases")
