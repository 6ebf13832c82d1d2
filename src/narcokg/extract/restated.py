"""Round 15: "people" after a count that restates its subject.

"the province's existing drug users were 21,300 people", "existing drug addicts fell to 9,842
people", "drug users who stopped using for three years without relapse 41,350 people": the
count's own noun is only the unit of people; the subject before it, joined by a copula, a level
verb or nothing, names what it counts. A verb that acts on the people ("arrested 240 people")
names it instead and is read elsewhere.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: The count's noun is a vague head alone.
_VAGUE = re.compile(r"(?:people|persons|individuals)", re.I)
#: The clause the subject stands in: after the last clause mark or "of which".
_CLAUSE = re.compile(r"[,;:()]|\b(?:of\s+(?:which|whom)|among\s+them|and|while)\b", re.I)
#: A copula or level verb between the subject and the count.
_LINK = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:were|was|are|is|numbered|totall?ed|stood\s+at"
    r"|(?:fell|rose|dropped|declined|decreased|increased|grew|fallen|risen)\s+to|to)\s*$",
    re.I,
)
#: Words right before the count that make the clause no plain subject: a verb acting on the
#: people ("arrested", "treated", "reached") or a preposition.
_NOT_SUBJECT_END = re.compile(r"(?:[a-z]+ed|reached|by|of|for|with|in|at|about|some|nearly)$")


def restated_subject(mention: Mention, before: str) -> Counted | None:
    """The measure of a count of "people" whose subject before it names what they are, when
    the registry knows that subject as a count of people; else ``None``."""
    from narcokg.extract.measures import classify
    from narcokg.model.registry import registry

    if mention.unit is not None or not _VAGUE.fullmatch(mention.noun.strip()):
        return None
    clause = _CLAUSE.split(before)[-1]
    subject = _LINK.sub("", clause).strip()
    if subject == clause.strip() and _NOT_SUBJECT_END.search(subject.lower()):
        return None
    subject = re.sub(r"^.*\bnumber\s+of\s+", "", subject, flags=re.I)
    if len(subject.split()) < 2 or re.search(r"\d", subject):
        return None
    read = classify(subject, subject, None, False)
    entry = registry().measures.get(read.measure)
    if not read.known or entry is None or entry.count_unit != "person":
        return None
    note = f"measure: read from the subject {subject!r}; 'people' only restates it"
    return Counted(read.measure, "person", True, note)


#: What a count of people did, right after it: "(61.2 million people) used an illicit drug",
#: "3.9 million people in the age group are current users of at least one substance".
_USED_AFTER = re.compile(
    r"^\s*\)?\s*(?:(?:in|of)\s+the\s+[a-z\s]{1,25}?\s+)?(?:who\s+)?(?:had\s+|have\s+)?"
    r"(?:used|(?:are|were)\s+(?:current\s+|recent\s+)?users\s+of)\s+(?:at\s+least\s+one\s+|an?\s+"
    r"|any\s+)?(?:illicit\s+|illegal\s+)?(?:drugs?|substances?)"
    r"(?=\s*(?:$|[,;.()]|\s(?:in|during|at|over|the|last|this|each|every|on)\b))",
    re.I,
)
#: A count restating a prevalence before it: "…had used drugs in the past year, or about".
_RESTATES = re.compile(r"(?:,\s*or|\()\s*(?:about|some|nearly|around|roughly|almost)?\s*$", re.I)
_HAD_USED = re.compile(
    r"\b(?:had\s+|have\s+)?used\s+(?:an?\s+|any\s+)?(?:illicit\s+|illegal\s+)?drugs?\b[^.;]*$",
    re.I,
)


def drug_users(mention: Mention, before: str, after: str) -> Counted | None:
    """Round 15: a count of "people" who used drugs, by the words after it or by the prevalence
    it restates (``drug-users``, as writers of rounds 8, 9 and 11 name it); else ``None``."""
    if mention.unit is not None or not _VAGUE.fullmatch(mention.noun.strip()):
        return None
    if _USED_AFTER.match(after) or (_RESTATES.search(before) and _HAD_USED.search(before)):
        return Counted("drug-users", "person", False, "measure: people who used drugs")
    return None
