"""Round 35: people diverted from a charge, in their own words, are referred to diversion.

"Prosecutors diverted 342 defendants to the county's drug treatment court", "44 youths were
diverted to extrajudicial measures instead of being charged", "referred 57 people to the tribe's
Healing to Wellness court …, where they enter supervised treatment instead of serving jail time",
"officers dealt with 164 people in a different way. These people … were referred to the … Pre-Charge
Diversion Program instead of being charged": docs/facts.md (round 21) names people offered a
programme instead of a charge, a prosecution or a fine ``people-referred-to-diversion``, as keys
of 56 calibration figures do (rounds 98-101: slcpao-mo and cnmarshals gaur100, lcda-pa, paps-sk
and bia-wr binturong99, ccda-ga and guelphps-on coati101, brantfordps-on and leicspolice
markhor98); the drafts read the role, a referral to treatment or a bare proposal. People whose
clause sends them to treatment ("referred to treatment instead of being prosecuted") stay
``people-referred-to-treatment`` (facts.md; 21 key figures).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename_with_earlier_level
from narcokg.model.registry import registry

_MEASURE = "people-referred-to-diversion"
#: Known measures the drafts read for such people; a proposal (no registry entry) is read too.
_READ = frozenset({"defendants-prosecuted", "people-referred-to-treatment", "people-charged"})
#: What they were spared, after the count: a charge, a prosecution, a trial, a prison term.
_INSTEAD = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:being\s+|facing\s+|a\s+|serving\s+)?"
    r"(?:charged|charges?|charging|prosecut\w*|standing\s+trial|trial|(?:prison|jail)\s+\w+)\b"
    r"|\bwere\s+diverted\b",
    re.I,
)
_DIVERTED_BEFORE = re.compile(r"\bdiverted\s+$", re.I)
#: A next sentence that speaks of the same people: "These people, …", "Instead of …, they".
_BACK = re.compile(
    r"^\s*(?:these|those)\s+(?:people|individuals|defendants)\b|^\s*instead\s+of\b", re.I
)
#: The clause sends them to treatment itself: facts.md keeps them referred to treatment.
_TO_TREATMENT = re.compile(
    r"\b(?:to|into)\s+(?:drug\s+|addictions?\s+)?(?:assessment\s+and\s+)?treatment\b", re.I
)
_NEXT_COUNT = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")
_COMPARED = re.compile(r"(?:compared\s+with|up\s+from|down\s+from|from|\()\s*$", re.I)


def diverted_people(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people diverted from a charge (see the module)."""
    known = registry().measures
    for fact in found:
        read = fact.measure
        if fact.unit != "person" or fact.change_of:
            continue
        if read not in _READ and (read in known or read == _MEASURE):
            continue
        clause = _clause_after(context, fact)
        if read == "people-referred-to-treatment" and _TO_TREATMENT.search(clause):
            continue
        if not _diverted(context, fact, clause):
            continue
        earlier = frozenset({read})
        rename_with_earlier_level(context, found, fact, _MEASURE, earlier, _COMPARED)


def _clause_after(context: DraftContext, fact: DraftMeasurement) -> str:
    """The words from the count to the end of its clause: a semicolon or another count (not a
    year) ends it, so that "charged 900 defendants, and 120 were diverted …" spares the 900."""
    sentence = context.sentences[fact.mention.sentence]
    clause = re.split(r";", context.text[fact.mention.end : sentence.end])[0]
    return _NEXT_COUNT.split(clause, maxsplit=1)[0]


def _diverted(context: DraftContext, fact: DraftMeasurement, clause: str) -> bool:
    """Whether the count's clause, or a next sentence about its people, says they were diverted."""
    sentence = context.sentences[fact.mention.sentence]
    if _INSTEAD.search(clause):
        return True
    if _DIVERTED_BEFORE.search(context.text[sentence.start : fact.mention.start]):
        return True
    following = fact.mention.sentence + 1
    if following >= len(context.sentences):
        return False
    nxt = context.sentences[following]
    text = context.text[nxt.start : nxt.end]
    return bool(_BACK.search(text) and _INSTEAD.search(text))
